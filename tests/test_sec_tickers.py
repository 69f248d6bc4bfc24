from knowledge.sec_tickers import bundled_map, name_key


def test_bundled_map_resolves_ticker_cik_and_registered_name():
    m = bundled_map()
    apple = m.by_ticker("aapl")
    assert apple is not None and apple.cik == 320193
    assert m.by_cik("0000320193").ticker == "AAPL"
    assert m.by_name("APPLE INC.").ticker == "AAPL"
    assert m.by_name("Apple") is None  # only the exact registered name, never a part of it
    assert len(m.filers) > 9000


def test_name_key_ignores_case_and_punctuation():
    assert name_key("Meta Platforms, Inc.") == name_key("META PLATFORMS INC")
