"""Sentences of an earnings release re-worded the ways analysts' releases word them, for metamorphic tests
of the prose reader (tests/test_prose_metamorphic.py).

A `Statement` is one result of a quarter (a metric, its amount, the year-ago amount, the change, a diluted
EPS), and `wordings` prints it in every shape releases use: the verb and the amount's order ("rose 12% to",
"of $40.1 million increased 12%", "increased to ..., up 12%", "was ..., compared with ... in the year-ago
quarter"), where and how the period is named ("For the third quarter, ...", "... for the quarter ended
September 30, 2024", "Third-quarter revenue", "Q3 revenue", "3Q24", "fiscal 2024 third quarter"), how the
amount is printed ("US$40.1M", "$40,100 thousand", "40.1 million dollars", "$ 40.1 mln"), a loss as
"$(3.2) million" or "a net loss of $3.2 million", EPS "per diluted share" / "diluted EPS of" / "a share",
split into two sentences or bullets, and with a distractor beside it (a prior-year figure, a segment's
clause, guidance, a percentage, an adjusted twin). `near_misses` are sentences that state no figure of
the quarter's consolidated GAAP metrics (a segment's, an adjusted one, guidance, a deal's value).

`reword_line` re-words a read line of a real release (number forms, bullets, per-share forms, loss forms):
the slow sweep applies it to the dev wire copies. Nothing here reads; the test module compares readings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

HEAD = ("ACME WIDGETS REPORTS THIRD QUARTER 2024 RESULTS\n\n"
        "SPRINGFIELD, Ohio, November 6, 2024 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the\n"
        "third quarter ended September 30, 2024.\n\n"
        "Total assets were $900.0 million at September 30, 2024.\n\n")
HEAD_LINES = HEAD.count("\n")  # the lines of the head: a reading's facts below them are the body's
# the head of a fourth quarter's and full year's release (as many lines): a bare year names the whole year
HEAD_Q4 = ("ACME WIDGETS REPORTS FOURTH QUARTER AND FULL YEAR 2024 RESULTS\n\n"
           "SPRINGFIELD, Ohio, February 6, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the\n"
           "fourth quarter and year ended December 31, 2024.\n\n"
           "Total assets were $900.0 million at December 31, 2024.\n\n")


@dataclass(frozen=True)
class Statement:
    """One result of the third quarter of 2024, in millions (EPS in dollars)."""

    term: str  # as a release names it at the start of a sentence: "Revenue", "Operating income"
    value: float
    prior: float
    change: int  # percent, the change from `prior` (rounded as releases round it)
    eps: float | None = None  # diluted EPS beside a net income

    @property
    def low(self) -> str:
        return self.term[0].lower() + self.term[1:]

    @property
    def loss(self) -> bool:
        return self.value < 0


STATEMENTS = [
    Statement("Revenue", 40.1, 35.8, 12),
    Statement("Net sales", 1_234.5, 1_150.2, 7),
    Statement("Gross profit", 18.6, 16.9, 10),
    Statement("Operating income", 6.4, 5.1, 25),
    Statement("Net income", 12.5, 10.2, 23, eps=0.41),
    Statement("Net loss", -3.2, -4.1, 22),
]


def money(millions: float, form: str = "plain") -> str:
    """An amount in millions printed in one of the forms releases print it."""
    m = abs(millions)
    text = f"{m:,.1f}"
    return {
        "plain": f"${text} million",
        "us_m": f"US${text}M",
        "thousands": f"${round(m * 1000):,} thousand",
        "dollars_word": f"{text} million dollars",
        "mln": f"$ {text} mln",
        "billion": f"${m / 1000:.4f} billion".rstrip("0") if m >= 1000 else f"${text} million",
        "mil": f"${text} mil.",
        "millions": f"${text} millions",
    }[form]


NUMBER_FORMS = ("plain", "us_m", "thousands", "dollars_word", "mln", "mil", "millions")

# how the period is named: (before the subject, the subject's adjective, after the sentence)
PERIODS: dict[str, tuple[str, str, str]] = {
    "none": ("", "", ""),
    "for_lead": ("For the third quarter, ", "", ""),
    "for_tail": ("", "", " for the third quarter of 2024"),
    "hyphen": ("", "Third-quarter ", ""),
    "q3": ("", "Q3 ", ""),
    "quarter_ended": ("", "", " for the quarter ended September 30, 2024"),
    "three_months": ("", "", " for the three months ended Sept. 30"),
    "3q24": ("", "3Q24 ", ""),
    "fiscal": ("", "Fiscal 2024 third quarter ", ""),
    "in_lead": ("In the third quarter of 2024, ", "", ""),
    "q3_2024": ("", "", " in Q3 2024"),
    "three_month_period": ("", "", " for the three-month period ended September 30, 2024"),
    "quarter_no_year": ("", "", " for the quarter ended September 30"),
    "third_fiscal_quarter": ("", "", " in the third fiscal quarter"),
}


def _subject(s: Statement, period: str) -> str:
    lead, adjective, _ = PERIODS[period]
    if adjective:
        return lead + adjective + s.low
    return lead + (s.low if lead else s.term)


def _sentence(subject_first: str, rest: str, period: str) -> str:
    return f"{subject_first} {rest}{PERIODS[period][2]}."


def shapes(s: Statement, period: str = "for_tail", form: str = "plain") -> dict[str, str]:
    """The sentence in each order of subject, verb, amount and change."""
    now, before = money(s.value, form), money(s.prior, form)
    subj = _subject(s, period)
    tail = PERIODS[period][2]
    up = "improved" if s.loss else "rose"
    out = {
        "was": _sentence(subj, f"was {now}", period),
        "compared": f"{subj} was {now}{tail}, compared with {before} in the year-ago quarter.",
        "versus": f"{subj} was {now}{tail} versus {before} in the third quarter of 2023.",
        "paren_prior": f"{subj} was {now}{tail} ({before} in the prior-year quarter).",
        "up_from": f"{subj} was {now}{tail}, {'improved' if s.loss else 'up'} from {before} a year ago.",
    }
    if not s.loss:
        out |= {
            "rose_to": _sentence(subj, f"{up} {s.change}% to {now}", period),
            "of_increased": f"{subj} of {now} increased {s.change}%{tail}.",
            "increased_to_up": f"{subj} increased to {now}{tail}, up {s.change}%.",
            "from_to": f"{subj} increased {s.change}% to {now}{tail} from {before} a year ago.",
            "totaled": _sentence(subj, f"totaled {now}", period),
        }
    return out


def loss_forms(s: Statement, period: str = "for_tail") -> dict[str, str]:
    """A net loss printed as a loss in parentheses, a loss's plain amount, a loss reported."""
    assert s.loss
    m = f"{abs(s.value):,.1f}"
    tail = PERIODS[period][2] or " for the third quarter"
    return {
        "parens": f"Net loss of $({m}) million{tail}.",
        "plain": f"Net loss was ${m} million{tail}.",
        "reported": f"The Company reported a net loss of ${m} million{tail}.",
        "negative_sign": f"Net loss was -${m} million{tail}.",
        "compared": f"Net loss was ${m} million{tail}, compared to a net loss of ${abs(s.prior):,.1f} million in "
                    f"the third quarter of 2023.",
    }


