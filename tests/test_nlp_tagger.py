"""Tagging stage: the rule tagger built from the project's taxonomy.yaml."""

from __future__ import annotations

import pytest

from nlp.ages import find_ages
from nlp.records import AGE_BANDS, SOURCE_RULE
from nlp.tagger import Tagger
from search_app.settings import PROJECT_ROOT

TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.load(TAXONOMY)


def themes(tagger: Tagger, text: str) -> set[str]:
    return set(tagger.analyze(text).theme_ids)


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The consultant suspected NAI in the 3-month-old baby.", "harm.nai_infant"),
        ("A skeletal survey showed rib fractures in the baby.", "harm.nai_infant"),
        ("The death was recorded as SUDI.", "harm.sudi_safer_sleep"),
        ("The mother was co-sleeping with the baby on a sofa.", "harm.sudi_safer_sleep"),
        ("Practitioners did not recognise the signs of CSE.", "efh.cse"),
        ("He was groomed by older men in the town centre.", "efh.cse"),
        ("The boy was drawn into CCE and county lines.", "efh.cce_county_lines"),
        ("DA was a feature of the household.", "fam.domestic_abuse"),
        ("Domestic violence was reported to the police twice.", "fam.domestic_abuse"),
        ("The case was heard at MARAC.", "fam.domestic_abuse"),
        ("Professionals did not recognise the neglect.", "harm.neglect"),
        ("The children were neglected for years.", "harm.neglect"),
        ("There were concerns about FGM.", "harm.hba_fgm_forced_marriage"),
        ("The girl self-harmed repeatedly.", "cmh.suicide_self_harm"),
        ("A section 47 enquiry was not started.", "assess.thresholds_cp_processes"),
        ("The ICPC decided on a child protection plan.", "assess.thresholds_cp_processes"),
        ("The mother showed disguised compliance.", "assess.disguised_compliance"),
        ("The child was not brought to appointments (WNB).", "assess.disguised_compliance"),
        ("Practitioners lacked professional curiosity.", "assess.professional_curiosity"),
        ("The behavior was described as harmful sexual behavior.", "harm.harmful_sexual_behaviour"),
        ("Information sharing between agencies was poor.", "multi.information_sharing"),
        ("Supervision and high caseloads were an issue.", "org.workforce_supervision"),
        ("Visits were virtual during the lockdown.", "org.covid"),
    ],
)
def test_phrases_and_abbreviations_tag_their_theme(tagger, text, theme):
    assert theme in themes(tagger, text)


def test_tags_carry_group_source_confidence_and_evidence_offsets(tagger):
    text = "Bruising to a non-mobile baby must always prompt a referral; NAI was missed."
    analysis = tagger.analyze(text)
    tag = next(t for t in analysis.tags if t.theme == "harm.nai_infant")
    assert tag.group == "harm" and tag.source == SOURCE_RULE
    assert 0.5 < tag.confidence <= 0.99
    assert [e.text for e in tag.evidence] == ["Bruising", "NAI"]
    for e in tag.evidence:
        assert text[e.start : e.end] == e.text


def test_lemmas_match_inflected_forms(tagger):
    # "injuries" and "fractures" are not written in the taxonomy in these forms
    assert "harm.nai_infant" in themes(tagger, "The baby's sentinel injuries were missed.")
    assert "efh.missing" in themes(tagger, "She had several missing episodes.")
    # but exact phrases do not widen: "hit" is not "hitting"
    assert "harm.physical_abuse" not in themes(tagger, "The service was hit by staff shortages.")


def test_abbreviations_are_case_sensitive(tagger):
    assert "fam.domestic_abuse" in themes(tagger, "There was DA in the home.")
    assert "fam.domestic_abuse" not in themes(tagger, "The da capo marking in the music.")
    assert "harm.csa_family" in themes(tagger, "CSA was disclosed to a teacher.")
    assert "harm.csa_family" not in themes(tagger, "The csa form was filed.")
    assert "assess.thresholds_cp_processes" not in themes(tagger, "A cin cin toast.")


