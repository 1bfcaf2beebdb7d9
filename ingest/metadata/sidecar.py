"""Ingest stage, metadata: the sidecar file beside a document.

A `NAME.meta.yaml` file, keyed by Review field names, overrides whatever the
document's own pages give for the fields it states.
"""

from __future__ import annotations

from pathlib import Path

from ingest.failure import IngestFailure


def read_sidecar(path: Path) -> dict[str, object]:
    """The `NAME.meta.yaml` beside `path` (or `NAME.pdf.meta.yaml`), if there is one."""
    import yaml

    for candidate in (path.with_name(path.stem + ".meta.yaml"), path.with_name(path.name + ".meta.yaml")):
        if candidate.is_file():
            try:
                data = yaml.safe_load(candidate.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
                raise IngestFailure("metadata", f"unreadable sidecar {candidate.name}: {exc}") from exc
            if data is None:
                return {}
            if not isinstance(data, dict):
                raise IngestFailure("metadata", f"sidecar {candidate.name} is not a mapping of field: value")
            return data
    return {}
