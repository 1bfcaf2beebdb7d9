"""Corpus generator: the twenty-seventh blind held-out set, first half: C781-C798 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output or any evaluation. The half leans to who each lesson is for, as
real English reviews print it: the agency only as the subject of the recommendation's sentence (no agency recorded,
as numbered recommendations without an addressee have none), a lead-in sentence over several recommendations, the
addressee in brackets after the text, "Owner:", "Lead agencies:", "Responsible:", "For:" and "Lead:" / "Supported by:"
lines, collective addressees ("All agencies", "Safeguarding partners", "The three statutory partners"), several
agencies in one cell, run-in agency labels, agencies by acronyms defined only in a closing glossary, a national body,
a school and a GP practice as addressees, an agency renamed during the review (marked by an asterisk, or "now" in the
text), learning set out by agency in a table, and a table whose agency cell is printed once over a group of rows. A
smaller part leans to the area and region as such reviews print them: partnerships covering several councils
(Pan-Dorset, Berkshire West, Derby and Derbyshire, Staffordshire and Stoke-on-Trent) whose area is where the child
lived, London boroughs with and without "London Borough of", a partnership's name split across its logo lines, the
partnership printed only in a closing contact block, and places in the narrative (where the family came from, a
hospital in a neighbouring city) that are not the area. `conv_table.py` sets each document's area, region and year
(PLACES_27A), so that the councils and agencies printed are those of its place and time.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading title where a heading names the lesson, agency where the document gives one) and only the metadata the
document prints. Findings come from the sample bank; the recommendations and agency learning are written here with
their themes. The set draws only with element kinds the earlier writers already draw, so no writer is changed and
documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from .conv_blind18b import _p as _para
from .conv_blind18b import _runin
from .conv_blind25a import _family, _finding, _method, _story, _sts
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx
from .model import split_body
from .narrative import PRONOUNS

COLUMN_WIDTHS.update(
    {
        "b27arec3": ((0.07, 0.63, 0.3), False),
        "b27a2": ((0.3, 0.7), False),
        "b27agrp": ((0.26, 0.07, 0.67), False),
    }
)

# --- the agencies of each place, as its reports name them ------------------------------------------------------

# Keys: CSC children's social care, POL police, ICB the NHS commissioner of the year, ACUTE the hospital trust, MH the
# mental health trust, HV the health visiting (0-19) provider, COUNCIL the council's formal name, SCP the partnership.
PLACE = {
    "Dorset": {
        "SCP": "Pan-Dorset Safeguarding Children Partnership",
        "COUNCIL": "Dorset Council",
        "CSC": "Dorset Council Children's Services",
        "POL": "Dorset Police",
        "ICB": "NHS Dorset Integrated Care Board",
        "ACUTE": "Dorset County Hospital NHS Foundation Trust",
        "MH": "Dorset HealthCare University NHS Foundation Trust",
        "HV": "Dorset HealthCare University NHS Foundation Trust",
        "lived": "in Bridport, in the Dorset Council area",
    },
    "Bournemouth, Christchurch and Poole": {
        "SCP": "Pan-Dorset Safeguarding Children Partnership",
        "COUNCIL": "Bournemouth, Christchurch and Poole Council",
        "CSC": "BCP Council Children's Services",
        "POL": "Dorset Police",
        "ICB": "NHS Dorset Integrated Care Board",
        "ACUTE": "University Hospitals Dorset NHS Foundation Trust",
        "MH": "Dorset HealthCare University NHS Foundation Trust",
        "HV": "Dorset HealthCare University NHS Foundation Trust",
        "lived": "in Poole, in the Bournemouth, Christchurch and Poole Council area",
    },
    "Cheshire West and Chester": {
        "SCP": "Cheshire West and Chester Safeguarding Children Partnership",
        "COUNCIL": "Cheshire West and Chester Council",
        "CSC": "Cheshire West and Chester Council Children's Services",
        "POL": "Cheshire Constabulary",
        "ICB": "NHS Cheshire Clinical Commissioning Group",
        "ACUTE": "Countess of Chester Hospital NHS Foundation Trust",
        "MH": "Cheshire and Wirral Partnership NHS Foundation Trust",
        "HV": "Cheshire and Wirral Partnership NHS Foundation Trust",
        "lived": "in Ellesmere Port",
    },
    "Cheshire East": {
        "SCP": "Cheshire East Safeguarding Children's Partnership",
        "COUNCIL": "Cheshire East Council",
        "CSC": "Cheshire East Council Children's Services",
        "POL": "Cheshire Constabulary",
        "ICB": "NHS Cheshire and Merseyside Integrated Care Board",
        "ACUTE": "Mid Cheshire Hospitals NHS Foundation Trust",
        "MH": "Cheshire and Wirral Partnership NHS Foundation Trust",
        "HV": "Wirral Community Health and Care NHS Foundation Trust",
        "lived": "in Crewe",
    },
    "Barnet": {
        "SCP": "Barnet Safeguarding Children Partnership",
        "COUNCIL": "London Borough of Barnet",
        "CSC": "Barnet Family Services",
        "POL": "Metropolitan Police Service",
        "ICB": "NHS North Central London Integrated Care Board",
        "ACUTE": "Royal Free London NHS Foundation Trust",
        "MH": "Barnet, Enfield and Haringey Mental Health NHS Trust",
        "HV": "Central London Community Healthcare NHS Trust",
        "lived": "in Edgware",
    },
    "Haringey": {
        "SCP": "Haringey Safeguarding Children Partnership",
        "COUNCIL": "London Borough of Haringey",
        "CSC": "Haringey Council Children's Services",
        "POL": "Metropolitan Police Service",
        "ICB": "NHS North Central London Integrated Care Board",
        "ACUTE": "North Middlesex University Hospital NHS Trust",
        "MH": "Barnet, Enfield and Haringey Mental Health NHS Trust",
        "HV": "Whittington Health NHS Trust",
        "lived": "in Tottenham",
    },
    "Swindon": {
        "SCP": "Swindon Safeguarding Partnership",
        "COUNCIL": "Swindon Borough Council",
        "CSC": "Swindon Borough Council Children's Services",
        "POL": "Wiltshire Police",
        "ICB": "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",
        "ACUTE": "Great Western Hospitals NHS Foundation Trust",
        "MH": "Avon and Wiltshire Mental Health Partnership NHS Trust",
        "HV": "Great Western Hospitals NHS Foundation Trust",
        "lived": "in Swindon",
    },
    "Wiltshire": {
        "SCP": "Wiltshire Safeguarding Vulnerable People Partnership",
        "COUNCIL": "Wiltshire Council",
        "CSC": "Wiltshire Council Families and Children's Services",
        "POL": "Wiltshire Police",
        "ICB": "NHS Bath and North East Somerset, Swindon and Wiltshire Clinical Commissioning Group",
        "ACUTE": "Salisbury NHS Foundation Trust",
        "MH": "Avon and Wiltshire Mental Health Partnership NHS Trust",
        "HV": "Virgin Care Services Limited",
        "lived": "in Trowbridge",
    },
    "Reading": {
        "SCP": "Berkshire West Safeguarding Children Partnership",
        "COUNCIL": "Reading Borough Council",
        "CSC": "Brighter Futures for Children",
        "POL": "Thames Valley Police",
        "ICB": "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",
        "ACUTE": "Royal Berkshire NHS Foundation Trust",
        "MH": "Berkshire Healthcare NHS Foundation Trust",
        "HV": "Berkshire Healthcare NHS Foundation Trust",
        "lived": "in Reading",
    },
    "West Berkshire": {
        "SCP": "Berkshire West Safeguarding Children Partnership",
        "COUNCIL": "West Berkshire Council",
        "CSC": "West Berkshire Council Children and Family Services",
        "POL": "Thames Valley Police",
        "ICB": "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",
        "ACUTE": "Royal Berkshire NHS Foundation Trust",
        "MH": "Berkshire Healthcare NHS Foundation Trust",
        "HV": "Berkshire Healthcare NHS Foundation Trust",
        "lived": "in Newbury, in West Berkshire",
    },
    "Kirklees": {
        "SCP": "Kirklees Safeguarding Children Partnership",
        "COUNCIL": "Kirklees Council",
        "CSC": "Kirklees Council Children's Services",
        "POL": "West Yorkshire Police",
        "ICB": "NHS Kirklees Clinical Commissioning Group",
        "ACUTE": "Calderdale and Huddersfield NHS Foundation Trust",
        "MH": "South West Yorkshire Partnership NHS Foundation Trust",
        "HV": "Locala Health and Wellbeing",
        "lived": "in Dewsbury",
    },
    "Leeds": {
        "SCP": "Leeds Safeguarding Children Partnership",
        "COUNCIL": "Leeds City Council",
        "CSC": "Leeds City Council Children and Families",
        "POL": "West Yorkshire Police",
        "ICB": "NHS West Yorkshire Integrated Care Board",
        "ACUTE": "Leeds Teaching Hospitals NHS Trust",
        "MH": "Leeds and York Partnership NHS Foundation Trust",
        "HV": "Leeds Community Healthcare NHS Trust",
        "lived": "in Seacroft",
    },
    "Bath and North East Somerset": {
        "SCP": "Bath and North East Somerset Community Safeguarding Partnership",
        "COUNCIL": "Bath and North East Somerset Council",
        "CSC": "Bath and North East Somerset Council Children's Services",
        "POL": "Avon and Somerset Police",
        "ICB": "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",
        "ACUTE": "Royal United Hospitals Bath NHS Foundation Trust",
        "MH": "Avon and Wiltshire Mental Health Partnership NHS Trust",
        "HV": "HCRG Care Group",
        "lived": "in Midsomer Norton",
    },
    "Somerset": {
        "SCP": "Somerset Safeguarding Children Partnership",
        "COUNCIL": "Somerset Council",
        "CSC": "Somerset Council Children's Services",
        "POL": "Avon and Somerset Police",
        "ICB": "NHS Somerset Integrated Care Board",
        "ACUTE": "Somerset NHS Foundation Trust",
        "MH": "Somerset NHS Foundation Trust",
        "HV": "Somerset Council Public Health Nursing",
        "lived": "in Bridgwater",
    },
    "Devon": {
        "SCP": "Devon Children and Families Partnership",
        "COUNCIL": "Devon County Council",
        "CSC": "Devon County Council Children's Services",
        "POL": "Devon and Cornwall Police",
        "ICB": "NHS Devon Integrated Care Board",
        "ACUTE": "Royal Devon University Healthcare NHS Foundation Trust",
        "MH": "Devon Partnership NHS Trust",
        "HV": "Devon County Council Public Health Nursing",
        "lived": "in Barnstaple",
    },
    "Plymouth": {
        "SCP": "Plymouth Safeguarding Children Partnership",
        "COUNCIL": "Plymouth City Council",
        "CSC": "Plymouth City Council Children's Services",
        "POL": "Devon and Cornwall Police",
        "ICB": "NHS Devon Integrated Care Board",
        "ACUTE": "University Hospitals Plymouth NHS Trust",
        "MH": "Livewell Southwest",
        "HV": "Livewell Southwest",
        "lived": "in Devonport",
    },
    "Derby": {
        "SCP": "Derby and Derbyshire Safeguarding Children Partnership",
        "COUNCIL": "Derby City Council",
        "CSC": "Derby City Council Children's Services",
        "POL": "Derbyshire Constabulary",
        "ICB": "NHS Derby and Derbyshire Integrated Care Board",
        "OLDICB": "NHS Derby and Derbyshire Clinical Commissioning Group",
        "ACUTE": "University Hospitals of Derby and Burton NHS Foundation Trust",
        "MH": "Derbyshire Healthcare NHS Foundation Trust",
        "HV": "Derbyshire Community Health Services NHS Foundation Trust",
        "lived": "in Normanton, in the city of Derby",
    },
    "Derbyshire": {
        "SCP": "Derby and Derbyshire Safeguarding Children Partnership",
        "COUNCIL": "Derbyshire County Council",
        "CSC": "Derbyshire County Council Children's Services",
        "POL": "Derbyshire Constabulary",
        "ICB": "NHS Derby and Derbyshire Integrated Care Board",
        "OLDICB": "NHS Derby and Derbyshire Clinical Commissioning Group",
        "ACUTE": "Chesterfield Royal Hospital NHS Foundation Trust",
        "MH": "Derbyshire Healthcare NHS Foundation Trust",
        "HV": "Derbyshire Community Health Services NHS Foundation Trust",
        "lived": "in Chesterfield, in Derbyshire",
    },
    "Knowsley": {
        "SCP": "Knowsley Safeguarding Children Partnership",
        "lived": "in Kirkby",
        "mail": "knowsleyscp@knowsley.gov.uk",
        "web": "www.knowsleyscp.org.uk",
        "ICB": "NHS Cheshire and Merseyside Integrated Care Board",
    },
    "St Helens": {
        "SCP": "St Helens Safeguarding Children Partnership",
        "lived": "in Thatto Heath",
        "mail": "sthelensscp@sthelens.gov.uk",
        "web": "www.sthelensscp.org.uk",
        "ICB": "NHS St Helens Clinical Commissioning Group",
    },
    "Bolton": {
        "SCP": "Bolton Safeguarding Children Partnership",
        "COUNCIL": "Bolton Council",
        "CSC": "Bolton Council Children's Services",
        "POL": "Greater Manchester Police",
        "ICB": "NHS Bolton Clinical Commissioning Group",
        "ACUTE": "Bolton NHS Foundation Trust",
        "MH": "Greater Manchester Mental Health NHS Foundation Trust",
        "HV": "Bolton NHS Foundation Trust",
        "lived": "in Farnworth",
    },
    "Bury": {
        "SCP": "Bury Integrated Safeguarding Partnership",
        "COUNCIL": "Bury Council",
        "CSC": "Bury Council Children's Services",
        "POL": "Greater Manchester Police",
        "ICB": "NHS Greater Manchester Integrated Care",
        "ACUTE": "Northern Care Alliance NHS Foundation Trust",
        "MH": "Pennine Care NHS Foundation Trust",
        "HV": "Persona Care and Support",
        "lived": "in Radcliffe",
    },
    "Gateshead": {
        "SCP": "Gateshead Safeguarding Children Partnership",
        "COUNCIL": "Gateshead Council",
        "CSC": "Gateshead Council Children's Social Care",
        "POL": "Northumbria Police",
        "ICB": "NHS North East and North Cumbria Integrated Care Board",
        "ACUTE": "Gateshead Health NHS Foundation Trust",
        "MH": "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        "HV": "Gateshead Health NHS Foundation Trust",
        "lived": "in Felling",
    },
    "Northumberland": {
        "SCP": "Northumberland Children and Adults Safeguarding Partnership",
        "COUNCIL": "Northumberland County Council",
        "CSC": "Northumberland County Council Children's Services",
        "POL": "Northumbria Police",
        "ICB": "NHS North East and North Cumbria Integrated Care Board",
        "ACUTE": "Northumbria Healthcare NHS Foundation Trust",
        "MH": "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        "HV": "Northumbria Healthcare NHS Foundation Trust",
        "lived": "in Blyth",
    },
    "Lambeth": {
        "SCP": "Lambeth Safeguarding Children Partnership",
        "COUNCIL": "London Borough of Lambeth",
        "CSC": "Lambeth Children's Social Care",
        "POL": "Metropolitan Police Service",
        "ICB": "NHS South East London Integrated Care Board",
        "ACUTE": "Guy's and St Thomas' NHS Foundation Trust",
        "MH": "South London and Maudsley NHS Foundation Trust",
        "HV": "Evelina London Community Services",
        "lived": "in Brixton",
    },
    "Southwark": {
        "SCP": "Southwark Safeguarding Children Partnership",
        "COUNCIL": "London Borough of Southwark",
        "CSC": "Southwark Children's Social Care",
        "POL": "Metropolitan Police Service",
        "ICB": "NHS South East London Clinical Commissioning Group",
        "ACUTE": "King's College Hospital NHS Foundation Trust",
        "MH": "South London and Maudsley NHS Foundation Trust",
        "HV": "Evelina London Community Services",
        "lived": "in Peckham",
    },
    "North Yorkshire": {
        "SCP": "North Yorkshire Safeguarding Children Partnership",
        "COUNCIL": "North Yorkshire Council",
        "CSC": "North Yorkshire Council Children and Young People's Service",
        "POL": "North Yorkshire Police",
        "ICB": "NHS Humber and North Yorkshire Integrated Care Board",
        "ACUTE": "York and Scarborough Teaching Hospitals NHS Foundation Trust",
        "MH": "Tees, Esk and Wear Valleys NHS Foundation Trust",
        "HV": "Harrogate and District NHS Foundation Trust",
        "lived": "in Scarborough",
    },
    "East Riding of Yorkshire": {
        "SCP": "East Riding Safeguarding Children Partnership",
        "COUNCIL": "East Riding of Yorkshire Council",
        "CSC": "East Riding of Yorkshire Council Children's Services",
        "POL": "Humberside Police",
        "ICB": "NHS East Riding of Yorkshire Clinical Commissioning Group",
        "ACUTE": "Hull University Teaching Hospitals NHS Trust",
        "MH": "Humber Teaching NHS Foundation Trust",
        "HV": "City Health Care Partnership",
        "lived": "in Bridlington",
    },
    "Hertfordshire": {
        "SCP": "Hertfordshire Safeguarding Children Partnership",
        "COUNCIL": "Hertfordshire County Council",
        "CSC": "Hertfordshire County Council Children's Services",
        "POL": "Hertfordshire Constabulary",
        "ICB": "NHS East and North Hertfordshire Clinical Commissioning Group",
        "ACUTE": "West Hertfordshire Teaching Hospitals NHS Trust",
        "MH": "Hertfordshire Partnership University NHS Foundation Trust",
        "HV": "Hertfordshire Community NHS Trust",
        "lived": "in Stevenage",
    },
    "Essex": {
        "SCP": "Essex Safeguarding Children Board",
        "COUNCIL": "Essex County Council",
        "CSC": "Essex County Council Children and Families",
        "POL": "Essex Police",
        "ICB": "NHS Mid and South Essex Integrated Care Board",
        "ACUTE": "Mid and South Essex NHS Foundation Trust",
        "MH": "Essex Partnership University NHS Foundation Trust",
        "HV": "Essex Child and Family Wellbeing Service",
        "lived": "in Basildon",
    },
    "Stoke-on-Trent": {
        "SCP": "Staffordshire and Stoke-on-Trent Safeguarding Children Partnership",
        "COUNCIL": "Stoke-on-Trent City Council",
        "CSC": "Stoke-on-Trent City Council Children's Services",
        "POL": "Staffordshire Police",
        "ICB": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
        "ACUTE": "University Hospitals of North Midlands NHS Trust",
        "MH": "North Staffordshire Combined Healthcare NHS Trust",
        "HV": "Midlands Partnership University NHS Foundation Trust",
        "lived": "in Hanley, in the city of Stoke-on-Trent",
    },
    "Staffordshire": {
        "SCP": "Staffordshire and Stoke-on-Trent Safeguarding Children Partnership",
        "COUNCIL": "Staffordshire County Council",
        "CSC": "Staffordshire County Council Children's Services",
        "POL": "Staffordshire Police",
        "ICB": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
        "ACUTE": "The Royal Wolverhampton NHS Trust",
        "MH": "Midlands Partnership University NHS Foundation Trust",
        "HV": "Midlands Partnership University NHS Foundation Trust",
        "lived": "in Cannock, in Staffordshire",
    },
    "Herefordshire": {
        "SCP": "Herefordshire Safeguarding Children Partnership",
        "COUNCIL": "Herefordshire Council",
        "CSC": "Herefordshire Council Children and Young People's Directorate",
        "POL": "West Mercia Police",
        "ICB": "NHS Herefordshire and Worcestershire Integrated Care Board",
        "ACUTE": "Wye Valley NHS Trust",
        "MH": "Herefordshire and Worcestershire Health and Care NHS Trust",
        "HV": "Wye Valley NHS Trust",
        "lived": "in Leominster",
    },
    "Shropshire": {
        "SCP": "Shropshire Safeguarding Community Partnership",
        "COUNCIL": "Shropshire Council",
        "CSC": "Shropshire Council Children's Social Care",
        "POL": "West Mercia Police",
        "ICB": "NHS Shropshire, Telford and Wrekin Clinical Commissioning Group",
        "ACUTE": "The Shrewsbury and Telford Hospital NHS Trust",
        "MH": "Midlands Partnership University NHS Foundation Trust",
        "HV": "Shropshire Community Health NHS Trust",
        "lived": "in Oswestry",
    },
    "Sheffield": {
        "SCP": "Sheffield Children Safeguarding Partnership",
        "COUNCIL": "Sheffield City Council",
        "CSC": "Sheffield City Council Children's Services",
        "POL": "South Yorkshire Police",
        "ICB": "NHS South Yorkshire Integrated Care Board",
        "ACUTE": "Sheffield Children's NHS Foundation Trust",
        "MH": "Sheffield Health and Social Care NHS Foundation Trust",
        "HV": "Sheffield Children's NHS Foundation Trust",
        "lived": "in Parson Cross",
    },
    "Rotherham": {
        "SCP": "Rotherham Safeguarding Children Partnership",
        "COUNCIL": "Rotherham Metropolitan Borough Council",
        "CSC": "Rotherham Metropolitan Borough Council Children and Young People's Services",
        "POL": "South Yorkshire Police",
        "ICB": "NHS South Yorkshire Integrated Care Board",
        "ACUTE": "The Rotherham NHS Foundation Trust",
        "MH": "Rotherham Doncaster and South Humber NHS Foundation Trust",
        "HV": "The Rotherham NHS Foundation Trust",
        "lived": "in Maltby",
    },
}

# --- recommendations and agency learning, written for this set ---------------------------------------------------

# Each: the addressee's key, the recommendation as a sentence with the addressee as its subject ("{A}" the subject as a
# sentence begins it), the same recommendation as an instruction printed beside an addressee, and its themes.
RECS = {
    "CSC": (
        "{A} should make sure that every assessment of a child on a child protection plan records who lives in the "
        "household and what is known about each adult, and that the record is updated when a new adult is seen.",
        "Make sure that every assessment of a child on a child protection plan records who lives in the household and "
        "what is known about each adult, and that the record is updated when a new adult is seen.",
        ("fam.male_carers", "assess.whole_family", "agency.childrens_social_care", "multi.record_keeping"),
    ),
    "CSC2": (
        "{A} should make sure that when a case is closed, the closing summary says whether the child was seen alone "
        "and what the child said.",
        "Make sure that when a case is closed, the closing summary says whether the child was seen alone and what the "
        "child said.",
        ("voice.voice_of_child", "agency.childrens_social_care", "multi.record_keeping"),
    ),
    "POL": (
        "{A} should share every domestic abuse incident at a household with children with the child's school and "
        "health visitor or school nurse by the next working day.",
        "Share every domestic abuse incident at a household with children with the child's school and health "
        "visitor or school nurse by the next working day.",
        ("fam.domestic_abuse", "multi.information_sharing", "agency.police"),
    ),
    "ICB": (
        "{A} should seek assurance from GP practices that a child's record is linked to the records of the adults "
        "in the household, and report the results of an audit to the partnership within twelve months.",
        "Seek assurance from GP practices that a child's record is linked to the records of the adults in the "
        "household, and report the results of an audit to the partnership within twelve months.",
        ("agency.universal_health", "multi.record_keeping", "org.policy_guidance"),
    ),
    "ACUTE": (
        "{A} should review its guidance for emergency department staff so that an injury to a child is considered "
        "alongside earlier attendances and any safeguarding flag on the child's record.",
        "Review the guidance for emergency department staff so that an injury to a child is considered alongside "
        "earlier attendances and any safeguarding flag on the child's record.",
        ("agency.acute_health", "assess.history_chronology", "org.policy_guidance"),
    ),
    "ACUTE2": (
        "{A} should make sure that staff on children's wards record who accompanies a child and what their "
        "relationship to the child is.",
        "Make sure that staff on children's wards record who accompanies a child and what their relationship to the "
        "child is.",
        ("agency.acute_health", "multi.record_keeping", "fam.male_carers"),
    ),
    "MH": (
        "{A} should make sure that when an adult patient is a parent or carer, the clinician records the children "
        "in the household and considers what the adult's illness means for them.",
        "Make sure that when an adult patient is a parent or carer, the clinician records the children in the "
        "household and considers what the adult's illness means for them.",
        ("fam.parental_mental_health", "assess.whole_family", "multi.record_keeping"),
    ),
    "HV": (
        "{A} should make sure that health visitors ask to see where a baby sleeps at every home visit in the first "
        "year and record what they see.",
        "Make sure that health visitors ask to see where a baby sleeps at every home visit in the first year and "
        "record what they see.",
        ("agency.universal_health", "assess.professional_curiosity", "multi.record_keeping"),
    ),
}  # fmt: skip

# Recommendations to several agencies at once, to collective addressees, to national bodies and to providers: the
# addressee as printed, the recommendation (the addressee its subject), the same as an instruction, and its themes.
JOINT = (
    (
        ("CSC", "POL"),
        "{A} should jointly review how strategy discussions are held out of hours, so that a decision is recorded the "
        "same night and shared with health by the next morning.",
        "Jointly review how strategy discussions are held out of hours, so that a decision is recorded the same night "
        "and shared with health by the next morning.",
        ("assess.thresholds_cp_processes", "multi.coordination", "agency.childrens_social_care", "agency.police"),
    ),
    (
        ("ICB", "CSC"),
        "{A} should together agree how health professionals are invited to, and contribute to, child protection "
        "conferences when they cannot attend in person.",
        "Together agree how health professionals are invited to, and contribute to, child protection conferences "
        "when they cannot attend in person.",
        ("assess.thresholds_cp_processes", "multi.coordination", "agency.universal_health"),
    ),
    (
        ("ACUTE", "HV", "CSC"),
        "{A} should agree a discharge planning meeting for every baby leaving hospital whose parents are known to "
        "children's social care.",
        "Agree a discharge planning meeting for every baby leaving hospital whose parents are known to children's "
        "social care.",
        ("multi.coordination", "agency.acute_health", "agency.childrens_social_care"),
    ),
)  # fmt: skip

COLLECTIVE = (
    (
        "All agencies",
        "All agencies should make sure that practitioners record a child's own words when the child speaks about "
        "home, and say in the record what they did with what the child told them.",
        "Make sure that practitioners record a child's own words when the child speaks about home, and say in the "
        "record what they did with what the child told them.",
        ("voice.voice_of_child", "multi.record_keeping"),
    ),
    (
        "The Safeguarding Partnership",
        "The Safeguarding Partnership should test, through a multi-agency audit within a year, whether the learning "
        "of this review has changed how the men in a child's household are assessed.",
        "Test, through a multi-agency audit within a year, whether the learning of this review has changed how the "
        "men in a child's household are assessed.",
        ("fam.male_carers", "review.system_learning"),
    ),
    (
        "Safeguarding partners",
        "Safeguarding partners should make sure that the escalation policy is known to frontline practitioners in "
        "every agency and that its use is reported to the partnership each quarter.",
        "Make sure that the escalation policy is known to frontline practitioners in every agency and that its use "
        "is reported to the partnership each quarter.",
        ("assess.critical_thinking_challenge", "org.policy_guidance"),
    ),
    (
        "The three statutory partners",
        "The three statutory partners should commission multi-agency training on parental mental health and its "
        "impact on children, open to staff in schools, early years settings and primary care.",
        "Commission multi-agency training on parental mental health and its impact on children, open to staff in "
        "schools, early years settings and primary care.",
        ("fam.parental_mental_health", "org.workforce_supervision"),
    ),
)  # fmt: skip

NATIONAL = (
    (
        "Department for Education",
        "The Department for Education should make clear in guidance on elective home education that a local "
        "authority must see a child who is withdrawn from school while on a child protection plan.",
        "Make clear in guidance on elective home education that a local authority must see a child who is "
        "withdrawn from school while on a child protection plan.",
        ("edu.elective_home_education", "org.policy_guidance", "assess.thresholds_cp_processes"),
    ),
    (
        "NHS England",
        "NHS England should make sure that the national child protection information system shows when an unborn "
        "baby is subject to a child protection plan.",
        "Make sure that the national child protection information system shows when an unborn baby is subject to a "
        "child protection plan.",
        ("multi.information_sharing", "agency.universal_health", "org.policy_guidance"),
    ),
)  # fmt: skip

PROVIDERS = (
    (
        "{SCHOOL}",
        "{A} should make sure that every concern recorded about a pupil is reviewed by the designated safeguarding "
        "lead within one school day, and that a pattern of minor concerns leads to a conversation with the family.",
        "Make sure that every concern recorded about a pupil is reviewed by the designated safeguarding lead within "
        "one school day, and that a pattern of minor concerns leads to a conversation with the family.",
        ("edu.school_role", "assess.professional_curiosity"),
    ),
    (
        "{GP}",
        "{A} should make sure that missed appointments for children are followed up by a clinician and not only by "
        "a letter to the parent.",
        "Make sure that missed appointments for children are followed up by a clinician and not only by a letter to "
        "the parent.",
        ("agency.universal_health", "assess.professional_curiosity"),
    ),
)  # fmt: skip

SCHOOLS = {"Devon": "Pilton Community College", "Plymouth": "Stoke Damerel Primary School"}
GPS = {"Devon": "Litchdon Medical Centre", "Plymouth": "Devonport Health Centre"}

# Learning for one agency (its name said only where the document prints it beside the learning).
AGENCY_LEARNING = {
    "CSC": (
        "Social workers accepted the mother's account that her partner had left the home without checking it with "
        "anyone else, and the assessment that followed did not consider him at all.",
        ("fam.male_carers", "assess.professional_curiosity", "agency.childrens_social_care"),
    ),
    "POL": (
        "Officers attending the incidents recorded that children were present but did not speak to them or "
        "describe how they were, so later risk assessments had nothing about the children to draw on.",
        ("voice.voice_of_child", "agency.police", "fam.domestic_abuse"),
    ),
    "ACUTE": (
        "Staff in the emergency department treated each attendance on its own; earlier attendances were not looked "
        "at, so the pattern across the child's visits to hospital was not seen.",
        ("agency.acute_health", "assess.history_chronology"),
    ),
    "HV": (
        "Health visitors knew of the mother's low mood but the plan for extra visits was not kept to when the "
        "service was short of staff, and no one told the GP that the visits had stopped.",
        ("agency.universal_health", "fam.parental_mental_health", "org.workforce_supervision"),
    ),
}  # fmt: skip


# --- shared parts ------------------------------------------------------------------------------------------------


def _pl(c: Ctx) -> dict:
    return PLACE[c.spec.area]


def _fill(c: Ctx, addressee: str) -> str:
    pl = dict(_pl(c))
    pl.update(SCHOOL=SCHOOLS.get(c.spec.area, ""), GP=GPS.get(c.spec.area, ""))
    return addressee.format(**pl)


def _subject(text: str, who: str) -> str:
    """The recommendation with the addressee as its subject ("The" kept only where it belongs to the name)."""
    return text.replace("{A}", who)


def _single(c: Ctx, keys) -> list[tuple[str, str, str, tuple]]:
    """(addressee, subject sentence, instruction, themes) for one agency each."""
    pl = _pl(c)
    return [(pl[k], _subject(RECS[k][0], pl[k]), RECS[k][1], RECS[k][2]) for k in keys]


def _multi(c: Ctx, rows) -> list[tuple[str, str, str, tuple]]:
    """Rows whose addressee is a name ("{SCHOOL}") or a tuple of agency keys (printed "A and B", "A, B and C")."""
    out = []
    for who, sentence, instruction, themes in rows:
        name = _fill(c, who) if isinstance(who, str) else _and(_names(c, who))
        out.append((name, _subject(sentence, name), instruction, themes))
    return out


def _names(c: Ctx, keys) -> list[str]:
    """The agencies' names, each once (one trust may be both the hospital and the health visiting provider)."""
    return list(dict.fromkeys(_pl(c)[k] for k in keys))


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _break(c: Ctx) -> None:
    if c.spec.fmt != "html":
        c.doc.add("pagebreak")


