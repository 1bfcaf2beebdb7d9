"""Corpus generator: lesson bank for babies (non-accidental injury, SUDI).

Hand-written texts in reviewers' own varied wording, each with the themes its
author assigned. Used by the review specs; never produced by a tagger.
"""

from .bank_types import G, R, S

NAI = [
    S(
        "Bruising in a non-mobile baby",
        """A small bruise was seen on the baby's cheek by the health visitor when he was eleven weeks old.
      The explanation given, that his older sibling had hit him with a toy, was accepted without
      discussion with a paediatrician. Bruising in a baby who is not yet mobile is rare and must
      always prompt a referral under the local bruising protocol, whatever the explanation offered.""",
        "harm.nai_infant vuln.babies_infants agency.universal_health org.policy_guidance",
    ),
    S(
        "The father was not known to services",
        """Practitioners knew almost nothing about Baby R's father. He did not attend antenatal
      appointments, was never asked about his own history, and his previous conviction for assault
      was not known to maternity or health visiting. The review heard that 'dads were just not on
      our radar'. Fathers and other male carers need to be seen, assessed and engaged as carers in
      their own right.""",
        "fam.male_carers fam.parental_history agency.universal_health",
    ),
    S(
        "Minor injuries as sentinel signs",
        """Looking back, there were three earlier presentations that are now understood to have been
      sentinel injuries: a torn frenulum, a mark on the ear and a subconjunctival haemorrhage. Each
      was seen by a different professional and none was seen as part of a pattern. Small
      injuries in infants can be the precursor of serious NAI.""",
        "harm.nai_infant assess.history_chronology multi.information_sharing",
    ),
    S(
        "Crying babies and parental stress",
        """Both parents told the GP that the baby cried 'all the time' and that they were exhausted.
      Nobody explored how they coped when the crying would not stop, and the ICON messages about
      infant crying had not been given at the new birth visit. Persistent crying is a known trigger
      for abusive head trauma.""",
        "harm.nai_infant vuln.babies_infants agency.universal_health",
    ),
    S(
        "Accepting the parents' explanation",
        """When Baby S was brought to the emergency department with a swollen arm the parents said
      she had caught it in the cot bars. The account was plausible to the triage nurse and was
      recorded without challenge. A skeletal survey was only requested after a second attendance
      four days later. Practitioners should hold an explanation with respectful uncertainty until
      it has been tested against the medical findings.""",
        "harm.nai_infant assess.professional_curiosity agency.acute_health",
    ),
    S(
        "Pre-birth assessment did not consider the new partner",
        """The pre-birth assessment concentrated on the mother's own care history and her progress
      in parenting classes. Her new partner, who moved in during the third trimester, was mentioned
      only by his first name. The assessment therefore did not test the most significant risk to
      the unborn baby.""",
        "vuln.babies_infants fam.male_carers assess.risk_assessment",
    ),
    S(
        "Information held by probation was not shared",
        """The Probation Service knew that the father was subject to a licence following a conviction
      for violence against a previous partner's child. This information did not reach children's
      social care or the health visitor before the baby was born, and no agency asked for it.""",
        "multi.information_sharing multi.offender_risk_management fam.male_carers",
    ),
    S(
        "Two injuries, one strategy discussion",
        """A strategy discussion was convened after the fractured femur but it did not take account of
      the facial bruising recorded by the GP a month earlier. Decisions were made on the basis of a
      single incident rather than the whole history of the baby's short life.""",
        "harm.nai_infant assess.thresholds_cp_processes assess.history_chronology",
    ),
    S(
        "Young parents under pressure",
        """Both parents were under twenty and had themselves been known to children's services. The
      review found that their youth was seen as a reason to offer support rather than as a factor
      that also raised the level of risk to a baby in their sole care.""",
        "fam.young_parents fam.parental_history assess.risk_assessment",
    ),
    S(
        "The 'invisible' male carer",
        """The mother's boyfriend was often present during home visits but was described in records as
      'a friend'. He was never spoken to directly. Male carers who are living in the household, or
      visiting it regularly, must be identified and their role in the baby's care understood.""",
        "fam.male_carers assess.professional_curiosity harm.nai_infant",
    ),
    S(
        "Child protection medicals for infants",
        """The paediatric assessment of the baby's bruising was delayed by nearly 48 hours because of
      uncertainty about which hospital should see her. The local pathway did not say clearly who is
      responsible out of hours for a child protection medical in a child under one.""",
        "agency.acute_health harm.nai_infant org.policy_guidance",
    ),
    S(
        "Domestic abuse before the birth",
        """Police attended two incidents of domestic abuse during the pregnancy. These were graded as
      standard risk and were not shared with the midwife, so the antenatal booking and the plan for
      the birth were made without knowledge of them. Abuse in pregnancy is a significant risk
      indicator for the baby.""",
        "fam.domestic_abuse vuln.babies_infants multi.information_sharing agency.police",
    ),
    R(
        """The Safeguarding Partnership should relaunch its protocol for bruising and injuries in
      non-mobile babies and audit its use by GPs, health visitors and emergency departments within
      twelve months.""",
        "Safeguarding Partnership",
        "harm.nai_infant org.policy_guidance agency.universal_health",
    ),
    R(
        """Maternity and health visiting services should record the name, date of birth and
      relationship of every adult male living in or regularly visiting the household, and seek
      checks on them.""",
        "Integrated Care Board",
        "fam.male_carers agency.universal_health multi.record_keeping",
    ),
    R(
        """All agencies should ensure practitioners working with families of new babies give
      information on coping with crying, including to fathers, before discharge from hospital and at
      the new birth visit.""",
        "All partner agencies",
        "harm.nai_infant fam.male_carers agency.universal_health",
    ),
    R(
        """Children's social care should ensure that pre-birth assessments include a full assessment of
      any partner who will be caring for the baby, including his history and any criminal record.""",
        "Children's Social Care",
        "vuln.babies_infants fam.male_carers assess.risk_assessment",
    ),
    R(
        """The Integrated Care Board should provide assurance that emergency department staff are
      trained to recognise sentinel injuries in infants and know when to request a skeletal
      survey.""",
        "Integrated Care Board",
        "harm.nai_infant agency.acute_health org.workforce_supervision",
    ),
    R(
        """Police should review how domestic abuse incidents in which the victim is pregnant are
      risk-assessed and shared with midwifery.""",
        "Police",
        "fam.domestic_abuse vuln.babies_infants agency.police",
    ),
    G(
        """The GP recognised that the bruise on the baby's ear was significant and made a same-day
      referral to the MASH, which led to the baby being seen by a paediatrician within hours.""",
        "review.good_practice harm.nai_infant agency.universal_health",
    ),
    G(
        """The midwife invited the father to every antenatal appointment and recorded his views, which
      meant there was information about him when concerns later arose.""",
        "review.good_practice fam.male_carers agency.universal_health",
    ),
    S(
        "Reliance on the mother's account of the father",
        """Every piece of information professionals held about the father came from the mother. She
      described him as supportive and 'brilliant with the baby'. The review found that agencies did
      not check this, and that the mother was herself afraid of him.""",
        "fam.male_carers assess.optimism_bias fam.domestic_abuse",
    ),
    S(
        "Discharge planning after a first injury",
        """The baby was discharged to the care of his grandparents after his first admission. The
      written agreement said his father must not have unsupervised contact, but no agency was named
      as responsible for checking that the agreement was kept.""",
        "agency.acute_health assess.thresholds_cp_processes multi.coordination",
    ),
    S(
        "Parental substance use and a new baby",
        """The father's cannabis use was known to the GP and was mentioned at the booking appointment.
      It was not considered in relation to his capacity to care for a baby at night or when the
      mother returned to work.""",
        "fam.parental_substance_misuse vuln.babies_infants fam.male_carers",
    ),
    G(
        """A paediatric registrar noticed a subtle bruise to the baby's abdomen, took careful photographs
      and challenged the explanation offered; her clear recording later informed the care proceedings.""",
        "review.good_practice agency.acute_health multi.record_keeping",
    ),
    R(
        """The Partnership should commission a campaign for fathers and male carers on the risks of
      shaking a baby, delivered through GP surgeries, antenatal classes and community settings.""",
        "Safeguarding Partnership",
        "fam.male_carers harm.nai_infant",
    ),
]

