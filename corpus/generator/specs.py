"""Corpus generator: the list of fictional reviews in the sample corpus.

Every review, child, family and event here is invented. Areas are real
English local authority names so that area and region facets look real.
The order matters: bank entries are handed out in this order.
"""

from __future__ import annotations

from .model import ReviewSpec


def review(name, fmt, layout, title, partnership, area, region, review_type, published, printed,
           child, age, sex, author, scenario, draw, sidecar=(), **options) -> ReviewSpec:
    return ReviewSpec(name=name, fmt=fmt, layout=layout, title=title, partnership=partnership, area=area,
                      region=region, review_type=review_type, published=published, published_printed=printed,
                      child=child, child_age=age, sex=sex, author=author, scenario=scenario, draw=draw,
                      options=tuple(sorted(options.items())), sidecar=tuple(sidecar))


SPECS: list[ReviewSpec] = [
    review("scr_2014_lancashire_child_t", "pdf", "scie", "Serious Case Review: Child T",
           "Lancashire Safeguarding Children Board", "Lancashire", "North West", "SCR", "2014-06-12",
           "12 June 2014", "Child T", "7 months", "m", "Dr Helen Marsh", "NAI",
           "NAI:4/3/1 PRACTICE:2/0/0", exec_summary=True, marking="IN STRICT CONFIDENCE",
           header="SCR Child T - Overview Report", board="LSCB"),
    review("scr_2016_norfolk_child_w", "pdf", "numbered", "Serious Case Review: Child W",
           "Norfolk Safeguarding Children Board", "Norfolk", "East of England", "SCR", "2016-11",
           "November 2016", "Child W", "6 years", "m", "Peter Lowther", "NEGLECT",
           "NEGLECT:5/2/1 PRACTICE:2/1/0", hyphenate=True, nspcc_sheet=True, font="times",
           footer="{x}", footer_left="Norfolk SCB", justify=True),
    review("lcspr_2021_leeds_baby_m", "pdf", "twocol", "Local Child Safeguarding Practice Review: Baby M",
           "Leeds Safeguarding Children Partnership", "Leeds", "Yorkshire and the Humber", "LCSPR", "2021-03-18",
           "18 March 2021", "Baby M", "10 weeks", "m", "Siobhan Carter", "SUDI",
           "SUDI:4/2/1 PRACTICE:2/1/0", author_label="Independent Reviewer:", marking="OFFICIAL",
           header="LCSPR Baby M"),
    review("lcspr_2022_croydon_child_k", "pdf", "boxed", "Local Child Safeguarding Practice Review: Child K",
           "Croydon Safeguarding Children Partnership", "Croydon", "London", "LCSPR", "2022-09",
           "September 2022", "Child K", "9 years", "f", "Amanda Okafor", "DA",
           "DA:4/2/1 PRACTICE:2/1/0", exec_recs_verbatim=True, marking="OFFICIAL",
           header="Croydon Safeguarding Children Partnership", date_label="Published:"),
    review("briefing_2023_devon_infant_b", "pdf", "seven_minute", "Infant B",
           "Devon Children and Families Partnership", "Devon", "South West", "briefing", "2023-05",
           "May 2023", "Infant B", "4 months", "f", "", "NAI",
           "NAI:3/0/1", footer="Devon 7 minute briefing - Page {x} of {y}"),
    review("briefing_2020_kent_baby_j", "pdf", "learning_briefing", "LCSPR Baby J",
           "Kent Safeguarding Children Multi-Agency Partnership", "Kent", "South East", "briefing", "2020-10",
           "October 2020", "Baby J", "3 months", "m", "", "SUDI",
           "SUDI:3/1/1", footer="Page {x} of {y}", marking="OFFICIAL"),
    review("nspcc_2013_walsall_child_d", "pdf", "nspcc_summary", "Serious case review: Child D",
           "Walsall Safeguarding Children Board", "Walsall", "West Midlands", "SCR", "2013-04",
           "April 2013", "Child D", "4 years", "m", "Jean Ridley", "NEGLECT",
           "NEGLECT:4/1/0", footer="", keywords="neglect, school attendance, disguised compliance",
           model="Significant Incident Learning Process (SILP)"),
    review("national_2021_unseen_fathers", "pdf", "national",
           "Unseen fathers: non-accidental injury to babies by male carers",
           "The Child Safeguarding Practice Review Panel", "", "", "national", "2021-09-16",
           "16 September 2021", "", "", "m", "Child Safeguarding Practice Review Panel", "NAI",
           "NAI:5/3/1 PRACTICE:1/0/0", subtitle="A national review of 23 incidents", practice_messages=1,
           header="Unseen fathers", footer="{x}", cover_kind="National review", author_label="Published by:"),
    review("scr_2018_dorset_family_s", "pdf", "scie", "Serious Case Review: Family S",
           "Dorset Safeguarding Children Board", "Dorset", "South West", "SCR", "2018-02",
           "February 2018", "Family S", "4 years", "f", "Karen Holt", "PARENTAL",
           "PARENTAL:4/2/1 PRACTICE:2/1/0", font="dejavu-serif", ligatures=True, exec_summary=True,
           header="Serious Case Review Family S", footer="Page {x} of {y}", board="DSCB"),
    review("lcspr_2020_gateshead_ellie", "pdf", "numbered", "Local Child Safeguarding Practice Review: Ellie",
           "Gateshead Safeguarding Children Partnership", "Gateshead", "North East", "LCSPR", "2020-07-02",
           "2 July 2020", "Ellie", "7 years", "f", "Mark Dunstan", "DA",
           "DA:4/2/1 PRACTICE:1/1/0", cover_kind="Local Child Safeguarding Practice Review",
           rec_prefix="Rec ", marking="OFFICIAL-SENSITIVE", author_label="Lead Reviewer:",
           sidecar=(("region", "North East"), ("review_type", "LCSPR"))),
    review("thematic_2022_nottinghamshire_neglect", "pdf", "national",
           "Growing up neglected: a thematic review of neglect in older children",
           "Nottinghamshire Safeguarding Children Partnership", "Nottinghamshire", "East Midlands", "thematic",
           "2022-01", "January 2022", "", "", "m", "Dr Ruth Abbey", "NEGLECT",
           "NEGLECT:4/2/1 PRACTICE:1/1/0", cover_kind="Thematic Review", header="Thematic review: neglect",
           footer="Page {x} of {y}", subtitle="Learning from six local reviews"),
    review("scr_2012_coventry_child_h", "pdf", "boxed", "Serious Case Review: Child H",
           "Coventry Safeguarding Children Board", "Coventry", "West Midlands", "SCR", "2012-08",
           "August 2012", "Child H", "5 months", "f", "Gillian Pryce", "SUDI",
           "SUDI:2/1/0 PARENTAL:2/1/0 PRACTICE:2/1/1", marking="RESTRICTED", header="SCR Child H",
           footer="Page {x}"),
]
