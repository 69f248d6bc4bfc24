"""How replies are worded: one home for the sentences the engine answers with, so an answer reads
the same wherever it comes from and the TUI never has to parse prose (body and citations are kept
apart in the Answer)."""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING, Sequence

from chat.answer import Answer, Citation
from chat.formatting import (NO_CURRENCY, figure, figures_alike, join_words, one_money_style, percent, percent_as_printed,
                             signed_percent)
from knowledge.templates import TEMPLATES
from knowledge.vocabulary import BY_KEY, GEO_DISPLAY
from parsers.periods import effective_month

if TYPE_CHECKING:
    from chat.facts import Fact, Holdings, Outlook
    from chat.query import AcrossQuery, Query
    from chat.vocab import Company

LABEL_PREFIX = "label:"


def other_currency_note(code: str) -> str:
    if code == NO_CURRENCY:  # the release never says which
        return "The release does not state its currency, so the figure is given as printed, in no currency."
    return (f"The release reports in {code}, and answers give amounts in US dollars only, so the figure is given as "
            f"printed, in {code}.")


UNSTATED_NOTE = ("The release does not state the unit of these figures (in units, thousands or millions?), so they "
                 "are given as printed.")


def metric_name(metric: str) -> str:
    """How answers name a metric: its vocabulary name, or the printed label it is stored under."""
    return BY_KEY[metric].name if metric in BY_KEY else metric.removeprefix(LABEL_PREFIX)


def when(label: str, word: str = "for", date_word: str = "at") -> str:
    """'for Q3 2007', or 'at September 30, 2007' for a balance-sheet date."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", label or "")
    if m:
        return f"{date_word} {calendar.month_name[int(m.group(2))]} {int(m.group(3))}, {m.group(1)}".strip()
    return f"{word} {label}".strip()


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def sources(citations: list[Citation]) -> str:
    """The source lines printed under an answer's text."""
    return "".join(f"\n  [{c.doc}, line {c.line}] {c.quote}" for c in citations)


def movement(value: float) -> str:
    """'rose 21%', 'fell 7%', 'was unchanged' — a change as people say it."""
    if round(value, 1) == 0:
        return "was unchanged"
    return f"{'rose' if value > 0 else 'fell'} {percent(abs(value))}"


def change_sentence(what: str, value: float, label: str, base_label: str, company: str | None = None) -> str:
    who = f"{company}'s " if company else ""
    return f"{who}{what if who else cap(what)} {movement(value)} {when(label, 'in')} against {when(base_label, '', '')}"


def value_sentence(what: str, label: str, figure_text: str, company: str | None = None, note: str = "") -> str:
    """'Revenue of Acme Widgets, Inc. for Q3 2007: $6.64 million.' — the company and the period
    always named, so an answer read alone says what it is about; `note` says how a period the
    question did not name was read ('the latest period I hold')."""
    of = f" of {company}" if company else ""
    return f"{cap(what)}{of} {when(label)}{', ' + note if note else ''}: {figure_text}."


def name_list(names: list[str], total: int) -> str:
    """Company names as a list that reads whole: no 'Inc..', and 'and N more' when it is cut short."""
    names = [n.rstrip(".") if n.endswith(".") and i == len(names) - 1 else n for i, n in enumerate(names)]
    if total > len(names):
        return ", ".join(names) + f" and {total - len(names)} more"
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def which_company_text(names: list[str], total: int) -> str:
    return f"Which company? The store holds releases of {name_list(names, total)}."


def no_releases_of(phrase: str, near: list[str], total: int) -> str:
    """A company the store does not hold: said so, with the closest names it does hold."""
    if not total:
        return f"I hold no releases of {phrase}: the store is empty."
    return f"I hold no releases of {phrase}. The closest names I hold: {name_list(near[:5], len(near[:5]))}."


def unsupported_operation(word: str, what: str) -> str:
    if word == "average over one year":
        return (f"I can't average {what} over one year: the year's figure is its own total, not a balance with an "
                f"opening and a close. Ask for its average quarterly figure (the year's four quarters averaged) or its "
                f"average over two years or more.")
    if word == "quarterly average":
        return (f"I can't average {what} by quarter: it is a balance at a date, not a figure of each quarter. Ask for "
                f"its average over the year (its opening and closing balances) or at the dates themselves.")
    if word == "which year":
        return (f"I can't say which year of {what} it is: I answer with cited figures, not with the year one of them "
                f"belongs to. Ask for {what} for each year and compare the cited figures.")
    if word == "description":
        return (f"I can't describe {what} in words (what it represents or holds, when, how or why): I answer with "
                f"cited figures, and the release's wording about them is its own. Ask for {what} for a period and "
                f"I'll cite the figure.")
    if word == "count of periods":
        return (f"I can't count the periods of {what}: I answer with cited figures, not with how many of them "
                f"meet a condition. Ask for {what} for each period and compare the cited figures.")
    if word == "part falling due":
        return (f"I can't give the part of {what} falling due in a span of years: I hold it as of a date, in full. "
                f"Ask for {what} and I'll cite the figure.")
    if word == "each period":
        return (f"I give {what} one period at a time, never the periods added: ask for {what} for each period and "
                f"I'll cite each figure.")
    if word == "margin across companies":
        return ("I can't rank or list gross margin across companies: a margin is gross profit as a percent of revenue, "
                "which most releases do not print, and I compute it for one company at a time — never giving gross "
                "profit dollars for it. Ask for one company's gross margin and I'll compute it from its cited figures, "
                "or rank the companies by gross profit.")
    if word == "loss's direction across companies":
        return (f"Which way the loss moved do you mean? Across companies I list those whose loss widened (grew larger) "
                f"or narrowed (grew smaller), among the companies that made one in both years: ask for the companies "
                f"whose loss widened, or whose loss narrowed.")
    if word == "across companies":
        return (f"I can't combine {what} of several companies (a sum, an average, one less or over another): I "
                f"compute with one company's cited figures. Ask for {what} of the companies side by side and I'll cite "
                f"each company's figure.")
    if word.endswith(" of the trailing twelve months"):
        return (f"I can't compute that ({word.removesuffix(' of the trailing twelve months')}) over the trailing twelve "
                f"months of {what}: they are four quarters added, and I give that sum alone. Ask for {what} for the "
                f"trailing twelve months, or for the change of a quarter or year by name.")
    if word.startswith("change in"):
        return (f"I can't compute a {word} of {what}: I add, average and subtract cited figures, one operation at "
                f"a time. Ask for the averages themselves and I'll cite their figures.")
    return (f"I can't compute a {word} of {what}: I add, average and subtract cited figures, and give changes, "
            f"shares of a total and margins. Ask for the figures themselves and I'll cite them.")


IMPLIED = {"latest": "the latest period I hold", "latest_quarter": "the latest quarter I hold",
           "latest_year": "the latest full year I hold", "rel_year": "the latest full year I hold",
           "rel_quarter": "the latest quarter I hold", "prior_quarter": "the quarter before the latest one I hold",
           "this_year": "the year to date of the latest release",
           "ttm": "the trailing twelve months", "release": "the periods the latest release gives it for",
           "year_ago_quarter": "the latest quarter I hold, a year earlier",
           "year_ago": "the latest period I hold, a year earlier",
           "next_year": "the year after the latest one reported", "next_quarter": "the quarter after the latest one reported"}


def same_end_sentence(what: str, label: str, figure_text: str) -> str:
    return f" The same release gives {what} {when(label)}: {figure_text}."


OPERATION_NAMES = {"sum": "Sum", "average": "Average", "difference": "Change", "gap": "Difference"}


def arithmetic_sentence(operation: str, what: str, company: str, labels: list[str], formula: str,
                        result: str) -> str:
    """'Average of revenue of Acme for FY 2018 and FY 2019: ($1.2 million + $1.4 million) / 2 = $1.3 million.'"""
    if operation == "difference":
        span = f"from {labels[1]} to {labels[0]}"
        return f"Change in {what} of {company} {span}: {formula} = {result} (computed from the cited figures)."
    if operation == "gap":
        span = f"between {labels[0]} and {labels[1]}"
        return f"Difference in {what} of {company} {span}: {formula} = {result} (computed from the cited figures)."
    listed = " and ".join([", ".join(labels[:-1]), labels[-1]]) if len(labels) > 1 else labels[0]
    return (f"{OPERATION_NAMES[operation]} of {what} of {company} for {listed}: {formula} = {result} "
            f"(computed from the cited figures).")


def percent_of_amounts(what: str, unit: str) -> str:
    return (f"The question asks for a percentage, and the figures of {what} I hold are {unit_word(unit)}: adding, "
            f"averaging or subtracting them gives no percentage.")


def unit_word(unit: str) -> str:
    return {"USD/share": "amounts per share", "shares": "share counts", "count": "counts"}.get(unit, "amounts")


def total_not_read(what: str, row: str, total: "Fact") -> str:
    return (f"The question asks for a total, and the row I read for {what} ('{row}') is not one: the table prints a "
            f"row 'Total' below it (line {total.line}) that I can't tie to {what}, so I give no figure.")


def one_period_only(what: str) -> str:
    return f"To add, average or subtract {what} I need two periods or more; the question names one."


def which_dates_to_average(what: str, company: str, dates: list[str]) -> str:
    """'average deposits' with no period, of a balance printed at several dates and no average balance printed."""
    return (f"I hold {what} of {company} at {', '.join(dates[:-1])} and {dates[-1]}, and no average balance of it "
            f"printed: an average of all those dates is no average balance of any period. Name the dates to average "
            f"(“average {what} {dates[-2]} and {dates[-1]}”) or a year (its opening and closing balances).")


def quarters_missing(query: "Query", needed: list[str], missing: list[str]) -> str:
    """The quarters the trailing twelve months or a year's quarterly average need, and those not held: no figure of
    fewer quarters, never the year's figure divided by four."""
    whole = "The trailing twelve months" if query.implied == "ttm" else f"The average quarterly {what(query)}"
    verb = "add" if query.implied == "ttm" else "average"
    return (f"{whole} {verb} four quarters, {listing(needed)}, and I don't hold {what(query)} for "
            f"{listing(missing)} (printed, or as the difference of two year-to-date figures), so I give no figure.")


def listing(labels: list[str]) -> str:
    """'Q1, Q2 and Q3': labels joined as a sentence lists them."""
    return " and ".join([", ".join(labels[:-1]), labels[-1]]) if len(labels) > 1 else labels[0] if labels else ""