def eps_forms(s: Statement, period: str = "for_tail") -> dict[str, str]:
    """A net income with its diluted EPS, or the EPS by itself."""
    assert s.eps is not None
    now, e = money(s.value), f"${s.eps:.2f}"
    tail = PERIODS[period][2] or " for the third quarter"
    return {
        "or_per_diluted": f"Net income was {now}, or {e} per diluted share{tail}.",
        "diluted_eps_of": f"Net income of {now}{tail}; diluted EPS of {e}.",
        "diluted_eps_was": f"Diluted EPS was {e}{tail}.",
        "diluted_earnings_per_share": f"Diluted earnings per share were {e}{tail}.",
        "a_diluted_share": f"Net income was {now}, or {e} a diluted share{tail}.",
        "eps_diluted_basis": f"Earnings per share were {e} on a diluted basis{tail}.",
    }


def arrangements(sentence: str, s: Statement) -> dict[str, str]:
    """The same sentence as printed, as a bullet, and split in two (the change told in a second sentence)."""
    out = {"as_is": sentence, "bullet": f"\u2022 {sentence}", "dash_bullet": f"- {sentence}"}
    m = re.match(r"(.*?), compared with (.*) in the year-ago quarter\.$", sentence)
    if m:
        out["split"] = f"{m.group(1)}. This compares with {m.group(2)} in the third quarter of 2023."
    return out