def _age(c: Ctx) -> str:
    return f"{c.spec.age} old"


def _cover(c: Ctx, *lines: str, partnership: str | None = None) -> None:
    d, s = c.doc, c.spec
    d.add("cover", partnership if partnership is not None else _pl(c)["SCP"])
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    for line in lines:
        d.add("cover", line)
    _break(c)


def _intro(c: Ctx, *extra: str, heading: str = "1. Introduction") -> None:
    d, s = c.doc, c.spec
    pl = _pl(c)
    d.add("h1", heading)
    d.add("p", f"{s.child} was {_age(c)} at the time of the incident that led to this review. The family lived "
          f"{pl['lived']}.")  # fmt: skip
    d.add("p", f"The {pl['SCP']} decided that the case met the criteria for a local child safeguarding practice "
          "review, and the National Panel agreed.")  # fmt: skip
    for text in extra:
        d.add("p", text)


NUMBER_AGE = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _fits_child(c: Ctx, st) -> bool:
    """False where the statement gives the child an age in years that is not the document's child's ("the combined
    impact on a four-year-old" in the review of a child of two)."""
    said = re.search(r"\bon a (\w+)-year-old\b", st.body)
    age = c.spec.age.split()
    return not said or (age[1:] == ["years"] and NUMBER_AGE.get(said.group(1)) == int(age[0]))


