"""Corpus generator: the narrative (non-lesson) text of a review.

Introductions, methodology, family background and chronology paragraphs.
They surround the lessons as in real reviews and must never be counted as
lessons. Placeholders: {child}, {age}, {partnership}, {area}, {author}, {year}.
"""

from __future__ import annotations

import random

INTRO = [
    """This review was commissioned by {partnership} following the serious incident notification
    made in {year}. The decision to undertake a review was taken at the rapid review meeting, which
    concluded that there was potential for learning about how agencies work together to safeguard
    children in {area}.""",
    """{partnership} agreed that the circumstances of {child} met the criteria for a review. The
    purpose of the review is not to apportion blame but to understand what happened, why it
    happened, and what can be done differently in future.""",
    """The review covers the period from the mother's first booking with maternity services until
    the incident. Agencies were asked to provide a chronology of their involvement and an analysis
    of their practice.""",
    """The review has been conducted in line with the statutory guidance in force at the time. The
    report has been anonymised: {child} is a pseudonym chosen by the family, and professionals are
    referred to by role rather than by name.""",
]

METHOD = [
    """The review used a systems methodology. Practitioners and first line managers took part in a
    learning event, and the lead reviewer met with senior managers from each agency. The analysis
    looks at why practice happened as it did, in the context of the systems in which people
    worked.""",
    """Each agency provided a combined chronology and a short report. The lead reviewer, {author},
    is independent of all the agencies involved. A review panel of senior representatives met four
    times to oversee the work.""",
    """Family members were invited to contribute. {child}'s grandmother met with the reviewer and
    her views are reflected throughout the report. The parents declined to take part while
    criminal proceedings were under way.""",
    """The terms of reference asked the review to consider how agencies assessed risk, how
    information was shared, and whether the child's voice was heard. Parallel processes included a
    police investigation and a coroner's inquest.""",
]

BACKGROUND = {
    "NAI": """{child} was {age} when {child_pronoun} was admitted to hospital with injuries that
        medical staff considered non-accidental. {child} lived with {child_poss} mother and
        {child_poss} mother's partner. The family had moved to {area} shortly before the birth.""",
    "PREBIRTH": """The review concerns {child}, who was unborn when the first referral was made to children's
        social care at twenty weeks' gestation. {child_pronoun_cap} was born prematurely and was seriously
        injured when five weeks old.""",
    "SUDI": """{child} died suddenly and unexpectedly at the age of {age}. On the night of the death
        {child} had been sleeping with a parent. The family was known to universal health services and
        had recently been offered early help.""",
    "NEGLECT": """{child}, aged {age}, and {child_poss} siblings lived with their mother in {area}.
        Over many years agencies had been concerned about the condition of the home, the children's
        school attendance and their health.""",
    "DA": """{child} was {age} at the time of the incident. {child_poss_cap} mother had experienced domestic
        abuse from her partner for several years, and police had been called to the home on many
        occasions.""",
    "PARENTAL": """{child} was {age} and lived with both parents. The mother had long-standing mental
        health difficulties and the father misused alcohol. The family had contact with many services
        over a long period.""",
    "CSE": """{child} was {age} when {child_pronoun} was identified as at risk of child sexual exploitation.
        {child_pronoun_cap} had been reported missing many times and was known to have associated with
        older men.""",
    "CCE": """{child} was {age} when {child_pronoun} was seriously injured in {area}. In the year before,
        {child_pronoun} had been excluded from school, had gone missing repeatedly and had been found in
        another county with drugs and cash.""",
    "SUICIDE": """{child} was {age} when {child_pronoun} took {child_poss} own life. {child_pronoun_cap}
        had been known to CAMHS and had self-harmed on several occasions in the preceding year.""",
    "DISABLED": """{child}, aged {age}, had complex health needs and communicated without speech.
        {child_pronoun_cap} lived with {child_poss} parents and attended a special school.""",
    "CSA": """{child} was {age} when {child_pronoun} disclosed sexual abuse by a family member. There had
        been earlier concerns about {child_poss} behaviour and about online contact with adults.""",
    "FII": """{child}, aged {age}, had attended hospital more than forty times with symptoms that could
        not be explained. Specialists in three hospitals were involved in {child_poss} care.""",
    "EHE": """{child} was {age} and had been electively home educated for two years. {child_pronoun_cap}
        was rarely seen by professionals outside the home.""",
    "LAC": """{child} was {age} and had been looked after by the local authority since early childhood,
        living in a series of foster and residential placements.""",
    "CULTURE": """{child}, aged {age}, lived with {child_poss} extended family. The family's first language
        was not English and they were active members of their faith community.""",
    "RESIDENTIAL": """{child} was {age} and lived in a residential special school placed out of area.
        Concerns about the conduct of staff emerged after a whistleblowing disclosure.""",
}

