"""Corpus generator: lesson bank for neglect, domestic abuse and parental risks.

Hand-written texts in reviewers' own varied wording, each with the themes its
author assigned.
"""

from .bank_types import G, R, S

NEGLECT = [
    S(
        "Start-again syndrome",
        """Over eight years the family was referred to children's social care eleven times. Each
      referral was assessed as if it were the first, and each assessment ended once the home
      conditions had improved for a few weeks. The cumulative impact of chronic neglect on the
      children was never analysed.""",
        "harm.neglect assess.optimism_bias assess.history_chronology",
    ),
    S(
        "Disguised compliance",
        """The mother cancelled appointments at short notice, tidied the house before planned visits
      and told each practitioner what she thought they wanted to hear. Her apparent cooperation
      reassured professionals and the plan was stepped down to early help.""",
        "assess.disguised_compliance harm.neglect assess.thresholds_cp_processes",
    ),
    S(
        "Missed health appointments",
        """The children missed dental, audiology and paediatric appointments over several years. These
      were recorded as 'did not attend' and the GP was sent letters. The review suggests that a child
      who 'was not brought' is a child whose needs are being neglected.""",
        "assess.disguised_compliance harm.neglect agency.universal_health",
    ),
    S(
        "The lived experience of the children",
        """Records describe the condition of the house in detail but say little about what it was like
      to be one of the children living in it: whether they had eaten, where they slept, whether they
      were warm. Practitioners rarely spoke to the children alone.""",
        "voice.voice_of_child harm.neglect",
    ),
    S(
        "School as a source of information",
        """School staff noticed that the children arrived hungry, wore the same clothes for days and
      were often late. These observations were discussed within school but reached children's social
      care only when the eldest child disclosed that there was no food at home.""",
        "edu.school_role harm.neglect multi.information_sharing",
    ),
    S(
        "Poverty and neglect",
        """The family lived on a very low income and had rent arrears. Some practitioners saw the state
      of the home as the result of poverty and did not look further; others saw only neglect and did
      not consider practical help. Both views needed to be held together.""",
        "fam.poverty_housing harm.neglect assess.risk_assessment",
    ),
    S(
        "Use of a neglect assessment tool",
        """The Graded Care Profile was started twice but never completed. Without it, professionals at
      core group meetings described the same concerns in different words and could not agree whether
      things were getting better or worse.""",
        "harm.neglect assess.risk_assessment multi.coordination",
    ),
    S(
        "Drift in the child protection plan",
        """The children were subject to child protection plans for twenty-two months. Core groups met
      regularly, but the plan's actions were repeated from one meeting to the next and nobody asked
      whether the plan was working or whether the threshold for legal proceedings had been reached.""",
        "assess.thresholds_cp_processes harm.neglect assess.critical_thinking_challenge",
    ),
    S(
        "Neglect of a teenager",
        """Because Jamie was fifteen, practitioners expected him to look after himself. His poor
      hygiene, weight loss and absence from school were seen as adolescent choices rather than
      evidence that nobody was caring for him.""",
        "harm.neglect edu.attendance_cme assess.optimism_bias",
    ),
    S(
        "Dental neglect",
        """By the age of six Child W had eight teeth removed under general anaesthetic. The dental
      service did not share its concern with the GP or the school nurse, and treated the decay as an
      oral health issue rather than a sign of neglect.""",
        "harm.neglect agency.universal_health multi.information_sharing",
    ),
    R(
        """The Partnership should require that the Graded Care Profile 2 is completed, and reviewed at
      each core group, for every child subject to a plan under the category of neglect.""",
        "Safeguarding Partnership",
        "harm.neglect assess.risk_assessment",
    ),
    R(
        """Children's social care should ensure that every new assessment of a family previously known
      to the service starts from a chronology of previous referrals and their outcomes.""",
        "Children's Social Care",
        "assess.history_chronology agency.childrens_social_care",
    ),
    R(
        """The ICB should ensure that GP practices follow a 'was not brought' policy for children and
      review patterns of missed appointments with the health visitor or school nurse.""",
        "Integrated Care Board",
        "assess.disguised_compliance agency.universal_health",
    ),
    R(
        """Schools should be reminded, through the designated safeguarding lead network, that
      cumulative low-level concerns about hunger, hygiene and lateness must be recorded and shared.""",
        "Education",
        "edu.school_role harm.neglect multi.record_keeping",
    ),
    G(
        """The school nurse kept a clear chronology of the children's health needs and used it to
      challenge the decision to close the case.""",
        "review.good_practice agency.universal_health assess.critical_thinking_challenge",
    ),
    G(
        """The family support worker visited unannounced, saw the children's bedrooms and spoke to each
      child alone, giving a clear picture of their daily lives.""",
        "review.good_practice voice.voice_of_child harm.neglect",
    ),
    S(
        "Tolerance of poor home conditions",
        """Photographs taken by the police showed a home without working heating, with dog faeces on the
      floor and no bedding on the children's beds. Practitioners who had visited regularly told the
      review they had become used to it.""",
        "harm.neglect assess.optimism_bias org.workforce_supervision",
    ),
    S(
        "Closing the case too soon",
        """The case was closed to children's social care six weeks after the conference because
      attendance had improved. The review found that the improvement was short-lived, and that closure
      was driven by high caseloads rather than by evidence of sustained change.""",
        "assess.thresholds_cp_processes org.workforce_supervision harm.neglect",
    ),
    R(
        """Children's social care should not step down a plan for neglect until there is evidence of
      change sustained for at least three months, agreed by the core group.""",
        "Children's Social Care",
        "harm.neglect assess.thresholds_cp_processes",
    ),
    S(
        "Early help that was not taken up",
        """An early help assessment identified the right needs but depended on the parents' consent and
      participation. When the mother stopped attending, the EHA was closed with no escalation and no
      one considered whether the unmet needs had become safeguarding concerns.""",
        "assess.early_help assess.disguised_compliance assess.critical_thinking_challenge",
    ),
]