def _fit_sts(c: Ctx, n: int) -> list:
    """n bank statements, as _sts draws them, none giving the child an age it does not have."""
    out: list = []
    while len(out) < n:
        drawn = _sts(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if _fits_child(c, st)]
    return out


def _findings(c: Ctx, n: int = 3, heading: str = "Findings", label: str = "Finding") -> None:
    c.doc.add("h1", heading)
    for i, st in enumerate(_fit_sts(c, n), 1):
        _finding(c, st, f"{label} {i}")


# --- agency as the sentence's subject; lead-in sentences; brackets --------------------------------------------


def c781(c: Ctx) -> None:  # Pan-Dorset: recommendations whose only addressee is the sentence's subject (no agency)
    d = c.doc
    pl = _pl(c)
    _cover(c)
    _intro(c, "The Pan-Dorset Safeguarding Children Partnership covers the areas of two councils, Dorset Council and "
           "Bournemouth, Christchurch and Poole Council, and works with Dorset Police and NHS Dorset. The review "
           f"was carried out under its arrangements; {pl['COUNCIL']} was the council responsible for the family.")  # fmt: skip
    _method(c)
    _story(c)
    _findings(c, 3, "What the review found")
    d.add("h1", "Recommendations")
    d.add("p", "The review makes five recommendations.")
    rows = _single(c, ("CSC", "POL", "ICB")) + _multi(c, JOINT[:1]) + _multi(c, COLLECTIVE[:1])
    for j, (_who, sentence, _instr, themes) in enumerate(rows, 1):
        d.add("num", sentence, d.lesson("recommendation", str(j), sentence, themes), label=f"{j}.")


