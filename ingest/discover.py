"""Ingest stage: finding the documents to ingest.

Walks files and folders and keeps the supported review documents, with the
size, modification time and content hash that incremental ingest compares.
Sidecar metadata (`*.meta.yaml`), hidden files and the gold annotations are
not documents.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable

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


def discover(paths: Iterable[Path]) -> list[SourceFile]:
    """Every supported document under `paths` (files or folders), sorted by path."""
    found: dict[str, SourceFile] = {}
    for root in paths:
        root = Path(root)
        if root.is_file():
            candidates = [root]
        elif root.is_dir():
            candidates = []
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "gold")
                candidates.extend(Path(folder) / f for f in files)
        else:
            continue
        for path in candidates:
            if not is_document(path) or not path.is_file():
                continue
            absolute = os.path.abspath(path)
            if absolute in found:
                continue
            try:
                stat = path.stat()
            except OSError:
                continue  # vanished between listing and reading
            try:
                digest = file_sha256(path)
            except OSError:
                digest = ""  # unreadable: extraction will record why, so it is not lost
            found[absolute] = SourceFile(absolute, stat.st_size, stat.st_mtime, digest)
    return [found[p] for p in sorted(found)]
