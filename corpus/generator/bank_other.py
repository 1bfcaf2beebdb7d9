"""Corpus generator: lesson bank for disabled children, sexual abuse in the
family, FII, elective home education, children in care, culture and faith,
and abuse in residential settings.

Hand-written texts in reviewers' own varied wording, each with its themes.
"""

from .bank_types import G, R, S

DISABLED = [
    S(
        "Seeing the child behind the disability",
        """Sam could not speak and communicated through a few signs and his behaviour. Practitioners saw
      his weight loss and distress as part of his condition. Behaviour that is attributed to disability
      may be a disabled child's only way of telling us something is wrong.""",
        "vuln.disabled_children voice.voice_of_child",
    ),
    S(
        "Parents as carers and as risk",
        """Sam's mother was seen as an exhausted but devoted carer. The support plan addressed her need
      for respite; it did not consider whether his care at home was safe.""",
        "vuln.disabled_children assess.optimism_bias assess.whole_family",
    ),
    S(
        "Communication needs and the child's voice",
        """None of the professionals involved used Sam's communication system when seeing him, and none
      asked the school, which knew him best, how he expressed pain or fear.""",
        "vuln.disabled_children voice.voice_of_child edu.school_role",
    ),
    S(
        "Health appointments for children with complex needs",
        """Sam was not brought to eleven appointments with community paediatrics, dietetics and
      orthotics. Each service discharged him back to the GP, so no one saw the whole pattern.""",
        "vuln.disabled_children assess.disguised_compliance agency.universal_health",
    ),
    S(
        "Child protection for disabled children",
        """The threshold for a child protection enquiry was applied more cautiously to Sam than it would
      have been to a child without disabilities, because professionals were reluctant to add to the
      family's burdens.""",
        "vuln.disabled_children assess.thresholds_cp_processes",
    ),
    S(
        "Short breaks",
        """The short break provision was withdrawn after a reassessment of eligibility. The review found
      that the short breaks had been the family's main support and the only time Sam was seen by
      people outside the home.""",
        "vuln.disabled_children assess.early_help org.commissioning_regulation",
    ),
    S(
        "A deaf child's experience",
        """Maya was deaf and used British Sign Language, but her interviews with police and social care
      were carried out with her mother interpreting. She could not safely disclose abuse by her
      mother's partner in that setting.""",
        "vuln.disabled_children voice.voice_of_child agency.police",
    ),
    R(
        """The Partnership should ensure that assessments of disabled children always include direct work
      with the child, using the child's own communication methods.""",
        "Safeguarding Partnership",
        "vuln.disabled_children voice.voice_of_child",
    ),
    R(
        """Health providers should not discharge a disabled child for non-attendance without discussing the
      child with the lead professional.""",
        "Integrated Care Board",
        "vuln.disabled_children assess.disguised_compliance",
    ),
    R(
        """Police and children's social care should always use independent qualified interpreters,
      never family members, when speaking with deaf children about possible abuse.""",
        "Police",
        "vuln.disabled_children fam.race_culture_faith agency.police",
    ),
    G(
        """The special school's staff kept detailed daily records of Sam's presentation, which provided
      the clearest evidence of his decline.""",
        "review.good_practice edu.school_role multi.record_keeping",
    ),
    G(
        """The learning disability nurse adapted her visits to Sam's routine and always observed him at
      mealtimes.""",
        "review.good_practice vuln.disabled_children",
    ),
]

CSA = [
    S(
        "Sexual abuse within the family",
        """The abuse was committed by Mia's stepfather over four years. Professionals noticed changes in
      her behaviour at school, but nobody considered sexual abuse as a possible explanation.""",
        "harm.csa_family fam.male_carers edu.school_role",
    ),
    S(
        "A man convicted of sexual offences",
        """Mia's stepfather had a previous conviction for a sexual offence against a child. The probation
      service did not know that he had moved in with a family with children.""",
        "harm.csa_family multi.offender_risk_management",
    ),
    S(
        "Children rarely tell",
        """Children who are sexually abused in the family seldom tell anyone directly. Signs were present:
      soreness, sleep problems, sexualised behaviour. The burden of disclosure should not rest on the
      child.""",
        "harm.csa_family voice.voice_of_child",
    ),
    S(
        "Online abuse",
        """Mia was groomed on a gaming platform by an adult who posed as a teenager, and was persuaded to
      send indecent images. She was too ashamed to tell her parents.""",
        "efh.online_harm harm.csa_family",
    ),
    S(
        "Harmful sexual behaviour by a sibling",
        """The concerning behaviour of Mia's older brother was dealt with as a matter for the family. No
      assessment of his needs was made, and the younger children were not protected.""",
        "harm.harmful_sexual_behaviour assess.risk_assessment",
    ),
    S(
        "Mothers who do not believe",
        """When Josh did disclose, his mother did not believe him. The review found that professionals
      assumed the mother would protect and did not assess her capacity to do so.""",
        "harm.csa_family assess.optimism_bias",
    ),
    R(
        """The Partnership should develop a practice guide on the signs and indicators of sexual abuse in
      the family for practitioners in all agencies.""",
        "Safeguarding Partnership",
        "harm.csa_family org.policy_guidance",
    ),
    R(
        """Probation should check the household composition of every registered sex offender at each
      home visit and share it with children's social care.""",
        "Probation Service",
        "multi.offender_risk_management harm.csa_family",
    ),
    R(
        """Schools should include online safety and how to seek help in their curriculum for all year
      groups.""",
        "Education",
        "efh.online_harm edu.school_role",
    ),
    G(
        """The specialist child sexual abuse centre saw Mia quickly and its assessment supported her well
      through the criminal process.""",
        "review.good_practice harm.csa_family",
    ),
]

