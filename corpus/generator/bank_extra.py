"""Corpus generator: further lesson texts for the common themes.

Appended after the first entries of each pool, so texts already handed out
to earlier reviews keep their places.
"""

from .bank_types import G, R, S

NAI_MORE = [
    S(
        "Bruising protocol not followed by the GP",
        """The GP saw a two-month-old with a bruise on her thigh at a routine vaccination appointment and
      accepted the mother's view that it was a birthmark. The practice had not been told about the
      Partnership's protocol for bruising in babies who are not independently mobile.""",
        "harm.nai_infant agency.universal_health org.policy_guidance",
    ),
    S(
        "A father who was 'helpful'",
        """The HV described the father as hands-on and helpful, and records contain no other information
      about him. He was providing most of the baby's care overnight while the mother recovered from a
      caesarean section.""",
        "fam.male_carers agency.universal_health assess.optimism_bias",
    ),
    S(
        "Head injury and the skeletal survey",
        """The CT scan showed bleeding on the brain and the retinal examination was delayed by a day. The
      review found that the investigation of suspected abusive head trauma followed national guidance
      once it began, but that a strategy discussion was not held until the third day.""",
        "harm.nai_infant agency.acute_health assess.thresholds_cp_processes",
    ),
    S(
        "Previous children removed",
        """The father had two older children who had been adopted following care proceedings in another
      authority. This was not known to the midwife or to the local children's social care team until
      after the injury.""",
        "fam.parental_history multi.cross_boundary_transfer fam.male_carers",
    ),
    S(
        "Practitioners' fear of the father",
        """Practitioners found the father intimidating and arranged visits when they knew he would be out.
      The effect was that the adult who posed the greatest risk was the one least known.""",
        "fam.male_carers org.workforce_supervision fam.domestic_abuse",
    ),
    S(
        "A baby who was never seen undressed",
        """During the child in need period the baby was seen on nine occasions but was always asleep in
      his car seat or wrapped in a blanket. Seeing a baby means seeing the baby's body, awake and
      undressed, not only being in the same room.""",
        "harm.nai_infant voice.voice_of_child assess.professional_curiosity",
    ),
    S(
        "Postnatal depression and a baby's safety",
        """The mother told her GP she was struggling to bond with the baby and sometimes felt angry when
      he cried. She was prescribed antidepressants. Her comments were not shared with the health
      visitor or considered as a possible risk to the baby.""",
        "fam.parental_mental_health harm.nai_infant multi.information_sharing",
    ),
    S(
        "The unborn baby protocol",
        """The referral at twenty weeks' gestation was not allocated until the thirty-fourth week, leaving
      too little time for a pre-birth assessment and conference before the birth.""",
        "vuln.babies_infants assess.thresholds_cp_processes agency.childrens_social_care",
    ),
    S(
        "Injuries explained by a sibling",
        """Three times the explanation for a baby's injury was that his three-year-old sister had
      caused it. Practitioners did not ask whether this was plausible, or observe the sibling with the
      baby.""",
        "harm.nai_infant assess.professional_curiosity",
    ),
    S(
        "There was no indication of substance misuse",
        """The review found no indication that either parent misused drugs or alcohol, and there was no
      history of domestic abuse. The family did not present as one at risk, which is why the
      universal services' response to the first bruise was so important.""",
        "harm.nai_infant agency.universal_health",
    ),
    R(
        """The ICB should ensure every GP practice has a lead for the bruising protocol and that it is
      part of mandatory safeguarding training.""",
        "Integrated Care Board",
        "harm.nai_infant agency.universal_health org.workforce_supervision",
    ),
    R(
        """Children's social care should allocate unborn baby referrals within ten working days so that
      assessment can be completed before thirty weeks' gestation.""",
        "Children's Social Care",
        "vuln.babies_infants assess.thresholds_cp_processes",
    ),
    R(
        """All agencies should record the presence and role of fathers and male carers at every contact
      with a family with a baby.""",
        "All partner agencies",
        "fam.male_carers multi.record_keeping",
    ),
    R(
        """The Partnership should ensure practitioners working with infants are supported to see babies
      undressed as part of routine visits when there are safeguarding concerns.""",
        "Safeguarding Partnership",
        "harm.nai_infant voice.voice_of_child",
    ),
    G(
        """The emergency department consultant insisted on a full skeletal survey despite the parents'
      objection, which identified older rib fractures.""",
        "review.good_practice harm.nai_infant agency.acute_health",
    ),
    G(
        """The health visitor had a separate conversation with the father about coping with crying and
      recorded his response.""",
        "review.good_practice fam.male_carers agency.universal_health",
    ),
    G(
        """The police child abuse investigation team held a timely strategy discussion with the
      paediatrician and social care out of hours.""",
        "review.good_practice agency.police multi.coordination",
    ),
]