@pytest.mark.parametrize(
    "text, theme",
    [
        ("There was no evidence of domestic abuse.", "fam.domestic_abuse"),
        ("There were no concerns about neglect.", "harm.neglect"),
        ("NAI in the 6-week-old baby was ruled out by the paediatrician.", "harm.nai_infant"),
        ("The paediatrician ruled out NAI in the baby.", "harm.nai_infant"),
        ("The mother denied drug use.", "fam.parental_substance_misuse"),
        ("There was no history of self-harm.", "cmh.suicide_self_harm"),
    ],
)
def test_negated_mentions_do_not_tag(tagger, text, theme):
    assert theme not in themes(tagger, text)


def test_negation_scope_ends_at_but_and_at_the_sentence(tagger):
    assert "fam.domestic_abuse" in themes(
        tagger, "There was no evidence of neglect, but domestic abuse was a constant feature."
    )
    assert "fam.domestic_abuse" in themes(tagger, "There was no evidence of neglect. Domestic abuse was known.")
    assert "harm.neglect" not in themes(
        tagger, "There was no evidence of neglect, but domestic abuse was a constant feature."
    )
    # a failure to act is not a negation of the theme
    assert "harm.neglect" in themes(tagger, "Practitioners did not recognise the neglect.")
    # "denied access" does not deny what follows
    assert "assess.disguised_compliance" in themes(
        tagger, "The mother denied access to the home and there was disguised compliance."
    )


def test_context_rules(tagger):
    # an injury word needs an infant cue in the same sentence
    assert "harm.nai_infant" not in themes(tagger, "The teenager had bruising after the football match.")
    assert "harm.nai_infant" in themes(tagger, "The 4-month-old had bruising to the ear.")
    assert "harm.nai_infant" not in themes(tagger, "The baby was well. Later there was bruising.")
    assert "harm.nai_infant" in themes(tagger, "Shaken baby syndrome was diagnosed.")
    # routine disruption is a SUDI theme only with a sleep or death cue
    assert "harm.sudi_safer_sleep" not in themes(tagger, "The move was a disruption to routine for the school.")
    assert "harm.sudi_safer_sleep" in themes(tagger, "Disruption to routine meant the baby slept on a sofa.")
    # a father is the male carers theme only with engagement or assessment words
    assert "fam.male_carers" not in themes(tagger, "The father drove the children to school.")
    assert "fam.male_carers" in themes(tagger, "The father was never assessed by any agency.")
    assert "fam.male_carers" in themes(tagger, "Reviews describe 'invisible men' in the household.")


def test_exclusions_drop_matches_inside_longer_phrases(tagger):
    assert "harm.physical_abuse" not in themes(tagger, "She reported a sexual assault.")
    assert "harm.physical_abuse" in themes(tagger, "He was assaulted by his stepfather.")
    assert "harm.neglect" not in themes(tagger, "The young man's self-neglect worsened.")


@pytest.mark.parametrize(
    "text, bands",
    [
        ("an 11-week-old baby", ("under 1",)),
        ("The child, aged 14, went missing.", ("11-15",)),
        ("a 3 year old and a six-month-old", ("under 1", "1-4")),
        ("The unborn baby was subject to a pre-birth assessment.", ("unborn",)),
        ("a new-born", ("under 1",)),
        ("aged 16 years", ("16-17",)),
        ("the boy was 7 years old", ("5-10",)),
        ("18 months old", ("1-4",)),
        ("at the age of 11", ("11-15",)),
        ("The mother, aged 17, and the father, a 24-year-old man, lived with a 2-year-old.", ("1-4",)),
        ("There were 3 years of drift.", ()),
    ],
)
def test_age_bands(tagger, text, bands):
    assert tagger.analyze(text).age_bands == bands
    assert set(bands) <= set(AGE_BANDS)


def test_age_mentions_have_offsets():
    text = "Baby J was an 11-week-old boy."
    (mention,) = find_ages(text)
    assert text[mention.start : mention.end] == mention.text == "11-week-old"


