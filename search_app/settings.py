"""Configuration: the one settings object every stage is handed.

Each setting is declared once below, with its default and its help. Values
come from the defaults, then `LESSONS_<NAME>` environment variables, then
explicit overrides (CLI flags, test configuration), in that order. Nothing
deeper in the code reads the environment.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


def _setting(default: Any, help: str, convert: Callable[[Any, Path], Any] | None = None) -> Any:
    """A field of Settings: its default (as an environment variable would give
    it), its help, and how the value becomes the field's type."""
    return field(metadata={"default": default, "help": help, "convert": convert})


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return str(value).strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(value)
    return str(value)


def _path(value: Any, data_dir: Path) -> Path:
    return Path(value)


def _in_data_dir(name: str) -> Callable[[Any, Path], Path]:
    return lambda value, data_dir: Path(value or data_dir / name)


def _paths(value: Any, data_dir: Path) -> tuple[Path, ...]:
    return tuple(Path(p) for p in str(value).split(":") if p)


def _public_url(value: Any, data_dir: Path) -> str:
    return str(value).strip().rstrip("/")


@dataclass(frozen=True)
class Settings:
    """Every setting, each declared once here with its default and its help."""

    data_dir: Path = _setting("data", "Folder holding the catalog and the search indexes.", _path)
    catalog: Path = _setting(
        "", "SQLite catalog file; default DATA_DIR/catalog.sqlite3.", _in_data_dir("catalog.sqlite3")
    )
    index_dir: Path = _setting(
        "", "Folder of the embedded (Tantivy) index; default DATA_DIR/index.", _in_data_dir("index")
    )
    vectors: Path = _setting(
        "",
        "Lesson sentence vectors (SQLite), made when an index is built; default DATA_DIR/vectors.sqlite3.",
        _in_data_dir("vectors.sqlite3"),
    )
    vectors_inline: int = _setting(
        5000,
        "Lessons whose sentence vectors an index build waits for; the rest are made in the background after "
        "the index is served (a vector costs 30-60 ms) and re-rank as they arrive; -1: wait for all.",
    )
    semantic: bool = _setting(
        True, "Re-order the first matches by meaning (sentence vectors) as well as by words; off: words alone."
    )
    taxonomy: Path = _setting(str(PROJECT_ROOT / "taxonomy.yaml"), "The theme taxonomy file.", _path)
    model: Path = _setting(
        "", "Trained theme model file; default DATA_DIR/theme_model.pkl.", _in_data_dir("theme_model.pkl")
    )
    lesson_vectors: str = _setting(
        "none",
        "Lesson vectors among the theme model's features when it is trained (nlp/embeddings.py): 'none'; "
        "'static' (word-piece vectors, cheap); 'sentence' (the sentence model: best on the development gold, "
        "but about 45 ms a lesson to tag). See docs/theme-scores.md.",
    )
    corpus: tuple[Path, ...] = _setting(
        str(PROJECT_ROOT / "corpus"), "Folders of review documents (separated by ':').", _paths
    )
    backend: str = _setting("tantivy", "Search engine: 'tantivy' (embedded) or 'elasticsearch'.")
    es_url: str = _setting(
        "http://127.0.0.1:9200",
        "Elasticsearch (or OpenSearch) URL; several node URLs may be given, separated by commas.",
    )
    es_index: str = _setting("lessons", "Elasticsearch alias the app reads; indexes are ALIAS-vN.")
    es_api_key: str = _setting("", "Elasticsearch API key (optional).")
    es_username: str = _setting("", "Elasticsearch user name (optional).")
    es_password: str = _setting("", "Elasticsearch password (optional).")
    es_ca_certs: str = _setting("", "CA certificate file for Elasticsearch over TLS (optional).")
    es_shards: int = _setting(1, "Number of primary shards of a new Elasticsearch index.")
    es_replicas: int = _setting(0, "Number of replicas of a new Elasticsearch index.")
    host: str = _setting("127.0.0.1", "Address the web app listens on.")
    port: int = _setting(5000, "Port the web app listens on.")
    workers: int = _setting(0, "Ingest worker processes; 0 means one per core.")
    max_pages: int = _setting(1000, "Documents with more pages than this are refused.")
    max_bytes: int = _setting(200_000_000, "Documents larger than this many bytes are refused.")
    file_timeout: int = _setting(300, "Seconds one document may take to ingest before it is abandoned.")
    max_text_chars: int = _setting(5_000_000, "Documents with more characters of text than this are refused.")
    max_lessons: int = _setting(2000, "Documents with more lessons than this are refused.")
    max_title_chars: int = _setting(300, "Longer review titles (and lesson labels, sections) are cut, with a warning.")
    max_field_chars: int = _setting(200, "Longer metadata fields (area, author, child, ...) are cut, with a warning.")
    max_lesson_chars: int = _setting(20_000, "Longer lesson texts are cut, with a warning.")
    docx_max_unzipped_bytes: int = _setting(
        200_000_000, "Word files that decompress to more bytes than this are refused."
    )
    docx_max_elements: int = _setting(2_000_000, "Word files with more XML elements than this are refused.")
    worker_memory_mb: int = _setting(
        2048, "Memory an ingest worker may add (MB); a document needing more fails. 0: no cap."
    )
    ocr_engine: str = _setting(
        "auto",
        "OCR for scanned pages: 'tesseract' (system package), 'rapidocr' (installed by pip), or 'auto': Tesseract when installed, else RapidOCR.",
    )
    link_roots: tuple[Path, ...] = _setting(
        "", "Folders outside the corpus that links in a corpus folder may point into (separated by ':').", _paths
    )
    public_url: str = _setting(
        "",
        "The site's public address (https://lessons.example.org); absolute links in the API, feeds and briefings use it. Default http://HOST:PORT.",
        _public_url,
    )
    page_size: int = _setting(20, "Results per page on the search page and API.")
    web_workers: int = _setting(0, "Web server (gunicorn) worker processes; 0 means 2 per core plus 1.")
    web_threads: int = _setting(4, "Threads per web server worker process.")
    trusted_proxies: str = _setting(
        "", "Proxy addresses (comma-separated IPs or networks) whose X-Forwarded-For is believed."
    )

    @classmethod
    def load(
        cls,
        overrides: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Defaults, then LESSONS_* variables, then `overrides` (None values ignored)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for s in SETTINGS:
            values[s.name] = s.default
            env_value = environ.get(f"LESSONS_{s.name.upper()}")
            if env_value not in (None, ""):
                values[s.name] = _coerce(env_value, s.default)
        for name, value in (overrides or {}).items():
            if name not in _BY_NAME:
                raise KeyError(f"unknown setting {name!r}")
            if value is not None:
                values[name] = _coerce(value, _BY_NAME[name].default)
        if values["backend"] not in ("tantivy", "elasticsearch"):
            raise ValueError(f"backend must be 'tantivy' or 'elasticsearch', not {values['backend']!r}")
        if values["ocr_engine"] not in ("auto", "tesseract", "rapidocr"):
            raise ValueError(f"ocr_engine must be 'auto', 'tesseract' or 'rapidocr', not {values['ocr_engine']!r}")
        data_dir = Path(values["data_dir"])
        converted = {}
        for f in dataclasses.fields(cls):
            convert = f.metadata["convert"]
            converted[f.name] = convert(values[f.name], data_dir) if convert else values[f.name]
        return cls(**converted)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def ingest_workers(self) -> int:
        return self.workers or (os.cpu_count() or 1)

    @property
    def limits(self):
        """The per-document limits (ingest.limits.Limits) these settings give."""
        from ingest.limits import Limits

        return Limits(**{f.name: getattr(self, f.name) for f in dataclasses.fields(Limits)})

    @property
    def scratch_dir(self) -> Path:
        """Temporary files of a run (OCR page images); emptied when a run starts."""
        return self.data_dir / "tmp"

    @property
    def base_url(self) -> str:
        """The public address absolute links are built from, never the request's Host."""
        if self.public_url:
            return self.public_url
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


SETTINGS: tuple[Setting, ...] = tuple(
    Setting(f.name, f.metadata["default"], f.metadata["help"]) for f in dataclasses.fields(Settings)
)
_BY_NAME = {s.name: s for s in SETTINGS}


def setting_help(name: str) -> str:
    """A setting's help with its environment variable, for a command-line flag."""
    return f"{_BY_NAME[name].help} (LESSONS_{name.upper()})"
