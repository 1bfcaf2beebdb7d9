"""Settings: one declaration per setting, environment and overrides, all documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from search_app.settings import PROJECT_ROOT, SETTINGS, Settings


def test_defaults_then_environment_then_overrides():
    env = {"LESSONS_DATA_DIR": "/srv/lessons", "LESSONS_PORT": "8080"}
    s = Settings.load(environ=env)
    assert s.data_dir == Path("/srv/lessons")
    assert s.catalog == Path("/srv/lessons/catalog.sqlite3")
    assert s.port == 8080
    s = Settings.load({"port": 9000, "data_dir": None}, environ=env)
    assert (s.port, s.data_dir) == (9000, Path("/srv/lessons"))


def test_bad_values_are_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="backend must be"):
        Settings.load({"backend": "solr"}, environ={})
    with pytest.raises(KeyError, match="unknown setting"):
        Settings.load({"no_such_thing": 1}, environ={})


def test_every_setting_is_documented_in_the_readme():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"| `{s.name}` |" not in readme]
    assert missing == []
    # ... and the README's table names no setting that is gone.
    table = readme[readme.index("| setting | default | meaning |") :]
    table = table[: table.index("\n\n")]
    rows = re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.M)
    assert rows and set(rows) == {s.name for s in SETTINGS}