def c782(c: Ctx) -> None:  # a lead-in sentence over each group of recommendations names their agency
    d = c.doc
    pl = _pl(c)
    _cover(c)
    _intro(c, f"The family moved to the area from Wrexham, in North Wales, about eighteen months before the "
           f"incident. After the incident {c.spec.child} was taken to Alder Hey Children's Hospital in Liverpool. "
           f"Agencies in Wales and in Liverpool contributed to the review, which the {pl['SCP']} led.")  # fmt: skip
    _family(c)
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    j = 0
    for keys in (("CSC",), ("POL",), ("ACUTE", "ACUTE2")):  # the agency the lead-in sentence names
        who = _pl(c)[keys[0]]
        n = "recommendation" if len(keys) == 1 else "recommendations"
        d.add("p", f"The review makes the following {n} to {who}:")
        for k in keys:
            j += 1
            instr, themes = RECS[k][1], RECS[k][2]
            d.add("num", instr, d.lesson("recommendation", f"4.{j}", instr, themes, who), label=f"4.{j}")


def c783(c: Ctx) -> None:  # a London borough with and without "London Borough of"; addressees in brackets after text
    d = c.doc
    pl = _pl(c)
    borough = c.spec.area
    _cover(c)
    _intro(c, f"The {pl['COUNCIL']} is one of the three safeguarding partners in {borough}, with the "
           "Metropolitan Police Service and NHS North Central London. In this report the council is called "
           f"\"{borough}\" or \"the council\".")  # fmt: skip
    _story(c, "2. Summary of events")
    d.add("h1", "3. Learning")
    for st in _fit_sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _para(c, st.body, key)
    d.add("h1", "4. Recommendations")
    d.add("p", "The agency or agencies responsible for each recommendation are shown in brackets after it.")
    rows = _single(c, ("CSC", "ACUTE")) + _multi(c, JOINT[:2]) + _single(c, ("MH",))
    for j, (who, _sentence, instr, themes) in enumerate(rows, 1):
        d.add("num", f"{instr} ({who})", d.lesson("recommendation", str(j), instr, themes, who), label=f"{j}.")


