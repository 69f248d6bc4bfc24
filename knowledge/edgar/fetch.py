"""A fetch: tickers or CIKs in; each filer's earnings releases found, downloaded into the cache and
handed to `knowledge.ingest` with the filer's own identity (name, ticker, CIK, filing date).

One filing's failure is reported and the others go on; a block by the SEC stops the run (going on
would only extend it), after what was already downloaded is ingested. Progress goes to a callback
with the company's running counts; nothing here prints.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from knowledge.edgar.cache import SUBMISSIONS_HOURS, EdgarCache, IncompleteDownload, write_bytes_atomically
from knowledge.edgar.client import EdgarBlocked, EdgarClient, EdgarError, EdgarNotFound
from knowledge.edgar.filings import (DOTTED_ITEMS_FROM, Exhibit, Filing, exhibits_from_index_html,
                                     exhibits_from_index_json, pages_in_range, release_exhibits, select)
from knowledge.ingest import IngestReport, Source
from knowledge.sec_tickers import TickerMap, parse_map, user_path


@dataclass
class CompanyReport:
    """One filer's run; the progress callback sees it after every step."""

    label: str  # as the user named it (a ticker, or CIK n)
    cik: int | None = None
    company: str = ""
    ticker: str | None = None
    found: int = 0  # earnings filings in range
    held: int = 0  # of those, already in the cache
    downloaded: int = 0  # fetched now
    no_release: list[str] = field(default_factory=list)  # accessions with no EX-99 press release
    ingested: int = 0  # documents stored now
    unchanged: int = 0  # documents the store already held
    facts: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (accession or label, one-line reason)
    warnings: list[str] = field(default_factory=list)
    not_covered: list[str] = field(default_factory=list)  # what the range held that is not fetched, said once
    stage: str = ""  # what is happening now ("submissions", "downloading 0000320193-26-000005", "ingesting", "done")

    failed: int = 0  # filings that could not be downloaded

    @property
    def filings_done(self) -> int:
        return self.held + self.downloaded + self.failed


@dataclass
class FetchReport:
    companies: list[CompanyReport] = field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    stopped: str = ""  # why the run stopped early (an SEC block), else empty

    @property
    def failed(self) -> bool:
        return bool(self.stopped) or any(c.failures for c in self.companies)


IngestFn = Callable[[list[Path], dict[str, Source], Callable[[int, int, str], None]], IngestReport]
Progress = Callable[[CompanyReport], None]


def refresh_tickers(client: EdgarClient, path: Path | None = None) -> int:
    """Download the SEC's ticker file into the user's copy (checked before it replaces the old one)."""
    raw = client.get(client.locations.tickers())
    try:
        count = len(parse_map(raw))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise EdgarError(f"{client.locations.tickers()}: not the SEC's ticker file (unreadable JSON)") from None
    write_bytes_atomically(path or user_path(), raw)
    return count


