"""Tests of the sample corpus: generator determinism, gold validity, gold
texts on their pages (pdfminer for text PDFs, tesseract for scanned ones,
the file's own text for HTML, DOCX and TXT), and the query judgments.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from functools import cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD_DIR = CORPUS / "gold"
REVIEWS = CORPUS / "reviews"
DRAFT_TAXONOMY = Path("/work/shared/reference/taxonomy-draft.md")

KINDS = {"finding", "learning_point", "recommendation", "good_practice"}
REVIEW_TYPES = {"SCR", "LCSPR", "national", "thematic", "briefing", "other"}
REGIONS = {
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
}


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


@cache
def gold(name: str) -> dict:
    return json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))


def all_gold() -> list[dict]:
    return [gold(p.name) for p in gold_files()]


def alnum(text: str) -> str:
    """Letters and digits only: survives line breaks, hyphenation, ligatures and column order."""
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", text).lower())


@cache
def pdf_pages(path: Path) -> tuple[str, ...]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return tuple(
        "".join(el.get_text() for el in page if isinstance(el, LTTextContainer)) for page in extract_pages(str(path))
    )


def is_scanned(path: Path) -> bool:
    return path.suffix == ".pdf" and not any(p.strip() for p in pdf_pages(path))


def located(text: str, pages: tuple[str, ...], start: int, end: int) -> bool:
    """The lesson starts on page `start`, ends on page `end`, and is all there in between.

    Pieces may come out of order (two-column pages, table cells), so the text is
    covered greedily by a few long substrings of the page range.
    """
    target = alnum(text)
    if not (1 <= start <= end <= len(pages)):
        return False
    # A lesson's last line on its end page may be short: compare fewer characters there.
    if target[:25] not in alnum(pages[start - 1]) or target[-12:] not in alnum(pages[end - 1]):
        return False
    haystack = "".join(alnum(pages[p - 1]) for p in range(start, end + 1))
    rest, pieces = target, 0
    while rest:
        n = len(rest)
        while n > 0 and rest[:n] not in haystack:
            n -= 1
        if n < min(15, len(rest)):
            return False
        rest, pieces = rest[n:], pieces + 1
    return pieces <= 2 + (end - start)


def taxonomy_ids() -> set[str]:
    tax = ROOT / "taxonomy.yaml"
    if tax.exists():
        data = yaml.safe_load(tax.read_text(encoding="utf-8"))
        return {t["id"] for t in data["themes"]}
    if DRAFT_TAXONOMY.exists():
        md = DRAFT_TAXONOMY.read_text(encoding="utf-8")
        block = md[md.index("```json") + 7 :]
        block = block[: block.index("```")]
        return {t["id"] for g in json.loads(block) for t in g["themes"]}
    pytest.skip("no taxonomy file to check theme ids against")


# --- determinism -------------------------------------------------------------

SAMPLE = [
    "scr_2014_lancashire_child_t",
    "lcspr_2021_leeds_baby_m",
    "scr_2018_dorset_family_s",
    "lcspr_2019_cumbria_child_p",
    "lcspr_2021_shropshire_sam",
    "scr_2015_bromley_child_f",
    "briefing_2024_bristol_lily",
]


def test_generator_is_deterministic(tmp_path):
    subprocess.run(
        [sys.executable, str(CORPUS / "generate.py"), "--out", str(tmp_path), "--only", ",".join(SAMPLE), "-q"],
        check=True,
        cwd=ROOT,
    )
    for name in SAMPLE:
        fresh = json.loads((tmp_path / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        assert fresh == gold(f"{name}.json"), name
        file_name = fresh["file"]
        assert (tmp_path / "reviews" / file_name).read_bytes() == (REVIEWS / file_name).read_bytes(), file_name
    text_pdf = "scr_2014_lancashire_child_t.pdf"
    assert pdf_pages(tmp_path / "reviews" / text_pdf) == pdf_pages(REVIEWS / text_pdf)


# --- gold validity ------------------------------------------------------------


def test_every_review_has_gold_and_every_gold_a_review():
    reviews = {p.name for p in REVIEWS.iterdir() if not p.name.endswith(".meta.yaml")}
    golds = {gold(p.name)["file"] for p in gold_files()}
    assert reviews == golds
    for p in gold_files():
        assert Path(gold(p.name)["file"]).stem == p.stem
    for meta in REVIEWS.glob("*.meta.yaml"):
        data = yaml.safe_load(meta.read_text(encoding="utf-8"))
        g = gold(meta.name.replace(".meta.yaml", ".json"))
        for key, value in data.items():
            assert g["review"][key] == value, meta.name


def test_gold_records_are_valid():
    ids = taxonomy_ids()
    for p in gold_files():
        g = gold(p.name)
        review = g["review"]
        assert set(review) == {"title", "area", "region", "review_type", "published", "child", "child_age", "author"}
        assert review["review_type"] in REVIEW_TYPES, p.name
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", review["published"]), p.name
        if review["review_type"] != "national":
            assert review["region"] in REGIONS and review["area"], p.name
        assert g["lessons"], p.name
        for i, lesson in enumerate(g["lessons"]):
            where = f"{p.name}[{i}]"
            assert set(lesson) == {"kind", "label", "text", "page_start", "page_end", "themes", "agency"}, where
            assert lesson["kind"] in KINDS, where
            assert 1 <= len(lesson["themes"]) <= 6 and set(lesson["themes"]) <= ids, where  # usually 1-4 (LABELLING.md)
            assert lesson["text"] == " ".join(lesson["text"].split()) and lesson["text"], where
            assert not re.search("[\ufb01\ufb02\u00ad]", lesson["text"]), where
            assert 1 <= lesson["page_start"] <= lesson["page_end"], where
            assert not lesson["label"].endswith((":", ".")), where
            if lesson["agency"]:
                assert lesson["kind"] == "recommendation", where


def test_corpus_spread_matches_the_real_collection():
    golds = all_gold()
    lessons = [l for g in golds for l in g["lessons"]]
    assert len(golds) >= 40 and len(lessons) >= 300
    assert len({g["review"]["area"] for g in golds if g["review"]["area"]}) >= 20
    assert {g["review"]["region"] for g in golds} - {""} == REGIONS
    types = [g["review"]["review_type"] for g in golds]
    for kind in ("SCR", "LCSPR", "national", "thematic", "briefing"):
        assert types.count(kind) >= 2, kind
    for g in golds:
        year = int(g["review"]["published"][:4])
        if g["review"]["review_type"] == "SCR":
            assert 2010 <= year <= 2019
        if g["review"]["review_type"] == "LCSPR":
            assert 2019 <= year <= 2025
    suffixes = [Path(g["file"]).suffix for g in golds]
    assert {".pdf", ".html", ".docx", ".txt"} <= set(suffixes)
    assert sum(1 for l in lessons if l["page_end"] > l["page_start"]) >= 3
    themes = {t for l in lessons for t in l["themes"]}
    for common in (
        "harm.neglect",
        "fam.domestic_abuse",
        "harm.nai_infant",
        "harm.sudi_safer_sleep",
        "multi.information_sharing",
        "assess.professional_curiosity",
        "voice.voice_of_child",
    ):
        assert sum(common in l["themes"] for l in lessons) >= 10, common
    assert len(themes) >= 50
    texts = [l["text"] for l in lessons]
    assert len(set(texts)) == len(texts), "a lesson text is used twice"
    size = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    # blind set 8 (C169-C186) added about 2.0 MB, set 9 (C187-C204) about 1.5 MB, set 10 (C205-C222) about
    # 1.6 MB, set 11 (C223-C240) about 1.8 MB, set 12 (C241-C276, two halves by two authors) about 2.8 MB,
    # set 13 (C277-C312, two halves) about 2.4 MB, set 14 (C313-C348, two halves) about 2.1 MB, set 15
    # (C349-C384, two halves) about 2.5 MB, set 16 (C385-C420, two halves) about 2.3 MB, set 17 (C421-C456, two
    # halves) about 2.4 MB, set 18 (C457-C492, two halves) about 2.5 MB, set 19 (C493-C528, two halves) about
    # 2.6 MB, set 20 (C529-C564, two halves) about 2.1 MB, set 21 (C565-C600, two halves) about 2.5 MB, set 22
    # (C601-C636, two halves) about 2.2 MB, set 23 (C637-C672, two halves) about 2.6 MB, set 24 (C673-C708, two
    # halves) about 2.0 MB, set 25 (C709-C744, two halves) about 2.6 MB, set 26 (C745-C780, two halves) about 2.3 MB, set 27 (C781-C816, two
    # halves) about 2.2 MB, set 28 (C817-C852, two halves) about 2.1 MB, set 29 (C853-C888, two halves) about 2.5 MB, set 30
    # (C889-C924, two halves) about 2.2 MB, set 31 (C925-C960, two halves) about 2.1 MB, set 32 (C961-C996, two
    # halves) about 2.1 MB, set 33 (C997-C1032, two halves) about 2.1 MB,
    # set 34 (C1033-C1068, two halves); each set has scanned copies
    assert size < 89_000_000


# --- gold texts are where the gold says ------------------------------------


def text_pdf_golds() -> list[str]:
    return [
        p.name
        for p in gold_files()
        if gold(p.name)["file"].endswith(".pdf") and not is_scanned(REVIEWS / gold(p.name)["file"])
    ]


def test_pdf_lessons_are_on_their_pages():
    names = text_pdf_golds()
    assert len(names) >= 25
    misses = []
    for name in names:
        g = gold(name)
        pages = pdf_pages(REVIEWS / g["file"])
        for i, lesson in enumerate(g["lessons"]):
            if not located(lesson["text"], pages, lesson["page_start"], lesson["page_end"]):
                misses.append(f"{name}[{i}] p{lesson['page_start']}-{lesson['page_end']}")
            elif lesson["page_start"] > 1:
                # The lesson starts on page_start, not on the page before, unless that page
                # restates it in full (an executive summary repeating a recommendation).
                before = alnum(pages[lesson["page_start"] - 2])
                target = alnum(lesson["text"])
                assert target[:60] not in before or target in before, (name, i)
    assert not misses, misses


def test_pdf_layouts_carry_extraction_hazards():
    all_text = "".join("".join(pdf_pages(REVIEWS / gold(n)["file"])) for n in text_pdf_golds())
    assert "\ufb01" in all_text or "\ufb02" in all_text  # ligature glyphs
    assert re.search(r"[a-z]-\n[a-z]", all_text)  # words broken across line ends
    assert re.search(r"Page \d+ of \d+", all_text)
    assert "Learning includes:" in all_text and "OFFICIAL" in all_text


def test_scanned_reviews_are_readable_only_by_ocr(tmp_path):
    if not (shutil.which("tesseract") and shutil.which("pdftoppm")):
        pytest.skip("tesseract and pdftoppm are needed (tests/setup-system.sh installs them)")
    scanned = [
        p.name
        for p in gold_files()
        if gold(p.name)["file"].endswith(".pdf") and is_scanned(REVIEWS / gold(p.name)["file"])
    ]
    assert len(scanned) >= 2
    for name in scanned:
        g = gold(name)
        # OCR the page holding the most single-page lessons, to keep the test fast.
        counts: dict[int, int] = {}
        for lesson in g["lessons"]:
            if lesson["page_start"] == lesson["page_end"]:
                counts[lesson["page_start"]] = counts.get(lesson["page_start"], 0) + 1
        page = max(counts, key=lambda p: (counts[p], -p))
        prefix = tmp_path / Path(name).stem
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "150",
                "-gray",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(REVIEWS / g["file"]),
                str(prefix),
            ],
            check=True,
        )
        # One thread: tesseract's OpenMP threads only slow it down on a shared machine.
        ocr = subprocess.run(
            ["tesseract", f"{prefix}.pgm", "-", "--psm", "3"],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        ).stdout
        ocr_words = set(re.findall(r"[a-z0-9]+", ocr.lower()))
        for lesson in g["lessons"]:
            if lesson["page_start"] == lesson["page_end"] == page:
                words = re.findall(r"[a-z0-9]+", lesson["text"].lower())
                found = sum(w in ocr_words for w in words) / len(words)
                assert found >= 0.85, (name, lesson["text"][:50], found)


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def document_text(path: Path) -> list[str]:
    """The text of a non-PDF review, as a list of pages."""
    if path.suffix == ".html":
        parser = _HTMLText()
        parser.feed(path.read_text(encoding="utf-8"))
        return [" ".join(parser.parts)]
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return [" ".join(parts)]
    return path.read_text(encoding="utf-8").split("\f")


def test_html_docx_txt_lessons_are_in_the_document():
    checked = 0
    for p in gold_files():
        g = gold(p.name)
        path = REVIEWS / g["file"]
        if path.suffix == ".pdf":
            continue
        pages = document_text(path)
        for i, lesson in enumerate(g["lessons"]):
            page_range = pages[lesson["page_start"] - 1 : lesson["page_end"]]
            assert lesson["page_end"] <= len(pages), (p.name, i)
            assert alnum(lesson["text"]) in "".join(alnum(t) for t in page_range) or located(
                lesson["text"], tuple(pages), lesson["page_start"], lesson["page_end"]
            ), (p.name, i)
            checked += 1
    assert checked >= 30


# --- queries -------------------------------------------------------------------


def test_queries_reference_existing_lessons():
    data = yaml.safe_load((CORPUS / "queries.yaml").read_text(encoding="utf-8"))
    queries = data["queries"]
    assert len(queries) >= 30
    assert len({q["id"] for q in queries}) == len(queries)
    assert len({q["query"] for q in queries}) == len(queries)
    for q in queries:
        assert q["judgments"], q["id"]
        assert any(j["grade"] == 3 for j in q["judgments"]), q["id"]
        seen = set()
        for j in q["judgments"]:
            assert j["grade"] in (1, 2, 3), q["id"]
            assert (GOLD_DIR / j["gold"]).exists(), (q["id"], j)
            assert 0 <= j["lesson"] < len(gold(j["gold"])["lessons"]), (q["id"], j)
            assert (j["gold"], j["lesson"]) not in seen, (q["id"], j)
            seen.add((j["gold"], j["lesson"]))


# --- conventions corpus -------------------------------------------------------

CONVENTIONS = CORPUS / "conventions"


def _convention_golds() -> dict[str, list[dict]]:
    return {
        part: [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CONVENTIONS / part / "gold").glob("*.json"))]
        for part in ("dev", "heldout")
    }


def _held_out_ids() -> set[str]:
    return {
        line.strip()
        for line in (CONVENTIONS / "heldout.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def test_conventions_are_written_down_and_a_third_are_held_out():
    listed = re.findall(
        r"^\| (C\d{2,4}) \|.*\| (development|held-out) \|$",
        (CORPUS / "CONVENTIONS.md").read_text(encoding="utf-8"),
        re.M,
    )
    assert len(listed) >= 30
    held = {c for c, split in listed if split == "held-out"}
    assert held == _held_out_ids()
    assert len(held) * 3 >= len(listed)
    # The blind set, written by an author who never read the extractor, is held out whole.
    text = (CORPUS / "CONVENTIONS.md").read_text(encoding="utf-8")
    blind_section = text[text.index("## Held-out (blind)") :]
    blind = re.findall(r"^\| (C\d{2,4}) \|.*\| (development|held-out) \|$", blind_section, re.M)
    assert len(blind) >= 12 and all(split == "held-out" for _, split in blind)
    assert {c for c, _ in blind} <= _held_out_ids()


def test_conventions_corpus_covers_every_convention_in_every_format_and_splits_by_the_held_out_list():
    golds = _convention_golds()
    held = _held_out_ids()
    for part, docs in golds.items():
        for g in docs:
            assert (g["convention"] in held) == (part == "heldout"), g["file"]
            assert (CONVENTIONS / part / "reviews" / g["file"]).is_file(), g["file"]
    conventions = {g["convention"] for docs in golds.values() for g in docs}
    listed = set(re.findall(r"^\| (C\d{2,4}) \|", (CORPUS / "CONVENTIONS.md").read_text(encoding="utf-8"), re.M))
    assert conventions == listed
    suffixes = {Path(g["file"]).suffix for docs in golds.values() for g in docs}
    assert suffixes == {".pdf", ".docx", ".html", ".txt"}
    total = len(gold_files()) + sum(len(docs) for docs in golds.values())
    assert total >= 100, f"{total} reviews in the sample and conventions corpora"


def test_conventions_gold_records_are_valid():
    ids = taxonomy_ids()
    for docs in _convention_golds().values():
        for g in docs:
            review = g["review"]
            assert set(review) == {
                "title",
                "area",
                "region",
                "review_type",
                "published",
                "child",
                "child_age",
                "author",
            }
            assert review["review_type"] in REVIEW_TYPES and review["title"], g["file"]
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", review["published"]), g["file"]
            assert (review["region"] in REGIONS) == bool(review["area"]), g["file"]
            assert g["lessons"], g["file"]
            for i, lesson in enumerate(g["lessons"]):
                where = f"{g['file']}[{i}]"
                assert (
                    {"kind", "label", "text", "page_start", "page_end", "themes", "agency"}
                    <= set(lesson)
                    <= {"kind", "label", "text", "page_start", "page_end", "themes", "agency", "title"}
                ), where
                assert lesson["kind"] in KINDS and lesson["text"], where
                assert 1 <= len(lesson["themes"]) <= 6 and set(lesson["themes"]) <= ids, (
                    where
                )  # usually 1-4 (LABELLING.md)
                assert 1 <= lesson["page_start"] <= lesson["page_end"], where
                if lesson.get("title"):
                    assert lesson["text"].startswith(lesson["title"]), where


def test_conventions_generator_is_deterministic(tmp_path):
    subprocess.run(
        [
            sys.executable,
            str(CORPUS / "generate_conventions.py"),
            "--out",
            str(tmp_path),
            "--only",
            "C01,C15,C21,C30,C40,C45,C46,C47,C50,C60,C63,C70,C80,C103,C111,C112",
            "-q",
        ],
        check=True,
        cwd=ROOT,
    )
    fresh = sorted(tmp_path.glob("*/gold/*.json"))
    assert len(fresh) == 32
    for path in fresh:
        part = path.parent.parent.name
        assert path.read_bytes() == (CONVENTIONS / part / "gold" / path.name).read_bytes(), path.name
        file_name = json.loads(path.read_text(encoding="utf-8"))["file"]
        assert (tmp_path / part / "reviews" / file_name).read_bytes() == (
            CONVENTIONS / part / "reviews" / file_name
        ).read_bytes(), file_name