def test_agencies_named(tagger):
    analysis = tagger.analyze(
        "The health visitor and the GP shared concerns with children's social care, "
        "but CAMHS and the police were not involved. The housing officer visited."
    )
    assert analysis.agencies == ("health_visiting", "gp", "police", "childrens_social_care", "housing", "mental_health")
    # the order is the taxonomy's, not the text's; a negated mention does not count
    assert tagger.analyze("The family was not known to children's social care.").agencies == ()
    assert tagger.analyze("The family was known to the YOT.").agencies == ("youth_justice",)


def test_analyze_many_equals_analyze_and_handles_empty_text(tagger):
    texts = [
        "There was no evidence of domestic abuse.",
        "",
        "NAI in a 3-month-old baby was not considered by the GP.",
        "Nothing here.",
    ]
    assert tagger.analyze_many(texts) == [tagger.analyze(t) for t in texts]
    assert tagger.analyze("").tags == ()
    with pytest.raises(TypeError):
        tagger.analyze_many(["fine", None])  # type: ignore[list-item]


def test_load_is_cached_and_version_names_taxonomy_and_model(tagger, tmp_path):
    assert Tagger.load(TAXONOMY) is tagger
    again = Tagger.load(TAXONOMY, tmp_path / "absent.pkl")
    assert again.model is None and "no model" in again.model_status
    assert tagger.version == f"taxonomy {tagger.taxonomy.version}; rules"


def test_a_good_practice_lesson_gets_the_good_practice_theme_from_its_kind(tagger):
    text = "The health visitor made a referral the same day."
    assert "review.good_practice" not in themes(tagger, text)
    tag = next(t for t in tagger.analyze(text, kind="good_practice").tags if t.theme == "review.good_practice")
    assert tag.source == SOURCE_RULE and tag.evidence == ()
    many = tagger.analyze_many([text, text], kinds=["finding", "good_practice"])
    assert "review.good_practice" not in many[0].theme_ids
    assert "review.good_practice" in many[1].theme_ids
    assert tagger.analyze_many([text], kinds=[None]) == [tagger.analyze(text)]
    with pytest.raises(ValueError):
        tagger.analyze_many([text], kinds=[])


def test_an_unknown_kind_in_the_taxonomy_is_a_problem_with_its_line():
    from nlp.taxonomy import TaxonomyError, parse_taxonomy

    source = TAXONOMY.read_text(encoding="utf-8").replace("kinds: [good_practice]", "kinds: [good_pratice]")
    with pytest.raises(TaxonomyError) as err:
        parse_taxonomy(source)
    assert any("unknown lesson kind 'good_pratice'" in p.message and p.line > 0 for p in err.value.problems)


def test_the_taxonomy_knows_the_lesson_kinds_ingest_produces():
    from ingest.records import LESSON_KINDS
    from nlp.taxonomy_validation import LESSON_KINDS as KNOWN

    assert KNOWN == LESSON_KINDS


def test_an_agency_named_as_the_recipient_is_not_the_agency_theme(tagger):
    assert "agency.police" in themes(tagger, "The police did not attend the incident for two days.")
    assert "agency.police" in themes(tagger, "Police should risk-assess incidents in pregnancy.")
    assert "agency.police" not in themes(tagger, "The school shared its concerns with the police.")
    assert "agency.universal_health" not in themes(tagger, "No discharge summary was sent to the GP.")
    assert "agency.universal_health" in themes(tagger, "The GP did not ask about the bruise.")


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The referral was not promptly made and the plan was not effectively reviewed.", "review.good_practice"),
        ("The assessment was not thorough.", "review.good_practice"),
        ("There was no evidence of good practice in the recording.", "review.good_practice"),
        ("There was no evidence that the child's wishes and feelings were at risk.", "voice.voice_of_child"),
        ("Sexual exploitation was ruled out after the strategy discussion.", "efh.cse"),
    ],
)
def test_sentences_that_deny_a_theme_do_not_get_it(tagger, text, theme):
    assert theme not in themes(tagger, text)


