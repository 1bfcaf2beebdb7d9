"""Corpus generator: all pools of the lesson text bank, by name."""

from .bank_family import DOMESTIC_ABUSE, NEGLECT, PARENTAL
from .bank_infants import NAI, SUDI
from .bank_practice import PRACTICE

POOLS = {
    "NAI": NAI, "SUDI": SUDI, "NEGLECT": NEGLECT, "DA": DOMESTIC_ABUSE, "PARENTAL": PARENTAL,
    "PRACTICE": PRACTICE,
}