DOMESTIC_ABUSE = [
    S(
        "Children as victims of domestic abuse in their own right",
        """The children were present during at least nine reported incidents. Police notifications
      recorded them as 'present, not involved'. Since the Domestic Abuse Act 2021 children who see,
      hear or experience the effects of abuse are victims in their own right, and their experience
      must be assessed, not assumed.""",
        "fam.domestic_abuse voice.voice_of_child agency.police",
    ),
    S(
        "Coercive control was not recognised",
        """The mother described her partner checking her phone, controlling the money and stopping her
      seeing her sister. Because there had been no physical violence, practitioners did not identify
      this as domestic abuse.""",
        "fam.domestic_abuse assess.risk_assessment",
    ),
    S(
        "The MARAC and children's plans",
        """The case was discussed twice at MARAC. The actions agreed there focused on the mother's safety
      and were not linked to the child in need plan, so the children's social worker did not know what
      had been agreed.""",
        "multi.offender_risk_management fam.domestic_abuse multi.coordination",
    ),
    S(
        "Expecting the victim to protect the children",
        """The written agreement required the mother to keep her ex-partner away from the home. When he
      returned, she was seen as failing to protect. The review found that the responsibility for
      managing the risk had been placed on the person being abused.""",
        "fam.domestic_abuse assess.risk_assessment fam.male_carers",
    ),
    S(
        "Perpetrator not engaged",
        """Services worked hard with the mother but the father, who was the source of the risk, was
      not seen by any agency working with the family. There was no perpetrator programme available
      in the area at the time.""",
        "fam.domestic_abuse fam.male_carers",
    ),
    S(
        "DA notifications to schools",
        """The school was not told about the incident the night before the child arrived upset and
      tearful. Operation Encompass is now in place, and the review heard how much difference a
      same-day notification makes to how staff respond to a child.""",
        "fam.domestic_abuse edu.school_role multi.information_sharing",
    ),
    S(
        "Risk assessment after separation",
        """Practitioners regarded the separation as reducing the risk. In fact the period after separation
      is when risk of serious harm is highest, and the father's behaviour escalated to stalking and
      threats to kill.""",
        "fam.domestic_abuse assess.risk_assessment assess.optimism_bias",
    ),
    S(
        "Hearing the child",
        """Ellie told her teacher that 'Daddy shouts at Mummy and she cries in the bathroom'. This was
      recorded on the school system but was not passed on, and she was not asked about it again.""",
        "voice.voice_of_child fam.domestic_abuse edu.school_role",
    ),
    S(
        "Abuse by an adolescent to a parent",
        """The mother reported that her sixteen-year-old son had pushed her down the stairs. Agencies
      had no shared understanding of child-to-parent abuse and responded either as a criminal matter
      or as a child in need issue, but not both.""",
        "fam.domestic_abuse cmh.child_mental_health multi.coordination",
    ),
    R(
        """Police should ensure that notifications of domestic abuse incidents describe what the
      children saw, heard and said, and not only whether they were present.""",
        "Police",
        "fam.domestic_abuse voice.voice_of_child agency.police",
    ),
    R(
        """The Partnership should ensure that multi-agency training on domestic abuse covers coercive and
      controlling behaviour and post-separation abuse.""",
        "Safeguarding Partnership",
        "fam.domestic_abuse org.workforce_supervision",
    ),
    R(
        """The MARAC coordinator should ensure that where children are in the household, actions are
      shared with the allocated social worker and recorded on the child's file.""",
        "Community Safety Partnership",
        "multi.offender_risk_management multi.information_sharing",
    ),
    R(
        """Commissioners should establish a programme for perpetrators of domestic abuse that can be
      accessed by fathers whose children are subject to a plan.""",
        "Community Safety Partnership",
        "fam.domestic_abuse fam.male_carers",
    ),
    G(
        """The IDVA built a trusting relationship with the mother and supported her to make a disclosure
      under Clare's Law, which she later said was a turning point.""",
        "review.good_practice fam.domestic_abuse",
    ),
    G(
        """Police officers at the scene spoke to both children separately and recorded their words,
      which gave the social worker an accurate picture of what they had experienced.""",
        "review.good_practice voice.voice_of_child agency.police",
    ),
    S(
        "Cultural barriers to disclosure",
        """The mother spoke little English and her husband interpreted at GP appointments. She was
      never offered a professional interpreter or seen alone, so she had no safe opportunity to say
      what was happening at home.""",
        "fam.domestic_abuse fam.race_culture_faith agency.universal_health",
    ),
]