SUDI_MORE = [
    S(
        "Unsafe sleep in a family under stress",
        """The baby slept on the sofa with her father most nights because the parents had argued and he
      would not sleep in the bedroom. Practitioners did not connect the tension in the relationship with
      the baby's sleeping arrangements.""",
        "harm.sudi_safer_sleep fam.domestic_abuse",
    ),
    S(
        "Sleep and a baby born prematurely",
        """Baby K was born at thirty-two weeks and was discharged from the NNU with safer sleep advice
      specific to premature babies. The advice was not passed to the community team.""",
        "harm.sudi_safer_sleep agency.acute_health multi.information_sharing",
    ),
    S(
        "Asking about drinking",
        """Practitioners said they felt awkward asking parents about alcohol. When they did ask, they
      accepted answers such as 'only socially'. Questions about drinking need to be asked in a way
      that relates directly to the baby's safety.""",
        "fam.parental_substance_misuse harm.sudi_safer_sleep assess.professional_curiosity",
    ),
    S(
        "The baby's death was not related to neglect",
        """The post-mortem found no evidence of neglect or of injury, and the home conditions were good.
      The learning concerns the way safer sleep messages were delivered to a mother who was exhausted
      and unsupported after a difficult birth.""",
        "harm.sudi_safer_sleep fam.parental_mental_health",
    ),
    S(
        "Sleeping in a car seat and a pram",
        """The baby often slept for long periods in a car seat because the family had no other space.
      Safer sleep advice had not covered car seats or sleeping outside the home.""",
        "harm.sudi_safer_sleep fam.poverty_housing",
    ),
    S(
        "Safer sleep in temporary accommodation",
        """In the bed and breakfast accommodation the family shared a single room with no space for the
      travel cot. The housing officer did not know there was a baby in the household.""",
        "harm.sudi_safer_sleep fam.poverty_housing multi.information_sharing",
    ),
    S(
        "Young parents and safer sleep",
        """The mother was seventeen and lived with her own mother, who followed the practices she had
      used with her own children. Safer sleep advice needs to reach the grandparents and others who
      care for the baby.""",
        "harm.sudi_safer_sleep fam.young_parents voice.wider_family",
    ),
    R(
        """The Partnership should ensure that safer sleep messages are delivered to all carers of a baby,
      including fathers, grandparents and others who look after the baby overnight.""",
        "Safeguarding Partnership",
        "harm.sudi_safer_sleep fam.male_carers",
    ),
    R(
        """Neonatal units should share discharge safer sleep plans for premature babies with health
      visitors and GPs.""",
        "Acute Trust",
        "harm.sudi_safer_sleep agency.acute_health",
    ),
    R(
        """Practitioners should be trained to ask about alcohol and drug use in relation to sleeping with
      a baby, using the Partnership's conversation guide.""",
        "All partner agencies",
        "harm.sudi_safer_sleep fam.parental_substance_misuse org.workforce_supervision",
    ),
    G(
        """The family nurse used a doll and a cot to show the mother how to put the baby down safely, which
      the review considers a model of practical advice.""",
        "review.good_practice harm.sudi_safer_sleep",
    ),
    G(
        """The child death review process gave the family a named key worker who supported them through
      the inquest.""",
        "review.good_practice harm.child_death_homicide",
    ),
]