def test_reviewers_wordings_tag_their_theme(tagger):
    assert "voice.voice_of_child" in themes(tagger, "Nobody asked her what it was like for her at home.")
    assert "multi.information_sharing" in themes(tagger, "The information was not passed on to the GP.")
    assert "review.good_practice" in themes(tagger, "The health visitor acted appropriately and promptly.")


def test_the_cheap_age_tests_pass_every_text_an_age_pattern_matches():
    """nlp/ages.py runs a pattern only when _could_match says it can match;
    that must hold for every text a pattern matches, or ages would be lost."""
    import random

    from nlp import ages

    words = [
        "under",
        "Under",
        "one",
        "1",
        "1s",
        "the",
        "age",
        "AGE",
        "aged",
        "of",
        "pre",
        "birth",
        "natal",
        "assessment",
        "new",
        "born",
        "borns",
        "neonate",
        "neonatal",
        "old",
        "3",
        "11",
        "week",
        "weeks",
        "years",
        "yr",
        "month",
        "unborn",
        "nine",
        "twelve",
        "at",
        "17",
        "prebirth",
        "newborns",
        "agency",
        "threshold",
        "-",
        "\u2013",
        "\u2010",
    ]
    glue = ["", " ", "-", "  ", "\n", "\u00a0", ".", ","]
    patterns = [(kind, pattern) for kind, pattern in ages._AGE_PATTERNS]
    patterns += [("unborn", ages._UNBORN), ("under 1", ages._UNDER_ONE)]
    rng = random.Random(7)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 8)))
        could = ages._could_match(text.lower())
        for kind, pattern in patterns:
            if pattern.search(text):
                matched += 1
                assert could[kind], (kind, text)
    assert matched > 2000  # the generated texts do exercise the patterns


def test_a_batch_leaves_no_reference_cycles_and_the_collector_as_it_was(tagger):
    """analyze_many pauses the cyclic garbage collector: only safe if a batch
    makes no reference cycles (else memory would grow until it is back on)."""
    import gc

    texts = [
        "There was no evidence of domestic abuse. The 3-month-old baby had bruising; the GP and HV missed it.",
        "Information sharing between the police and children's social care was poor; NAI was not considered.",
    ] * 50
    tagger.analyze_many(texts)
    gc.collect()
    was_enabled = gc.isenabled()
    try:
        gc.disable()
        analyses = tagger.analyze_many(texts)
        assert not gc.isenabled()  # left off, as the caller had it
        assert gc.collect() == 0  # nothing unreachable but in a cycle
        assert all(a.tags for a in analyses)
        gc.enable()
        tagger.analyze_many(texts)
        assert gc.isenabled()
    finally:
        (gc.enable if was_enabled else gc.disable)()


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The baby often shared a bed with both parents.", "harm.sudi_safer_sleep"),
        ("He had slept on the sofa with his father after the party.", "harm.sudi_safer_sleep"),
        ("Nobody asked where the baby slept at night.", "harm.sudi_safer_sleep"),
        ("Her new partner moved in shortly before the birth.", "fam.male_carers"),
        ("The mother's partner was never spoken to.", "fam.male_carers"),
        ("The family lived in an overcrowded flat and their housing need was not met.", "fam.poverty_housing"),
        ("The case was transferred between local authorities without a meeting.", "multi.cross_boundary_transfer"),
        ("The boy was placed out of area and the host authority was not told.", "multi.cross_boundary_transfer"),
        ("When the family moved to a new area the plan lapsed.", "multi.cross_boundary_transfer"),
        ("Professionals assumed the mother would protect her children.", "assess.optimism_bias"),
        ("The social worker was reassured by the father's account.", "assess.optimism_bias"),
        ("No one asked whether the explanation was consistent.", "assess.professional_curiosity"),
        ("The case was closed with no further action after one visit.", "agency.childrens_social_care"),
        ("A newly qualified social worker held the case alone.", "agency.childrens_social_care"),
        ("The baby was brought to the emergency department with a swollen arm.", "agency.acute_health"),
        ("He was discharged from hospital without a plan.", "agency.acute_health"),
        ("The triage nurse recorded the account without question.", "agency.acute_health"),
        ("Persistent crying is a known trigger for shaking.", "vuln.babies_infants"),
        ("Abuse during pregnancy raises the risk to the unborn child.", "vuln.babies_infants"),
        ("Staff should be trained to ask about safer sleep.", "org.workforce_supervision"),
        ("The case lacked managerial oversight for months.", "org.workforce_supervision"),
        ("Learning from previous reviews has not been embedded by senior leaders.", "org.leadership_culture"),
        ("The short breaks were the family's only support.", "vuln.disabled_children"),
        ("The children were often hungry and their weight fell through the centiles.", "harm.neglect"),
        ("He told a teacher at school that he was frightened.", "edu.school_role"),
        ("She had eleven placement moves and lived in semi-independent accommodation.", "vuln.looked_after"),
        ("He had been threatened over a drug debt.", "efh.cce_county_lines"),
        (
            "The girl was sexually abused by her stepfather; sexual abuse within the family was not considered.",
            "harm.csa_family",
        ),
        ("The mother was depressed and slept during the day.", "fam.parental_mental_health"),
        ("Both parents had been drinking before the baby was put to bed.", "fam.parental_substance_misuse"),
        ("The crisis team did not consider the impact on the children.", "assess.whole_family"),
        ("Each injury was treated as a single incident rather than part of a pattern.", "assess.history_chronology"),
        ("The mother had been in care herself and had no family support.", "fam.parental_history"),
        ("The placement was unregulated and below the statutory minimum.", "org.commissioning_regulation"),
        ("The review saw parents as partners in keeping their son safe.", "voice.wider_family"),
    ],
)
def test_reviewers_wordings_added_in_1_4_tag_their_theme(tagger, text, theme):
    assert theme in themes(tagger, text)


