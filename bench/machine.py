"""Benchmarks: what machine and software the figures were measured on."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from importlib import metadata

LIBRARIES = (
    "pdfminer.six",
    "pypdfium2",
    "spacy",
    "scikit-learn",
    "numpy",
    "tantivy",
    "elasticsearch",
    "flask",
    "matplotlib",
)


def describe_machine() -> dict:
    """CPU model, cores, memory, OS, Python and library versions."""
    return {
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "libraries": {name: _version(name) for name in LIBRARIES},
    }


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