FII = [
    S(
        "Fabricated or induced illness",
        """Over three years Ava saw fourteen consultants. Each relied on the history given by her mother.
      Nobody compared the accounts given to different hospitals, which contradicted each other.""",
        "harm.fii agency.acute_health assess.history_chronology",
    ),
    S(
        "A responsible consultant",
        """There was no single paediatrician with an overview of Ava's health. Guidance on perplexing
      presentations recommends a responsible consultant who brings all the information together.""",
        "harm.fii multi.coordination org.policy_guidance",
    ),
    S(
        "The child's experience of medical care",
        """Ava had a feeding tube, used a wheelchair outside the home and missed most of her schooling.
      When she was admitted to hospital away from her mother she ate and walked normally.""",
        "harm.fii voice.voice_of_child",
    ),
    R(
        """The ICB should ensure that a responsible consultant is named for every child with perplexing
      presentations.""",
        "Integrated Care Board",
        "harm.fii agency.acute_health",
    ),
    G(
        """A paediatric nurse recorded her observations carefully and raised her concerns with the named
      doctor, which started the process that protected Ava.""",
        "review.good_practice harm.fii multi.record_keeping",
    ),
]

EHE = [
    S(
        "Invisibility after withdrawal from school",
        """Once Noah was withdrawn from school to be educated at home, he was not seen by any
      professional for fourteen months. The local authority had no power to see him and did not try.""",
        "edu.elective_home_education edu.attendance_cme",
    ),
    S(
        "Withdrawal after a referral",
        """Noah was withdrawn the week after the school made a referral about bruising. The timing was not
      noticed by the elective home education team.""",
        "edu.elective_home_education multi.information_sharing harm.physical_abuse",
    ),
    S(
        "Physical abuse presented as discipline",
        """Noah's father said he believed in physical punishment. Professionals noted this but did not
      consider what it meant for a boy who was rarely seen outside the home.""",
        "harm.physical_abuse assess.professional_curiosity",
    ),
    R(
        """The local authority should check with children's social care before accepting the withdrawal of
      a child for elective home education and visit every such child within four weeks.""",
        "Children's Social Care",
        "edu.elective_home_education",
    ),
    G(
        """The school's designated safeguarding lead recognised the significance of the withdrawal and
      contacted the local authority the same day.""",
        "review.good_practice edu.school_role",
    ),
]

LAC = [
    S(
        "Placement instability",
        """By the age of fourteen Jordan had had nineteen placements. Each move meant a new school, new
      carers and a new social worker, and he stopped telling anyone how he felt.""",
        "vuln.looked_after voice.voice_of_child",
    ),
    S(
        "Out-of-area placement",
        """Jordan was placed in a children's home 120 miles away because no local placement was available.
      The local police and health services did not know he was there until he went missing.""",
        "vuln.looked_after multi.cross_boundary_transfer efh.missing",
    ),
    S(
        "The role of the IRO",
        """The IRO chaired reviews on time but did not challenge the plan for Jordan's placement, which had
      not changed in two years despite repeated breakdowns.""",
        "vuln.looked_after assess.critical_thinking_challenge",
    ),
    S(
        "Unregistered provision",
        """For the last three months of his life Jordan lived in semi-independent accommodation that was
      not regulated, where staff were not trained to care for a child at risk of exploitation.""",
        "vuln.looked_after org.commissioning_regulation efh.cce_county_lines",
    ),
    S(
        "Kinship care without support",
        """Leah lived with her grandmother under a special guardianship order. The grandmother had health
      problems of her own and received no support after the order was made.""",
        "vuln.looked_after assess.early_help",
    ),
    S(
        "Assessing kinship carers",
        """The viability assessment of the aunt and her partner was completed in a week. His history of
      violence was not explored.""",
        "vuln.looked_after assess.risk_assessment fam.male_carers",
    ),
    R(
        """The local authority should notify the host authority, police and health services within five
      working days of placing a child out of area.""",
        "Children's Social Care",
        "vuln.looked_after multi.cross_boundary_transfer",
    ),
    R(
        """The IRO service should report to the Corporate Parenting Board on the challenges it raises and
      their outcomes.""",
        "Children's Social Care",
        "vuln.looked_after assess.critical_thinking_challenge",
    ),
    R(
        """Every special guardian should be offered a support plan and an annual review of their needs.""",
        "Children's Social Care",
        "vuln.looked_after assess.early_help",
    ),
    G(
        """Jordan's residential key worker kept in contact with him after he moved on, and he described her
      as the person he trusted most.""",
        "review.good_practice vuln.looked_after",
    ),
    G(
        """The virtual school ensured that Leah kept her school place through two moves.""",
        "review.good_practice vuln.looked_after edu.school_role",
    ),
]

