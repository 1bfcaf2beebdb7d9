"""Command line: the `lessons` console script.

Global options build the one Settings object and hand it to every command
through the click context. Commands live in one module per area.
"""

from __future__ import annotations

import importlib

import click

from search_app.settings import Settings

# (module, command names) registered on the `lessons` group, in help order.
_COMMAND_MODULES = (
    "search_app.cli.pipeline_cmds",
    "search_app.cli.extract_cmds",
    "search_app.cli.nlp_cmds",
    "search_app.cli.search_cmds",
    "search_app.cli.serve_cmds",
    "search_app.cli.eval_cmds",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False), help="Folder of the catalog and indexes (LESSONS_DATA_DIR).")
@click.option("--backend", type=click.Choice(["tantivy", "elasticsearch"]), help="Search engine (LESSONS_BACKEND).")
@click.option("--taxonomy", type=click.Path(dir_okay=False), help="Theme taxonomy file (LESSONS_TAXONOMY).")
@click.option("--es-url", help="Elasticsearch URL (LESSONS_ES_URL).")
@click.pass_context
def main(ctx: click.Context, data_dir, backend, taxonomy, es_url) -> None:
    """Safeguarding Lessons: search the lessons of child safeguarding case reviews."""
    try:
        ctx.obj = Settings.load(
            {"data_dir": data_dir, "backend": backend, "taxonomy": taxonomy, "es_url": es_url}
        )
    except (ValueError, KeyError) as exc:
        raise click.UsageError(str(exc)) from exc


def _register() -> None:
    for module_name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # an area not built yet
                continue
            raise
        for command in module.COMMANDS:
            main.add_command(command)


_register()