def mixed_units(what: str) -> str:
    return f"The figures for {what} are printed in different units, so I do not combine them."


# -- replies: every Answer is built here, from what a handler found ---------------------------------
EXAMPLES = ["Q3 2007 revenue", "Q3 2007 US revenue growth", "net loss per share for the nine months of 2007",
            "total assets at September 30, 2007", "what do you have for Q3 2007?"]
BASIS_NAMES = {"": "as reported (GAAP)", "non-gaap": "non-GAAP (adjusted)", "constant-currency": "in constant currency",
               "guidance": "as guidance", "reconciling": "as a reconciling item", "part": "as a part of the figure",
               "change": "as a change (the release states the change, not the figure)"}


def basis_named(basis: str, name: str) -> str:
    """A figure's name with the basis it was asked and found on: 'non-GAAP net income (loss)', never a bare
    'net income' over an adjusted figure (a reader would take it as reported)."""
    if basis == "non-gaap":
        return f"non-GAAP {name}"
    if basis == "constant-currency":
        return f"{name} in constant currency"
    if basis == "guidance":
        return f"{name} guidance"
    return name


def sql(template: str) -> str:
    """A named template's SQL on one line, as the answer object shows it."""
    return " ".join(TEMPLATES[template].split())


def _answer(question: str, status: str, text: str, **fields) -> Answer:
    """The one place an Answer is made: its amounts in one style (the source lines under it as printed)."""
    body, mark, lines = text.partition("\n  [")
    return Answer(question, status, one_money_style(body) + mark + lines, **fields)


def _about(query: "Query", template: str = "value_for_period", **fields) -> dict:
    """The fields every reply about one company's figure carries."""
    out = dict(company=query.company.name, metric=query.metric, segment=query.segment, template=template,
               sql=sql(template))
    out.update(fields)
    return out


def segment_text(query: "Query") -> str:
    return f" ({query.segment})" if query.segment else ""


def what(query: "Query") -> str:
    """The figure asked about, with its place and product: 'revenue (US / Devices)'."""
    return metric_name(query.metric) + segment_text(query)


def segment_name(geo: str, product: str) -> str:
    """A place and a business line as one name ("Europe / Widgets"); '' for the company's own figure."""
    return " / ".join(x for x in (GEO_DISPLAY.get(geo, geo) if geo else "", product) if x)


def metric_phrase(metric: str, geo: str, product: str) -> str:
    seg = segment_name(geo, product)
    return metric_name(metric) + (f" ({seg})" if seg else "") if metric in BY_KEY else metric


def _metric_names(held: "Holdings") -> list[str]:
    return [BY_KEY[m].name for m in held.metrics if m in BY_KEY]


def held_sentence(query: "Query", held: "Holdings") -> str:
    """What is held instead of the figure asked about."""
    guided = f"only as guidance for {join_words(list(held.guided))}" if held.guided else ""
    if held.periods:
        return f"I have {what(query)} for {join_words(list(held.periods))}" + (
            f" (reported), and {guided}." if guided else ".")
    if guided:
        return f"I have {what(query)} {guided}."
    if held.segments:
        # each name whole: a metric's own name may hold parentheses ("operating income (loss)")
        names = [segment_name(g, p) or "total" for g, p in held.segments]
        return f"I have {metric_name(query.metric)} for: {join_words(names[:10])}."
    names = _metric_names(held)
    text = f"The releases of {query.company.name} do report: {join_words(names)}." if names else ""
    return (text + undated_note(query.company.name, list(held.undated))).strip()