SUDI = [
    S(
        "Safer sleep advice that did not change practice",
        """Safer sleep advice had been given to Baby M's mother by the midwife, the health visitor and the
      family nurse. Each time she agreed that the baby slept in his Moses basket. Nobody asked to see
      where he slept or talked about what happened at night when she was tired. Advice that is given
      but not tested against what actually happens in the home has limited protective value.""",
        "harm.sudi_safer_sleep agency.universal_health assess.professional_curiosity",
    ),
    S(
        "Alcohol and co-sleeping",
        """On the night the baby died both parents had been drinking at a family party. The baby was put
      to sleep between them on a sofa. Practitioners had never asked the parents about their use of
      alcohol, even though the father had a drink-driving conviction. Sleeping with a baby after
      drinking greatly increases the risk of SUDI.""",
        "harm.sudi_safer_sleep fam.parental_substance_misuse",
    ),
    S(
        "Out of routine",
        """The family were staying with relatives after their tenancy ended. The baby's cot had been
      left in the old flat and she slept on an adult bed with her mother. Risk increases when a family's
      usual routine is disrupted, and safer sleep planning needs to cover nights away from home.""",
        "harm.sudi_safer_sleep fam.poverty_housing",
    ),
    S(
        "Safer sleep for families already known",
        """The baby was subject to a child in need plan because of neglect. The plan did not mention
      sleeping arrangements at all. Where a family is known to social care, the plan for the baby
      should address safer sleep as directly as it addresses other risks.""",
        "harm.sudi_safer_sleep assess.thresholds_cp_processes harm.neglect",
    ),
    S(
        "Smoking in the home",
        """Both parents smoked heavily and the baby was born early and small. These are well
      established risk factors for sudden unexpected death in infancy, but they were recorded as
      lifestyle issues rather than discussed with the parents as risks to the baby's life.""",
        "harm.sudi_safer_sleep vuln.babies_infants agency.universal_health",
    ),
    S(
        "There was no evidence of deliberate harm",
        """There was no evidence that Baby Z was deliberately harmed and the review is clear that her
      death was not caused by abuse. The learning lies in how professionals engaged the family in
      safer sleep planning when the mother was depressed and often slept during the day.""",
        "harm.sudi_safer_sleep fam.parental_mental_health",
    ),
    S(
        "Messages to fathers about safer sleep",
        """The father was the main carer overnight because the mother worked night shifts. He had never
      been given safer sleep advice: all of it had been directed to the mother during health
      visiting contacts.""",
        "harm.sudi_safer_sleep fam.male_carers agency.universal_health",
    ),
    S(
        "Drug use and an infant in the bed",
        """The mother was on a methadone programme and was also using heroin on top. The drug service
      knew she had a baby but did not know where he slept or share its concerns about her
      increased use with the health visitor.""",
        "harm.sudi_safer_sleep fam.parental_substance_misuse multi.information_sharing",
    ),
    R(
        """The Partnership should adopt a safer sleep assessment tool to be used by all practitioners
      visiting families with babies, which includes seeing where the baby sleeps by day and by night.""",
        "Safeguarding Partnership",
        "harm.sudi_safer_sleep agency.universal_health",
    ),
    R(
        """Adult drug and alcohol services should ask every client whether they care for a baby and
      give, and record, safer sleep advice.""",
        "Public Health",
        "harm.sudi_safer_sleep fam.parental_substance_misuse",
    ),
    R(
        """Health visiting should plan with parents for times when routines change, such as holidays,
      house moves and celebrations, and record that plan.""",
        "Health visiting service",
        "harm.sudi_safer_sleep agency.universal_health",
    ),
    R(
        """Housing services should ensure that families placed in temporary accommodation with a baby
      have a cot or Moses basket from the first night.""",
        "Housing Service",
        "harm.sudi_safer_sleep fam.poverty_housing",
    ),
    G(
        """The health visitor used the local safer sleep checklist at every contact and asked to see the
      baby's cot, which the review found to be exemplary practice.""",
        "review.good_practice harm.sudi_safer_sleep agency.universal_health",
    ),
    G(
        """The ambulance crew and police followed the sudden unexpected death in infancy protocol
      carefully, and the family were treated with compassion throughout.""",
        "review.good_practice harm.sudi_safer_sleep agency.police",
    ),
    S(
        "Safer sleep conversations, not leaflets",
        """Several practitioners said they 'did safer sleep' by handing over the leaflet. The review
      found that parents who are tired, low in mood or using substances are unlikely to act on
      written information alone. What matters is a conversation about this family's own nights.""",
        "harm.sudi_safer_sleep org.workforce_supervision",
    ),
    S(
        "Overcrowding",
        """Seven people lived in a two-bedroom flat. There was no space for a cot, and the baby shared a
      bed with her mother and a sibling. The family's housing need had been raised with the council
      twice without result.""",
        "harm.sudi_safer_sleep fam.poverty_housing",
    ),
]
