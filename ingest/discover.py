"""Ingest stage: finding the documents to ingest.

Walks files and folders and keeps the supported review documents, with the
size, modification time and content hash that incremental ingest compares.
Sidecar metadata (`*.meta.yaml`), hidden files and the gold annotations are
not documents. A folder laid out as a corpus (a `reviews/` folder beside its
gold, guides and test documents, as `corpus/` is) holds its documents in
`reviews/` only: ingesting `corpus` ingests the sample reviews, not the
extraction-test documents under `corpus/conventions/` or the files beside them.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Iterable, Iterator

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


def walk_documents(paths: Iterable[Path]) -> Iterator[tuple[str, os.stat_result]]:
    """(absolute path, stat) of every supported document under `paths` (files or
    folders), each once, without reading any file."""
    seen: set[str] = set()
    for root in paths:
        root = Path(root)
        if root.is_file():
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
                st = os.stat(absolute)
            except OSError:
                continue  # vanished between listing and reading
            if not stat.S_ISREG(st.st_mode):
                continue
            seen.add(absolute)
            yield absolute, st


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
    found = [
        SourceFile(path, st.st_size, st.st_mtime, hash_or_empty(path))
        for path, st in walk_documents(paths)
    ]
    return sorted(found, key=lambda f: f.path)