def distractors(s: Statement) -> dict[str, str]:
    """A clause or sentence beside the statement that names another figure (every kind must keep its own)."""
    seg = money(s.value * 0.4 if not s.loss else 2.0)
    return {
        "prior_year": f"In the third quarter of 2023, {s.low} was {money(s.prior)}.",
        "segment": f"{s.term} in the Industrial segment was {seg}.",
        "segment_clause": f", of which the Industrial segment contributed {seg}",
        "guidance": f"For the fourth quarter of 2024, the Company expects {s.low} of {money(abs(s.value) * 1.1)} to "
                    f"{money(abs(s.value) * 1.2)}.",
        "percentage": "The effective tax rate was 21.5%.",
        "adjusted": f"Adjusted {s.low} was {money(abs(s.value) + 1.7)} for the third quarter.",
        "nine_months": f"For the nine months ended September 30, 2024, {s.low} was {money(abs(s.value) * 2.9)}.",
        "nine_months_no_year": f"For the nine months ended September 30, {s.low} was {money(abs(s.value) * 2.9)}.",
        "the_nine_months": f"For the first nine months, {s.low} was {money(abs(s.value) * 2.9)}.",
    }


def near_misses() -> dict[str, str]:
    """Sentences whose amounts are no consolidated GAAP result of the quarter: read as nothing, or as what
    they are (a segment's, an adjusted figure, guidance), never as the metric itself."""
    return {
        "segment_subject": "Industrial segment revenue was $20.3 million for the third quarter of 2024.",
        "segment_of": "Revenue of the Industrial segment rose 9% to $20.3 million in the third quarter.",
        "segment_named": "The Services segment reported operating income of $4.4 million for the quarter.",
        "segment_before_metric": "Industrial segment operating income was $4.4 million for the third quarter of 2024.",
        "segment_before_net_sales": "Industrial segment net sales rose 9% to $20.3 million in the third quarter.",
        "business_before_net_sales": "Industrial Products net sales were $20.3 million for the third quarter.",
        "segments_sum": "Total segment operating income was $9.0 million for the third quarter.",
        "segment_lead_in": "In the Industrial segment, operating income was $4.4 million for the third quarter.",
        "segment_after_amount": "Operating income was $4.4 million in the Industrial segment for the third quarter.",
        "segment_attributable": "Revenue attributable to the Industrial segment was $20.3 million in the third quarter.",
        "segment_lowercase": "Operating income was $4.4 million in the industrial segment for the third quarter.",
        "adjusted_ni": "Adjusted net income was $14.0 million for the third quarter of 2024.",
        "adjusted_ebitda": "Adjusted EBITDA increased 15% to $9.9 million in the third quarter.",
        "non_gaap_eps": "Non-GAAP diluted EPS was $0.46 for the third quarter.",
        "guidance": "The Company expects fourth quarter revenue of $42 million to $44 million.",
        "guidance_year": "For fiscal 2025, the Company expects net income of approximately $50 million.",
        "deal_acquired": "During the quarter, the Company acquired Beta Corp for $150 million in cash.",
        "deal_buyback": "The Board authorized a new $75 million share repurchase program.",
        "deal_facility": "The Company entered into a $200 million revolving credit facility in the third quarter.",
        "deal_proceeds": "The Company sold its Ohio plant for net proceeds of $12.0 million in the third quarter.",
        "change_only": "Revenue increased $4.3 million, or 12%, in the third quarter.",
        "dividend": "The Board declared a quarterly dividend of $0.12 per share, payable December 1, 2024.",
    }


# ---- re-wording the read lines of a real release -------------------------------------------------------------

_AMOUNT = re.compile(r"(?<![\w$])\$(\d{1,3}(?:,\d{3})*(?:\.\d+)?) (million|billion)\b")
_PER_DILUTED = re.compile(r"(?<=\d )per diluted share\b")  # after an amount only: "$0.41 a diluted share"
_LOSS_OF = re.compile(r"\b(net loss of )\$(\d[\d,]*(?:\.\d+)?) (million|thousand)\b", re.I)
_SENTENCE_START = re.compile(r"^(\s*)(?=[A-Z])")