NEGLECT_MORE = [
    S(
        "Hunger and growth",
        """Charts showed that the youngest child's weight had fallen from the fiftieth to below the second
      centile over eighteen months. The charts were in the health visiting record but were not plotted
      at the last three contacts.""",
        "harm.neglect agency.universal_health multi.record_keeping",
    ),
    S(
        "Neglect and school attendance",
        """The children's attendance was below 70 per cent for three years. Fines were issued, but nobody
      asked why the children were not getting to school. Persistent absence was a symptom of neglect.""",
        "edu.attendance_cme harm.neglect",
    ),
    S(
        "A mother who was a care leaver",
        """The mother had been in care herself and had no family support. Professionals described her as
      'difficult to work with', without recognising how her own experience of services shaped her
      response to them.""",
        "fam.parental_history assess.disguised_compliance vuln.looked_after",
    ),
    S(
        "The children's account",
        """When interviewed, the eldest child said she 'just got on with it'. She had been getting her
      siblings up, washed and fed for years. Her voice had been available throughout.""",
        "voice.voice_of_child vuln.young_carers harm.neglect",
    ),
    S(
        "Emotional neglect",
        """The children were fed and clothed, but they were rarely spoken to, and were left alone in their
      rooms for long periods. Emotional neglect was harder for practitioners to evidence than physical
      neglect, and was not named in any plan.""",
        "harm.emotional_abuse harm.neglect assess.risk_assessment",
    ),
    S(
        "Animals and hoarding",
        """The family kept eleven dogs and the house was full of possessions. The RSPCA visited twice and
      did not know that children lived at the address.""",
        "harm.neglect multi.information_sharing",
    ),
    S(
        "Escalation to pre-proceedings",
        """Legal planning meetings were held twice but the case did not enter the PLO. The review found that
      decisions were based on the hope of change rather than evidence of it.""",
        "assess.thresholds_cp_processes assess.optimism_bias harm.neglect",
    ),
    S(
        "Neglect of medical needs",
        """The child's asthma was poorly controlled because prescriptions were not collected. He was
      admitted to hospital four times in a year with acute attacks.""",
        "harm.neglect agency.acute_health agency.universal_health",
    ),
    S(
        "Early help and neglect",
        """The early help offer was made up of parenting courses that the mother had already attended
      twice. Support was not tailored to what the family actually needed.""",
        "assess.early_help harm.neglect",
    ),
    R(
        """Health visitors and school nurses should plot growth at every contact where a child is subject to
      a plan for neglect and share concerns about faltering growth.""",
        "Health visiting service",
        "harm.neglect agency.universal_health",
    ),
    R(
        """The education attendance service should make a referral to children's social care where
      persistent absence continues after a fine has been issued.""",
        "Education",
        "edu.attendance_cme harm.neglect",
    ),
    R(
        """Children's social care should ensure that legal planning meetings set a date by which evidence of
      change must be seen.""",
        "Children's Social Care",
        "assess.thresholds_cp_processes harm.neglect",
    ),
    G(
        """The early years practitioner noticed the child's hunger and arranged breakfast at nursery, while
      sharing her observations with the health visitor.""",
        "review.good_practice harm.neglect multi.information_sharing",
    ),
    G(
        """The social worker used a visual tool to help the children describe a typical day, which gave a
      vivid picture of their lives.""",
        "review.good_practice voice.voice_of_child",
    ),
]