def c784(c: Ctx) -> None:  # "Recommendation N" then "Owner:" and "Timescale:" lines; an ICB named for three areas
    d = c.doc
    _cover(c)
    _intro(c, f"The NHS commissioner for the area, {_pl(c)['ICB']}, covers Bath and North East Somerset, Swindon "
           "and Wiltshire, and Wiltshire Police covers both Swindon and Wiltshire.")  # fmt: skip
    _method(c)
    _findings(c, 3)
    d.add("h1", "Recommendations")
    rows = _single(c, ("ICB", "POL", "CSC", "HV"))
    times = ("Six months", "Three months", "Twelve months", "Six months")
    for j, (who, _s, instr, themes) in enumerate(rows, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", instr, themes, who)
        d.add("h2", f"Recommendation {j}", key)
        _para(c, instr, key)
        d.add("p", f"Owner: {who}")
        d.add("p", f"Timescale: {times[j - 1]}")


def c785(c: Ctx) -> None:  # Berkshire West: collective addressees in an "Addressed to" column
    d = c.doc
    pl = _pl(c)
    _cover(c)
    _intro(c, f"The {pl['SCP']} covers Reading, West Berkshire and Wokingham. The safeguarding partners are the "
           "three councils, Thames Valley Police and the integrated care board. "
           f"{pl['CSC']} provides children's social care for {pl['COUNCIL']}.")  # fmt: skip
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Addressed to"), label="b27arec3")
    rows = _multi(c, COLLECTIVE) + _single(c, ("POL",))
    for j, (who, _s, instr, themes) in enumerate(rows, 1):
        d.add("row", keys=d.lesson("recommendation", str(j), instr, themes, who), cells=(str(j), instr, who),
              label="b27arec3")  # fmt: skip


def c786(c: Ctx) -> None:  # joint recommendations followed by a "Lead agencies:" line naming two or three agencies
    d = c.doc
    _cover(c)
    _intro(c)
    _method(c)
    _story(c)
    _findings(c, 2, "Key findings", "Key finding")
    d.add("h1", "Recommendations")
    rows = _multi(c, JOINT) + _single(c, ("POL",))
    for j, (who, sentence, _instr, themes) in enumerate(rows, 1):
        key = d.lesson("recommendation", str(j), sentence, themes, who)
        d.add("num", sentence, key, label=f"{j}.")
        d.add("small", f"Lead agencies: {who}" if j <= 3 else f"Lead agency: {who}")


GLOSS = {
    "Bath and North East Somerset": (
        ("AWP", "Avon and Wiltshire Mental Health Partnership NHS Trust"),
        ("BSW ICB", "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"),
        ("CP", "Child protection"),
        ("ASP", "Avon and Somerset Police"),
        ("MASH", "Multi-Agency Safeguarding Hub"),
        ("RUH", "Royal United Hospitals Bath NHS Foundation Trust"),
        ("SW", "Social worker"),
    ),
    "Somerset": (
        ("ASP", "Avon and Somerset Police"),
        ("CP", "Child protection"),
        ("MASH", "Multi-Agency Safeguarding Hub"),
        ("SC CS", "Somerset Council Children's Services"),
        ("SFT", "Somerset NHS Foundation Trust"),
        ("SW", "Social worker"),
    ),
}
ACRO = {
    "Bath and North East Somerset": (("AWP", "MH"), ("BSW ICB", "ICB"), ("RUH", "ACUTE"), ("ASP", "POL")),
    "Somerset": (("SFT", "ACUTE"), ("ASP", "POL"), ("SC CS", "CSC"), ("SFT", "MH")),
}


def c787(c: Ctx) -> None:  # agencies by acronyms in brackets after each recommendation, defined only in the glossary
    d = c.doc
    _cover(c)
    _intro(c)
    _story(c, "2. What happened")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    full = dict(GLOSS[c.spec.area])
    for j, (acro, key) in enumerate(ACRO[c.spec.area], 1):
        (_who, _s, instr, themes) = _single(c, (key,))[0]
        text = f"{instr} ({acro})"
        d.add("num", text, d.lesson("recommendation", f"R{j}", instr, themes, full[acro]), label=f"R{j}")
    _break(c)
    d.add("h1", "Glossary")
    if c.spec.fmt == "scan":
        for term, meaning in GLOSS[c.spec.area]:
            d.add("p", f"{term}: {meaning}")
    else:
        d.add("header", cells=("Abbreviation", "Meaning"), label="b27a2")
        for term, meaning in GLOSS[c.spec.area]:
            d.add("row", cells=(term, meaning), label="b27a2")


def c788(c: Ctx) -> None:  # recommendations to a national body, a school and a GP practice in a "For" column
    d = c.doc
    _cover(c)
    # a child under school age is not a pupil: the school is the older sibling's
    young = not c.spec.age.endswith("years") or int(c.spec.age.split()[0]) < 5
    pupil = f"{c.spec.child}'s older sister" if young else c.spec.child
    _intro(c, f"{pupil} attended {SCHOOLS[c.spec.area]} and the family were registered with "
           f"{GPS[c.spec.area]}. Both took part in the review.")  # fmt: skip
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    d.add("p", "Most of the recommendations are for local agencies. Two are for national bodies, which the "
          "partnership will write to.")  # fmt: skip
    d.add("header", cells=("No.", "Recommendation", "For"), label="b27arec3")
    rows = _single(c, ("ACUTE",)) + _multi(c, PROVIDERS) + _multi(c, NATIONAL)
    for j, (who, _s, instr, themes) in enumerate(rows, 1):
        d.add("row", keys=d.lesson("recommendation", str(j), instr, themes, who), cells=(str(j), instr, who),
              label="b27arec3")  # fmt: skip


def c789(c: Ctx) -> None:  # Derby and Derbyshire: an agency renamed during the review, marked by an asterisk
    d = c.doc
    pl = _pl(c)
    _cover(c)
    _intro(c, f"The {pl['SCP']} serves both the city of Derby and the county of Derbyshire. {pl['COUNCIL']} "
           "was responsible for children's services for the family.")  # fmt: skip
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b27arec3")
    for j, (who, _s, instr, themes) in enumerate(_single(c, ("ICB", "CSC", "POL", "ACUTE")), 1):
        cell = f"{who}*" if j == 1 else who
        d.add("row", keys=d.lesson("recommendation", str(j), instr, themes, who), cells=(str(j), instr, cell),
              label="b27arec3")  # fmt: skip
    d.add("small", f"* {pl['OLDICB']} when the review began; its functions passed to the integrated care board on "
          "1 July 2022, during the review.")  # fmt: skip


def c790(c: Ctx) -> None:  # a briefing whose partnership is named only in the closing contact block
    d, s = c.doc, c.spec
    pl = _pl(c)
    d.meta.update(title=f"Learning from {s.child}", review_type="briefing", author="")  # a briefing names no author
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}")
    d.add("p", "Who this briefing is for: all practitioners and managers working with children and families.")
    d.add("h1", "About the review")
    d.add("p", f"{s.child} was {_age(c)} at the time of the incident. This briefing summarises the learning from "
          "the local child safeguarding practice review of the circumstances.")  # fmt: skip
    d.add("h1", "What we learned")
    for st in _fit_sts(c, 4):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Questions to ask yourself")
    for q in ("Who else lives in the child's home, and what do I know about them?",
              "When did I last speak to the child on their own?",
              "Who else should know what I know?"):  # fmt: skip
        d.add("bullet", q)
    d.add("h1", "Contact us")
    d.add("p", f"Safeguarding Business Unit, {pl['SCP']}")
    d.add("p", f"Email: {pl['mail']}  Web: {pl['web']}")


