"""Earnings releases fetched from SEC EDGAR: a polite HTTP client (`client`), the filings and exhibits
worth fetching (`filings`), a cache of raw downloads keyed by accession (`cache`), the user's settings
(`settings`) and the run that ties them to `knowledge.ingest` (`fetch`). Headless: nothing here prints;
progress goes to a callback."""