def _in_thousands(m: re.Match) -> str:
    value = float(m.group(1).replace(",", "")) * (1000 if m.group(2) == "million" else 1_000_000)
    return f"${round(value):,} thousand" if value == round(value) else m.group(0)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_QUARTER_OF = re.compile(r"\b(?:the )?(first|second|third|fourth) quarter (?:of )?((?:19|20)(\d\d))\b", re.I)
_COMPARED_TAIL = re.compile(r", (?:as )?compared (?:to|with) (\$\d[\d,.]*(?: (?:million|billion))?)((?: in| for) the [^,.;()]+?)(?=[.;])")
_PER_SHARE_DILUTED = re.compile(r"(?<=\d )per diluted share\b")


def _split_comparison(m: re.Match) -> str:
    return f". This compares with {m.group(1)}{m.group(2)}"


LINE_REWORDINGS = {
    "us_m": lambda line: _AMOUNT.sub(lambda m: f"US${m.group(1)}{m.group(2)[0].upper()}", line),
    "thousands": lambda line: _AMOUNT.sub(_in_thousands, line),
    "mln": lambda line: _AMOUNT.sub(lambda m: f"$ {m.group(1)} {'mln' if m.group(2) == 'million' else 'bln'}", line),
    "a_diluted_share": lambda line: _PER_DILUTED.sub("a diluted share", line),
    "loss_parens": lambda line: _LOSS_OF.sub(lambda m: f"{m.group(1)}$({m.group(2)}) {m.group(3)}", line),
    "bullet": lambda line: _SENTENCE_START.sub(lambda m: m.group(1) + "\u2022 ", line, count=1),
    "mil": lambda line: _AMOUNT.sub(lambda m: f"${m.group(1)} {'mil.' if m.group(2) == 'million' else 'bil.'}", line),
    "q_token": lambda line: _QUARTER_OF.sub(lambda m: f"Q{_ORDINALS[m.group(1).lower()]} {m.group(2)}", line),
    "nq_yy": lambda line: _QUARTER_OF.sub(lambda m: f"{_ORDINALS[m.group(1).lower()]}Q{m.group(3)}", line),
    "prior_aside": lambda line: _COMPARED_TAIL.sub(lambda m: f" ({m.group(1)}{m.group(2)})", line),
    "split_comparison": lambda line: _COMPARED_TAIL.sub(_split_comparison, line),
    "diluted_basis": lambda line: _PER_SHARE_DILUTED.sub("per share on a diluted basis", line),
}


def reword_line(line: str, how: str) -> str:
    """A read line of a release re-worded one way (the line unchanged where the way does not apply)."""
    return LINE_REWORDINGS[how](line)


# ---- the second round: shapes the first did not print -------------------------------------------------------
# Each shape names the role of every amount it prints (tests/test_prose_metamorphic.py turns roles into facts):
# "quarter" (the result), "year_ago", "prior_quarter" (the second quarter of 2024), "nine_months", "segment" (the
# Industrial segment's), "guidance" (the fourth quarter's outlook), "part" (a part of the result: of which, a
# gain in it; never the result itself), "bound" (a bound, "nearly $40 million": never a figure).

SEQUENTIAL_CHANGE = 5  # percent, the change from the second quarter


def _q2(s: Statement) -> float:
    return round(s.value / 1.05, 1)


def _nine(s: Statement) -> float:
    return round(s.value * 2.9, 1)


