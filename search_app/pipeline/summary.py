"""Orchestration: the words a person reads about runs (`lessons reindex`, `lessons status`).

Plain text, one fact per line, no colour: the nightly job's summary ends up
in a journal or a cron mail.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping, Sequence

from ingest.discover import display_path
from ingest.ocr import PIP_INSTALL_COMMAND, TESSERACT_INSTALL_COMMAND
from search_app.pipeline.run import RunReport
from search_app.pipeline.runlog import RunOutcome, RunSummary


def when(stamp: float | None) -> str:
    if not stamp:
        return "-"
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(stamp))


def ago(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    seconds = max(0, int(seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


def run_summary(report: RunReport) -> list[str]:
    """The end-of-run summary for a person."""
    took = report.ended - report.started
    head = f"lessons {report.command}: {report.outcome.words} (exit {report.exit_code}) in {took:.1f} s"
    lines = [head]
    if not report.ran:
        lines.append(f"  {report.message}")
        if report.outcome == RunOutcome.BUSY:
            return lines
    if report.stale_lock:
        lines.append(
            f"  note      a previous run (pid {report.stale_lock['pid']}, started "
            f"{when(report.stale_lock.get('started'))}) ended without finishing; this run took over"
        )
    lines.append(
        f"  files     new {len(report.files_new)}   changed {len(report.files_changed)}   "
        f"deleted {len(report.files_deleted)}   failed {len(report.failed) + len(report.still_failed)}   "
        f"unchanged {report.files_unchanged}" + (f"   touched {report.files_touched}" if report.files_touched else "")
    )
    lines.append(
        f"  lessons   added {report.lessons_added}   removed {report.lessons_removed}   "
        f"retagged {report.lessons_retagged}"
    )
    if report.index_action == "rebuilt":
        lines.append(f"  index     rebuilt and switched: {report.index_reason} ({report.index_lessons} lessons)")
    else:
        lines.append("  index     unchanged")
    if report.tagger_version:
        lines.append(f"  tagger    {report.tagger_version}")
    if report.durations:
        lines.append("  stages    " + " · ".join(f"{k} {v:.2f} s" for k, v in report.durations.items()))
    for error in report.failed:
        lines.append(f"  FAILED    {display_path(error.path)}  [{error.stage}] {error.reason}")
    for error in report.still_failed:
        lines.append(
            f"  FAILED    {display_path(error.path)}  [{error.stage}] {error.reason}  (before; unchanged since)"
        )
    lines.extend(ocr_advice(list(report.failed) + list(report.still_failed)))
    return lines


def ocr_advice(failures) -> list[str]:
    """What to do about documents that wait for OCR, in one command (the one
    their failure names, as the OCR engine setting chose it)."""
    scanned = [f for f in failures if f.stage == "ocr"]
    if not scanned:
        return []
    commands = (TESSERACT_INSTALL_COMMAND, PIP_INSTALL_COMMAND)
    command = next((c for f in scanned for c in commands if c in f.reason), TESSERACT_INSTALL_COMMAND)
    return [
        f"  {len(scanned)} scanned document{'s' if len(scanned) != 1 else ''} need OCR, which is not installed.",
        f"  Install it with:  {command}",
        "  then run `lessons ingest` again: it reads them without being asked.",
    ]


def ocr_list(read: Sequence[Mapping]) -> list[str]:
    """The documents read by OCR and the engine that read each, for `lessons status`."""
    if not read:
        return []
    lines = [f"Read by OCR ({len(read)}):"]
    for row in read:
        pages = row["pages"]
        plural = "s" if len(pages) != 1 else ""
        lines.append(
            f"  {display_path(row['path'])}  {row['engine'] or 'engine not recorded'}, {len(pages)} page{plural}"
        )
    return lines


def runs_table(runs: Sequence[RunSummary]) -> list[str]:
    if not runs:
        return ["  (no runs recorded yet)"]
    lines = [
        f"  {'started':19}  {'command':8} {'took':>7}  {'new':>4} {'chg':>4} {'del':>4} {'fail':>4}"
        f"  {'+less':>6} {'-less':>6}  outcome"
    ]
    for run in runs:
        rec = run.record
        files: Mapping = rec.get("files", {})
        lessons: Mapping = rec.get("lessons", {})
        took = f"{run.ended - run.started:.1f}s" if run.ended else "-"
        cells = [files.get(k, "-") for k in ("new", "changed", "deleted", "failed")]
        lines.append(
            f"  {when(run.started):19}  {run.command:8} {took:>7}  "
            + " ".join(f"{c!s:>4}" for c in cells)
            + f"  {lessons.get('added', '-')!s:>6} {lessons.get('removed', '-')!s:>6}  {run.outcome}"
        )
        if run.exit_code in (RunOutcome.ERROR, RunOutcome.BUSY) and rec.get("message"):
            lines.append(f"      {rec['message']}")
    return lines


def warnings_list(rows: Iterable) -> list[str]:
    """Files read with warnings, each warning on its own line."""
    rows = list(rows)
    if not rows:
        return ["Files with warnings: none"]
    lines = [f"Files with warnings ({len(rows)}); what came out may need a look:"]
    for row in rows:
        for warning in json.loads(row["warnings"]):
            lines.append(f"  WARNING {display_path(row['path'])}  {warning}")
    return lines


def failures_list(rows: Iterable) -> list[str]:
    rows = list(rows)
    if not rows:
        return ["Current failures: none"]
    lines = [f"Current failures ({len(rows)}); `lessons ingest --retry-failed` tries them again:"]
    for row in rows:
        lines.append(f"  FAILED {display_path(row['path'])}  [{row['stage']}] {row['reason']}")
    return lines
