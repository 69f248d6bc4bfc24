"""The engine as a conversation: follow-ups, asking back, refusing to guess, and hostile text."""
import duckdb

from chat.engine import Context


def ask(engine, *questions):
    ctx = Context()
    out = []
    for q in questions:
        a, ctx = engine.ask(q, ctx)
        out.append(a)
    return out


def test_value_answer_cites_the_line(seed_engine):
    (a,) = ask(seed_engine, "Q3 2007 US revenue")
    assert a.status == "answered" and a.value == 4980000 and a.period == "Q3 2007"
    c = a.citations[0]
    assert c.doc == "002_4266c43fe5b6aa3e.txt" and c.line in (11, 24) and "$4.98" in c.quote
    assert "$4.98 million" in a.text


def test_change_gives_stated_and_computed(seed_engine):
    (a,) = ask(seed_engine, "Q3 2007 US revenue growth")
    assert a.value == 21.0 and a.unit == "percent"
    assert "rose 21% in Q3 2007" in a.text and "+21.8%" in a.text and "changed" not in a.text
    assert a.company and a.company in a.text  # every answer names the company it is about
    assert len({(c.doc, c.line) for c in a.citations}) >= 1


def test_computed_change_uses_one_release(seed_engine):
    """Q3 2006 marketing was recast (806 then 809): the change uses the 2007 release's pair."""
    (a,) = ask(seed_engine, "marketing expense growth Q3 2007")
    assert abs(a.value - 83.6) < 0.05
    assert {c.doc for c in a.citations} == {"002_4266c43fe5b6aa3e.txt"}


def test_releases_that_disagree_are_named(seed_engine):
    (a,) = ask(seed_engine, "US revenue Q3 2006")
    assert a.value == 4090000
    assert "000_843828982d2ba441.txt" in a.text and len(a.citations) == 2


def test_followups_reuse_slots(seed_engine):
    a, b, c, d = ask(seed_engine, "EMEA revenue Q3 2007", "and the nine months?", "and the US?", "what about growth?")
    assert (a.value, b.value, c.value) == (1370000, 4780000, 14590000)
    assert d.value == 23.0


def test_trend_lists_every_period(seed_engine):
    (a,) = ask(seed_engine, "revenue trend")
    assert a.kind == "trend"
    assert [r["period"] for r in a.rows] == ["Q3 2005", "Q3 2006", "Q3 2007"]


def test_inventory_for_a_period(seed_engine):
    (a,) = ask(seed_engine, "what do you have for Q3 2007?")
    assert a.status == "answered" and "revenue" in a.text and "U.S." in a.text


def test_abstains_and_names_what_it_holds(seed_engine):
    (a,) = ask(seed_engine, "Q4 2007 revenue")
    assert a.status == "abstained" and a.value is None
    assert "Q3 2007" in a.text


def test_no_period_takes_the_latest_held(seed_engine):
    (a,) = ask(seed_engine, "revenue")  # issue 20: the latest period held, and the answer says so
    assert a.status == "answered" and a.period == "Q3 2007" and a.value == 6637000
    assert "latest period" in a.text and "9M 2007" in a.text


def test_several_companies_ask_which(corpus_engine):
    (a,) = ask(corpus_engine, "net income Q3 2007")
    assert a.status == "clarify" and "Which company" in a.text


def test_sql_in_a_question_changes_nothing(seed_engine, seed_db):
    before = seed_engine.con.execute("SELECT count(*) FROM facts").fetchone()[0]
    for text in ["'; drop table facts; --", "revenue Q3 2007'; DELETE FROM facts; --", "[bold]Q3 2007 revenue[/bold]"]:
        a, _ = seed_engine.ask(text)
        assert a.status in {"answered", "abstained", "clarify"}
    assert seed_engine.con.execute("SELECT count(*) FROM facts").fetchone()[0] == before


def test_engine_connection_is_read_only(seed_engine):
    try:
        seed_engine.con.execute("DELETE FROM facts")
    except duckdb.Error as exc:
        assert "read-only" in str(exc).lower() or "read only" in str(exc).lower()
    else:
        raise AssertionError("the answering connection could write")


def test_huge_question_is_refused_clearly(seed_engine):
    a, _ = seed_engine.ask("revenue " * 20000)
    assert a.status == "abstained" and "too long" in a.text


def test_fiscal_calendar_questions(corpus_engine):
    """Possis' fiscal year ends in July: Q2 FY2007 is the quarter ended January 31, 2007."""
    a, _ = corpus_engine.ask("Possis sales Q2 fiscal 2007")
    b, _ = corpus_engine.ask("Possis sales for the three months ended January 31, 2007")
    assert a.value == b.value == 15800000


def test_printed_label_the_vocabulary_lacks(corpus_engine):
    a, _ = corpus_engine.ask("Energen cost of gas Q2 2006")
    assert a.status == "answered" and a.value == 57831000


def test_off_topic_text_is_not_asked_back(corpus_engine):
    (a,) = ask(corpus_engine, "what is the weather in Boston")
    assert a.status == "abstained" and a.value is None and "Try:" in a.text


def test_changes_are_worded_as_people_say_them():
    from chat.wording import movement
    assert (movement(21.0), movement(-7.0), movement(0.04)) == ("rose 21%", "fell 7%", "was unchanged")


def test_a_margin_asked_again_as_a_percent(seed_engine):
    from chat.engine import Context
    first, ctx = seed_engine.ask("gross margin Q3 2007", Context())
    again, _ = seed_engine.ask("as a percent?", ctx)
    assert again.unit == "percent" and abs(again.value - 71.4) <= 0.1