class Fetcher:
    def __init__(self, client: EdgarClient, cache: EdgarCache, tickers: TickerMap,
                 ingest: IngestFn | None = None, progress: Progress | None = None):
        self.client, self.cache, self.tickers = client, cache, tickers
        self.ingest, self.progress = ingest, progress or (lambda report: None)
        self.stopped = ""

    def run(self, names: list[str], ciks: list[int], since: date | None = None, until: date | None = None,
            limit: int | None = None) -> FetchReport:
        start = time.perf_counter()
        report = FetchReport()
        for label, cik, ticker in self.resolve(names, ciks):
            company = CompanyReport(label, cik, ticker=ticker)
            report.companies.append(company)
            if self.stopped:
                continue
            if cik is None:
                company.failures.append((label, f"{label}: no such ticker in the SEC's list "
                                                f"(try --cik, or fetch --refresh-tickers for a newer list)"))
            else:
                self.company(company, since, until, limit)
            company.stage = "done"
            self.progress(company)
        report.requests, report.stopped = self.client.requests, self.stopped
        report.seconds = time.perf_counter() - start
        return report

    def resolve(self, names: list[str], ciks: list[int]) -> list[tuple[str, int | None, str | None]]:
        """(label, CIK, ticker) for each ticker typed and each --cik, in that order, each filer once."""
        out, seen = [], set()
        for name in names:
            filer = self.tickers.by_ticker(name)
            key = filer.cik if filer else name.upper()
            if key not in seen:
                seen.add(key)
                out.append((name.upper(), filer.cik if filer else None, filer.ticker if filer else None))
        for cik in ciks:
            if cik not in seen:
                seen.add(cik)
                filer = self.tickers.by_cik(cik)
                out.append((f"CIK {cik}", cik, filer.ticker if filer else None))
        return out

    # -- one company ----------------------------------------------------------------------------
    def company(self, report: CompanyReport, since: date | None, until: date | None, limit: int | None) -> None:
        cik = report.cik
        report.stage = "reading the filing list"
        self.progress(report)
        try:
            tables, name, tickers = self._submissions(cik, since, until, limit)
        except EdgarNotFound:
            report.failures.append((report.label, f"{report.label}: the SEC has no filer with CIK {cik}"))
            return
        except EdgarError as exc:
            report.failures.append((report.label, str(exc)))
            self._stop_if_blocked(exc)
            return
        report.company = name or report.company or report.label
        report.ticker = report.ticker or (tickers[0] if tickers else None)
        chosen = select(tables, since, until)
        filings = chosen.filings[:limit] if limit else chosen.filings
        report.found = len(filings)
        report.not_covered = _not_covered(chosen.undotted, chosen.foreign)
        self.progress(report)
        sources: dict[str, Source] = {}
        for filing in filings:
            try:
                paths = self._filing(report, filing)
            except (EdgarError, IncompleteDownload) as exc:
                report.failures.append((filing.accession, str(exc)))
                report.failed += 1
                self.progress(report)
                if self._stop_if_blocked(exc):
                    break
                continue
            source = Source(report.company, report.ticker, str(cik), filing.filed)
            sources.update({str(p): source for p in paths})
            self.progress(report)
        if self.ingest and sources:
            self._ingest(report, sources)

    def _stop_if_blocked(self, exc: Exception) -> bool:
        if isinstance(exc, EdgarBlocked):
            self.stopped = str(exc)
        return bool(self.stopped)

    def _submissions(self, cik: int, since: date | None, until: date | None,
                     limit: int | None = None) -> tuple[list[dict], str, list[str]]:
        """The recent table and the older pages in range (none when the recent one already holds `limit`
        releases); the filer's registered name and tickers."""
        recent = self._json(f"CIK{cik:010d}.json", self.client.locations.submissions(cik), fresh=True)
        name, tickers = str(recent.get("name") or ""), [str(t) for t in recent.get("tickers") or [] if t]
        tables = [(recent.get("filings") or {}).get("recent") or {}]
        if limit and len(select(tables, since, until).filings) >= limit:
            return tables, name, tickers
        for page in pages_in_range(recent, since, until):
            tables.append(self._json(page, self.client.locations.submissions_page(page), fresh=False))
        return tables, name, tickers

    def _json(self, name: str, url: str, fresh: bool) -> dict:
        raw = self.cache.submissions(name, max_hours=SUBMISSIONS_HOURS if fresh else None)
        if raw is None:
            raw = self.client.get(url)
            self._parse(raw, url)
            self.cache.keep_submissions(name, raw)
        return self._parse(raw, url)

    @staticmethod
    def _parse(raw: bytes, url: str) -> dict:
        try:
            data = json.loads(raw)
        except ValueError:
            raise EdgarError(f"{url}: the answer is not JSON") from None
        if not isinstance(data, dict):
            raise EdgarError(f"{url}: the answer is not a submissions object")
        return data

    def _filing(self, report: CompanyReport, filing: Filing) -> list[Path]:
        """The filing's release exhibits in the cache (downloaded now unless held); [] when it has none."""
        cik = report.cik
        folder = self.cache.folder(cik, filing.accession)
        held = self.cache.manifest(cik, filing.accession)
        if held is not None:
            report.held += 1
            names = [e["name"] for e in held.get("exhibits", [])]
            if not names:
                report.no_release.append(filing.accession)
            return [folder / n for n in names]
        report.stage = f"downloading {filing.accession}"
        self.progress(report)
        exhibits = release_exhibits(self._exhibits(cik, filing.accession))
        paths = []
        for ex in exhibits:
            data = self.client.get(self.client.locations.document(cik, filing.accession, ex.name))
            paths.append(self.cache.store_exhibit(cik, filing.accession, ex.name, data, ex.size))
        self.cache.complete(cik, filing.accession, {
            "accession": filing.accession, "cik": cik, "company": report.company, "ticker": report.ticker,
            "filed": filing.filed.isoformat(), "form": filing.form, "items": list(filing.items),
            "exhibits": [asdict(e) for e in exhibits]})
        report.downloaded += 1
        if not exhibits:
            report.no_release.append(filing.accession)
        return paths

    def _exhibits(self, cik: int, accession: str) -> list[Exhibit]:
        """The EX-99 files by the index page's Type column, else by file name from index.json."""
        try:
            found = exhibits_from_index_html(self.client.get(self.client.locations.index_html(cik, accession)))
        except EdgarNotFound:
            found = []
        if release_exhibits(found):
            return found
        url = self.client.locations.index_json(cik, accession)
        try:
            return exhibits_from_index_json(self.client.get(url))
        except EdgarNotFound:
            raise EdgarError(f"{accession}: the SEC holds no index for this filing (neither -index.html nor "
                             f"index.json)") from None
        except (ValueError, AttributeError):
            raise EdgarError(f"{url}: the filing index is not the SEC's JSON listing") from None

    def _ingest(self, report: CompanyReport, sources: dict[str, Source]) -> None:
        report.stage = "ingesting"
        self.progress(report)

        def step(n: int, total: int, name: str) -> None:
            report.stage = f"ingesting {n}/{total}"
            self.progress(report)
        done = self.ingest([Path(p) for p in sources], sources, step)
        report.ingested += done.documents
        report.unchanged += done.unchanged
        report.facts += done.facts
        report.failures += [(path, reason) for path, reason in done.failures]
        report.warnings += done.warnings


def _not_covered(undotted: int, foreign: int) -> list[str]:
    out = []
    if undotted:
        out.append(f"{undotted} 8-K filings before {DOTTED_ITEMS_FROM:%B %d, %Y} use the old item numbers "
                   f"(results of operations was item 12) and are not fetched")
    if foreign:
        out.append(f"{foreign} 6-K reports (a foreign private issuer's releases) are not fetched")
    return out
