"""Tagging stage: the taxonomy file and its validating loader."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from nlp.taxonomy import TaxonomyError, load_taxonomy
from search_app.settings import PROJECT_ROOT

TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"

# The 66 theme ids of the draft taxonomy, which the catalog and indexes key on.
DRAFT_IDS = """
harm.nai_infant harm.physical_abuse harm.neglect harm.emotional_abuse harm.csa_family
harm.harmful_sexual_behaviour harm.fii harm.child_death_homicide harm.sudi_safer_sleep
harm.organisational_abuse harm.hba_fgm_forced_marriage efh.cse efh.cce_county_lines
efh.serious_youth_violence efh.missing efh.online_harm efh.contextual_safeguarding
efh.trafficking_radicalisation cmh.suicide_self_harm cmh.child_mental_health
cmh.young_person_substance_use fam.domestic_abuse fam.parental_mental_health
fam.parental_substance_misuse fam.toxic_trio_cumulative fam.male_carers fam.parental_history
fam.parental_learning_disability fam.young_parents fam.poverty_housing fam.race_culture_faith
vuln.babies_infants vuln.disabled_children vuln.looked_after vuln.young_carers edu.attendance_cme
edu.elective_home_education edu.exclusion_ap edu.school_role assess.risk_assessment
assess.professional_curiosity assess.disguised_compliance assess.optimism_bias
assess.history_chronology assess.critical_thinking_challenge assess.thresholds_cp_processes
assess.early_help assess.whole_family voice.voice_of_child voice.wider_family
multi.information_sharing multi.coordination multi.cross_boundary_transfer multi.record_keeping
multi.offender_risk_management agency.universal_health agency.acute_health agency.police
agency.childrens_social_care org.leadership_culture org.workforce_supervision
org.commissioning_regulation org.covid org.policy_guidance review.good_practice
review.system_learning
""".split()


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(TAXONOMY)


def test_project_taxonomy_keeps_every_draft_id(taxonomy):
    assert len(DRAFT_IDS) == 66
    assert [t.id for t in taxonomy.themes] == DRAFT_IDS
    assert [g.id for g in taxonomy.groups] == [
        "harm",
        "efh",
        "cmh",
        "fam",
        "vuln",
        "edu",
        "assess",
        "voice",
        "multi",
        "agency",
        "org",
        "review",
    ]
    for theme in taxonomy.themes:
        assert theme.group == theme.id.split(".")[0]
        assert theme.label and theme.description
        assert theme.phrases or theme.abbreviations


def test_project_taxonomy_has_agencies_and_context_rules(taxonomy):
    agency_ids = {a.id for a in taxonomy.agencies}
    assert {
        "health_visiting",
        "midwifery",
        "gp",
        "acute_health",
        "police",
        "childrens_social_care",
        "education",
        "housing",
        "probation",
        "mental_health",
        "early_help",
        "substance_misuse_services",
    } <= agency_ids
    assert taxonomy.theme("harm.nai_infant").context
    assert taxonomy.theme("harm.sudi_safer_sleep").context
    assert taxonomy.theme("fam.male_carers").context


def test_version_has_file_version_and_content_hash(taxonomy, tmp_path):
    file_version, content_hash = taxonomy.version.split("+")
    assert file_version == taxonomy.file_version and len(content_hash) == 8
    changed = tmp_path / "t.yaml"
    changed.write_text(TAXONOMY.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_taxonomy(changed).version != taxonomy.version
    assert load_taxonomy(changed).file_version == taxonomy.file_version


def test_synonym_sets_pair_abbreviations_with_what_they_stand_for(taxonomy):
    sets = taxonomy.synonym_sets()
    by_first = {s[0]: s for s in sets}
    assert by_first["NAI"] == ("NAI", "non-accidental injury", "non accidental injury", "nonaccidental injury")
    assert by_first["SUDI"][1] == "sudden unexpected death in infancy"
    assert "child sexual exploitation" in by_first["CSE"]
    da = next(s for s in sets if "DA" in s)
    assert "domestic abuse" in da and "domestic violence" in da
    # only declared expansions: not every phrase of the theme
    assert "coercive control" not in da
    assert "bruising" not in by_first["NAI"]
    # SUDIC and SUDC share an expansion, so they are one set
    assert any({"SUDIC", "SUDC"} <= set(s) for s in sets)
    members = [m for s in sets for m in s]
    assert len(members) == len(set(members)), "a term belongs to one set only"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "taxonomy.yaml"
    path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return path


GOOD = """
version: "0.1"
groups:
  - id: harm
    label: Harm
themes:
  - id: harm.neglect
    label: Neglect
    description: Neglect of children.
    phrases: [neglect, poor home conditions]
    abbreviations:
      GCP2: []
