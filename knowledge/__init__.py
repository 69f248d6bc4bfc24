"""The DuckDB store, the metric vocabulary and the SQL templates. Never imports chat/ or textual."""
