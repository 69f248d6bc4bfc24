"""`fetch` for the CLI and the chat: one run (`fetch_releases`, the same for both), and what the CLI
shows of it — a progress bar per company on a terminal (the style of `ingest`'s), then one line per
company, what was not covered, the failures, and a summary table like ingest's."""
from __future__ import annotations

import contextlib
import sys
from datetime import date
from pathlib import Path
from typing import Iterator, Sequence

from chat.formatting import plural
from chat.safe_text import safe_line


def fetch_releases(tickers: Sequence[str], ciks: Sequence[int] = (), *, ingest_fn=None, since: date | None = None,
                   until: date | None = None, limit: int | None = None, agent: str | None = None,
                   base: str | None = None, progress=None):
    """Find, download and ingest (through `ingest_fn`, None: download only); returns (FetchReport, the
    cache folder). A missing User-Agent raises knowledge.edgar.settings.SettingsError before any request."""
    from knowledge.edgar.cache import EdgarCache
    from knowledge.edgar.client import EdgarClient, SecLocations
    from knowledge.edgar.fetch import Fetcher
    from knowledge.edgar.settings import sec_url, user_agent
    from knowledge.sec_tickers import current_map
    agent, base = user_agent(agent), sec_url(base)
    cache = EdgarCache()
    with EdgarClient(agent, SecLocations.under(base)) as client:
        report = Fetcher(client, cache, current_map(), ingest_fn, progress).run(list(tickers), list(ciks), since,
                                                                               until, limit)
    return report, cache.root


def _counts(c) -> str:
    text = f"{c.found} found · {c.held + c.downloaded} downloaded · {c.ingested} ingested"
    return text + (f" · {c.failed} failed" if c.failed else "")


class _CompanyProgress:
    """One rich bar per company: its filings done out of found, the counts, and what happens now."""

    def __init__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        self.progress = Progress(TextColumn("{task.fields[label]}", markup=False), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), TextColumn("{task.fields[counts]}", markup=False),
                                 TextColumn("{task.fields[stage]}", markup=False),
                                 console=Console(stderr=True), transient=False)
        self.tasks: dict[int, int] = {}

    def __call__(self, c) -> None:
        task = self.tasks.get(id(c))
        fields = dict(label=safe_line(c.label)[:12], counts=_counts(c), stage=safe_line(c.stage)[:40])
        if task is None:
            self.tasks[id(c)] = self.progress.add_task(c.label, total=c.found or None, **fields)
        else:
            self.progress.update(task, completed=c.filings_done, total=c.found or None, **fields)


@contextlib.contextmanager
def fetch_progress(on_terminal: bool) -> Iterator:
    """A progress callback: bars on a terminal, nothing otherwise (the report follows either way)."""
    if not on_terminal:
        yield None
        return
    view = _CompanyProgress()
    view.progress.start()
    try:
        yield view
    finally:
        view.progress.stop()


def print_fetch_report(report, cache_root: Path, db: Path | None) -> None:
    for c in report.companies:
        who = f"{c.label}: {c.company} (CIK {c.cik})" if c.cik and c.company else c.label
        print(safe_line(f"{who}: {plural(c.found, 'earnings release')} found, {c.held} already held, "
                        f"{c.downloaded} downloaded, {c.ingested} ingested ({plural(c.facts, 'fact')}), "
                        f"{c.unchanged} unchanged"))
        if c.no_release:
            print(safe_line(f"  {plural(len(c.no_release), 'item 2.02 filing')} "
                            f"{'furnishes' if len(c.no_release) == 1 else 'furnish'} no EX-99 press release "
                            f"(e.g. {c.no_release[0]})"))
        for note in c.not_covered:
            print(safe_line(f"  not covered: {note}"))
    for c in report.companies:
        for _, reason in c.failures:
            print(f"failed: {safe_line(reason)}", file=sys.stderr)
        for warning in c.warnings:
            print(f"warning: {safe_line(warning)}", file=sys.stderr)
    if report.stopped:
        print(f"stopped: {safe_line(report.stopped)}", file=sys.stderr)
    cs = report.companies
    print(f"{'companies':<11}{'filings':>9}{'downloaded':>12}{'documents':>11}{'facts':>8}{'failures':>10}"
          f"{'requests':>10}{'seconds':>9}")
    print(f"{len(cs):<11}{sum(c.found for c in cs):>9}{sum(c.downloaded for c in cs):>12}"
          f"{sum(c.ingested for c in cs):>11}{sum(c.facts for c in cs):>8}{sum(len(c.failures) for c in cs):>10}"
          f"{report.requests:>10}{report.seconds:>9.2f}")
    print(safe_line(f"cache: {cache_root}" + (f"; store: {db}" if db else " (not ingested: --no-ingest)")))
