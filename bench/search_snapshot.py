"""Benchmarks (a check, not a timing): what search answers, to compare code before and after.

    python -m bench.search_snapshot write FILE [--scale 100000]
    python -m bench.search_snapshot compare BEFORE AFTER

`write` asks the app (Flask test client, the harness's cached Tantivy index
of the scaled-up corpus) for the `/api/search` JSON and the search page's
HTML of about 130 requests, each first with the result caches emptied and
then again from them, and writes every status and body to FILE: the
benchmark's queries; for every sixth one its second page, date order, two
filters, a year range with 5 a page; the landing page, a misspelling, an
unclosed quote, a lone `-`, eight one-letter words, a word no lesson has and
a third page. `compare` says which requests differ between two such files
(the JSON by value, the HTML byte for byte) and exits 1 if any do. A change
meant to make search faster must leave the two files the same.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

from bench.config import DEFAULT_CACHE, PROJECT_ROOT
from bench.indexes import tantivy_index
from bench.queries import query_list
from bench.scale import load_sources
from search_app.settings import Settings


def requests_asked(texts: list[str]) -> list[dict[str, str]]:
    asked: list[dict[str, str]] = [{"q": t} for t in texts]
    for t in texts[::6]:
        asked += [
            {"q": t, "page": "2"},
            {"q": t, "sort": "date"},
            {"q": t, "region": "London", "kind": "recommendation"},
            {"q": t, "from": "2018", "to": "2022", "per_page": "5"},
        ]
    asked += [
        {},
        {"q": "neglegt"},
        {"q": '"unclosed'},
        {"q": "-"},
        {"q": "a b c d e f g h"},
        {"q": "xqzv"},
        {"q": "killed by her father", "page": "3"},
    ]
    return asked


def write(output: Path, scale: int) -> int:
    from search_app.web import create_app, services

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    settings = Settings.load()
    sources = load_sources(PROJECT_ROOT / "corpus", settings.taxonomy)
    root = tantivy_index(scale, DEFAULT_CACHE, sources, settings)
    texts = [q.text for q in query_list(sources.theme_phrases)]
    data = Path(tempfile.mkdtemp(prefix="search-snapshot-"))
    app = create_app(
        settings.replace(backend="tantivy", index_dir=root, data_dir=data, catalog=data / "c.sqlite3"),
        {"TESTING": True},
    )
    client = app.test_client()
    caches = app.extensions[services.EXTENSION_KEY]
    answers = {}
    for asked in requests_asked(texts):
        entry = {}
        for path in ("/api/search", "/"):
            for again in (0, 1):
                if not again:
                    caches.clear_result_caches()
                response = client.get(path, query_string=asked)
                body = response.get_json() if path.startswith("/api") else response.get_data(as_text=True)
                entry[f"{path}#{again}"] = [response.status_code, body]
        answers[json.dumps(asked, sort_keys=True)] = entry
    output.write_text(json.dumps(answers))
    print(f"{len(answers)} requests written to {output}")
    return 0


def compare(before: Path, after: Path) -> int:
    a, b = json.loads(before.read_text()), json.loads(after.read_text())
    differ = sorted(set(a) ^ set(b))
    for key in sorted(set(a) & set(b)):
        for part in sorted(set(a[key]) | set(b[key])):
            if a[key].get(part) != b[key].get(part):
                differ.append(f"{key} {part}")
    for line in differ:
        print("differs:", line)
    bodies = sum(len(entry) for entry in a.values())
    print(f"{len(a)} requests ({bodies} bodies): {len(differ)} differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_snapshot", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    writing = sub.add_parser("write")
    writing.add_argument("output", type=Path)
    writing.add_argument("--scale", type=int, default=100_000)
    comparing = sub.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.output, args.scale)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