def round_two(s: Statement) -> dict[str, tuple[str, dict[str, float]]]:
    """name -> (sentence, {role: amount in millions}) for a result that is no loss."""
    now, before, q2, nine = money(s.value), money(s.prior), money(_q2(s)), money(_nine(s))
    part, seg = money(round(s.value * 0.3, 1)), money(round(s.value * 0.4, 1))
    g1, g2 = money(round(s.value * 1.1, 1)), money(round(s.value * 1.2, 1))
    lo, hi = f"{s.value * 1.1:.0f}", f"{s.value * 1.2:.0f}"
    q, yo, pq, nm = "quarter", "year_ago", "prior_quarter", "nine_months"
    out = {
        # sequential comparisons: the quarter before is never the year before
        "seq_named": (f"{s.term} was {now} for the third quarter, compared with {q2} in the second quarter of 2024.",
                      {q: s.value, pq: _q2(s)}),
        "seq_bare": (f"{s.term} was {now} for the third quarter, compared with {q2} in the second quarter.",
                     {q: s.value, pq: _q2(s)}),
        "seq_prior_quarter": (f"{s.term} was {now}, compared with {q2} in the prior quarter.", {q: s.value, pq: _q2(s)}),
        "seq_last_quarter": (f"{s.term} was {now} versus {q2} last quarter.", {q: s.value, pq: _q2(s)}),
        "seq_and_year": (f"{s.term} was {now}, compared with {q2} in the previous quarter and {before} in the third "
                         f"quarter of 2023.", {q: s.value, pq: _q2(s), yo: s.prior}),
        "seq_up_and_yoy": (f"{s.term} was {now}, up {SEQUENTIAL_CHANGE}% sequentially and {s.change}% year over year.",
                           {q: s.value}),
        "seq_increased_to": (f"{s.term} increased {SEQUENTIAL_CHANGE}% sequentially to {now}.", {q: s.value}),
        "seq_qoq_to": (f"{s.term} increased {SEQUENTIAL_CHANGE}% quarter-over-quarter to {now}.", {q: s.value}),
        "seq_from": (f"{s.term} of {now} increased {SEQUENTIAL_CHANGE}% sequentially from {q2}.", {q: s.value, pq: _q2(s)}),
        "years_quarter": (f"{s.term} was {now}, compared to {before} in fiscal 2023's third quarter.", {q: s.value, yo: s.prior}),
        "seq_aside": (f"{s.term} was {now} ({q2} in the second quarter of 2024).", {q: s.value, pq: _q2(s)}),
        "above_a_period": (f"{s.term} was {now}, {money(round(s.value - s.prior, 1))} above the third quarter of 2023.",
                           {q: s.value}),
        "compares_to": (f"{s.term} of {now} compares to {before} in the prior year.", {q: s.value, yo: s.prior}),
        "then_another_metric": (f"{s.term} was {now}, up from {before} in the prior-year period, and operating cash flow "
                                f"was {money(round(s.value * 0.5, 1))} compared with {money(round(s.prior * 0.5, 1))}.",
                                {q: s.value, yo: s.prior, "part": round(s.value * 0.5, 1)}),
        # "respectively" with two periods
        "resp_spans": (f"{s.term} was {now} and {nine} for the three and nine months ended September 30, 2024, "
                       f"respectively.", {q: s.value, nm: _nine(s)}),
        "resp_span_words": (f"{s.term} was {now} and {nine} for the quarter and nine months, respectively.",
                            {q: s.value, nm: _nine(s)}),
        "resp_years": (f"{s.term} was {now} and {before} for the third quarter of 2024 and 2023, respectively.",
                       {q: s.value, yo: s.prior}),
        "resp_spans_first": (f"{s.term} for the nine months and the quarter was {nine} and {now}, respectively.",
                             {q: s.value, nm: _nine(s)}),
        # a period named before the amount, and the next clause's period after it (it is the next amount's)
        "span_then_clause": (f"{s.term} for the nine months was {nine}, and for the quarter {now}.",
                             {q: s.value, nm: _nine(s)}),
        "quarter_then_clause": (f"{s.term} in the second quarter was {q2} and in the third quarter was {now}.",
                                {q: s.value, pq: _q2(s)}),
        # the year to date before the quarter
        "ytd_first": (f"Year-to-date {s.low} was {nine}, and third-quarter {s.low} was {now}.", {q: s.value, nm: _nine(s)}),
        "nine_first": (f"For the nine months ended September 30, 2024, {s.low} was {nine}; for the quarter, {s.low} was "
                       f"{now}.", {q: s.value, nm: _nine(s)}),
        "ytd_and_quarter": (f"{s.term} was {nine} year to date and {now} for the quarter.", {q: s.value, nm: _nine(s)}),
        "nine_including": (f"{s.term} for the first nine months of 2024 was {nine}, including {now} in the third "
                           f"quarter.", {q: s.value, nm: _nine(s)}),
        # guidance and ranges in the result's sentence
        "guidance_after": (f"{s.term} was {now} for the third quarter, and the Company expects {s.low} of {g1} to {g2} "
                           f"for the fourth quarter of 2024.", {q: s.value, "guidance": round(s.value * 1.1, 1),
                                                                "guidance_high": round(s.value * 1.2, 1)}),
        "guidance_dash": (f"{s.term} was {now}, and the Company expects {s.low} of ${lo}\u2013{hi} million for the "
                          f"fourth quarter of 2024.", {q: s.value, "guidance": float(lo), "guidance_high": float(hi)}),
        "above_guidance": (f"{s.term} was {now}, above the high end of guidance of {money(round(s.value * 0.98, 1))}.",
                           {q: s.value}),
        "exceeded_outlook": (f"{s.term} of {now} exceeded the Company's outlook of {money(round(s.value * 0.97, 1))}.",
                             {q: s.value}),
        # "record", "approximately" and bounds
        "record_lead": (f"Record {s.low} of {now} for the third quarter.", {q: s.value}),
        "a_record": (f"{s.term} was a record {now}.", {q: s.value}),
        "approximately": (f"{s.term} was approximately {now}.", {q: s.value}),
        "record_surpassing": (f"{s.term} was {now}, the highest in the Company's history, surpassing the previous record "
                              f"of {money(round(s.value * 0.97, 1))} set in the fourth quarter of 2023.",
                              {q: s.value, "q4_2023": round(s.value * 0.97, 1)}),
        # a segment's or a place's figure before the consolidated one
        "segment_first": (f"Industrial segment {s.low} was {seg} and total {s.low} was {now}.",
                          {q: s.value, "segment": round(s.value * 0.4, 1)}),
        "segment_of_first": (f"{s.term} from the Industrial segment of {seg} and total {s.low} of {now}.",
                             {q: s.value, "segment": round(s.value * 0.4, 1)}),
        # parts
        "of_which_segment": (f"{s.term} was {now}, of which {part} came from the Industrial segment.",
                             {q: s.value, "part": round(s.value * 0.3, 1)}),
        "of_which_recurring": (f"{s.term} was {now}, of which {part} was recurring.", {q: s.value, "part": round(s.value * 0.3, 1)}),
        "including_acquired": (f"{s.term} was {now}, including {part} from acquisitions.",
                               {q: s.value, "part": round(s.value * 0.3, 1)}),
    }
    for word in ("nearly", "almost", "more than", "over", "in excess of", "just under", "close to", "well above",
                 "slightly above", "north of"):
        out[f"bound_{word.replace(' ', '_')}"] = (f"{s.term} was {word} ${s.value:,.0f} million.", {"bound": float(f"{s.value:.0f}")})
    out["bound_exceeded"] = (f"{s.term} exceeded ${s.value:,.0f} million for the first time.", {"bound": float(f"{s.value:.0f}")})
    return out