def undated_note(company: str, files: list[str]) -> str:
    """Releases whose period is not stated: their figures are not stored, and `ingest --period` names it."""
    if not files:
        return ""
    shown = join_words(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
    return (f" The period of {company}'s {'release' if len(files) == 1 else 'releases'} {shown} is not stated, so "
            f"{'its' if len(files) == 1 else 'their'} figures are not stored: `filings-chat ingest "
            f"{files[0] if len(files) == 1 else 'FILE'} --company \"{company}\" --period \"Q3 2007\"` names it and stores them.")


def _examples(n: int) -> str:
    return "; ".join(f"“{e}”" for e in EXAMPLES[:n])


def abstain(text: str, body: str) -> Answer:
    return _answer(text, "abstained", body, confidence=60, kind="help")


def not_in_currency(text: str, code: str, held: str, answer: Answer) -> Answer:
    """A figure asked in one currency ("revenue in A$") that the release gives in another: refused, never given as
    the currency asked, nor converted."""
    what = f"{metric_name(answer.metric)} of {answer.company}" if answer.metric and answer.company else "the figure"
    return abstain(text, f"The releases give {what} in {held}, not in {code}; I convert no currency. Ask without the "
                         f"currency for the figure in {held}.")


def clarify(text: str, body: str, company: str | None) -> Answer:
    return _answer(text, "clarify", body, company=company, confidence=40, kind="help")


def which_segment(text: str, names: list[str], company: str, words: list[str]) -> Answer:
    """Words that fit two or more of a company's segments or products alike ('Group' of 'North Group' and 'South
    Group'): asked back, each choice the question asked again of one of them."""
    shown = sorted(dict.fromkeys(names), key=str.lower)
    reply = clarify(text, f"“{' '.join(words)}” may mean {join_words(shown)} ({company}). Which one do you mean?",
                    None)
    last = re.compile(rf"\b{re.escape(words[-1])}\b", re.I) if words else None
    reply.options = [last.sub(lambda _: name, text, count=1) if last and last.search(text) else name
                     for name in shown]
    return reply


def made_which(text: str, company: str) -> Answer:
    """'How much did Acme make': the top line or the bottom line, asked back (a guess would be a wrong figure half
    the time); each choice asks the figure by name."""
    reply = clarify(text, f"“Make” may mean {company}'s revenue (the top line) or its net income (the bottom line). "
                          "Which one do you mean?", None)
    reply.options = [f"{company} revenue", f"{company} net income"]
    return reply


def failed(text: str, exc: Exception) -> Answer:
    """A bug costs one answer, never the batch or the chat."""
    return _answer(text, "abstained", f"Sorry, that question could not be answered ({type(exc).__name__}: {exc}).",
                   kind="help")


def too_long(text: str) -> Answer:
    return abstain(text, "That question is too long to read as one question (over 2,000 characters). Ask about one "
                         "figure at a time.")


def help_reply(text: str) -> Answer:
    body = ("Ask about a figure in the releases: a metric, a period and, if you like, a region or product. "
            "For example: " + _examples(len(EXAMPLES)) + ".")
    return _answer(text, "abstained", body, confidence=100, kind="help")


def shares_at_a_date(text: str, company: str) -> Answer:
    """Shares outstanding asked at a date: the releases' share counts are weighted averages over periods."""
    return abstain(text, f"I hold {company}'s weighted average share counts for periods, not the shares outstanding at a "
                         "date: ask for the weighted average shares of a quarter or year and I'll cite it.")


def pair_not_again(text: str) -> Answer:
    """A period asked after two figures of one question, where the two are not both held for it."""
    return abstain(text, "I can't give both figures of the question before for that period: ask for each figure with "
                         "its period and I'll cite what the releases hold.")


def segment_across(text: str, part: str, metric: str) -> Answer:
    """'the highest EMEA revenue', 'A vs B international revenue': a segment, product or place of several companies.
    Across companies only their totals are compared; the part's figure is asked of one company at a time."""
    what = metric_name(metric)
    return abstain(text, f"I can't compare {part} {what} across companies: across companies I rank and compare each "
                         f"company's total {what} only, never a segment's, product's or place's figure (each release "
                         f"names and divides its own). Ask for one company's {part} {what} and I'll cite it, or compare "
                         f"the companies' total {what}.")


def spans_apart(what: str, later: str, earlier: str) -> str:
    """Two figures of periods of different lengths, neither a part of the other taken from it."""
    return (f"{later} and {earlier} are periods of different lengths, so their difference is no change in {what}; I "
            f"give no figure. Ask for {what} for each period, or for the change against the same period a year before.")


def kind_not_told(text: str, kind: str, metric: str, known: bool) -> Answer:
    """'which retailer had the highest revenue': a kind of company not told apart, or none of it held."""
    what = metric_name(metric)
    if known:
        a = "an" if kind[:1] in "aeiou" else "a"
        return abstain(text, f"No company in the store looks like {a} {kind} (none prints the figures {a} {kind}'s "
                             f"release does), so I rank no {kind}s by {what}. Ask across every company instead.")
    return abstain(text, f"I can't tell which companies in the store are {kind}s, so I rank or list none of them by "
                         f"{what}. Ask across every company, or name the companies.")


def unsupported(text: str, word: str, metric: str) -> Answer:
    return abstain(text, unsupported_operation(word, metric_name(metric)))


def several_periods(text: str, company: str, metric: str) -> Answer:
    """'revenue for the last 2 quarters': several periods, no one figure; what to ask instead."""
    what = metric_name(metric)
    return abstain(text, f"That asks for {what} of {company} over several periods: I give one period's figure at a time. "
                         f"Ask for each period by name (“{what} Q3 2024”), for the trailing twelve months, or for the "
                         f"trend of {what}.")


def prior_quarter_change(text: str, company: str, metric: str) -> Answer:
    """'the change in the prior quarter': against the quarter before it, or that quarter against a year earlier? Asked
    back, never one of them guessed (a year-on-year change was given for a bank's linked-quarter question)."""
    what = metric_name(metric)
    return abstain(text, f"Which change of {what} of {company} do you mean: the latest quarter against the quarter "
                         f"before it (ask for the sequential change of {what}), or the quarter before the latest against "
                         f"a year earlier (name that quarter)?")


def roll_forward_unsure(text: str, company: str, why: str) -> Answer:
    """A balance's movement over a year that the roll-forward held gives no sure reading of: its columns are quarters
    or halves, or two roll-forwards print rows of the same names. Never one column's or one table's guess."""
    said = {"tables": "two roll-forwards of the releases print opening and closing rows of those names; name the "
                      "balance by its table's title",
            "columns": "the roll-forward gives no opening and closing balance of that year in one column (its columns "
                       "are quarters or halves); ask for the balance at each date"}.get(why, "I hold no such period")
    return abstain(text, f"I can't give that movement of {company}'s balance for sure: {said}.")


def unsure_metric(text: str) -> Answer:
    return abstain(text, f"I could not tell which figure you mean by “{text}”.")


def did_you_mean(text: str, metric: str, other: str, company: str) -> Answer:
    return clarify(text, f"Did you mean {metric_name(metric)} or {metric_name(other)}?", company)


def store_empty(text: str) -> Answer:
    return abstain(text, "The store holds no releases yet. Ingest some with `filings-chat ingest PATH`.")


def which_company(text: str, names: list[str], total: int) -> Answer:
    """The question stands, less its company: each choice asks it 'for <name>'."""
    reply = clarify(text, which_company_text(names, total), None)
    reply.options = [f"{text} for {name}" for name in names]
    return reply


def which_of(text: str, companies: Sequence["Company"]) -> Answer:
    """A ticker two companies give, or a name word two companies' names share: never answered from
    one of them. When their names print alike (look-alike letters of another script), the reply says so."""
    from knowledge.confusables import looks_alike
    names = join_words([c.name for c in companies])
    tickers = {c.ticker for c in companies}
    shared = f" (each gives the ticker {tickers.pop()})" if len(tickers) == 1 and None not in tickers else ""
    body = f"Which company? The question may mean {names}{shared}."
    if any(looks_alike(a.name, b.name) for i, a in enumerate(companies) for b in companies[i + 1:]):
        body += (" Their names print alike but are spelled with different letters (look-alike letters of "
                 "another script): they are different companies.")
    return clarify(text, body, None)


def company_not_held(text: str, phrase: str, near: list[str], total: int) -> Answer:
    return _answer(text, "abstained", no_releases_of(phrase, near, total), confidence=80, kind="help")


def word_not_held(text: str, word: str, names: list[str], total: int, sure: bool = True) -> Answer:
    """One word no company held, segment or figure explains, and no company named ('Nintendo revenue'): typed as a
    name, most likely a company the store does not hold — said as what is known of the word, never as a certain name;
    in lower case ('higher', 'organic') it may be any word the questions don't know: asked back, the word named."""
    if not sure:
        return clarify(text, f"Which company? I hold none called “{word}”; the store holds releases of "
                             f"{name_list(names, total)}.", None)
    return _answer(text, "abstained", f"I hold no releases of a company called “{word}”, and no figure by that word. "
                   f"The store holds releases of {name_list(names, total)}.", confidence=60, kind="help")


def no_figures_about(text: str, words: list[str], query: "Query", held: "Holdings") -> Answer:
    return abstain(text, f"I find no figures about “{' '.join(words)}” in the releases. " + held_sentence(query, held))


def not_both(text: str, names: list[str], query: "Query", held: "Holdings") -> Answer:
    """A question naming two subjects at once (a segment's column and a product's row): each is held apart, no figure
    of the one within the other."""
    return abstain(text, f"I hold {metric_name(query.metric)} for {join_words(names)} apart, not one figure of both "
                   f"together. " + held_sentence(query, held))


def not_held(query: "Query", held: "Holdings", label: str | None, lead: str | None = None) -> Answer:
    if lead is None:  # the basis asked named: "don't hold revenue" and then "I have revenue for ..." contradicted itself
        asked = f"{what(query)} in constant currency" if query.basis == "constant-currency" else what(query)
        lead = f"The releases don't hold {asked}{f' for {label}' if label else ''}."
    text = f"{lead} {held_sentence(query, held)}".strip()
    return _answer(query.text, "abstained", text, **_about(query, "periods_held", period=label,
                                                          confidence=query.confidence, kind=query.intent))


def not_in_latest_release(query: "Query", held: "Holdings", end: tuple[int, int] | None, label: str,
                          released: date | None) -> Answer:
    """A figure asked with no period whose latest period held is no answer to "the latest": the company's latest
    release reports a later period and does not give it (`end`), or the release holding it gives it only for a
    period long before it came out (`released`: a comparative, the release's own figure not read)."""
    if released is not None:
        lead = (f"The latest release giving {what(query)}, of {calendar.month_name[released.month]} {released.day}, "
                f"{released.year}, gives it only for {label}, not for the period it reports.")
    else:
        assert end is not None
        lead = (f"The latest release, of the period ending {calendar.month_name[end[1]]} {end[0]}, does not give "
                f"{what(query)} for that period; the latest I hold is {label}.")
    return not_held(query, held, None, lead)


def qualified_not_held(query: "Query", words: str, label: str | None, periods: tuple[str, ...]) -> Answer:
    """A measure asked with a word that makes it another one ("core FFO per share") the releases do not print with
    that word for the period asked: the periods they do print it for, never the plain measure's."""
    name = f"{words} {what(query)}"
    lead = f"The releases don't hold {name}{f' for {label}' if label else ''}"
    held = f"; they print {name} only for {join_words(list(periods))}." if periods else "."
    return _answer(query.text, "abstained", lead + held, **_about(query, "periods_held", period=label,
                                                                 confidence=query.confidence, kind=query.intent))


def other_measure_printed(query: "Query", words: list[str], periods: tuple[str, ...], label: str | None) -> Answer:
    """A plain measure asked ("FFO per share") the releases print only as another measure ("Core FFO per diluted
    share"), for the period asked or (`periods`) for others: what they print, never its figure given as the plain one."""
    name = what(query)
    printed = join_words([f"{w} {name}" for w in words])
    if periods:
        text = (f"The releases don't hold {name}{f' for {label}' if label else ''}; they print {printed} "
                f"(not {name}) for {join_words(list(periods))}.")
    else:
        text = f"The releases print {printed}{' ' + when(label) if label else ''}, not {name}."  # (no period: no "for None")
    return _answer(query.text, "abstained", text, **_about(query, "periods_held", period=label,
                                                          confidence=query.confidence, kind=query.intent))


def missing_period(query: "Query", held: "Holdings") -> Answer:
    text = f"Which period? {held_sentence(query, held)}"
    return _answer(query.text, "clarify", text, **_about(query, "periods_held", confidence=50, kind="value"))


def unknown_place(text: str, company: str, metric: str, place: str, geos: list[str]) -> Answer:
    places = sorted({GEO_DISPLAY.get(g, g) for g in geos})
    held = f" It breaks {metric_name(metric)} down by: {join_words(places)}." if places else ""
    body = f"The releases don't report {metric_name(metric)} for {place.title()}.{held}"
    return _answer(text, "abstained", body, company=company, metric=metric, segment=place, template="segments_held",
                   sql=sql("segments_held"), confidence=80, kind="value")


def unknown_words(text: str, words: list[str], company: "Company | None", metric: str | None,
                  held: "tuple[Holdings, Query] | None") -> Answer:
    named = ", ".join(f"“{w}”" for w in words)
    tail = ""
    if held is not None and company is not None:
        holdings, subject = held
        if metric:
            tail = " " + held_sentence(subject, holdings)
        else:
            names = _metric_names(holdings)
            tail = f" The releases of {company.name} report: {join_words(names)}." if names else ""
    return _answer(text, "abstained", f"I don't hold anything about {named}.{tail}",
                   company=company.name if company else None, metric=metric, confidence=80, kind="value")


def no_such_figure(text: str, company: "Company | None", held: "Holdings | None") -> Answer:
    names = _metric_names(held) if held is not None else []
    tail = f" The releases of {company.name} report: {join_words(names)}." if company and names else ""
    return _answer(text, "abstained", f"I find no figure by that name in the releases.{tail}",
                   company=company.name if company else None, confidence=70, kind="value")


def offtopic(text: str, words: list[str]) -> Answer:
    named = ", ".join(f"“{w}”" for w in words)
    body = ((f"I don't hold anything about {named}. " if named else "") +
            "I answer questions about the figures in company earnings releases, and I don't find one in that. "
            "Try: " + _examples(3) + ".")
    return _answer(text, "abstained", body, confidence=90, kind="help")


def which_period_across(text: str, metric: str) -> Answer:
    return _answer(text, "clarify", f"Which period? Name one to compare {metric_name(metric)} across companies "
                                    f"(e.g. “Q4 2024”).", metric=metric, confidence=50, kind="help")


# -- one company's figure ---------------------------------------------------------------------------
# diluted or basic EPS asked, a per-share figure answered that says neither ("$0.14 per share"): said so, since the
# two can differ and the release's words don't tell which this is
UNSAID_BASIS = {"eps_diluted": "diluted or basic", "eps_basic": "basic or diluted"}


def value_reply(query: "Query", metric: str, best: "Fact", longer: list["Fact"], others: list["Fact"],
                printed: float | None = None) -> Answer:
    """The figure as printed (a percentage with its own decimals: a return on average assets of 0.53% was said
    '0.5%'), its period and company named; the longer period the same release gives ending the
    same day (when the question named no period); an earlier release that printed another figure; a number
    of things asked of a row printed negative (`printed`): its size, and how it is printed."""
    seg, name = segment_text(query), basis_named(query.basis, metric_name(metric))
    note = IMPLIED.get(query.implied, "") if query.implied else ""
    text = value_sentence(f"{name}{seg}", best.period_label, operand(best.value, best.unit), query.company.name, note)
    if printed is not None:
        text += (f" The release prints it as {operand(printed, best.unit)}, taken off the balance; the number is its "
                 f"size.")
    citations = [best.citation]
    for f in longer:
        text += same_end_sentence(name + seg, f.period_label, operand(f.value, f.unit))
        if f.citation not in citations:
            citations.append(f.citation)
    if query.metric in UNSAID_BASIS and metric == "eps":
        text += f" The release does not say whether its per-share figure is {UNSAID_BASIS[query.metric]}."
    if others:
        o = others[0]
        text += (f" An earlier release, {o.doc}, printed {operand(o.value, o.unit)} for the same period "
                 f"(line {o.line}); the latest-reported figure is given.")
        citations.append(o.citation)
    return _answer(query.text, "answered", text + sources(citations), value=best.value, unit=best.unit,
                   **_about(query, metric=metric, period=best.period_label, citations=citations,
                            confidence=query.confidence, kind="value"))


DERIVED_FORMULAS = {"sub": "{a} − {b}", "add": "{a} + {b}", "ratio": "{a} / {b} × 100",
                    "ratio_sub": "({a} − {b}) / {a} × 100", "per_share": "{a} / {b}"}


def _cited(first: "Fact", second: "Fact") -> list:
    """The citations of an answer from two figures: both, or one when they stand on one line."""
    return [first.citation] + ([second.citation] if second.citation != first.citation else [])


def derived_reply(query: "Query", value: float, unit: str, a: "Fact", b: "Fact", a_metric: str, b_metric: str,
                  how: str = "", digits: int | None = None) -> Answer:
    """A figure the release does not print, from two it does: the inputs named, the formula, both cited; a percentage
    of rounded figures said only to the `digits` their rounding cannot change."""
    a_shown = figure(abs(a.value) if how == "add" else a.value, a.unit)  # the formulas take b's size
    shown = DERIVED_FORMULAS[how].format(a=a_shown, b=figure(abs(b.value), b.unit)) if how else ""
    said = f"about {value:.{digits}f}%" if digits is not None and unit == "percent" else figure(value, unit)
    rounded = (f" The figures are rounded as printed, so it is given to {'the whole percent' if digits == 0 else f'{digits} decimal'}"
               f"{'s' if digits and digits > 1 else ''} they allow." if digits is not None and unit == "percent" else "")
    a_name = a.label if query.basis == "non-gaap" else metric_name(a_metric)  # 'Adjusted EBITDA', as printed
    text = (f"{cap(_basis_word(query) + metric_name(query.metric))} {when(a.period_label)}: {said} — computed from "
            f"{a_name} {figure(a.value, a.unit)} and {metric_name(b_metric)} {figure(b.value, b.unit)}"
            f"{f' ({shown})' if shown else ''}; the release does not print it.{rounded}")
    citations = _cited(a, b)
    return _answer(query.text, "answered", text + sources(citations), value=round(value, 4), unit=unit,
                   **_about(query, segment=None, period=a.period_label, citations=citations,
                            confidence=max(0, query.confidence - 10), kind="value"))


def margin_out_of_range_reply(query: "Query", value: float, a: "Fact", b: "Fact", a_metric: str, b_metric: str) -> Answer:
    """A margin the release does not print whose inputs give a percentage no margin can be (above 100%, below
    -100%): the figures are not of one period or one scope (a twelve-month figure over a quarter's revenue, a
    segment's over the company's), so no figure is given; both cited."""
    text = (f"The release does not print {_basis_word(query)}{metric_name(query.metric)} {when(a.period_label)}, and "
            f"the figures it would come from ({a.label} {figure(a.value, a.unit)}, {b.label} "
            f"{figure(b.value, b.unit)}) give {value:.1f}%, which no margin can be: they are not of one period and "
            f"scope, so no figure is given.")
    citations = _cited(a, b)
    return _no_computed_value(query, text, a.period_label, citations)


def only_adjusted_printed_reply(query: "Query", adjusted: "Fact") -> Answer:
    """A plain margin ('EBITDA margin') asked of a release that prints only the adjusted figure: a margin of it is
    the adjusted margin, never the one asked; the user is told what is printed and what may be asked."""
    text = (f"The release does not print {metric_name(query.metric)} {when(adjusted.period_label)}, nor the "
            f"unadjusted figure it would come from: it prints {adjusted.label} ({figure(adjusted.value, adjusted.unit)})"
            f". Ask for the adjusted {metric_name(query.metric)} to have it computed from that.")
    citations = [adjusted.citation]
    return _no_computed_value(query, text, adjusted.period_label, citations)


def _no_computed_value(query: "Query", text: str, period: str, citations: list) -> Answer:
    """A figure the release does not print, which is not worked out either (its inputs are of other scopes, too
    rounded, or adjusted where the plain one is asked): no value, the reason and the inputs cited."""
    return _answer(query.text, "abstained", text + sources(citations),
                   **_about(query, segment=None, period=period, citations=citations, confidence=40, kind="value"))


def _basis_word(query: "Query") -> str:
    """'adjusted ' before a figure asked on a non-GAAP basis ('adjusted EBITDA margin'); '' for one as reported."""
    return "adjusted " if query.basis == "non-gaap" else ""


def too_rounded_reply(query: "Query", a: "Fact", b: "Fact", a_metric: str, b_metric: str,
                      span: tuple[float, float]) -> Answer:
    """A percentage the release does not print, whose inputs are printed too rounded to state it: the span they
    allow, both cited, and no figure."""
    text = (f"The release does not print {metric_name(query.metric)} {when(a.period_label)}, and the figures it "
            f"would come from are rounded as printed ({metric_name(a_metric)} {figure(a.value, a.unit)}, "
            f"{metric_name(b_metric)} {figure(b.value, b.unit)}): they allow anything from {span[0]:.0f}% to "
            f"{span[1]:.0f}%, so no figure is given.")
    citations = _cited(a, b)
    return _no_computed_value(query, text, a.period_label, citations)


def quarter_reply(query: "Query", quarter: "Fact") -> Answer:
    """A quarter no release prints, from two year-to-date figures of one release ('Q4 = FY less 9M');
    a line holding both figures is shown once under the answer (both stay cited)."""
    longer, shorter = quarter.parts
    label = quarter.period_label.split(" (", 1)[0]
    text = (f"{cap(what(query))} of {query.company.name} for {label}: {longer.period_label} "
            f"{figure(longer.value, longer.unit)} − {shorter.period_label} {figure(shorter.value, shorter.unit)} = "
            f"{figure(quarter.value, quarter.unit)} (computed from the cited figures; the release does not print the "
            f"quarter).")
    citations = list(quarter.cited)
    shown = [c for i, c in enumerate(citations) if (c.doc, c.line) not in {(d.doc, d.line) for d in citations[:i]}]
    return _answer(query.text, "answered", text + sources(shown), value=round(quarter.value, 6), unit=quarter.unit,
                   **_about(query, period=label, citations=citations,
                            confidence=max(0, query.confidence - 10), kind="arithmetic"))


def several_periods_reply(query: "Query", found: list["Fact"]) -> Answer:
    """A value asked of several periods: each figure held, listed and cited, and a question back (the
    answer object holds one figure, and none of them is the question's)."""
    if not found:
        return _answer(query.text, "abstained", f"The releases don't hold {what(query)} for the periods named.",
                       **_about(query, confidence=40, kind="value"))
    listing = "; ".join(f"{r.period_label} {figure(r.value, r.unit)}" for r in found)
    text = (f"{cap(what(query))} of {query.company.name}: {listing}. Which period do you mean — or ask for the "
            f"change, the sum or the average of them?")
    citations: list[Citation] = []
    for r in found:
        if r.citation not in citations:
            citations.append(r.citation)
    reply = _answer(query.text, "clarify", text + sources(citations), body=text,
                    **_about(query, citations=citations, confidence=40, kind="value"))
    reply.options = [f"{what(query)} {r.period_label}" for r in found]
    return reply


def conflict_reply(query: "Query", distinct: list["Fact"], differ: bool = False) -> Answer:
    """One release printing two figures for the same thing: both listed with their lines, and the
    user asked which is meant (each choice named by its printed label where they differ). With `differ`
    (its prose and its statement print one figure differently: knowledge/doubts.py) neither is meant
    otherwise: the reply says they differ and gives neither as the answer."""
    best, shown = distinct[0], distinct[:4]
    listing = "; ".join(f"{figure(r.value, r.unit)} (line {r.line}: “{r.label}”)" for r in shown)
    if differ:
        text = (f"{best.doc} gives {what(query)} {when(best.period_label)} as figures that differ: {listing}. "
                f"The release contradicts itself, so neither is given as the answer.")
        citations = [r.citation for r in shown]
        return _answer(query.text, "abstained", text + sources(citations), body=text,
                       **_about(query, period=best.period_label, citations=citations, confidence=40, kind="value"))
    text = (f"{best.doc} prints more than one figure for {what(query)} {when(best.period_label)}: "
            f"{listing}. Which one do you mean?")
    citations = [r.citation for r in shown]
    reply = _answer(query.text, "clarify", text + sources(citations), body=text,
                    **_about(query, period=best.period_label, citations=citations, confidence=40, kind="value"))
    if len({r.label for r in shown}) == len(shown):
        reply.options = [f"{query.text} {r.label}" for r in shown]
    return reply


def doubted_reply(query: "Query", fact: "Fact", said: str) -> Answer:
    """A figure the release's own arithmetic does not hold for (a per-share figure that is not net income
    over the shares, a total that is not the sum of its rows): its line cited, no number given as the
    answer, and what does not hold said."""
    text = (f"{fact.doc} prints {figure(fact.value, fact.unit)} for {what(query)} {when(fact.period_label)} "
            f"(line {fact.line}), but the release's own arithmetic does not hold for it ({said}): it is likely "
            f"misread, so it is not given as the answer.")
    return _answer(query.text, "abstained", text + sources([fact.citation]), body=text,
                   **_about(query, period=fact.period_label, citations=[fact.citation], confidence=40, kind="value"))


def other_bases_lead(query: "Query", label: str, bases: list[str]) -> str:
    held = join_words([BASIS_NAMES.get(b, b) for b in bases])
    return (f"The releases give {what(query)} {when(label)} only {held}, not "
            f"{BASIS_NAMES.get(query.basis, query.basis)}.")


def only_change_in_constant_currency(query: "Query", row: "Fact") -> str:
    """A figure asked in constant currency where the release prints only its change so (beside the reported amount)."""
    return (f"The releases give {what(query)} {when(row.period_label)} in constant currency only as a change "
            f"against a year earlier (ask for its growth in constant currency), not as an amount.")


def place_not_held_lead(query: "Query", geo: str, label: str) -> str:
    place = GEO_DISPLAY.get(geo, geo) or "the total"
    return f"The releases don't hold {metric_name(query.metric)} for {place} in {label}."


def places_reply(query: "Query", found: list[tuple[str, "Fact"]]) -> Answer:
    parts = [f"{GEO_DISPLAY.get(g, g) or 'total'} {figure(r.value, r.unit)}" for g, r in found]
    first = found[0][1]
    text = f"{cap(metric_name(query.metric))} {when(first.period_label)}: " + "; ".join(parts) + "."
    citations = [r.citation for _, r in found]
    return _answer(query.text, "answered", text + sources(citations), value=first.value, unit=first.unit,
                   **_about(query, period=first.period_label, citations=citations, confidence=query.confidence,
                            kind="compare", rows=[{"period": GEO_DISPLAY.get(g, g) or "total", "value": r.value,
                                                   "unit": r.unit} for g, r in found]))


def share_reply(query: "Query", value: float, p: "Fact", t: "Fact") -> Answer:
    text = (f"{cap(what(query))} was {percent(value)} of the total in {p.period_label}: {figure(p.value, p.unit)} "
            f"of {figure(t.value, t.unit)} (computed).")
    citations = _cited(p, t)
    return _answer(query.text, "answered", text + sources(citations), value=value, unit="percent",
                   **_about(query, period=p.period_label, citations=citations, confidence=query.confidence,
                            kind="compare", rows=[{"period": f"{query.segment}", "value": p.value, "unit": p.unit},
                                                  {"period": "total", "value": t.value, "unit": t.unit}]))


def period_share_reply(query: "Query", part: "Fact", whole: "Fact", value: float) -> Answer:
    """'Revenue for Q4 2024 as a share of FY 2024: $141 million / $550 million = 25.6%', both lines cited."""
    text = (f"{cap(what(query))} of {query.company.name} for {part.period_label} as a share of {whole.period_label}: "
            f"{operand(part.value, part.unit)} / {operand(whole.value, whole.unit)} = {percent(round(value, 1))} "
            f"(computed from the cited figures).")
    citations = _cited(part, whole)
    return _answer(query.text, "answered", text + sources(citations), value=round(value, 6), unit="percent",
                   **_about(query, period=part.period_label, citations=citations,
                            confidence=max(0, query.confidence - 5), kind="arithmetic",
                            rows=[{"period": f.period_label, "value": f.value, "unit": f.unit} for f in (part, whole)]))


def not_a_part(what: str, part: str, whole: str) -> str:
    return (f"{cap(what)} for {part} is no part of {what} for {whole} (a share of a longer period needs the shorter "
            f"one inside it, and both spans of time), so I give no share.")


def restated_apart_lead(query: "Query", label: str, base_label: str) -> str:
    return (f"I have {what(query)} for {label} and {base_label} from two different releases only, and per-share figures "
            f"and share counts are compared only within one release (a stock split between releases restates them), "
            f"so I cannot combine or compare them.")


def no_base_lead(query: "Query", label: str, base_label: str) -> str:
    return f"I have {what(query)} for {label} but not for {base_label}, so I cannot give the change."


# a change asked in words that may mean its amount ("change in revenue from Q2 2024 to Q2 2025", "revenue increase Q2
# 2025 vs Q2 2024": the acceptance contract reads them as a percent change, which is the answer's value): the amount
# is said beside the percentage, so a reader who meant it has it — the value stays the percentage
AMOUNT_MAY_BE_MEANT = re.compile(r"\b(?:change[sd]?|increase[sd]?|decrease[sd]?)\b")
PERCENT_MEANT = re.compile(r"\b(?:percent(?:age)?|growth|grow|grew|rate)\b|%")


def implied_base_note(query: "Query", base_label: str) -> str:
    """A balance's change the question gives no base for ('deposits growth'): the date it is compared with said,
    and how to ask for the others — a year-over-year and a sequential change of a balance are different figures."""
    if not query.base_implied:
        return ""
    return (f" The question names no base: this is against {when(base_label, '', '')}, the date before it the releases "
            f"print (ask 'year over year' or 'sequential' for those).")


def change_reply(query: "Query", value: float, label: str, base_label: str, stated: "Fact | None",
                 pair: "tuple[Fact, Fact] | None", computed: float | None, by_size: bool, compare: bool,
                 precise: float | None = None) -> Answer:
    """A change: as the release states it (cited), and as computed from the two figures (both cited). `precise`:
    the computed change the stated one rounds, given as the value (the text says the release's)."""
    name = what(query) + (" (printed as negative figures, compared by size)" if by_size else "")
    citations: list[Citation] = []
    parts = []
    if stated is not None:
        parts.append(change_sentence(name, value, label, base_label, query.company.name)
                     + f", as the release states ({stated.doc}, line {stated.line}).")
        citations.append(stated.citation)
    if pair and computed is not None:
        c, b = pair
        amount = abs(c.value) - abs(b.value) if by_size else c.value - b.value
        said = AMOUNT_MAY_BE_MEANT.search(query.norm) and not PERCENT_MEANT.search(query.norm) and \
            c.unit == b.unit != "percent"
        shown: list[tuple[float, str | None]] = [(b.value, b.unit), (c.value, c.unit)]
        if said:
            shown.append((amount, c.unit))
        texts = figures_alike(shown)
        b_text, c_text = texts[:2]
        as_amount = f" ({'+' if amount > 0 else ''}{texts[2]})" if said else ""
        line = (f"From {b_text} {when(b.period_label, 'in')} to {c_text} "
                f"{when(c.period_label, 'in')}: {signed_percent(round(computed, 1))}{as_amount} computed from the two figures")
        line += f" ({c.doc})." if c.doc_id == b.doc_id else f" ({c.doc} and {b.doc})."
        if stated is not None and stated.change_pct is not None and abs(round(computed) - stated.change_pct) > 1:
            line += " The stated and computed changes differ by more than rounding."
        if stated is None:
            parts.append(change_sentence(name, value, label, base_label, query.company.name) + ".")
        parts.append(line + implied_base_note(query, base_label))
        for x in (c.citation, b.citation):
            if x not in citations:
                citations.append(x)
    rows = [{"period": r.period_label, "value": r.value, "unit": r.unit} for r in (pair or ())][::-1]
    template = "values_for_two_periods"
    return _answer(query.text, "answered", " ".join(parts) + sources(citations),
                   value=value if precise is None else precise, unit="percent",
                   **_about(query, template, period=label, citations=citations, confidence=query.confidence,
                            kind="compare" if compare else "change", rows=rows))


def changes_apart_reply(query: "Query", stated: "Fact", pair: "tuple[Fact, Fact]", computed: float, label: str,
                        base_label: str) -> Answer:
    """A change the release states that the two cited figures do not bear out (29.9% computed, 21.9% stated): both
    said, with their lines, and neither given as the answer — the stated one is likely of a basis its sentence does
    not name (like-for-like, organic, constant currency), and picking either may be a wrong figure."""
    c, b = pair
    b_text, c_text = figures_alike([(b.value, b.unit), (c.value, c.unit)])
    text = (f"{cap(what(query))} of {query.company.name} {when(label, 'in')} against {base_label}: the release states "
            f"{signed_percent(stated.change_pct or 0)} ({stated.doc}, line {stated.line}), while its figures — {b_text} "
            f"{when(b.period_label, 'in')} and {c_text} {when(c.period_label, 'in')} — give "
            f"{signed_percent(round(computed, 1))}. They differ by more than rounding (the stated change may be "
            f"like-for-like, organic or in constant currency), so neither is given as the answer.")
    citations = [stated.citation] + [x for x in (c.citation, b.citation) if x != stated.citation]
    return _answer(query.text, "abstained", text + sources(citations),
                   **_about(query, "values_for_two_periods", period=label, citations=citations,
                            confidence=query.confidence, kind="change"))


def across_zero_reply(query: "Query", c: "Fact", b: "Fact") -> Answer:
    """A figure that turns from negative to positive has no percent change: both figures, no percentage."""
    text = (f"{cap(what(query))} of {query.company.name} went from {figure(b.value, b.unit)} "
            f"{when(b.period_label, 'in')} to {figure(c.value, c.unit)} {when(c.period_label, 'in')}: a "
            f"percentage change from a negative figure is not meaningful, so none is given.")
    citations = _cited(c, b)
    return _answer(query.text, "abstained", text + sources(citations),
                   **_about(query, "values_for_two_periods", period=c.period_label, citations=citations,
                            confidence=query.confidence, kind="change"))


def percent_of_percent_reply(query: "Query", c: "Fact", b: "Fact", computed: float) -> Answer:
    """A figure that is itself a percentage ('Discount rate | 2.2% | 2.1%') has no one percentage change: the
    change in points and the change relative to the base figure both answer 'the percentage change', so
    both are said and neither is given as the answer."""
    points = round(c.value - b.value, 4)
    text = (f"{cap(what(query))} of {query.company.name} went from {figure(b.value, b.unit)} "
            f"{when(b.period_label, 'in')} to {figure(c.value, c.unit)} {when(c.period_label, 'in')}: the figure is "
            f"itself a percentage, so its percentage change may mean {points:+g} percentage points or "
            f"{computed:+.1f}% of the earlier figure; ask for either and I'll give it.")
    citations = _cited(c, b)
    return _answer(query.text, "abstained", text + sources(citations),
                   **_about(query, "values_for_two_periods", period=c.period_label, citations=citations,
                            confidence=query.confidence, kind="change"))


def operand(value: float, unit: str | None) -> str:
    """A figure in a formula or its result: a percentage with the decimals it has (formatting.percent_as_printed),
    any other figure as figure() writes it."""
    return percent_as_printed(value) if unit == "percent" else figure(value, unit)


def formula(operation: str, values: list[float], unit: str, by_size: bool = False) -> str:
    """The arithmetic as the answer shows it, each input as printed (a difference: the larger less the smaller)."""
    if operation == "sum":
        return " + ".join(operand(v, unit) for v in values)
    if operation == "average":
        return f"({' + '.join(operand(v, unit) for v in values)}) / {len(values)}"
    if by_size:
        values = [abs(v) for v in values]
    if operation == "gap":
        values = sorted(values, reverse=True)
    second = operand(values[1], unit)
    shown = f"{operand(values[0], unit)} − {f'({second})' if values[1] < 0 else second}"
    return shown + (" (sizes of figures printed negative)" if by_size else "")


def gap_sentence(facts: list["Fact"], value: float, unit: str, by_size: bool) -> str:
    """Which of two figures is the larger, in words: a difference is a size, its direction said, not signed."""
    later, earlier = facts[0], facts[1]
    a, b = (abs(later.value), abs(earlier.value)) if by_size else (later.value, earlier.value)
    if a == b:
        return " The two figures are equal."
    size = " in size" if by_size else ""
    return (f" The figure {when(later.period_label)} is {operand(value, unit)} {'higher' if a > b else 'lower'}{size} "
            f"than {when(earlier.period_label)}.")


_DIRECTION_ASKED = re.compile(r"\b(?:(?P<down>decrease[sd]?|decline[sd]?|fell|fall|drop(?:ped|s)?|reduc(?:ed|tion))|"
                              r"(?P<up>increase[sd]?|rose|rise[sn]?|grew|grow(?:th|s)?))\b")


def direction_asked(norm: str) -> bool:
    """The question asks for an increase or a decrease ('what was the increase in X'), one direction only."""
    said = list(_DIRECTION_ASKED.finditer(norm))
    return bool(said) and len({bool(m.group("down")) for m in said}) == 1


def amount_or_stated_percent(what: str, stated: "Fact", amount: str) -> str:
    return (f"The release states the change of {what} {when(stated.period_label)} as a percentage, "
            f"{signed_percent(round(stated.change_pct or 0.0, 1))} (line {stated.line}); as an amount it is {amount}. The question "
            f"names one period and could mean either, so I give neither as the answer: ask for 'the percentage "
            f"change' or for 'the change from' one period to the other.")


def direction_sentence(norm: str, value: float, unit: str, by_size: bool) -> str:
    """A change asked as an increase or a decrease ('what was the decrease in X'), said in words beside the
    signed figure: the contract gives a decrease negative, and a reader who asked for 'the decrease' reads
    '-$10.7 million' as 'fell by $10.7 million'; a change that went the other way than asked is said so.
    Nothing is added where the question names no direction ('the change in X') or both ('the increase /
    (decrease) in X'): the sign says it."""
    said = list(_DIRECTION_ASKED.finditer(norm))
    if not said or len({bool(m.group("down")) for m in said}) > 1:  # none, or both ('increase / (decrease)')
        return ""
    m = said[0]
    size = " in size" if by_size else ""
    if not value:
        return " It did not change."
    moved = f"{'rose' if value > 0 else 'fell'}{size} by {operand(abs(value), unit)}"
    if (value < 0) == bool(m.group("down")):
        return f" It {moved}" + (" (a decrease is given as a negative figure)." if value < 0 else ".")
    return f" It {moved}: {'an increase, not a decrease' if value > 0 else 'a decrease, not an increase'}."


def arithmetic_reply(query: "Query", metric: str, facts: list["Fact"], value: float, unit: str, by_size: bool) -> Answer:
    labels = [f.period_label for f in facts]
    if query.implied == "ttm":
        labels = [IMPLIED["ttm"] + " (" + ", ".join(labels) + ")"]
    name = metric_name(metric) + segment_text(query)
    shown = formula(query.operation, [f.value for f in facts], unit, by_size)
    text = arithmetic_sentence(query.operation, name, query.company.name, labels, shown, operand(value, unit))
    if query.operation == "gap":
        text += gap_sentence(facts, value, unit, by_size)
    elif query.operation == "difference":
        text += direction_sentence(query.norm, value, unit, by_size)
    if len(facts) == 2:  # a balance's change with no base said: the date it is against
        text += implied_base_note(query, facts[1].period_label)
    if query.implied == "balance":  # a balance averaged over the year named
        text += (" The average balance of the year: its opening balance (the close of the year before) and its closing "
                 "balance, averaged; the releases print no average balance of it for the year.")
    if query.implied == "quarters":  # a year named, its quarters averaged
        text += " The average of the year's four quarters, each cited, not the year's figure divided by four."
    if query.implied == "release":  # the question named no period
        text += f" The question names no period: these are {IMPLIED['release']}."
    citations: list[Citation] = []
    for f in facts:
        for c in f.cited:
            if c not in citations:
                citations.append(c)
    return _answer(query.text, "answered", text + sources(citations), value=round(value, 6), unit=unit,
                   **_about(query, metric=metric, period=facts[0].period_label, citations=citations,
                            confidence=max(0, query.confidence - 5), kind="arithmetic",
                            rows=[{"period": f.period_label, "value": f.value, "unit": f.unit} for f in facts]))


def two_names(query: "Query", metric_a: str, metric_b: str) -> tuple[str, str]:
    """The two figures' names, each with its place or product."""
    assert query.of is not None
    return metric_name(metric_a) + segment_text(query), metric_name(metric_b) + segment_text(query.of)


def two_figures_reply(query: "Query", names: tuple[str, str], a: "Fact", b: "Fact", value: float) -> Answer:
    """Both figures with their periods, the formula, the result, both lines cited."""
    if query.operation == "sum":
        shown = f"{operand(a.value, a.unit)} + {operand(b.value, b.unit)}"
        note = ""
    elif query.operation == "minus":
        signed = abs(a.value - b.value - value) <= 1e-9 * max(1.0, abs(value))  # else by size: a cost printed negative
        x, y = (a.value, b.value) if signed else (abs(a.value), abs(b.value))
        shown = f"{operand(x, a.unit)} − {operand(y, b.unit)}"
        note = ""
    else:
        high, low = (a, b) if a.value >= b.value else (b, a)
        shown = f"{operand(high.value, a.unit)} − {operand(low.value, a.unit)}"
        first, second = names
        note = "" if a.value == b.value else f" {cap(first)} is {'higher' if a.value > b.value else 'lower'} than {second}."
    periods = a.period_label if a.period_label == b.period_label else f"{a.period_label} and {b.period_label}"
    name = f"the sum of {names[0]} and {names[1]}" if query.operation == "sum" else \
        f"{names[0]} less {names[1]}" if query.operation == "minus" else f"the difference between {names[0]} and {names[1]}"
    text = (f"{cap(name)} of {query.company.name} for {periods}: {shown} = {operand(value, a.unit)} "
            f"(computed from the cited figures).{note}")
    if query.implied in IMPLIED:
        text += f" The question names no period: this is {IMPLIED[query.implied]}."
    citations = _cited(a, b)
    return _answer(query.text, "answered", text + sources(citations), value=round(value, 6), unit=a.unit,
                   **_about(query, metric=query.metric, period=a.period_label, citations=citations,
                            confidence=max(0, query.confidence - 5), kind="arithmetic",
                            rows=[{"period": f.period_label, "value": f.value, "unit": f.unit} for f in (a, b)]))


def ratio_name(query: "Query", metric_a: str, metric_b: str) -> str:
    """'revenue (FY 2019) as a percentage of total assets (FY 2019)', 'ratio of … to …'."""
    assert query.of is not None
    a = metric_name(metric_a) + segment_text(query)
    b = metric_name(metric_b) + segment_text(query.of)
    return f"{a} as a percentage of {b}" if query.operation == "percent_of" else f"the ratio of {a} to {b}"


def no_ratio_of_zero(name: str) -> str:
    return f"I can't give {name}: the figure divided by is zero."


def ratio_reply(query: "Query", metric_a: str, metric_b: str, a: "Fact", b: "Fact", value: float,
                by_size: bool = False) -> Answer:
    """Both figures named with their periods, the formula, the result, both lines cited."""
    percent_of = query.operation == "percent_of"
    x, y = (abs(a.value), abs(b.value)) if by_size else (a.value, b.value)
    shown = f"{figure(x, a.unit)} / {figure(y, b.unit)}" + (" × 100" if percent_of else "") + \
        (" (sizes of figures printed negative)" if by_size else "")
    result = percent(round(value, 2)) if percent_of else f"{value:,.4g}"
    name = ratio_name(query, metric_a, metric_b)
    if a.period_label != b.period_label:  # each figure's own period
        name = name.replace(f" to {metric_name(metric_b)}", f" for {a.period_label} to {metric_name(metric_b)}", 1)
        name = name.replace(" as a percentage of ", f" for {a.period_label} as a percentage of ", 1)
    text = (f"{cap(name)} of {query.company.name} for {b.period_label}: {shown} = {result} "
            f"(computed from the cited figures).")
    if query.implied in IMPLIED:  # the question named no period
        text += f" The question names no period: this is {IMPLIED[query.implied]}."
    citations = _cited(a, b)
    return _answer(query.text, "answered", text + sources(citations), value=round(value, 6),
                   unit="percent" if percent_of else None,
                   **_about(query, metric=metric_a, period=a.period_label, citations=citations,
                            confidence=max(0, query.confidence - 5), kind="arithmetic",
                            rows=[{"period": f.period_label, "value": f.value, "unit": f.unit} for f in (a, b)]))


def withheld_note(withheld: list["Fact"]) -> str:
    """Periods left out of a series because their figure is doubted: each named with its line and why, its
    number never stated (knowledge/doubts.py)."""
    if not withheld:
        return ""
    said = [f"{r.period_label} ({r.doc}, line {r.line}: {r.doubted.reason() if r.doubted else 'doubted'})"
            for r in withheld]
    return f" Left out, as its figure is doubted and not given: {join_words(said)}."


def trend_reply(query: "Query", series: list["Fact"], withheld: Sequence["Fact"] = ()) -> Answer:
    note = withheld_note(list(withheld))
    if not series:
        text = f"I can't give {what(query)} for any period held.{note}"
        cites = [r.citation for r in withheld]
        return _answer(query.text, "abstained", text + sources(cites), body=text,
                       **_about(query, "trend", citations=cites, confidence=40, kind="trend"))
    listing = "; ".join(f"{r.period_label}: {figure(r.value, r.unit)}" for r in series)
    citations = [r.citation for r in series]
    text = f"{cap(what(query))} across the periods held — {listing}.{note}" + sources(citations)
    last = series[-1]
    return _answer(query.text, "answered", text, value=last.value, unit=last.unit,
                   **_about(query, "trend", period=last.period_label, citations=citations,
                            confidence=query.confidence, kind="trend",
                            rows=[{"period": r.period_label, "value": r.value, "unit": r.unit} for r in series]))


def which_year_reply(query: "Query", best: "Fact", year: int, figures: list["Fact"]) -> Answer:
    """The year whose figure was the highest or lowest, every year's figure cited beside it (the value is the
    year, no amount: its unit is none)."""
    end = _year_end_words(query)
    listing = "; ".join(f"{r.period_label}: {figure(r.value, r.unit)}" for r in figures)
    citations = [r.citation for r in figures]
    text = (f"{cap(what(query))} of {query.company.name} was {end} in {year} ({best.period_label}, "
            f"{figure(best.value, best.unit)}) of the years its release gives — {listing}." + sources(citations))
    return _answer(query.text, "answered", text, value=float(year), unit=None,
                   **_about(query, "trend", period=best.period_label, citations=citations,
                            confidence=query.confidence, kind="which_year",
                            rows=[{"period": r.period_label, "value": r.value, "unit": r.unit} for r in figures]))


def _year_end_words(query: "Query") -> str:
    """What the year is asked by: 'highest', 'lowest', 'below 50,000', 'negative'."""
    if query.threshold is None:
        return "highest" if query.extreme == "high" else "lowest"
    bound, kind = query.threshold
    if kind == "any" and not bound:
        return "negative" if query.extreme == "below" else "positive"
    shown = percent(bound) if kind == "percent" else f"{bound:,.0f}" if abs(bound) >= 1 else f"{bound}"
    return f"{query.extreme} {shown}"


def which_year_unread(query: "Query", figures: list["Fact"]) -> Answer:
    """No year named: fewer than two years' figures of one row and unit, a year printed twice, a tie, or a
    negative figure (which of two losses is 'larger' its sign does not say)."""
    listing = "; ".join(f"{r.period_label}: {figure(r.value, r.unit)}" for r in figures)
    citations = [r.citation for r in figures]
    text = (f"I can't say in which year {what(query)} was {_year_end_words(query)}: "
            + (f"the figures held — {listing} — are not one row's figures of distinct years, "
               + ("of which exactly one passes it (and of the threshold's unit)." if query.threshold else
                  "all positive and unalike.") if figures else "I hold no figures of it for two years."))
    return _answer(query.text, "abstained", text + sources(citations), body=text,
                   **_about(query, "trend", citations=citations, confidence=40, kind="which_year"))


# -- what the store holds ---------------------------------------------------------------------------
def periods_overview(labels: list[str]) -> str:
    return f"Revenue is held for {join_words(labels)}." if labels else ""


def inventory_of_period(query: "Query", items: list[str], overview: str) -> Answer:
    name, label = query.company.name, query.period_name
    if not items:
        return _answer(query.text, "abstained", f"I hold nothing for {name} for {label}. " + overview, company=name,
                       period=label, template="metrics_for_period", sql=sql("metrics_for_period"), kind="inventory")
    return _answer(query.text, "answered", f"For {name}, {label}, I have: {join_words(items)}.", company=name,
                   period=label, template="metrics_for_period", sql=sql("metrics_for_period"), confidence=90,
                   kind="inventory")


def inventory_reply(query: "Query", metrics: list[str], overview: str) -> Answer:
    names = [BY_KEY[m].name for m in metrics if m in BY_KEY]
    text = (f"For {query.company.name} I have: {join_words(names)}. " + overview
            + " Ask for example: " + _examples(3) + ".")
    return _answer(query.text, "answered", text, company=query.company.name, template="metrics_held",
                   sql=sql("metrics_held"), confidence=90, kind="inventory")


def fiscal_year_reply(query: "Query", latest_doc: str | None, fiscal_year: int | None, end_year: int | None,
                      weeks: bool) -> Answer:
    """When the company's fiscal year ends, and how it names its years, as its releases say."""
    month = calendar.month_name[query.company.fye]
    named = ""
    if latest_doc and fiscal_year is not None:
        named = (f" Its latest release ({latest_doc}) reports periods of fiscal {fiscal_year}, the year ending in "
                 f"{month} {end_year}.")
    text = f"{query.company.name}'s fiscal year ends in {month}" + \
        (" (a 52/53-week year ending near the end of the month)." if weeks else ".") + named
    return _answer(query.text, "answered", text, company=query.company.name, template="latest_document",
                   sql=sql("latest_document"), confidence=90, kind="inventory")


# -- across companies -------------------------------------------------------------------------------
# How the chat shows an answer over companies: side by side as a table, a ranking or a list as bars.
ACROSS_KIND = {"companies": "companies"}


def across_reply(query: "AcrossQuery", entries: list, left_out: list[str], missing: list[str], total: int,
                 listed: int, no_growth: Sequence[str] = (), apart: Sequence[str] = (),
                 to_date: Sequence[str] = ()) -> Answer:
    """Companies side by side, listed, ranked or filtered (entries come ranked, filtered and cut by the
    template; `total` counts every company that fits). Every figure listed is cited."""
    name, label, change = metric_name(query.metric), query.period_name, query.change
    template = "rank_across_companies"
    if not entries:
        text = f"No company in the store gives {name} for {label}" + (" on a basis I can compare." if left_out else ".")
        text += _left_out(left_out) + _no_growth(no_growth) + _apart(apart) + _missing(missing) + _to_date(query, to_date)
        return _answer(query.text, "abstained", text, metric=query.metric, period=label,
                       template="metric_across_companies", sql=sql(template), confidence=70, kind="compare")
    shown = entries[:listed]
    items = [f"{e.company} {_across_figure(e, change)}" for e in shown]
    more = f" and {total - len(shown)} more" if query.shape in ("list", "filter") and total > len(shown) else ""
    text = f"{_across_head(query, name, label, total)}: " + "; ".join(
        f"{i + 1}. {t}" if query.shape != "companies" else t for i, t in enumerate(items)) + more + "."
    text += _calendar_note(shown, query) + _left_out(left_out) + _no_growth(no_growth) + _apart(apart) + _missing(missing)
    text += _to_date(query, to_date)
    citations: list[Citation] = []
    for e in shown:
        for f in (e.fact, e.base):
            if f is not None and f.citation not in citations:
                citations.append(f.citation)
    first = shown[0]
    unit = "percent" if change else first.fact.unit
    value, unit = (float(total), "count") if query.shape == "filter" else (first.value, unit)
    return _answer(query.text, "answered", text + sources(citations), value=value, unit=unit,
                   company=first.company if query.shape in ("rank", "companies") else None, metric=query.metric,
                   period=first.fact.period_label, citations=citations, template="metric_across_companies",
                   sql=sql(template), confidence=85, kind=ACROSS_KIND.get(query.shape, "rank"),
                   rows=[{"period": e.company, "value": e.value, "unit": unit if query.shape != "filter" else "percent"}
                         for e in shown])


def pick_reply(query: "AcrossQuery", entries: list, left_out: list[str], missing: list[str],
               no_growth: Sequence[str] = (), apart: Sequence[str] = ()) -> Answer:
    """The companies a question named, ranked among themselves ("which had the higher revenue, Acme or Zenith?"):
    the one asked for first, against the others' figures, every figure cited and periods that end apart named.
    Fewer than two of them giving the figure comparably, or a tie, picks none."""
    name, label, change = metric_name(query.metric), query.period_name, query.change
    thing = f"{name} growth" if change else name
    low = query.ranking[0] == "low"
    end = ("lowest" if low else "highest") if len(query.companies) > 2 else ("lower" if low else "higher")
    if query.loss:  # a loss compared by its size: "the bigger net loss"
        thing = "net loss"
        end = ("smallest" if low else "largest") if len(query.companies) > 2 else ("smaller" if low else "bigger")
    citations: list[Citation] = []
    for e in entries:
        for f in (e.fact, e.base):
            if f is not None and f.citation not in citations:
                citations.append(f.citation)
    figures = [f"{e.company} {_across_figure(e, change)}" for e in entries]
    notes = _calendar_note(entries, query) + _left_out(left_out) + _no_growth(no_growth) + _apart(apart) + _missing(missing)
    common = dict(metric=query.metric, period=label, citations=citations, template="metric_across_companies",
                  sql=sql("rank_across_companies"), kind="rank")
    if len(entries) < 2:
        held = f"only {figures[0]}" if figures else "none of them"
        text = (f"I can't say which of the companies named has the {end} {thing} for {label}: the releases give it "
                f"comparably for {held}.") + notes
        return _answer(query.text, "abstained", text + sources(citations), confidence=70, **common)
    first, second = entries[0], entries[1]
    if first.value == second.value:
        text = (f"Neither: {first.company} and {second.company} give the same {thing} for {label}: "
                f"{join_words(figures)}.") + notes
        return _answer(query.text, "answered", text + sources(citations), value=first.value,
                       unit="percent" if change else first.fact.unit, confidence=85, **common)
    against = [f"{e.company}'s {_across_figure(e, change)}" for e in entries[1:]]
    text = f"{cap(end)} {thing} for {label}: {figures[0]}, against {join_words(against)}." + notes
    unit = "percent" if change else first.fact.unit
    return _answer(query.text, "answered", text + sources(citations), value=first.value, unit=unit,
                   company=first.company, confidence=85,
                   rows=[{"period": e.company, "value": e.value, "unit": unit} for e in entries], **common)


def none_moved(query: "AcrossQuery", compared: int, citations: list[Citation]) -> Answer:
    """'companies whose net income fell' when none did: how many give it for both years, each cited."""
    name = metric_name(query.metric)
    of = "the one company" if compared == 1 else f"the {compared} companies"
    text = (f"None: of {of} whose releases give {name} for {query.period_name} and a year before, "
            f"none saw it {'fall' if query.fell else 'rise'}.")
    return _answer(query.text, "answered", text + sources(citations), value=0.0, unit="count", metric=query.metric,
                   period=query.period_name, citations=citations, template="metric_across_companies",
                   sql=sql("rank_across_companies"), confidence=85, kind="rank", rows=[])


def loss_moved_reply(query: "AcrossQuery", entries: list, compared: int, no_loss: Sequence[str],
                     left_out: Sequence[str], listed: int) -> Answer:
    """'companies whose net loss widened / narrowed': the companies whose loss grew larger (or smaller) in size,
    among the `compared` ones that made a loss in both years, each with its two cited figures and the signed
    figure's percent change; the companies that made no loss in one year or both are named as left out."""
    name = _loss_name(query.metric)
    moved = "widened" if query.loss_moved == "larger" else "narrowed"
    label = query.period_name
    note = ""
    if no_loss:
        shown = list(no_loss[:listed]) + ([f"{len(no_loss) - listed} more"] if len(no_loss) > listed else [])
        note = (f" Left out: {join_words(shown)} did not make {name}es in both {label} and a year before "
                f"(no {name} to widen or narrow).")
    note += _left_out(list(left_out))
    common = dict(metric=query.metric, period=label, template="metric_across_companies",
                  sql=sql("rank_across_companies"), confidence=85, kind="rank")
    if not entries:
        verb = "widen" if query.loss_moved == "larger" else "narrow"
        of = "the one company" if compared == 1 else f"the {compared} companies"
        head = (f"None: of {of} whose releases give {name}es for {label} and a year before, none saw it {verb}."
                if compared else f"None: no company's releases give {name}es for both {label} and a year before.")
        return _answer(query.text, "answered", head + note, value=0.0, unit="count", citations=[], rows=[], **common)
    shown_entries = entries[:listed]
    items = [f"{i + 1}. {e.company} {_across_figure(e, True)}" for i, e in enumerate(shown_entries)]
    more = f" and {len(entries) - len(shown_entries)} more" if len(entries) > len(shown_entries) else ""
    n = len(entries)
    text = (f"{n} compan{'y' if n == 1 else 'ies'} whose {name} {moved} in {label} against a year before (of "
            f"{compared} that made {name}es in both): " + "; ".join(items) + more + "." + note)
    citations: list[Citation] = []
    for e in shown_entries:
        for f in (e.fact, e.base):
            if f is not None and f.citation not in citations:
                citations.append(f.citation)
    return _answer(query.text, "answered", text + sources(citations), value=float(n), unit="count",
                   citations=citations, rows=[{"period": e.company, "value": e.value, "unit": "percent"}
                                              for e in shown_entries], **common)


def _loss_name(metric: str) -> str:
    """'net income (loss)' asked as a loss: 'net loss' (the loss side of the two-way figure)."""
    name = re.sub(r"\s*\((?:loss|losses)\)", "", metric_name(metric))
    name = re.sub(r"\b(?:income|earnings|profit)\b", "loss", name)
    return name if "loss" in name else f"{name} loss"


def _across_figure(e, change: bool) -> str:
    basis = f", {e.basis}" if getattr(e, "basis", "") else ""  # EPS: which basis each company's figure is
    if not change:
        return f"{figure(e.fact.value, e.fact.unit)} ({e.fact.period_label}{basis})"
    return (f"{signed_percent(round(e.change, 1))} ({figure(e.base.value, e.base.unit)} in {e.base.period_label} to "
            f"{figure(e.fact.value, e.fact.unit)} in {e.fact.period_label}{basis})")


def _across_head(query: "AcrossQuery", name: str, label: str, n: int) -> str:
    thing = f"{name} growth" if query.change else name
    if query.shape == "rank":
        end = "lowest" if query.ranking[0] == "low" else "highest"
        if query.loss:  # a loss ranked by its size: "the largest net loss"
            end, thing = ("smallest" if query.ranking[0] == "low" else "largest"), "net loss"
        top = f"the {end} {thing}" if query.ranking[1] <= 1 else f"the {query.ranking[1]} {end} {thing} figures"
        among = f"the {query.kind}s" if query.kind else "the companies"  # "which bank …": the banks only
        return f"{cap(top)} for {label}, among {among} whose releases give it"
    if query.shape == "filter":
        moved = "fell" if query.fell else "rose"
        return f"{n} compan{'y' if n == 1 else 'ies'} whose {name} {moved} in {label} against a year before"
    return f"{cap(thing)} for {label}, by company"


def _calendar_note(entries: list, query: "AcrossQuery") -> str:
    """Periods of one name that end on different dates: each that ends apart from the most common date is named;
    of a calendar quarter or year asked, each company's period that ends in another month than it (a fiscal quarter
    matched by its end date) is named beside the date the asked one ends."""
    if query.calendar_end is not None:
        asked = query.calendar_end
        apart = [e for e in entries if e.fact.period_end and (e.fact.period_end.year, e.fact.period_end.month) != (
            asked.year, asked.month) and effective_month(e.fact.period_end) != (asked.year, asked.month)]
        if apart:
            notes = [f"{e.company}'s {e.fact.period_label} ends {_end_words(e.fact.period_end)}" for e in apart]
            return (f" Matched by the dates periods end on: {join_words(notes)}, the fiscal period nearest "
                    f"{query.period_name} (which ends {asked:%B} {asked.day}, {asked.year}).")
    ends = Counter(e.fact.period_end for e in entries if e.fact.period_end)
    if len(ends) < 2:
        return ""
    (common, n), (_, n2) = ends.most_common(2)
    apart = [e for e in entries if e.fact.period_end and (n == n2 or e.fact.period_end != common)]
    notes = [f"{e.company}'s {e.fact.period_label} ends {_end_words(e.fact.period_end)}" for e in apart]
    others = f" (the others end {_end_words(common)})" if n > n2 else ""
    return f" Periods end on different dates: {join_words(notes)}{others}."


def _end_words(end: date) -> str:
    """The date a period ends, as far as the store knows it: a period read without its day ('quarter ended
    January 2024', a column headed by its month) is kept at the month's last day, so a last day is said as
    the month ('in January 2024'), never as a day the release may not give (its quarter ended the 28th)."""
    if (end + timedelta(days=1)).day == 1:
        return f"in {end:%B} {end.year}"
    return f"{end:%B} {end.day}, {end.year}"


def _left_out(names: list[str]) -> str:
    if not names:
        return ""
    return (f" Left out: {join_words(sorted(names)[:5])}{' and others' if len(names) > 5 else ''} (a release prints two "
            f"different figures for the period, does not state their unit, or reports in another currency).")


def _no_growth(names: Sequence[str]) -> str:
    """Companies a ranking by growth leaves out: a loss in either year gives a percentage change, not a growth rate."""
    if not names:
        return ""
    return (f" Not ranked: {join_words(sorted(names)[:5])}{' and others' if len(names) > 5 else ''} (a loss in one of "
            f"the two periods: its percentage change is no growth rate).")


def _apart(names: Sequence[str]) -> str:
    """Companies whose change of a per-share figure or share count would compare two releases (a split restates them)."""
    if not names:
        return ""
    return (f" Not compared: {join_words(sorted(names)[:5])}{' and others' if len(names) > 5 else ''} (its two figures "
            f"are per-share figures or share counts from two releases, which a stock split between them restates).")


def _to_date(query: "AcrossQuery", names: Sequence[str]) -> str:
    """Companies whose releases print only the year-to-date figures that give the quarter asked: not compared, said."""
    if not names:
        return ""
    listed = join_words(list(names[:5])) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return (f" Not compared: {listed} (the releases print year-to-date figures, not the quarter alone; ask for "
            f"{'its' if len(names) == 1 else 'each one’s'} {metric_name(query.metric)} for {query.period_name} alone "
            f"and I'll work the quarter out from them).")


def _missing(names: list[str]) -> str:
    if not names:
        return ""
    listed = join_words(names)
    return f" The releases don't give it for {listed}{'' if listed.endswith('.') else '.'}"  # never "Ltd.."


CONTRACT_UNITS = {None, "USD", "USD/share", "shares", "percent", "count"}  # ../shared/contract.md


def mark_other_currency(answer: Answer) -> None:
    """An amount in another currency (a euro or Canadian release) is no value in the contract's units:
    the reply abstains, giving the figure as printed in its currency, with its line."""
    code = (answer.unit or "")[:3]
    head, sep, tail = answer.text.partition("\n  [")
    note = other_currency_note(code)
    answer.text, answer.body = head + " " + note + sep + tail, answer.body + " " + note
    answer.printed, answer.value, answer.unit = answer.value, None, None
    answer.status, answer.kind = "abstained", "other currency"


def mark_unstated(answer: Answer) -> None:
    """An answer from amounts of unstated scale says so, before its source lines, and is no answer in
    the contract's terms (a value in base units, a unit of its list): it abstains, giving the figure as
    printed in its text and citations (and in `printed`), so no reader takes 45,040 for dollars."""
    head, sep, tail = answer.text.partition("\n  [")
    answer.text = head + " " + UNSTATED_NOTE + sep + tail
    answer.body = answer.body + " " + UNSTATED_NOTE
    answer.printed, answer.value, answer.unit = answer.value, None, None
    answer.status, answer.kind = "abstained", "unstated"


# -- an outlook (chat/handlers/guidance.py) -----------------------------------------------------------
OUTLOOK_BASIS = {"": "GAAP", "non-gaap": "adjusted"}


def outlook_range(found: "Outlook") -> str:
    """'$3.47 billion to $3.52 billion' (both ends as stated), or the one figure an outlook states."""
    return " to ".join(figure(f.value, f.unit) for f in found.figures)


def _distinct(citations: list[Citation]) -> list[Citation]:
    """Each line once: a range's two ends stand on one line."""
    out: list[Citation] = []
    for c in citations:
        if c not in out:
            out.append(c)
    return out


def _outlook_text(found: list["Outlook"], metric: str) -> str:
    """Each range with its basis: "(GAAP)" or "(adjusted)"; a measure non-GAAP by definition (FFO, EBITDA) names
    none unless the outlook says adjusted (it is never GAAP)."""
    defined = metric in BY_KEY and BY_KEY[metric].defined_basis
    return "; ".join(outlook_range(o) + ("" if defined and not o.basis else f" ({OUTLOOK_BASIS.get(o.basis, o.basis)})")
                     for o in found)


def guidance_reply(query: "Query", metric: str, found: list["Outlook"]) -> Answer:
    """The outlook for the period, each basis the release gives it on, the line cited. The value is the one
    figure stated, or a range's midpoint, said to be computed from the two ends the release states; with two
    bases (GAAP and adjusted) there is no one headline figure: null."""
    first = found[0].figures[0]
    note = IMPLIED.get(query.implied, "") if query.implied else ""
    name = f"{metric_name(metric)}{segment_text(query)} guidance"
    text = value_sentence(name, first.period_label, _outlook_text(found, metric), query.company.name, note)
    single = found[0].value if len(found) == 1 else None
    if len(found) == 1 and found[0].ranged and query.range_end:  # "the high end of revenue guidance": that end
        end = found[0].figures[-1 if query.range_end == "high" else 0]
        single = end.value
        text += f" The {query.range_end} end of the range is {figure(end.value, end.unit)}."
    elif len(found) == 1 and found[0].ranged:
        text += (f" The release states the range, not a single figure; its midpoint, {figure(found[0].value, first.unit)}, "
                 f"is computed from the two ends.")
    elif any(o.ranged for o in found):
        text += " The release states the ranges, not single figures."
    citations = _distinct([f.citation for o in found for f in o.figures])
    return _answer(query.text, "answered", text + sources(citations), value=single, unit=first.unit,
                   **_about(query, metric=metric, period=first.period_label, citations=citations,
                            confidence=query.confidence, kind="value"))


def guidance_other_basis(query: "Query", found: list["Outlook"]) -> str:
    asked = OUTLOOK_BASIS.get(query.outlook_basis or "", "")
    given = " and ".join(sorted({OUTLOOK_BASIS.get(o.basis, o.basis) for o in found}))
    return (f"The release gives {what(query)} guidance for {found[0].figures[0].period_label} only on the {given} "
            f"basis, not {asked}.")


def no_guidance(query: "Query") -> str:
    return f"The releases give no guidance for {what(query)} for that period."


def outlook_reply(query: "Query", listed: list[tuple[str, list["Outlook"]]], period: str = "") -> Answer:
    """'Acme outlook': each figure of the outlook, its period and range, every line cited; none: said so."""
    if not listed:
        period = f" for {period}" if period else ""
        return _answer(query.text, "abstained", f"The releases of {query.company.name} give no outlook (guidance){period}.",
                       **_about(query, "metrics_held", metric=None, confidence=80, kind="help"))
    parts = [f"{metric_name(m)} for {found[0].figures[0].period_label}: {_outlook_text(found, m)}" for m, found in listed]
    text = f"The outlook of {query.company.name}: " + "; ".join(parts) + "."
    citations = _distinct([f.citation for _, found in listed for o in found for f in o.figures])
    return _answer(query.text, "answered", text + sources(citations), value=None, unit=None,
                   **_about(query, "metrics_held", metric=None, citations=citations, confidence=query.confidence,
                            kind="inventory"))
