"""Web app tests: a small real site (catalog, source files, Tantivy index) built once.

The other tests/test_web_*.py modules import `site` and `client` from here.
The reviews are fictional; one source document is a real PDF made with
reportlab, another a text file, so the document route serves real files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.records import STATUS_OK, Lesson, Review, Section, SourceFile
from nlp.records import SOURCE_MODEL, SOURCE_RULE, Evidence, LessonAnalysis, Tag
from search_app.catalog.store import Catalog
from search_app.settings import PROJECT_ROOT, Settings
from search_app.web import create_app

TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"
XSS_TEXT = "Staff wrote <script>alert(1)</script> and <b>bold</b> & zebrafinch notes in the record."
EXTRA_LESSONS = 24  # enough information-sharing lessons to page through


@dataclass(frozen=True)
class Site:
    settings: Settings
    pdf_review: str
    txt_review: str
    national_review: str
    nai_lesson: str
    model_lesson: str
    xss_lesson: str
    total_lessons: int


def _pdf(path: Path, pages: int) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        pdf.drawString(72, 770, f"Serious case review Child A, page {number}")
        pdf.showPage()
    pdf.save()


def _source(path: Path) -> SourceFile:
    data = path.read_bytes()
    stat = path.stat()
    return SourceFile(str(path), stat.st_size, stat.st_mtime, hashlib.sha256(data).hexdigest())


def _rule(theme: str, text: str, phrase: str) -> Tag:
    start = text.index(phrase)
    return Tag(theme, theme.split(".")[0], 1.0, SOURCE_RULE, (Evidence(phrase, start, start + len(phrase)),))


def _rebuild(settings: Settings) -> int:
    from search_app.pipeline import rebuild_index

    return rebuild_index(settings)


def build_site(root: Path) -> Site:
    corpus = root / "corpus"
    corpus.mkdir()
    settings = Settings.load(
        {"data_dir": str(root / "data"), "taxonomy": str(TAXONOMY), "corpus": str(corpus)},
        environ={},
    )
    catalog = Catalog(settings.catalog)

    # Review 1: a PDF serious case review from 2016.
    pdf_path = corpus / "child-a.pdf"
    _pdf(pdf_path, 4)
    nai = "Bruising was seen on a non-mobile baby of four months and was not referred for a child protection medical."
    sharing = "The health visitor and the GP did not share information about the father."
    r1 = Review(
        id="a1" * 8,
        source_path=str(pdf_path),
        title="Serious Case Review: Child A",
        review_type="SCR",
        area="Northshire",
        region="North West",
        published="2016-03-01",
        child="Child A",
        child_age="4 months",
        author="A. Reviewer",
        page_count=4,
        sections=(Section("Findings", 1, 2, 3), Section("Recommendations", 1, 4, 4)),
        lessons=(
            Lesson(1, "finding", "Finding 1", nai, "Findings", 2, 2, "health"),
            Lesson(2, "finding", "Finding 2", sharing, "Findings", 3, 3, title="Fathers left out"),
            Lesson(3, "recommendation", "Recommendation 1", XSS_TEXT, "Recommendations", 4, 4),
        ),
    )
    catalog.put_review(
        _source(pdf_path),
        r1,
        {
            1: LessonAnalysis(
                (_rule("harm.nai_infant", nai, "Bruising"), _rule("vuln.babies_infants", nai, "non-mobile baby")),
                age_bands=("under 1",),
                agencies=("health",),
            ),
            2: LessonAnalysis(
                (_rule("multi.information_sharing", sharing, "share information"),), agencies=("health",)
            ),
        },
        STATUS_OK,
    )

    # Review 2: a text LCSPR from 2021 with many learning points.
    txt_path = corpus / "child-b.txt"
    txt_path.write_text("Local child safeguarding practice review: Child B\n", encoding="utf-8")
    neglect = "Chronic neglect and poor home conditions were accepted as normal for years."
    lessons = [Lesson(1, "learning_point", "Learning point 1", neglect, "Learning", 5, 6)]
    analyses = {
        1: LessonAnalysis((Tag("harm.neglect", "harm", 0.74, SOURCE_MODEL),), age_bands=("5-10",)),
    }
    for n in range(2, EXTRA_LESSONS + 2):
        text = f"Agencies should share information early in case {n} so that risk is understood."
        lessons.append(Lesson(n, "learning_point", f"Learning point {n}", text, "Learning", 7, 7))
        analyses[n] = LessonAnalysis((_rule("multi.information_sharing", text, "share information"),))
    r2 = Review(
        id="b2" * 8,
        source_path=str(txt_path),
        title="Local Child Safeguarding Practice Review: Child B",
        review_type="LCSPR",
        area="Southvale",
        region="South East",
        published="2021-06",
        child="Child B",
        page_count=8,
        lessons=tuple(lessons),
    )
    catalog.put_review(_source(txt_path), r2, analyses, STATUS_OK)

    # Review 3: a national review from 2023.
    national_path = corpus / "national.txt"
    national_path.write_text("National review of criminal exploitation\n", encoding="utf-8")
    cce = "Children exploited through county lines were treated as offenders, not victims."
    r3 = Review(
        id="c3" * 8,
        source_path=str(national_path),
        title="It was hard to escape",
        review_type="national",
        area="England",
        region="",
        published="2023",
        lessons=(Lesson(1, "finding", "Finding 1", cce, "Findings", 12, 13),),
    )
    catalog.put_review(
        _source(national_path),
        r3,
        {
            1: LessonAnalysis((_rule("efh.cce_county_lines", cce, "county lines"),), age_bands=("11-15",)),
        },
        STATUS_OK,
    )
    total = catalog.stats()["lessons"]
    catalog.close()

    assert _rebuild(settings) == total
    return Site(
        settings=settings,
        pdf_review=r1.id,
        txt_review=r2.id,
        national_review=r3.id,
        nai_lesson=f"{r1.id}-001",
        model_lesson=f"{r2.id}-001",
        xss_lesson=f"{r1.id}-003",
        total_lessons=total,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    return build_site(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def app(site):
    return create_app(site.settings, {"TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


# --- a site ingested from real corpus files, served over HTTP ---------------
# For the browser, robustness and query-language tests: the whole pipeline
# (pdfminer, spaCy tagger, catalog, Tantivy) on a few sample reviews, chosen
# to be quick to ingest (two short PDFs, text and HTML) and to hold both
# "NAI" and "non-accidental injury".

CORPUS_FILES = (
    "scr_2014_lancashire_child_t.pdf",
    "national_2021_unseen_fathers.pdf",
    "lcspr_2020_sunderland_child_b.txt",
    "scr_2015_bromley_child_f.txt",
    "lcspr_2023_haringey_tyler.html",
)
_CORPUS_SITES: dict[str, Settings] = {}
# The sample reviews say "NAI" in lessons but spell out "non-accidental
# injury" only in glossaries and titles, so one short review written here
# holds lessons that use the full words alone.
WRITTEN_REVIEW = """Local Child Safeguarding Practice Review: Baby Z