def net_income_twins(s: Statement) -> dict[str, tuple[str, dict[str, float]]]:
    """A net income with a pre-tax or after-tax part beside it, and per-share figures that are not EPS."""
    assert s.eps is not None
    now, e, p = money(s.value), f"${s.eps:.2f}", money(2.0)
    q = "quarter"
    return {
        "pretax_gain": (f"Net income was {now}, including a {p} pre-tax gain on sale.", {q: s.value, "part": 2.0}),
        "net_of_tax_gain": (f"Net income was {now}, including a gain of {p}, net of tax.", {q: s.value, "part": 2.0}),
        "after_tax_charge": (f"Net income was {now}, which included a {p} after-tax charge.", {q: s.value, "part": 2.0}),
        "ffo_after_eps": (f"Net income was {now}, or {e} per diluted share, and FFO was $0.85 per diluted share.",
                          {q: s.value, "eps": s.eps, "not_eps": 0.85}),
        "dividend_after_eps": (f"Net income was {now}, or {e} per diluted share; the Board declared dividends of $0.25 per "
                               f"share.", {q: s.value, "eps": s.eps, "not_eps": 0.25}),
        "eps_then_dividends": (f"Earnings per diluted share were {e}, and dividends per share were $0.25.",
                               {"eps": s.eps, "not_eps": 0.25}),
        "bvps_after_eps": (f"Diluted EPS was {e}. Book value per share was $18.20 at September 30, 2024.",
                           {"eps": s.eps, "not_eps": 18.20}),
    }