@pytest.mark.parametrize(
    "text, theme",
    [
        # an agency named as the recipient of a referral or a report
        ("The school made a referral to the police.", "agency.police"),
        ("The nursery reported it to the health visitor.", "agency.universal_health"),
        ("The family court was not told of recent police incidents.", "agency.police"),
        # leaders of a faith or community are not the organisation's leadership
        ("The Partnership should work with faith leaders on safeguarding policies.", "org.leadership_culture"),
        # bare "assessments of" and risk factors are not risk assessment
        ("Assessments of peer groups and places should be made.", "assess.risk_assessment"),
        ("Smoking is a well established risk factor for sudden infant death.", "assess.risk_assessment"),
        # context rules: the word alone is not the theme
        ("The case was transferred to the long-term team.", "multi.cross_boundary_transfer"),
        ("The girl was sexually exploited; sexual abuse by older men was not recognised.", "harm.csa_family"),
        ("The boy was depressed after being bullied.", "fam.parental_mental_health"),
        ("Child Y had been drinking in the park with friends.", "fam.parental_substance_misuse"),
        # a cause set aside
        ("Her death was not caused by neglect.", "harm.neglect"),
        ("The injury was not related to abuse by the father; bruising was not seen.", "fam.male_carers"),
    ],
)
def test_narrowed_rules_leave_these_untagged(tagger, text, theme):
    assert theme not in themes(tagger, text)


def test_a_service_reached_by_the_child_is_not_a_recipient(tagger):
    """Bare "to" named the recipient too broadly: "brought to the emergency
    department" is about the hospital's response. (A recipient wording is
    matched as written, so "referred her to" is not one.)"""
    assert "agency.acute_health" in themes(tagger, "She was taken to the emergency department twice.")
    assert "agency.acute_health" not in themes(
        tagger, "Photographs of the bruise were sent to the emergency department."
    )


