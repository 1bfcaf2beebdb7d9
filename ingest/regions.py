"""Ingest stage: which of the nine English regions a local area is in.

Safeguarding partnerships follow upper-tier local authority areas (counties,
unitary authorities, metropolitan and London boroughs); a partnership named
after several of them ("Cambridgeshire and Peterborough") takes the region
of the first one found.
"""

from __future__ import annotations

import re

REGIONS = (
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
)

_AREAS = {
    "North East": """Northumberland; North Tyneside; South Tyneside; Newcastle; Newcastle upon Tyne;
        Gateshead; Sunderland; Durham; County Durham; Darlington; Hartlepool; Stockton; Stockton-on-Tees;
        Middlesbrough; Redcar; Redcar and Cleveland; Tees Valley; Teesside; Cleveland""",
    "North West": """Cumbria; Cumberland; Westmorland and Furness; Lancashire; Blackpool; Blackburn;
        Blackburn with Darwen; Cheshire East; Cheshire West; Cheshire West and Chester; Cheshire;
        Halton; Warrington; Wirral; Liverpool; Knowsley; Sefton; St Helens; Wigan; Bolton; Bury;
        Rochdale; Oldham; Tameside; Stockport; Trafford; Manchester; Salford; Greater Manchester;
        Merseyside""",
    "Yorkshire and the Humber": """North Yorkshire; York; East Riding; East Riding of Yorkshire; Hull;
        Kingston upon Hull; North East Lincolnshire; North Lincolnshire; Leeds; Bradford; Calderdale;
        Kirklees; Wakefield; Sheffield; Rotherham; Barnsley; Doncaster; South Yorkshire;
        West Yorkshire; Humber""",
    "East Midlands": """Derbyshire; Derby; Nottinghamshire; Nottingham; Leicestershire; Leicester; Rutland;
        Lincolnshire; Northamptonshire; North Northamptonshire; West Northamptonshire; Northampton""",
    "West Midlands": """Birmingham; Coventry; Dudley; Sandwell; Solihull; Walsall; Wolverhampton;
        Staffordshire; Stoke-on-Trent; Stoke; Shropshire; Telford; Telford and Wrekin; Herefordshire;
        Worcestershire; Warwickshire; West Midlands""",
    "East of England": """Norfolk; Suffolk; Cambridgeshire; Peterborough; Essex; Southend; Southend-on-Sea;
        Thurrock; Hertfordshire; Bedfordshire; Bedford; Bedford Borough; Central Bedfordshire; Luton""",
    "London": """London; City of London; Barking and Dagenham; Barking; Barnet; Bexley; Brent; Bromley;
        Camden; Croydon; Ealing; Enfield; Greenwich; Hackney; Hammersmith and Fulham; Hammersmith;
        Haringey; Harrow; Havering; Hillingdon; Hounslow; Islington; Kensington and Chelsea; Kensington;
        Kingston; Kingston upon Thames; Lambeth; Lewisham; Merton; Newham; Redbridge; Richmond;
        Richmond upon Thames; Southwark; Sutton; Tower Hamlets; Waltham Forest; Wandsworth;
        Westminster; City and Hackney""",
    "South East": """Kent; Medway; Surrey; East Sussex; West Sussex; Sussex; Brighton; Brighton and Hove;
        Hampshire; Southampton; Portsmouth; Isle of Wight; Berkshire; Reading; Slough; Bracknell;
        Bracknell Forest; Windsor and Maidenhead; West Berkshire; Wokingham; Oxfordshire;
        Buckinghamshire; Milton Keynes""",
    "South West": """Cornwall; Isles of Scilly; Devon; Plymouth; Torbay; Somerset; North Somerset;
        Bath and North East Somerset; Bath; Bristol; South Gloucestershire; Gloucestershire; Wiltshire;
        Swindon; Dorset; Bournemouth; Poole; Bournemouth, Christchurch and Poole; BCP""",
}

AREA_REGION: dict[str, str] = {
    name.strip().lower(): region for region, names in _AREAS.items() for name in names.split(";") if name.strip()
}
# Longest names first, so "North East Lincolnshire" is not read as "Lincolnshire".
_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(AREA_REGION, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def region_of(area: str) -> str:
    """The English region of a local area or partnership name, or "" when unknown."""
    if not area:
        return ""
    key = area.strip().lower()
    if key in AREA_REGION:
        return AREA_REGION[key]
    match = _PATTERN.search(area)
    return AREA_REGION[match.group(1).lower()] if match else ""