DA_MORE = [
    S(
        "DASH risk assessments",
        """The DASH risk assessment was completed by the police at each incident, but the mother's answers
      changed depending on whether her partner was in the house. The risk was graded as medium each
      time.""",
        "fam.domestic_abuse assess.risk_assessment agency.police",
    ),
    S(
        "Domestic abuse and the health service",
        """The mother attended the ED with injuries three times and told staff she had fallen. Routine
      enquiry about domestic abuse was not carried out.""",
        "fam.domestic_abuse agency.acute_health assess.professional_curiosity",
    ),
    S(
        "Contact arrangements",
        """A child arrangements order allowed the father unsupervised contact. The family court was not
      told of the most recent police incidents.""",
        "fam.domestic_abuse multi.information_sharing",
    ),
    S(
        "Teenage relationship abuse",
        """Jess was sixteen and her boyfriend was nineteen. Because she was under eighteen, the domestic
      abuse services for adults would not accept a referral; children's services saw the matter as a
      relationship issue.""",
        "fam.domestic_abuse efh.contextual_safeguarding multi.coordination",
    ),
    S(
        "Clare's Law",
        """The mother's new partner had a history of violence against two previous partners. A disclosure
      under the Domestic Violence Disclosure Scheme was considered but not made.""",
        "fam.domestic_abuse multi.offender_risk_management agency.police",
    ),
    S(
        "Hidden harm in a professional family",
        """Both parents were in professional employment and presented well. Practitioners found it hard to
      believe that abuse was happening in a family like theirs.""",
        "fam.domestic_abuse assess.optimism_bias",
    ),
    S(
        "There was no history of domestic abuse",
        """There was no history of domestic abuse between the parents and the police had never been called
      to the home. The review considers instead how the father's controlling behaviour towards the
      children themselves went unrecognised.""",
        "harm.emotional_abuse fam.male_carers",
    ),
    R(
        """The ED should carry out routine enquiry about domestic abuse with all adults presenting with
      injuries and record it.""",
        "Acute Trust",
        "fam.domestic_abuse agency.acute_health",
    ),
    R(
        """Children's social care should share relevant police information with the family court when a
      child arrangements order is being considered.""",
        "Children's Social Care",
        "fam.domestic_abuse multi.information_sharing",
    ),
    R(
        """The Partnership should agree a pathway for young people aged 16 and 17 experiencing abuse in
      their own relationships.""",
        "Safeguarding Partnership",
        "fam.domestic_abuse org.policy_guidance",
    ),
    G(
        """The school made a referral to the MASH the morning after the child disclosed the incident, and
      the designated safeguarding lead followed it up the same afternoon.""",
        "review.good_practice edu.school_role multi.information_sharing",
    ),
    G(
        """The domestic abuse outreach worker saw the children as well as the mother and helped them make a
      safety plan.""",
        "review.good_practice fam.domestic_abuse voice.voice_of_child",
    ),
]

PARENTAL_MORE = [
    S(
        "Parental suicide risk and the children",
        """The father had made two attempts on his life. Mental health crisis services focused on his
      safety and did not consider the impact on the children who found him.""",
        "fam.parental_mental_health assess.whole_family",
    ),
    S(
        "Drinking and the school run",
        """The school noticed that the mother smelt of alcohol when collecting the children, but staff did
      not know what to do with the information.""",
        "fam.parental_substance_misuse edu.school_role",
    ),
    R(
        """Adult mental health crisis teams should ask about children and contact children's social care
      when a parent with children has attempted suicide.""",
        "Mental Health Trust",
        "fam.parental_mental_health assess.whole_family",
    ),
    R(
        """The Partnership should publish guidance for schools on responding when a parent appears
      intoxicated.""",
        "Safeguarding Partnership",
        "fam.parental_substance_misuse edu.school_role",
    ),
    G(
        """The substance misuse worker attended every core group and gave clear information on the
      father's drug tests.""",
        "review.good_practice fam.parental_substance_misuse multi.coordination",
    ),
]

