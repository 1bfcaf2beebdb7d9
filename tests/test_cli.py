"""The `lessons` command line: every command and option has help; commands load lazily."""

from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

from search_app.cli import _COMMANDS, main


def _all_commands(group: click.Group, ctx: click.Context):
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield name, command
        if isinstance(command, click.Group):
            yield from _all_commands(command, ctx)


def test_every_command_and_option_has_help():
    ctx = click.Context(main)
    undocumented = []
    for name, command in _all_commands(main, ctx):
        assert command is not None, f"command {name} is registered but not defined"
        if not (command.help or "").strip():
            undocumented.append(name)
        for param in command.params:
            if isinstance(param, click.Option) and not (param.help or "").strip():
                undocumented.append(f"{name} {param.opts[0]}")
    assert undocumented == []


def test_help_runs_for_every_command():
    runner = CliRunner()
    for name in _COMMANDS:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage:" in result.output


def test_a_quick_command_does_not_import_the_model_libraries():
    code = (
        "import sys; from click.testing import CliRunner; from search_app.cli import main; "
        "CliRunner().invoke(main, ['status', '--help']); "
        "print('sklearn' in sys.modules, 'flask' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