CHRONOLOGY = [
    """In the months that followed there were contacts with the GP, the health visitor and the
    school. Most were routine, and at the time none was seen as a cause for concern.""",
    """A referral was made to children's social care by the police after an incident at the home.
    The referral was screened and the family was offered support through early help.""",
    """The core group met on five occasions. Attendance by health and education was good; the
    father did not attend any meeting.""",
    """The practitioners involved have reflected openly on their work with the family, and the
    review is grateful for their honesty during what has been a difficult process.""",
    """Between the spring and the autumn the family moved address twice. Records show that the
    new addresses were not always known to every agency.""",
    """The case was discussed at a multi-agency meeting and a plan was agreed. Actions were
    allocated to named professionals with dates for completion.""",
    """During the following winter the school raised concerns about {child}'s attendance and
    appearance on three occasions. The education welfare officer made a home visit and left a card
    when nobody answered the door.""",
    """A health visitor completed the developmental review at the expected time. The records note
    that the home was busy and that several adults were present, but they are not named.""",
    """The police attended the address following a call from a neighbour who had heard shouting. No
    offences were disclosed, and a notification was sent to children's social care the next day.""",
    """An assessment was completed within the statutory timescale. It recommended a period of
    support under section 17 and was signed off by the team manager.""",
    """The family was discussed at the school's safeguarding meeting. Staff agreed to keep a close
    eye on {child} and to record any further concerns on the school's electronic system.""",
    """In the weeks before the incident there were few contacts with professionals. A planned
    home visit was cancelled by the family and was rearranged for the following month.""",
    """The reviewer has drawn on records from eleven agencies, on conversations with the
    practitioners involved and on the published research about children in similar circumstances.""",
    """It is important to recognise the pressures on services during this period, which included
    vacancies in the local social work teams and high demand on health visiting.""",
]

BRIEFING_WHY = [
    """Reviews nationally continue to find that this is an area in which children are harmed, and
    that practitioners find it difficult.""",
    """This briefing summarises the learning for practitioners. It should be read alongside the
    full report and discussed in team meetings and supervision.""",
]

REFLECTION_QUESTIONS = [
    "How do you make sure you see and hear the child when you visit?",
    "Who else lives in or visits the household, and what do you know about them?",
    "When did you last use the escalation policy, and what happened?",
    "What would you do differently after reading this briefing?",
]

PRONOUNS = {
    "f": {"child_pronoun": "she", "child_poss": "her", "child_pronoun_cap": "She", "child_poss_cap": "Her"},
    "m": {"child_pronoun": "he", "child_poss": "his", "child_pronoun_cap": "He", "child_poss_cap": "His"},
}


def fill(template: str, context: dict) -> str:
    return " ".join(template.format(**context).split())


def pick(rng: random.Random, pool: list[str], count: int) -> list[str]:
    return rng.sample(pool, min(count, len(pool)))


GLOSSARY = [
    ("A&E", "Accident and Emergency department"),
    ("CAMHS", "Child and Adolescent Mental Health Services"),
    ("CIN", "Child in Need (section 17 of the Children Act 1989)"),
    ("CP", "Child Protection"),
    ("CSC", "Children's Social Care"),
    ("DA", "Domestic abuse"),
    ("DSL", "Designated Safeguarding Lead"),
    ("GP", "General Practitioner"),
    ("HV", "Health Visitor"),
    ("ICB", "Integrated Care Board"),
    ("ICPC", "Initial Child Protection Conference"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("NAI", "Non-accidental injury"),
    ("S47", "Child protection enquiry under section 47 of the Children Act 1989"),
    ("SUDI", "Sudden unexpected death in infancy"),
]

TERMS_OF_REFERENCE = [
    "To establish what agencies knew about the child and family, and how they responded.",
    "To consider how effectively agencies shared information and worked together.",
    "To identify learning for the partnership and how it will be acted upon.",
]