PRACTICE_MORE = [
    S(
        "Hearing the same concerns again",
        """The reviewer was struck by how often the learning in this case echoes that of previous reviews.
      Information sharing, curiosity and the voice of the child are not new issues.""",
        "review.system_learning",
    ),
    S(
        "Workload and the quality of visits",
        """Social workers had caseloads of over thirty children. Home visits were often short, and the
      children were seen for a few minutes only.""",
        "org.workforce_supervision agency.childrens_social_care",
    ),
    S(
        "Curiosity about who lives in the home",
        """At least four adults came and went from the property during the period under review. None of
      them was identified in an assessment. Knowing who is in a child's household is fundamental.""",
        "assess.professional_curiosity fam.male_carers",
    ),
    S(
        "Electronic records that did not talk to each other",
        """The GP, the health visitor and the hospital used three different electronic systems, and none
      of them showed the safeguarding alerts held by the others.""",
        "multi.record_keeping multi.information_sharing agency.universal_health",
    ),
    S(
        "Case closure without the child being seen",
        """The assessment was closed with 'no further action' without the child being seen or spoken to.
      The decision was based on a telephone call with the mother.""",
        "voice.voice_of_child assess.thresholds_cp_processes agency.childrens_social_care",
    ),
    S(
        "Deferring to the specialist",
        """Practitioners in universal services deferred to the paediatrician's view, even when their own
      observations did not fit it. Everyone has a part to play in challenging a view they disagree
      with.""",
        "assess.critical_thinking_challenge multi.coordination",
    ),
    S(
        "Thinking about the whole family",
        """Services worked with individuals rather than with the family as a whole. Adult services saw the
      parents; children's services saw the children; no one saw how the family's problems interacted.""",
        "assess.whole_family multi.coordination",
    ),
    S(
        "Police information not shared with health",
        """The police held intelligence that the stepfather was dealing drugs from the address. Health
      professionals visiting the home were unaware of this and made visits alone.""",
        "multi.information_sharing agency.police",
    ),
    S(
        "Virtual visits during the pandemic",
        """During the lockdowns the health visitor carried out the new birth contact by telephone. The baby
      was first seen face to face at eight months, by which time injuries had already occurred.""",
        "org.covid agency.universal_health vuln.babies_infants",
    ),
    S(
        "Chronologies that were never used",
        """A multi-agency chronology was compiled for the conference but it was not updated and was not
      used to inform decisions at later meetings.""",
        "assess.history_chronology multi.record_keeping",
    ),
    S(
        "Leadership and a culture of challenge",
        """Practitioners spoke of a culture in which questioning a decision was seen as being difficult.
      Leaders need to make it safe to challenge and to escalate concerns.""",
        "org.leadership_culture assess.critical_thinking_challenge",
    ),
    S(
        "The emotional impact on practitioners",
        """Practitioners described feeling frightened and exhausted by their work with the family, and no
      one asked them how they were. Supervision should attend to the emotional impact of the work.""",
        "org.workforce_supervision",
    ),
    R(
        """Agencies should ensure practitioners record and check the identity of every adult living in or
      frequently visiting a child's home.""",
        "All partner agencies",
        "assess.professional_curiosity fam.male_carers multi.record_keeping",
    ),
    R(
        """The Partnership should review the caseloads of children's social workers and report to the
      executive group on how they compare with national benchmarks.""",
        "Children's Social Care",
        "org.workforce_supervision org.leadership_culture",
    ),
    R(
        """The ICB should work with providers towards shared access to safeguarding alerts across GP,
      community health and hospital records.""",
        "Integrated Care Board",
        "multi.record_keeping multi.information_sharing",
    ),
    R(
        """Children's social care should not close an assessment without the child being seen and, where
      old enough, spoken to alone.""",
        "Children's Social Care",
        "voice.voice_of_child assess.thresholds_cp_processes",
    ),
    R(
        """Police should share intelligence about risks at a home with health and social care practitioners
      who visit it, through the MASH.""",
        "Police",
        "multi.information_sharing agency.police",
    ),
    R(
        """The Partnership should set out expectations for face-to-face contact with vulnerable children
      during any future emergency such as a pandemic.""",
        "Safeguarding Partnership",
        "org.covid voice.voice_of_child org.policy_guidance",
    ),
    R(
        """All agencies should ensure that supervision attends to the emotional impact of the work and to
      practitioners' safety.""",
        "All partner agencies",
        "org.workforce_supervision",
    ),
    G(
        """Managers supported practitioners well after the incident, offering debriefs and time away from
      frontline work.""",
        "review.good_practice org.workforce_supervision",
    ),
    G(
        """The multi-agency chronology compiled by the MASH was thorough and used well at the strategy
      discussion.""",
        "review.good_practice assess.history_chronology multi.information_sharing",
    ),
    G(
        """The lead professional coordinated a complex plan effectively and kept every agency informed.""",
        "review.good_practice multi.coordination",
    ),
]