# per-share heads that are no EPS: what they read as may be anything but an EPS
NOT_EPS_PER_SHARE = [
    "FFO per share was $0.85 for the third quarter.",
    "Core FFO per diluted share was $0.88.",
    "AFFO per share of $0.90.",
    "Distributable earnings per share were $0.55.",
    "Distributable earnings were $17.0 million, or $0.55 per diluted share.",
    "Book value per share was $18.20 at September 30, 2024.",
    "Tangible book value per share was $15.10.",
    "The Board declared dividends of $0.25 per share.",
    "Dividends of $0.25 per share were paid in the quarter.",
    "NAV per share was $12.40 at September 30, 2024.",
    "Net asset value per share was $12.40.",
    "Net investment income per share was $0.52.",
    "Cash flow per share was $1.10.",
    "Free cash flow per share was $0.70.",
]

# amounts in other currencies and scales: (the amount as printed, its currency, its value)
CURRENCY_FORMS = {
    "eur_bn": ("\u20ac1.2bn", "EUR", 1.2e9),
    "eur_million": ("\u20ac40.1 million", "EUR", 40.1e6),
    "cad": ("C$45.3 million", "CAD", 45.3e6),
    "yen_billion": ("\u00a512.3 billion", "JPY", 12.3e9),
    "rs_crore": ("Rs 450 crore", "INR", 4.5e9),
    "rupee_crore": ("\u20b9450 crore", "INR", 4.5e9),
    "rs_lakh": ("Rs 45 lakh", "INR", 4.5e6),
    "usd_thousand": ("$1,234 thousand", "USD", 1.234e6),
    "gbp": ("\u00a330.5 million", "GBP", 30.5e6),
    "chf_code": ("CHF 30.5 million", "CHF", 30.5e6),
    "aud": ("A$30.5 million", "AUD", 30.5e6),
    "hkd": ("HK$30.5 million", "HKD", 30.5e6),
    "usd_k": ("$40.1k", "USD", 40.1e3),
    "usd_full": ("$40,100,000", "USD", 40.1e6),
}

# a net loss of $3.2 million printed as a sign, in words or in parentheses: (sentence) each states -3.2 million
NEGATIVE_FORMS = {
    "negative_word": "Net income was negative $3.2 million for the third quarter.",
    "parens_whole": "Net income was ($3.2 million) for the third quarter.",
    "parens_number": "Net income was ($3.2) million for the third quarter.",
    "minus": "Net income was -$3.2 million for the third quarter.",
    "minus_after_mark": "Net income was $-3.2 million for the third quarter.",
    "loss_income_head": "Net (loss) income was $(3.2) million for the third quarter.",
    "income_loss_head": "Net income (loss) was $(3.2) million for the third quarter.",
    "net_loss_parens": "The Company had a net loss of ($3.2) million.",
}

# a release of a fiscal year that ends in June: its fourth quarter and year of fiscal 2025
HEAD_FY_JUNE = ("ACME WIDGETS REPORTS FISCAL 2025 FOURTH QUARTER AND YEAR RESULTS\n\n"
                "SPRINGFIELD, Ohio, August 6, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the\n"
                "fourth quarter and fiscal year ended June 30, 2025.\n\n"
                "Total assets were $900.0 million at June 30, 2025.\n\n")
# sentence -> the (period label, value) of each figure it states: none where no fiscal period dates it (unread)
FISCAL_PERIODS: dict[str, tuple[tuple[str, float], ...]] = {
    "Revenue for the fourth quarter of fiscal 2025 was $40.1 million.": (("Q4 FY2025", 40.1e6),),
    "Revenue for the fourth quarter was $40.1 million, compared with $35.8 million in the fourth quarter of fiscal 2024.":
        (("Q4 FY2025", 40.1e6), ("Q4 FY2024", 35.8e6)),
    "Revenue for the third quarter of fiscal 2025 was $38.0 million.": (("Q3 FY2025", 38.0e6),),
    "Fiscal 2025 revenue was $150.0 million.": (("FY 2025", 150.0e6),),
    "For fiscal 2025, revenue was $150.0 million.": (("FY 2025", 150.0e6),),
    "Revenue for the fiscal year ended June 30, 2025 was $150.0 million.": (("FY 2025", 150.0e6),),
    "Revenue for FY25 was $150.0 million.": (("FY 2025", 150.0e6),),
    "Revenue for the third quarter of calendar 2024 was $40.1 million.": (),
    "Revenue was $40.1 million in calendar 2024.": (),
    "Revenue was $40.1 million in the September quarter.": (),
    "Revenue was $40.1 million in the March quarter.": (),
}
