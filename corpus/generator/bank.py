"""Corpus generator: all pools of the lesson text bank, by name."""

from .bank_adolescents import CCE, CSE, SUICIDE
from .bank_extra import DA_MORE, NAI_MORE, NEGLECT_MORE, PARENTAL_MORE, PRACTICE_MORE, SUDI_MORE
from .bank_family import DOMESTIC_ABUSE, NEGLECT, PARENTAL
from .bank_infants import NAI, SUDI
from .bank_other import CSA, CULTURE, DISABLED, EHE, FII, LAC, RESIDENTIAL
from .bank_practice import PRACTICE

POOLS = {
    "NAI": NAI + NAI_MORE,
    "SUDI": SUDI + SUDI_MORE,
    "NEGLECT": NEGLECT + NEGLECT_MORE,
    "DA": DOMESTIC_ABUSE + DA_MORE,
    "PARENTAL": PARENTAL + PARENTAL_MORE,
    "PRACTICE": PRACTICE + PRACTICE_MORE,
    "CSE": CSE,
    "CCE": CCE,
    "SUICIDE": SUICIDE,
    "DISABLED": DISABLED,
    "CSA": CSA,
    "FII": FII,
    "EHE": EHE,
    "LAC": LAC,
    "CULTURE": CULTURE,
    "RESIDENTIAL": RESIDENTIAL,
}
