"""Ingest stage: review metadata from the cover and first pages, and sidecars.

Title, safeguarding partnership (area) and region, review type, publication
date, child pseudonym and age, and author are read from the first pages'
blocks. A `NAME.meta.yaml` file beside the document, keyed by Review field
names, overrides whatever it states.

One module a field, composed by `reader`:

    reader       read_metadata(blocks, pages, furniture, lessons) -> dict, FIELDS
    title        the document's title
    cover_title  a cover putting the child first; a title kept whole where the page's own title prints it
    broken_title a cover title a text format breaks into several heading paragraphs
    field_tables a cover table of labels over values
    review_type  SCR, LCSPR, national, thematic, briefing or other
    genres       the type a document's genre gives it (a statement, a paper, a log, a letter, a sheet)
    dates        parse_date and the publication date
    own_dates    the date a document gives itself (a letter's date, a title's month, a quarter)
    area         the partnership's area (the region follows from it)
    child        the child's pseudonym and age
    age_fields   the age from a cover's birth and event date fields ("D.O.B.:", "D.O.D.:")
    children     several children named together; a type named in the plural
    other_ages   ages printed that are not the child's
    named_pairs  the child of a pair a title names, two siblings' ages, an erratum's corrected age
    author       the review's author
    sidecar      read_sidecar(path) -> dict
    text         the helpers the readers share
"""

# _area, _author and _clean_title too: the tests read those fields alone.
from ingest.metadata.area import _area as _area
from ingest.metadata.area import canonical_area
from ingest.metadata.author import _author as _author
from ingest.metadata.dates import parse_date
from ingest.metadata.reader import FIELDS, read_metadata
from ingest.metadata.sidecar import read_sidecar
from ingest.metadata.title import _clean_title as _clean_title

__all__ = ["FIELDS", "canonical_area", "parse_date", "read_metadata", "read_sidecar"]
