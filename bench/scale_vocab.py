"""Benchmarks: the facet vocabularies and sentence frames the scale-up draws from.

Real English local authority areas with their regions, the review types and
their era, the agencies that appear in reviews, and frames that set a
taxonomy phrase into a sentence as reviewers write them. Weights make the
distributions skewed the way a real collection is (a few areas publish
many reviews; babies under one are the largest age band).
"""

from __future__ import annotations

AREAS: tuple[tuple[str, str], ...] = (
    ("Birmingham", "West Midlands"), ("Leeds", "Yorkshire and the Humber"),
    ("Kent", "South East"), ("Essex", "East of England"), ("Lancashire", "North West"),
    ("Hampshire", "South East"), ("Surrey", "South East"), ("Norfolk", "East of England"),
    ("Devon", "South West"), ("Manchester", "North West"), ("Liverpool", "North West"),
    ("Bradford", "Yorkshire and the Humber"), ("Sheffield", "Yorkshire and the Humber"),
    ("Nottinghamshire", "East Midlands"), ("Derbyshire", "East Midlands"),
    ("Staffordshire", "West Midlands"), ("Hertfordshire", "East of England"),
    ("Croydon", "London"), ("Lambeth", "London"), ("Southwark", "London"),
    ("Haringey", "London"), ("Newham", "London"), ("Tower Hamlets", "London"),
    ("Hackney", "London"), ("Barnet", "London"), ("Ealing", "London"),
    ("Enfield", "London"), ("Bexley", "London"), ("Bromley", "London"),
    ("Cornwall", "South West"), ("Somerset", "South West"), ("Dorset", "South West"),
    ("Bristol", "South West"), ("Gloucestershire", "South West"), ("Wiltshire", "South West"),
    ("Oxfordshire", "South East"), ("Buckinghamshire", "South East"),
    ("West Sussex", "South East"), ("East Sussex", "South East"), ("Brighton and Hove", "South East"),
    ("Medway", "South East"), ("Suffolk", "East of England"), ("Cambridgeshire", "East of England"),
    ("Peterborough", "East of England"), ("Luton", "East of England"),
    ("Leicestershire", "East Midlands"), ("Leicester", "East Midlands"),
    ("Lincolnshire", "East Midlands"), ("Northamptonshire", "East Midlands"),
    ("Derby", "East Midlands"), ("Coventry", "West Midlands"), ("Wolverhampton", "West Midlands"),
    ("Sandwell", "West Midlands"), ("Walsall", "West Midlands"), ("Dudley", "West Midlands"),
    ("Shropshire", "West Midlands"), ("Worcestershire", "West Midlands"),
    ("Warwickshire", "West Midlands"), ("Stoke-on-Trent", "West Midlands"),
    ("Wirral", "North West"), ("Bolton", "North West"), ("Oldham", "North West"),
    ("Rochdale", "North West"), ("Salford", "North West"), ("Wigan", "North West"),
    ("Cumbria", "North West"), ("Blackpool", "North West"), ("Cheshire East", "North West"),
    ("Kirklees", "Yorkshire and the Humber"), ("Wakefield", "Yorkshire and the Humber"),
    ("Doncaster", "Yorkshire and the Humber"), ("Rotherham", "Yorkshire and the Humber"),
    ("Hull", "Yorkshire and the Humber"), ("North Yorkshire", "Yorkshire and the Humber"),
    ("Calderdale", "Yorkshire and the Humber"), ("Newcastle", "North East"),
    ("Sunderland", "North East"), ("Durham", "North East"), ("Gateshead", "North East"),
    ("Northumberland", "North East"), ("Middlesbrough", "North East"),
    ("Stockton-on-Tees", "North East"), ("Hartlepool", "North East"), ("Torbay", "South West"),
    ("Plymouth", "South West"), ("Swindon", "South West"), ("Reading", "South East"),
    ("Milton Keynes", "South East"), ("Portsmouth", "South East"), ("Southampton", "South East"),
)
NATIONAL_AREA = ("National", "England")

# (review type, first year, last year, weight)
REVIEW_TYPES: tuple[tuple[str, int, int, float], ...] = (
    ("SCR", 2008, 2020, 5.0),
    ("LCSPR", 2019, 2025, 6.0),
    ("national", 2020, 2025, 0.3),
    ("thematic", 2012, 2025, 0.8),
    ("briefing", 2014, 2025, 0.6),
    ("other", 2008, 2025, 0.3),
)
TYPE_TITLES = {
    "SCR": "Serious Case Review",
    "LCSPR": "Local Child Safeguarding Practice Review",
    "national": "National review",
    "thematic": "Thematic review",
    "briefing": "Learning briefing",
    "other": "Case review",
}

# (kind, weight, label, section)
KINDS: tuple[tuple[str, float, str, str], ...] = (
    ("finding", 0.35, "Finding", "Findings"),
    ("learning_point", 0.25, "Learning point", "Learning for practice"),
    ("recommendation", 0.30, "Recommendation", "Recommendations"),
    ("good_practice", 0.10, "Good practice", "Good practice"),
)

# Matches nlp.records.AGE_BANDS; weights from the share of reviews per band.
AGE_BAND_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("unborn", 0.06), ("under 1", 0.36), ("1-4", 0.17), ("5-10", 0.12),
    ("11-15", 0.19), ("16-17", 0.10),
)

AGENCIES: tuple[tuple[str, float], ...] = (
    ("children's social care", 9.0), ("police", 7.0), ("health visiting", 5.0),
    ("GP", 4.5), ("school", 4.5), ("midwifery", 3.0), ("emergency department", 3.0),
    ("CAMHS", 2.5), ("adult mental health services", 2.0), ("probation", 1.5),
    ("early help", 2.0), ("housing", 1.5), ("substance misuse service", 1.2),
    ("youth justice", 1.0), ("ambulance service", 0.6), ("safeguarding partnership", 2.0),
)

CHILD_NAMES = (
    "Child A", "Child B", "Child C", "Child D", "Child G", "Child J", "Child K", "Child L",
    "Child M", "Child P", "Child Q", "Child R", "Child S", "Child T", "Child W", "Child X",
    "Baby A", "Baby B", "Baby C", "Baby H", "Baby L", "Baby N", "Baby R", "Baby T",
    "Alfie", "Amira", "Ben", "Callum", "Chloe", "Daniel", "Ellie", "Freya", "Harry",
    "Isla", "Jack", "Kai", "Layla", "Leo", "Mia", "Noah", "Olivia", "Poppy", "Ruby",
    "Sam", "Tyler", "Zara", "Family F", "Family H", "Sibling group K",
)

# Sentence frames a taxonomy phrase is set into; {p} is the phrase, {a} an agency.
FRAMES = (
    "The review found that {p} was not recognised by the {a}.",
    "Practitioners in the {a} did not consider {p} when the family was assessed.",
    "There was no shared understanding of {p} across the agencies involved.",
    "Learning about {p} should be included in multi-agency training.",
    "The {a} should assure the partnership that {p} is addressed in supervision.",
    "Records showed that {p} had been raised more than once but was not acted on.",
    "The panel heard that staff felt unsure how to respond to {p}.",
    "Managers in the {a} had not been told about {p}.",
    "It is a recurring theme of local reviews that {p} is seen in isolation.",
    "Good practice was seen when the {a} recognised {p} early and escalated it.",
    "The practitioners' event explored why {p} was not discussed at the strategy meeting.",
    "Policy on {p} was out of date and was not known to front-line staff.",
)