def c791(c: Ctx) -> None:  # bullets opened by a run-in agency label: the agency, no label
    d = c.doc
    _cover(c)
    _intro(c)
    _method(c)
    _story(c)
    d.add("h1", "Learning from the review")
    for i, st in enumerate(_fit_sts(c, 3), 1):  # learning points, as their label says
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "Recommendations for agencies")
    for who, _s, instr, themes in _single(c, ("CSC", "POL", "ICB", "MH")):
        _runin(c, instr, d.lesson("recommendation", "", instr, themes, who), label=f"{who}:")


def c792(c: Ctx) -> None:  # several agencies in one table cell, separated by semicolons
    d = c.doc
    _cover(c)
    _intro(c)
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Partner(s) responsible"), label="b27arec3")
    rows = [("; ".join(_names(c, keys)), instr, themes) for keys, _s, instr, themes in JOINT]
    rows += [(who, instr, themes) for who, _s, instr, themes in _single(c, ("HV",))]
    for j, (cell, instr, themes) in enumerate(rows, 1):
        d.add("row", keys=d.lesson("recommendation", str(j), instr, themes, cell), cells=(str(j), instr, cell),
              label="b27arec3")  # fmt: skip


def c793(c: Ctx) -> None:  # learning set out by agency in an Agency / Learning table; a borough without its prefix
    d = c.doc
    pl = _pl(c)
    _cover(c)
    _intro(c, f"The {pl['COUNCIL']} is referred to in this report as {c.spec.area} Council.")
    _story(c, "2. What happened")
    _findings(c, 2, "3. Multi-agency findings")
    d.add("h1", "4. Learning for individual agencies")
    d.add("header", cells=("Agency", "Learning"), label="b27a2")
    for k in ("CSC", "POL", "ACUTE", "HV"):
        text, themes = AGENCY_LEARNING[k]
        d.add("row", keys=d.lesson("learning_point", "", text, themes, pl[k]), cells=(pl[k], text), label="b27a2")
    d.add("h1", "5. Recommendations")
    for j, (_who, sentence, _i, themes) in enumerate(_single(c, ("ICB",)) + _multi(c, COLLECTIVE[1:2]), 1):
        d.add("num", sentence, d.lesson("recommendation", str(j), sentence, themes), label=f"{j}.")