agencies:
  - id: police
    label: Police
    phrases: [police]
    abbreviations: [CAIT]
"""


def test_a_minimal_taxonomy_loads(tmp_path):
    tax = load_taxonomy(_write(tmp_path, GOOD))
    assert tax.theme("harm.neglect").phrases == ("neglect", "poor home conditions")
    assert tax.agencies[0].abbreviations == ("CAIT",)
    assert tax.synonym_sets() == []


def test_every_problem_is_reported_with_its_line(tmp_path):
    path = _write(
        tmp_path,
        """
        version: "0.1"
        groups:
          - id: harm
            label: Harm
          - id: fam
            label: Family
        themes:
          - id: harm.neglect
            label: Neglect
            description: Neglect.
            phrases:
              - neglect
              - neglect
          - id: harm.neglect
            label: Neglect again
            description: Twice.
            phrases: [squalor]
          - id: nogroup.theme
            label: Unknown group
            description: Its group does not exist.
            phrases: [something]
          - id: harm.empty
            label: Empty
            description: No phrases at all.
          - id: harm.bad_phrases
            label: Bad phrases
            description: Phrases that cannot match.
            phrases:
              - "  "
              - "!!!"
              - Upper Case
            abbreviations:
              da: []
              NAI: [non-accidental injury]
          - id: harm.bad_rule
            label: Bad rule
            description: A malformed context rule.
            phrases: [bruising]
            context:
              - applies_to: [bruises]
                requires: [baby]
              - applies_to: everything
                requires: [baby]
              - requires: [baby]
            exclusions: [bruising]
        """,
    )
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    problems = {(p.line, p.message) for p in caught.value.problems}

    def at(line: int, fragment: str) -> bool:
        return any(ln == line and fragment in msg for ln, msg in problems)

    assert at(5, "group 'fam' has no themes")
    assert at(13, "duplicate of a phrase of this theme on line 12")
    assert at(14, "duplicate theme id 'harm.neglect' (first on line 8)")
    assert at(18, "unknown group 'nogroup'")
    assert at(22, "empty theme")
    assert at(29, "empty phrase")
    assert at(30, "no letter or digit")
    assert at(31, "lower case")
    assert at(33, "need a capital letter")
    assert at(34, "expansion 'non-accidental injury' is not a phrase of this theme")
    assert at(40, "'bruises' is not a phrase or abbreviation")
    assert at(42, "applies_to must be a list or one of")
    assert at(44, "needs 'applies_to:' and 'requires:'")
    assert at(45, "exclusion 'bruising' equals the phrase 'bruising'")
    assert len(problems) == 14, sorted(problems)
    # the message lists them all, each with file and line
    assert len(re.findall(re.escape(str(path)) + r":\d+: ", str(caught.value))) == 14


def test_phrase_owned_by_two_themes_is_a_problem(tmp_path):
    path = _write(
        tmp_path,
        GOOD.replace(
            "agencies:",
            "  - id: harm.other\n    label: Other\n    description: Other.\n"
            "    phrases: [Neglected, neglect, poor  home]\n"
            "    abbreviations: [GCP2]\nagencies:",
        ),
    )
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(path)
    messages = [str(p) for p in caught.value.problems]
    assert any(m.startswith("line 15:") and "'Neglected'" in m and "lower case" in m for m in messages)
    assert any(
        m.startswith("line 15:") and "'neglect': duplicate of a phrase of harm.neglect on line 9" in m for m in messages
    )
    assert any(m.startswith("line 15:") and "stray whitespace" in m for m in messages)
    assert any(m.startswith("line 16:") and "'GCP2': duplicate of harm.neglect on line 11" in m for m in messages)
    # with every phrase refused, the theme is empty: reported too, never half-loaded
    assert any(m.startswith("line 12:") and "empty theme" in m for m in messages)
    assert len(messages) == 5, messages


def test_unknown_keys_bad_yaml_and_missing_file(tmp_path):
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(
            _write(tmp_path, GOOD.replace("    label: Neglect\n", "    label: Neglect\n    phrase: [typo]\n"))
        )
    assert [(p.line, "unknown key 'phrase'" in p.message) for p in caught.value.problems] == [(8, True)]

    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(_write(tmp_path, "version: 1\ngroups: [\n  - id: x\n"))
    assert caught.value.problems[0].line >= 2
    assert "not valid YAML" in caught.value.problems[0].message

    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(tmp_path / "absent.yaml")
    assert "cannot read" in caught.value.problems[0].message


def test_duplicate_yaml_keys_and_missing_sections(tmp_path):
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(_write(tmp_path, 'version: "1"\nversion: "2"\nthemes: []\n'))
    messages = {(p.line, p.message) for p in caught.value.problems}
    assert (2, "the file: key 'version' given twice") in messages
    assert any("missing 'groups:'" in m for _, m in messages)


def test_not_after_takes_wordings_of_one_to_three_words(tmp_path):
    extra = (
        "  - id: harm.other\n    label: Other\n    description: Other.\n"
        "    phrases: [squalor]\n"
        "    not_after: [with, referred to, passed on to, passed on over to]\nagencies:"
    )
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(_write(tmp_path, GOOD.replace("agencies:", extra)))
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 1 and "'passed on over to': give one to 3 words" in messages[0], messages
    good = load_taxonomy(_write(tmp_path, GOOD.replace("agencies:", extra.replace(", passed on over to", ""))))
    assert good.theme("harm.other").not_after == ("with", "referred to", "passed on to")


ALSO = """
  - id: harm.other
    label: Other
    description: Other.
    phrases: [squalor, low mood]
    also: {also}
    context:
      - applies_to: [low mood]
        requires: [mother]