@pytest.mark.parametrize(
    "text, theme",
    [
        ("The children had dental decay and head lice, and the house was cold.", "harm.neglect"),
        ("Visitors described hoarding and animal faeces throughout the house.", "harm.neglect"),
        ("The mother had a diagnosis of bipolar disorder and had been sectioned twice.", "fam.parental_mental_health"),
        ("The mother's depression worsened after the birth.", "fam.parental_mental_health"),
        ("Hair strand testing showed the father was still using cocaine.", "fam.parental_substance_misuse"),
        ("She had postnatal depression and was not referred to the perinatal team.", "vuln.babies_infants"),
        ("Risks to under-ones are highest in the first weeks of life.", "vuln.babies_infants"),
        ("The boy was taken into care under an interim care order.", "vuln.looked_after"),
        ("The virtual school head tracked her attendance.", "vuln.looked_after"),
        ("The father believed in physical punishment and smacking.", "harm.physical_abuse"),
        ("She was verbally abused and humiliated in front of her siblings.", "harm.emotional_abuse"),
        ("The father's controlling behaviour towards the children went unrecognised.", "harm.emotional_abuse"),
        ("He died of his injuries two days later.", "harm.child_death_homicide"),
        ("The girl had been looking after her siblings since she was eight.", "vuln.young_carers"),
        ("There were repeated no access visits and cancelled appointments.", "assess.disguised_compliance"),
        ("The IRO did not challenge the plan.", "assess.critical_thinking_challenge"),
        ("The health visitor escalated her concerns to the named nurse.", "assess.critical_thinking_challenge"),
        ("The family were offered a place at the family hub.", "assess.early_help"),
        ("The written agreement was not reviewed by the core group.", "assess.thresholds_cp_processes"),
        ("The mother's history of violence was not explored.", "assess.professional_curiosity"),
        ("Professionals saw the family as a fresh start after the move.", "assess.optimism_bias"),
        ("The mother grew up in care and two older children had been previously removed.", "fam.parental_history"),
        ("There were no joint visits and no lead agency.", "multi.coordination"),
        ("The case was heard at MARAC twice.", "multi.offender_risk_management"),
        ("He was released from prison on licence conditions.", "multi.offender_risk_management"),
        ("No safeguarding alert was visible to the hospital.", "multi.information_sharing"),
        ("Her mother reported her missing eleven times.", "efh.missing"),
        ("He was carrying knives for older boys.", "efh.serious_youth_violence"),
        ("She met the man online and he sent her explicit images.", "efh.online_harm"),
        ("A referral to the NRM was made late.", "efh.cce_county_lines"),
        ("Staff used physical restraint and seclusion routinely.", "harm.organisational_abuse"),
        ("Most of the children had severe learning disabilities.", "vuln.disabled_children"),
        ("He was autistic and used a wheelchair.", "vuln.disabled_children"),
        ("Practitioners misunderstood data protection legislation.", "org.policy_guidance"),
        ("The team carried high caseloads and several vacancies filled by locums.", "org.workforce_supervision"),
        ("These are familiar themes from earlier reviews.", "review.system_learning"),
        ("The family's immigration status and limited English left them isolated.", "fam.race_culture_faith"),
        ("Every child should have a trusted adult to talk to.", "voice.voice_of_child"),
        ("She attended the sexual health clinic four times.", "agency.universal_health"),
        ("His absences from school were not followed up.", "edu.attendance_cme"),
        ("Operation Encompass notifications reached the school next day.", "fam.domestic_abuse"),
    ],
)
def test_field_wordings_added_in_1_5_tag_their_theme(tagger, text, theme):
    assert theme in themes(tagger, text)