CULTURE = [
    S(
        "Interpreters",
        """Professional interpreters were used for only two of twenty-three contacts with the family. On
      other occasions the children were asked to interpret, including about their own care.""",
        "fam.race_culture_faith voice.voice_of_child",
    ),
    S(
        "Cultural competence and curiosity",
        """Practitioners were anxious about appearing racist and did not ask about beliefs and practices
      that might affect the children. Respectful curiosity about culture is part of good assessment.""",
        "fam.race_culture_faith assess.professional_curiosity",
    ),
    S(
        "Female genital mutilation",
        """The mother had undergone FGM and this was recorded at her antenatal booking. The risk to her
      daughters was not assessed and the information was not passed to the health visitor.""",
        "harm.hba_fgm_forced_marriage multi.information_sharing agency.universal_health",
    ),
    S(
        "Forced marriage",
        """Sana told a teacher that she was going to be married during the summer holiday. The school
      did not contact the Forced Marriage Unit, and she was taken abroad three weeks later.""",
        "harm.hba_fgm_forced_marriage edu.school_role",
    ),
    S(
        "Faith settings",
        """The children attended a supplementary school at their place of worship for twelve hours a
      week. The setting had no safeguarding policy and its staff had not been trained.""",
        "fam.race_culture_faith org.policy_guidance",
    ),
    S(
        "Belief in spirit possession",
        """The family believed the child was possessed. This belief was mentioned by the child to a
      teacher but was not recognised as a significant risk.""",
        "harm.hba_fgm_forced_marriage fam.race_culture_faith",
    ),
    S(
        "No recourse to public funds",
        """The family had no recourse to public funds and lived in one room. Their immigration status
      limited the help that services believed they could offer.""",
        "fam.poverty_housing fam.race_culture_faith",
    ),
    R(
        """All agencies should use professional interpreters and never ask children to interpret.""",
        "All partner agencies",
        "fam.race_culture_faith voice.voice_of_child",
    ),
    R(
        """Maternity services should complete an FGM risk assessment for daughters whenever a mother's
      FGM is identified, and share it with the GP and health visitor.""",
        "Integrated Care Board",
        "harm.hba_fgm_forced_marriage agency.universal_health",
    ),
    R(
        """The Partnership should work with faith leaders to help out-of-school settings adopt
      safeguarding policies.""",
        "Safeguarding Partnership",
        "fam.race_culture_faith org.policy_guidance",
    ),
    G(
        """The health visitor arranged for a female interpreter of the same dialect to be present at every
      visit, which allowed the mother to speak openly.""",
        "review.good_practice fam.race_culture_faith agency.universal_health",
    ),
]

RESIDENTIAL = [
    S(
        "Whistleblowing that was not acted on",
        """A member of staff raised concerns about the way children were restrained. The concerns were
      investigated by the provider itself and were not referred to the LADO.""",
        "harm.organisational_abuse org.leadership_culture",
    ),
    S(
        "Oversight by placing authorities",
        """Twelve local authorities had children placed at the school. None visited more often than the
      statutory minimum, and none compared notes with the others.""",
        "harm.organisational_abuse org.commissioning_regulation vuln.disabled_children",
    ),
    S(
        "Children who could not tell",
        """Most of the children had severe learning disabilities and could not describe what was
      happening to them. Their distress was recorded as behaviour that challenges.""",
        "harm.organisational_abuse vuln.disabled_children voice.voice_of_child",
    ),
    R(
        """Placing authorities should share concerns about a provider with each other and with Ofsted
      through a single information-sharing protocol.""",
        "Safeguarding Partnership",
        "harm.organisational_abuse org.commissioning_regulation multi.information_sharing",
    ),
    G(
        """The new head of care recognised the culture in the home and reported it to Ofsted
      immediately.""",
        "review.good_practice harm.organisational_abuse org.leadership_culture",
    ),
]