agencies:"""


def test_also_takes_wordings_of_other_themes_written_as_there(tmp_path):
    good = load_taxonomy(_write(tmp_path, GOOD.replace("agencies:", ALSO.format(also="[poor home conditions, GCP2]"))))
    assert good.theme("harm.other").also == ("poor home conditions", "GCP2")
    assert good.theme("harm.neglect").also == ()


def test_also_wordings_must_belong_to_another_theme(tmp_path):
    body = GOOD.replace(
        "agencies:",
        ALSO.format(also="[poor home conditions, poor home conditions, squalor, Poor Home Conditions, home alone]"),
    )
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(_write(tmp_path, body))
    messages = [p.message for p in caught.value.problems]
    assert any("'poor home conditions': listed twice" in m for m in messages), messages
    assert any("'squalor': already a wording of this theme" in m for m in messages), messages
    assert any("'Poor Home Conditions': write it as in harm.neglect: 'poor home conditions'" in m for m in messages)
    assert any("'home alone': not a phrase or abbreviation of any theme" in m for m in messages), messages
    assert len(messages) == 4, messages


def test_a_context_rule_may_cover_an_also_wording(tmp_path):
    body = GOOD.replace(
        "agencies:", ALSO.format(also="[neglect]").replace("applies_to: [low mood]", "applies_to: [low mood, neglect]")
    )
    rule = load_taxonomy(_write(tmp_path, body)).theme("harm.other").context[0]
    assert rule.applies_to == ("low mood", "neglect")


GUIDANCE = """
    practice:
      - text: Neglect is seen in the pattern of a child's life over time.
        source: Working Together to Safeguard Children 2023
      - Missed appointments are shared.
    questions:
      - What is a day in this child's life like?
agencies:"""


def test_practice_notes_and_questions_are_read_with_their_sources(tmp_path):
    tax = load_taxonomy(_write(tmp_path, GOOD.replace("agencies:", GUIDANCE.lstrip("\n"))))
    theme = tax.theme("harm.neglect")
    assert [(g.text, g.source) for g in theme.practice] == [
        ("Neglect is seen in the pattern of a child's life over time.", "Working Together to Safeguard Children 2023"),
        ("Missed appointments are shared.", ""),
    ]
    assert [g.text for g in theme.questions] == ["What is a day in this child's life like?"]


def test_bad_practice_notes_and_questions_are_problems_with_their_lines(tmp_path):
    bad = """
    practice:
      - text: No full stop at the end
      - text: A line with an empty source.
        source: ""
      - text: A line with a stray key.
        by: someone
      - source: Working Together to Safeguard Children 2023
      - Missed appointments are shared.
      - Missed appointments are shared.
    questions:
      - Is this a question.
agencies:"""
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy(_write(tmp_path, GOOD.replace("agencies:", bad.lstrip("\n"))))
    messages = [str(p) for p in caught.value.problems]
    expected = [
        "must end with '.'",
        "source is empty",
        "unknown key 'by'",
        "a line needs 'text:'",
        "is written twice",
        "must end with '?'",
    ]
    assert len(messages) == len(expected), messages
    for fragment, message in zip(expected, messages):
        assert fragment in message, (fragment, message)
    lines = [p.line for p in caught.value.problems]
    assert lines == sorted(lines) and lines[0] > 10  # each at its own line, in the theme's block


def test_every_theme_of_the_project_taxonomy_has_practice_notes_and_questions(taxonomy):
    for theme in taxonomy.themes:
        assert len(theme.practice) >= 2 and len(theme.questions) >= 2, theme.id
        for line in theme.practice + theme.questions:
            assert len(line.text) >= 30 and line.source == line.source.strip(), (theme.id, line)
    sourced = [line.source for t in taxonomy.themes for line in t.practice + t.questions if line.source]
    assert len(sourced) >= len(taxonomy.themes)  # most themes cite published guidance
