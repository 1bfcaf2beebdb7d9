"""Ingest stage: finding the documents to ingest.

Walks files and folders and keeps the supported review documents, with the
size, modification time and content hash that incremental ingest compares.
Sidecar metadata (`*.meta.yaml`), hidden files and the gold annotations are
not documents. A folder laid out as a corpus (a `reviews/` folder beside its
gold, guides and test documents, as `corpus/` is) holds its documents in
`reviews/` only: ingesting `corpus` ingests the sample reviews, not the
extraction-test documents under `corpus/conventions/` or the files beside them.

A link is followed only when its target, resolved, is inside one of the
folders allowed (the folders walked, and any the caller adds): a link to a
file elsewhere would publish that file. Such a link, a loop of links and a
dangling link are reported as refused, with the reason, never skipped in
silence. Paths are kept as the operating system gives them (a name that is
not valid UTF-8 holds surrogate escapes); `display_path` shows one readably.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.records import SourceFile

SUPPORTED = (".pdf", ".txt", ".html", ".htm", ".docx")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def is_document(path: Path) -> bool:
    name = path.name
    if name.startswith(".") or name.startswith("~$") or name.endswith(".meta.yaml"):
        return False
    if "gold" in path.parts[:-1] and path.suffix.lower() == ".json":
        return False
    return path.suffix.lower() in SUPPORTED


def hash_or_empty(path: Path | str) -> str:
    """The file's sha256, or "" when it cannot be read: extraction then records
    why, so the file is listed as failed rather than lost."""
    try:
        return file_sha256(Path(path))
    except OSError:
        return ""


def display_path(path: str | os.PathLike) -> str:
    """A path as a person can read it: bytes that are not UTF-8 shown as `\\xe9`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class Found:
    """A document found by the walk; `refused` says why it must not be read."""

    path: str
    stat: os.stat_result
    refused: str = ""


def walk_documents(paths: Iterable[Path]) -> Iterator[tuple[str, os.stat_result]]:
    """(absolute path, stat) of every supported document under `paths` (files or
    folders) that may be read, each once, without reading any file."""
    for found in find_documents(paths):
        if not found.refused:
            yield found.path, found.stat


def find_documents(paths: Iterable[Path], allowed: Iterable[Path] = ()) -> Iterator[Found]:
    """Every supported document under `paths` (files or folders), each once,
    without reading any file; links pointing outside `paths` and `allowed`
    (or in a loop, or nowhere) come with the reason they are refused."""
    paths = [Path(p) for p in paths]
    inside = [_real(p if p.is_dir() else p.parent) for p in paths] + [_real(Path(p)) for p in allowed]
    seen: set[str] = set()
    for root in paths:
        if root.is_file() or root.is_symlink():
            candidates: Iterable[Path] = [root]
        elif root.is_dir():
            candidates = _walk_folder(root)
        else:
            continue
        for path in candidates:
            if not is_document(path):
                continue
            absolute = os.path.abspath(path)
            if absolute in seen:
                continue
            try:
                st = os.lstat(absolute)
            except OSError:
                continue  # vanished between listing and reading
            refused = ""
            if stat.S_ISLNK(st.st_mode):
                refused, target_st = _check_link(absolute, inside)
                st = target_st or st
            if not refused and not stat.S_ISREG(st.st_mode):
                continue
            seen.add(absolute)
            yield Found(absolute, st, refused)


def _real(path: Path) -> str:
    return os.path.realpath(path)


def _check_link(path: str, inside: list[str]) -> tuple[str, os.stat_result | None]:
    """Why a link must not be followed ("" when it may), and its target's stat."""
    try:
        target = os.path.realpath(path, strict=True)
        st = os.stat(target)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a loop of links: the link never reaches a file", None
        return f"a link to nothing ({exc.strerror or exc})", None
    if not any(target == root or target.startswith(root.rstrip(os.sep) + os.sep) for root in inside):
        return (
            f"a link to {display_path(target)}, outside the corpus folders; links are followed only "
            "into the corpus folders and `link_roots`"
        ), st
    return "", st


REVIEWS_FOLDER = "reviews"


def _walk_folder(root: Path) -> Iterator[Path]:
    if (root / REVIEWS_FOLDER).is_dir():
        root = root / REVIEWS_FOLDER  # a corpus: its documents are its reviews
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "gold")
        for name in sorted(files):
            yield Path(folder) / name


def discover(paths: Iterable[Path]) -> list[SourceFile]:
    """Every supported document under `paths` (files or folders), sorted by path,
    with its content hash."""
    found = [SourceFile(path, st.st_size, st.st_mtime, hash_or_empty(path)) for path, st in walk_documents(paths)]
    return sorted(found, key=lambda f: f.path)
