"""Pipeline stage: documents -> ingest -> tag -> catalog -> search index, one run at a time.

    run_pipeline(settings, ...)     the nightly run (`lessons reindex`)
    ingest_paths(settings, paths)   bring the catalog and index up to date with these files
    rebuild_index(settings)         rebuild the index from the catalog, switch atomically

All three are in `search_app.pipeline.run`, which says what a run does.
"""

from search_app.pipeline.run import (
    RunError,
    RunReport,
    ingest_paths,
    rebuild_index,
    run_pipeline,
)
from search_app.pipeline.runlog import RunOutcome

__all__ = ["RunError", "RunOutcome", "RunReport", "ingest_paths", "rebuild_index", "run_pipeline"]
