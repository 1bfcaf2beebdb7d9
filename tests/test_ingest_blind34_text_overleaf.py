"""Ingest tests: a text copy's numbered paragraph carried on past a page break, as set 33's text copies print it
(C998), set 34's text copies break paragraphs across a "Page N of M" line, and a table row broken across a page (C1010).

A numbered paragraph ends a sentence at the foot of a page; the next page opens with its running header, a blank line
and the paragraph's rest indented at the numbered text's column. The rest belongs to the numbered paragraph, which spans both
pages. A paragraph at the margin opening the next page is a paragraph of its own. The texts are written for
these tests only. A table row ("R2 | text | Children's Social") whose rest ("    Care | 6 months") opens the next
page, below its running header or not, is that row's, which ends on the later page.
"""

from __future__ import annotations

import pytest

from ingest import extract_review

HEAD = """Westshire Safeguarding Children Board

SERIOUS CASE REVIEW: CHILD K

Published: May 2016

1. INTRODUCTION

Child K, who was nine years old, was seriously hurt at home in the autumn of 2015.

5. LESSONS LEARNED

5.1    The school nurse was told twice about marks on the boy's arms and each
       time recorded only the explanation.

5.2    No one asked the grandmother what she saw at home.

Page 2 of 3
\fSerious Case Review: Child K

"""
TAIL = """
6. RECOMMENDATIONS

1. The Board should give school nurses a route to talk a worry through on the same day.
"""
REST = "She collected the children most days and had seen the bruises."


@pytest.mark.parametrize(("indent", "joined"), [(7, True), (0, False)])
def test_a_numbered_paragraphs_rest_overleaf_carries_it_on(tmp_path, indent, joined):
    path = tmp_path / "review.txt"
    path.write_text(HEAD + " " * indent + REST + "\n" + TAIL, encoding="utf-8")
    lessons = {l.label: l for l in extract_review(path).lessons}
    second = lessons["5.2"]
    if joined:
        assert second.text == f"No one asked the grandmother what she saw at home. {REST}"
        assert (second.page_start, second.page_end) == (1, 2)
    else:
        assert second.text == "No one asked the grandmother what she saw at home."
        assert (second.page_start, second.page_end) == (1, 1)


ROWS_HEAD = """Westshire Safeguarding Children Partnership

LOCAL CHILD SAFEGUARDING PRACTICE REVIEW: CHILD K

Published: May 2021

RECOMMENDATIONS

No. | Recommendation | Lead agency | Timescale

R1 | The Partnership should give school nurses a route to talk a worry through
    on the same day. | Safeguarding Partnership | 3 months

R2 | Children's social care should not close an assessment without the child
    being seen alone. | Children's Social

Page 1 of 2
\f"""
ROWS_TAIL = """    Care | 6 months

CONCLUSION

The partnership accepts the recommendations of this review.
"""


@pytest.mark.parametrize("header", ["", "Local Child Safeguarding Practice Review: Child K\n\n"])
def test_a_rows_rest_overleaf_is_its_last_cell_and_ends_it_on_that_page(tmp_path, header):
    path = tmp_path / "review.txt"
    path.write_text(ROWS_HEAD + header + ROWS_TAIL, encoding="utf-8")
    lessons = {l.label: l for l in extract_review(path).lessons}
    assert lessons["R2"].agency == "Children's Social Care"
    assert (lessons["R2"].page_start, lessons["R2"].page_end) == (1, 2)
    assert (lessons["R1"].page_start, lessons["R1"].page_end) == (1, 1)