Westmoor Safeguarding Children Partnership

LOCAL CHILD SAFEGUARDING PRACTICE REVIEW: BABY Z
================================================

Independent Reviewer: Sam Okafor

Date of publication: 12 March 2024

1 BACKGROUND

1.1   Baby Z was seven weeks old when admitted to hospital with a fractured
      arm. The parents said the baby had rolled off a changing mat.

2 LEARNING

2.1   A fracture in a non-mobile baby should always prompt a referral to
      consider non-accidental injury, whatever explanation the parents give.

2.2   The emergency department recorded the explanation but did not ask for
      a skeletal survey; the possibility of non-accidental injury was not
      discussed with the paediatrician on call.

3 RECOMMENDATIONS

Recommendation 1
----------------

The partnership should audit how emergency departments respond to injuries
in babies who are not yet mobile.
"""


def build_corpus_site(root: Path) -> Settings:
    """Settings of a catalog and index ingested from CORPUS_FILES under `root`."""
    from search_app.pipeline import ingest_paths

    corpus = PROJECT_ROOT / "corpus" / "reviews"
    settings = Settings.load(
        {"data_dir": str(root / "data"), "taxonomy": str(TAXONOMY), "corpus": str(corpus)},
        environ={},
    )
    written = root / "written"
    written.mkdir()
    (written / "lcspr_2024_westmoor_baby_z.txt").write_text(WRITTEN_REVIEW, encoding="utf-8")
    report = ingest_paths(settings, [corpus / name for name in CORPUS_FILES] + [written])
    assert not report.failed, report.failed
    assert report.lessons_indexed > 20
    return settings


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory) -> Settings:
    """One ingested corpus site per test run, shared by every module that uses it."""
    if "site" not in _CORPUS_SITES:
        _CORPUS_SITES["site"] = build_corpus_site(tmp_path_factory.mktemp("corpus-site"))
    return _CORPUS_SITES["site"]


@pytest.fixture(scope="module")
def corpus_app(corpus_settings):
    return create_app(corpus_settings, {"TESTING": True})


@pytest.fixture(scope="module")
def live_server(corpus_app):
    """The corpus site's app on a real HTTP server on 127.0.0.1 (a free port), in a thread."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, corpus_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