PARENTAL = [
    S(
        "The toxic trio",
        """Domestic abuse, the mother's depression and both parents' alcohol use were each known to at
      least one agency. Each was assessed separately, by a different service, and nobody considered
      the combined impact on a four-year-old of living with all three.""",
        "fam.toxic_trio_cumulative fam.domestic_abuse fam.parental_mental_health",
    ),
    S(
        "Adult services and the think-family approach",
        """The mother's community mental health team knew she had three children but did not consider
      them in her care plan or in the crisis plan agreed after her admission. Adult services must
      think about the children of the adults they work with.""",
        "fam.parental_mental_health assess.whole_family",
    ),
    S(
        "Perinatal mental health",
        """The mother had a history of postnatal psychosis after her first child. This was on her GP
      record but was not flagged to the midwife, and she was not referred to the perinatal mental
      health service during her second pregnancy.""",
        "fam.parental_mental_health vuln.babies_infants multi.information_sharing",
    ),
    S(
        "Children caring for a parent",
        """The eldest child, aged twelve, did the shopping, got her siblings to school and managed her
      father's medication when he was drinking. Nobody identified her as a young carer.""",
        "vuln.young_carers fam.parental_substance_misuse",
    ),
    S(
        "Drug use and parenting capacity",
        """The father's drug use was assessed by the drug service in terms of his own health and his
      compliance with treatment. How his use affected his ability to supervise the children was not
      part of that assessment.""",
        "fam.parental_substance_misuse assess.whole_family",
    ),
    S(
        "Hospital discharge of a parent",
        """The mother was discharged from the mental health unit at a weekend with no notification to
      the children's social worker, who learned of it a week later from the school.""",
        "fam.parental_mental_health multi.information_sharing agency.acute_health",
    ),
    S(
        "Parents with a learning disability",
        """The mother had a mild learning disability. Information was given to her in long letters and
      at busy meetings, and her failure to follow the plan was interpreted as unwillingness rather
      than as not having understood it.""",
        "fam.parental_learning_disability assess.disguised_compliance",
    ),
    R(
        """The mental health trust should ensure that care plans for adults who are parents record the
      children in the household and consider their needs, with a 'think family' prompt.""",
        "Mental Health Trust",
        "fam.parental_mental_health assess.whole_family",
    ),
    R(
        """Drug and alcohol services should complete a parenting assessment with every client who has
      children in their care and share concerns with children's services.""",
        "Public Health",
        "fam.parental_substance_misuse multi.information_sharing",
    ),
    R(
        """The Partnership should promote the use of advocates and accessible information for parents
      with learning disabilities involved in child protection processes.""",
        "Safeguarding Partnership",
        "fam.parental_learning_disability assess.thresholds_cp_processes",
    ),
    G(
        """The perinatal mental health team held a joint visit with the health visitor and agreed a
      shared plan with the mother, which is a model the review commends.""",
        "review.good_practice fam.parental_mental_health multi.coordination",
    ),
    S(
        "Cumulative harm",
        """No single incident in the children's lives met the threshold for a child protection
      enquiry. Yet taken together, the years of exposure to parental drinking, arguments and chaotic
      routines amounted to significant harm.""",
        "fam.toxic_trio_cumulative assess.thresholds_cp_processes assess.history_chronology",
    ),
]