@pytest.mark.parametrize(
    "text, theme",
    [
        # "children's home" is matched on its words: a child's home is no placement
        ("Record every adult living in or visiting a child's home.", "vuln.looked_after"),
        ("The Partnership should adopt a safer sleep tool.", "vuln.looked_after"),
        ("A nursery placement was offered to the family.", "vuln.looked_after"),
        # "killed" on its words: "threats to kill" is not a death
        ("The father's behaviour escalated to threats to kill.", "harm.child_death_homicide"),
        # bare "escalate" narrowed to escalating concerns or cases
        ("The father's behaviour escalated to stalking.", "assess.critical_thinking_challenge"),
        # parents' wordings behind a parent cue
        ("Child Y had been drinking heavily in the weeks before her death.", "fam.parental_substance_misuse"),
        ("The boy's low mood was put down to his age.", "fam.parental_mental_health"),
        # controlling behaviour towards the children is not abuse between adults
        ("The father's controlling behaviour towards the children went unrecognised.", "fam.domestic_abuse"),
        # the mother's depression is not the child's mental health
        ("The GP knew about the mother's depression and the school knew the children.", "cmh.child_mental_health"),
        ("Meetings moved online during the first months.", "efh.online_harm"),
        ("The mother's absences from work were noted.", "edu.attendance_cme"),
        ("No family support was available to the mother.", "assess.early_help"),
    ],
)
def test_rules_narrowed_in_1_5_leave_these_untagged(tagger, text, theme):
    assert theme not in themes(tagger, text)


def test_an_also_wording_tags_both_themes(tagger):
    """'postnatal depression' is a phrase of parental mental health and in the
    babies theme's also: list; the MARAC is domestic abuse's and offender
    management's."""
    assert {"fam.parental_mental_health", "vuln.babies_infants"} <= themes(tagger, "She had postnatal depression.")
    assert {"fam.domestic_abuse", "multi.offender_risk_management"} <= themes(tagger, "It went to MARAC.")
    assert "multi.offender_risk_management" not in themes(tagger, "It went to marac.")  # an abbreviation keeps its case


def test_the_fast_record_makers_make_what_the_classes_make():
    import pickle

    from nlp.records import Evidence, LessonAnalysis, Tag, make_analysis, make_evidence, make_tag

    evidence = make_evidence("GP", 4, 6)
    assert evidence == Evidence("GP", 4, 6) and hash(evidence) == hash(Evidence("GP", 4, 6))
    assert vars(evidence) == vars(Evidence("GP", 4, 6))  # every field, nothing else
    tag = make_tag("agency.universal_health", "agency", 0.85, "rule", (evidence,))
    assert tag == Tag("agency.universal_health", "agency", 0.85, "rule", (Evidence("GP", 4, 6),))
    assert vars(make_tag("a.b", "a", 0.9, "rule")) == vars(Tag("a.b", "a", 0.9, "rule"))
    analysis = make_analysis((tag,), ("under 1",), ("gp",))
    assert analysis == LessonAnalysis((tag,), ("under 1",), ("gp",))
    assert vars(analysis) == vars(LessonAnalysis((tag,), ("under 1",), ("gp",)))
    assert pickle.loads(pickle.dumps(analysis)) == analysis
    with pytest.raises(AttributeError):  # still frozen
        evidence.start = 5  # type: ignore[misc]


def test_the_model_runs_with_one_blas_thread_and_the_limit_is_lifted_after(tagger):
    from threadpoolctl import threadpool_info

    from nlp.model_training import train

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    texts = [f"The lantern meeting {w} reviewed the plan." for w in ("amber", "blue", "green", "jade", "ivory")]
    texts += [f"The orchard visit {w} found the garden untidy." for w in ("north", "south", "east", "west", "inner")]
    labels = [["review.system_learning"]] * 5 + [["fam.poverty_housing"]] * 5
    rules = [a.theme_ids for a in tagger.analyze_many(texts)]
    model = train(texts, labels, tagger.taxonomy.version, rule_tags=rules, tune=False)
    with_model = Tagger(tagger.taxonomy, model, "test model")
    seen: list[list[int]] = []
    above = model.above_thresholds

    def recording(*args, **kwargs):
        seen.append(blas_threads())
        return above(*args, **kwargs)

    model.above_thresholds = recording  # type: ignore[method-assign]
    before = blas_threads()
    analyses = with_model.analyze_many(texts, reviews=["r"] * len(texts))
    assert len(seen) == 1 and seen[0] and all(n == 1 for n in seen[0])
    assert blas_threads() == before
    assert len(analyses) == len(texts)