def c794(c: Ctx) -> None:  # the partnership's name split over its logo lines; "Responsible:" lines
    d = c.doc
    area = c.spec.area
    pl = _pl(c)
    tail = pl["SCP"][len("East Riding") if area.startswith("East Riding") else len(area) :].strip()
    head = "East Riding" if area.startswith("East Riding") else area
    d.add("cover", head)
    d.add("small", tail)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {c.spec.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"{c.spec.child} was {_age(c)} at the time of the incident. The family lived {pl['lived']}.")
    d.add("p", f"{pl['COUNCIL']} is the local authority for the family.")
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    for j, (who, _s, instr, themes) in enumerate(_single(c, ("CSC", "POL", "ACUTE")), 1):
        key = d.lesson("recommendation", str(j), instr, themes, who)
        d.add("num", instr, key, label=f"{j}.")
        d.add("p", f"Responsible: {who}")


def c795(c: Ctx) -> None:  # local recommendations with "Lead:" lines, then national ones under the body's heading
    d = c.doc
    _cover(c)
    _intro(c)
    _method(c)
    _findings(c, 3, "Findings")
    d.add("h1", "Recommendations for local agencies")
    for j, (who, _s, instr, themes) in enumerate(_single(c, ("CSC", "ICB", "POL")), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", instr, themes, who)
        _runin(c, instr, key, label=f"Recommendation {j}.")
        d.add("p", f"Lead: {who}")
    d.add("h1", "Recommendations for national bodies")
    d.add("p", "The partnership will write to the bodies below and publish their replies.")
    for j, (who, _s, instr, themes) in enumerate(_multi(c, NATIONAL), 4):
        d.add("h2", who)
        key = d.lesson("recommendation", f"Recommendation {j}", instr, themes, who)
        _runin(c, instr, key, label=f"Recommendation {j}.")


def c796(c: Ctx) -> None:  # Staffordshire and Stoke-on-Trent: the agency cell printed once over its group of rows
    d = c.doc
    pl = _pl(c)
    _cover(c)
    _intro(c, f"The {pl['SCP']} covers Staffordshire County Council and Stoke-on-Trent City Council. After the "
           f"incident {c.spec.child} was transferred to Birmingham Children's Hospital.")  # fmt: skip
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    d.add("header", cells=("Agency", "No.", "Recommendation"), label="b27agrp")
    j = 0
    for keys in (("CSC", "CSC2"), ("ACUTE", "ACUTE2")):  # the agency printed on the first row of its group only
        who = pl[keys[0]]
        for n, k in enumerate(keys):
            j += 1
            instr, themes = RECS[k][1], RECS[k][2]
            d.add("row", keys=d.lesson("recommendation", str(j), instr, themes, who),
                  cells=(who if n == 0 else "", str(j), instr), label="b27agrp")  # fmt: skip


def c797(c: Ctx) -> None:  # a national body renamed during the review ("now"), and "For:" lines
    d = c.doc
    _cover(c)
    _intro(c)
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    ukhsa = (
        "UK Health Security Agency",
        "Public Health England, whose health protection functions passed to the UK Health Security Agency during "
        "this review, published advice to schools on infection control that did not mention safeguarding. The UK "
        "Health Security Agency should add a safeguarding section to that advice.",
        ("edu.school_role", "org.policy_guidance"),
    )
    rows = [(w, i, t) for w, _s, i, t in _single(c, ("CSC", "HV"))] + [ukhsa]
    for j, (who, text, themes) in enumerate(rows, 1):
        d.add("num", text, d.lesson("recommendation", str(j), text, themes, who), label=f"{j}.")
        d.add("p", f"For: {who}")


def c798(c: Ctx) -> None:  # "Lead:" and "Supported by:" lines: the lead alone is the agency
    d = c.doc
    pl = _pl(c)
    _cover(c)
    _intro(c)
    _story(c, "2. Background")
    _findings(c, 3, "3. Findings")
    d.add("h1", "4. Recommendations")
    support = {"CSC": ("POL", "ICB"), "ACUTE": ("ICB",), "POL": ("CSC",)}
    for j, (who, _s, instr, themes) in enumerate(_single(c, ("CSC", "ACUTE", "POL")), 1):
        k = ("CSC", "ACUTE", "POL")[j - 1]
        key = d.lesson("recommendation", f"Recommendation {j}", instr, themes, who)
        d.add("h2", f"Recommendation {j}", key)
        _para(c, instr, key)
        d.add("p", f"Lead: {who}")
        d.add("p", "Supported by: " + "; ".join(pl[x] for x in support[k]))


# The child's sex where the drawn spec would contradict the document: a name a reader takes as a girl's or a boy's
# (Freya, Isla; Theo), and Child F, whose drawn finding on speech and language speaks of "he".
SEX = {
    "c781_2022_dorset_child_f": "m",
    "c785_2024_west_berkshire_freya": "f",
    "c786_2021_kirklees_theo": "m",
    "c789_2023_derbyshire_isla": "f",
}


def _sexed(build):
    def run(c: Ctx) -> None:
        sex = SEX.get(c.spec.name)
        if sex:
            c.words.update(PRONOUNS[sex])
        build(c)

    return run


BUILDERS = {
    "C781": c781,
    "C782": c782,
    "C783": c783,
    "C784": c784,
    "C785": c785,
    "C786": c786,
    "C787": c787,
    "C788": c788,
    "C789": c789,
    "C790": c790,
    "C791": c791,
    "C792": c792,
    "C793": c793,
    "C794": c794,
    "C795": c795,
    "C796": c796,
    "C797": c797,
    "C798": c798,
}
BUILDERS = {k: _sexed(v) for k, v in BUILDERS.items()}
