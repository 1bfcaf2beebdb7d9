"""Command line: the `lessons` console script.

Global options build the one Settings object and hand it to every command
through the click context. Commands live in one module per area.
"""

from __future__ import annotations

import importlib

import click

from search_app.settings import Settings, setting_help

# Each command and the module that defines it. Modules are imported only
# when their command runs (or `--help` lists it), so a quick command does not
# pay for scikit-learn or the web app.
_COMMANDS: dict[str, str] = {
    "ingest": "search_app.cli.pipeline_cmds",
    "reindex": "search_app.cli.pipeline_cmds",
    "index": "search_app.cli.pipeline_cmds",
    "status": "search_app.cli.pipeline_cmds",
    "extract": "search_app.cli.extract_cmds",
    "tag": "search_app.cli.nlp_cmds",
    "taxonomy": "search_app.cli.nlp_cmds",
    "train": "search_app.cli.nlp_cmds",
    "search": "search_app.cli.search_cmds",
    "serve": "search_app.cli.serve_cmds",
    "brief": "search_app.cli.brief_cmds",
    "eval": "search_app.cli.eval_cmds",
}


class LazyGroup(click.Group):
    """A click group whose commands are imported from their modules on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(_COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module_name = _COMMANDS.get(name)
        if module_name is None:
            return None
        module = importlib.import_module(module_name)
        return next(c for c in module.COMMANDS if c.name == name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False), help=setting_help("data_dir"))
@click.option("--backend", type=click.Choice(["tantivy", "elasticsearch"]), help=setting_help("backend"))
@click.option("--taxonomy", type=click.Path(dir_okay=False), help=setting_help("taxonomy"))
@click.option("--es-url", help=setting_help("es_url"))
@click.pass_context
def main(ctx: click.Context, data_dir, backend, taxonomy, es_url) -> None:
    """Safeguarding Lessons: search the lessons of child safeguarding case reviews."""
    try:
        ctx.obj = Settings.load({"data_dir": data_dir, "backend": backend, "taxonomy": taxonomy, "es_url": es_url})
    except (ValueError, KeyError) as exc:
        raise click.UsageError(str(exc)) from exc
