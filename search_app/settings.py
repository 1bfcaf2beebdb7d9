"""Configuration: the one settings object every stage is handed.

Each setting is declared once below, with its default and its help. Values
come from the defaults, then `LESSONS_<NAME>` environment variables, then
explicit overrides (CLI flags, test configuration), in that order. Nothing
deeper in the code reads the environment.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "data", "Folder holding the catalog and the search indexes."),
    Setting("catalog", "", "SQLite catalog file; default DATA_DIR/catalog.sqlite3."),
    Setting("index_dir", "", "Folder of the embedded (Tantivy) index; default DATA_DIR/index."),
    Setting("taxonomy", str(PROJECT_ROOT / "taxonomy.yaml"), "The theme taxonomy file."),
    Setting("model", "", "Trained theme model file; default DATA_DIR/theme_model.pkl."),
    Setting("corpus", str(PROJECT_ROOT / "corpus"), "Folders of review documents (separated by ':')."),
    Setting("backend", "tantivy", "Search engine: 'tantivy' (embedded) or 'elasticsearch'."),
    Setting("es_url", "http://127.0.0.1:9200", "Elasticsearch (or OpenSearch) URL; several node URLs may be given, separated by commas."),
    Setting("es_index", "lessons", "Elasticsearch alias the app reads; indexes are ALIAS-vN."),
    Setting("es_api_key", "", "Elasticsearch API key (optional)."),
    Setting("es_username", "", "Elasticsearch user name (optional)."),
    Setting("es_password", "", "Elasticsearch password (optional)."),
    Setting("es_ca_certs", "", "CA certificate file for Elasticsearch over TLS (optional)."),
    Setting("es_shards", 1, "Number of primary shards of a new Elasticsearch index."),
    Setting("es_replicas", 0, "Number of replicas of a new Elasticsearch index."),
    Setting("host", "127.0.0.1", "Address the web app listens on."),
    Setting("port", 5000, "Port the web app listens on."),
    Setting("workers", 0, "Ingest worker processes; 0 means one per core."),
    Setting("max_pages", 1000, "Documents with more pages than this are refused."),
    Setting("max_bytes", 200_000_000, "Documents larger than this many bytes are refused."),
    Setting("file_timeout", 300, "Seconds one document may take to ingest before it is abandoned."),
    Setting("page_size", 20, "Results per page on the search page and API."),
    Setting("web_workers", 0, "Web server (gunicorn) worker processes; 0 means 2 per core plus 1."),
    Setting("web_threads", 4, "Threads per web server worker process."),
    Setting("rate_limit", 0, "API requests a minute allowed per client address; 0 turns limiting off."),
    Setting("rate_burst", 30, "API requests a client may make at once before the rate limit applies."),
    Setting("trusted_proxies", "", "Proxy addresses (comma-separated IPs or networks) whose X-Forwarded-For is believed."),
    Setting("public_base_url", "", "Public address of this service (https://lessons.example.org) for absolute links, such as a briefing's links to the review documents; empty: briefings carry no such links."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return str(value).strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(value)
    return str(value)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    catalog: Path
    index_dir: Path
    taxonomy: Path
    model: Path
    corpus: tuple[Path, ...]
    backend: str
    es_url: str
    es_index: str
    es_api_key: str
    es_username: str
    es_password: str
    es_ca_certs: str
    es_shards: int
    es_replicas: int
    host: str
    port: int
    workers: int
    max_pages: int
    max_bytes: int
    file_timeout: int
    page_size: int
    web_workers: int
    web_threads: int
    rate_limit: int
    rate_burst: int
    trusted_proxies: str
    public_base_url: str = ""

    @classmethod
    def load(
        cls,
        overrides: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> "Settings":
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
            raise ValueError(
                f"backend must be 'tantivy' or 'elasticsearch', not {values['backend']!r}"
            )
        data_dir = Path(values["data_dir"])
        return cls(
            data_dir=data_dir,
            catalog=Path(values["catalog"] or data_dir / "catalog.sqlite3"),
            index_dir=Path(values["index_dir"] or data_dir / "index"),
            taxonomy=Path(values["taxonomy"]),
            model=Path(values["model"] or data_dir / "theme_model.pkl"),
            corpus=tuple(Path(p) for p in str(values["corpus"]).split(":") if p),
            **{
                k: values[k]
                for k in (
                    "backend es_url es_index es_api_key es_username es_password "
                    "es_ca_certs es_shards es_replicas host port workers max_pages "
                    "max_bytes file_timeout page_size"
                    " web_workers web_threads rate_limit rate_burst trusted_proxies public_base_url"
                ).split()
            },
        )

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    @property
    def ingest_workers(self) -> int:
        return self.workers or (os.cpu_count() or 1)
