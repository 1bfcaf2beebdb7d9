"""Corpus generator: lesson bank for adolescents (CSE, CCE, self-harm and suicide).

Hand-written texts in reviewers' own varied wording, each with its themes.
"""

from .bank_types import G, R, S

CSE = [
    S(
        "Missing episodes as a warning sign",
        """Chloe was reported missing twenty-three times in eight months. Return home interviews were
      offered on only four occasions and she declined each time. The pattern of her going missing,
      and who she was with, was never analysed.""",
        "efh.missing efh.cse",
    ),
    S(
        "The language of choice",
        """Records describe Chloe as 'putting herself at risk' and being in a 'relationship' with a
      twenty-four-year-old man. A fourteen-year-old cannot consent to her own exploitation, and
      language that implies she chose it shifts responsibility away from the adults abusing her.""",
        "efh.cse multi.record_keeping",
    ),
    S(
        "Grooming online before offline",
        """The first contact with the men who later exploited her was through a social media app. Her
      mother had raised concerns about messages on her phone with the school, but the school did
      not have a way to escalate concerns about online contact.""",
        "efh.online_harm efh.cse edu.school_role",
    ),
    S(
        "Multi-agency child exploitation meetings",
        """The MACE panel discussed Chloe three times. Each time the actions were for single agencies and
      there was no disruption plan aimed at the adults involved, such as Child Abduction Warning
      Notices.""",
        "efh.cse multi.coordination agency.police",
    ),
    S(
        "Adultification of a Black girl",
        """Practitioners described Amira as 'streetwise' and 'older than her years'. The review considers
      that she was seen as less vulnerable than a white girl of the same age would have been, and
      that this affected how seriously her disclosures were taken.""",
        "fam.race_culture_faith efh.cse assess.optimism_bias",
    ),
    S(
        "Sexual health services as a point of contact",
        """Amira attended the sexual health clinic four times in a year, including for emergency
      contraception. The clinic used its CSE screening tool only once, and did not share the result.""",
        "efh.cse agency.universal_health multi.information_sharing",
    ),
    S(
        "The end of services at eighteen",
        """As Chloe's eighteenth birthday approached, plans focused on her leaving children's services.
      The exploitation did not stop at eighteen. Transitional safeguarding arrangements were not in
      place to bridge children's and adult services.""",
        "efh.contextual_safeguarding vuln.looked_after multi.coordination",
    ),
    S(
        "Trusted relationships",
        """The one professional Chloe trusted was a youth worker whose post was funded for six months.
      When the post ended, she disengaged from all services.""",
        "efh.cse voice.voice_of_child org.commissioning_regulation",
    ),
    S(
        "Peer-on-peer sexual abuse",
        """The abuse was carried out by a group of boys from the same school. School staff treated the
      sharing of images as a disciplinary matter and did not recognise that Ruby was a victim of
      harmful sexual behaviour.""",
        "harm.harmful_sexual_behaviour efh.online_harm edu.school_role",
    ),
    R(
        """Police and children's social care should ensure that every return home interview is offered by
      someone the child knows, and that information from interviews is analysed for patterns of
      exploitation.""",
        "Police",
        "efh.missing efh.cse",
    ),
    R(
        """The Partnership should publish guidance on the language of exploitation so that records never
      suggest that children consent to their own abuse.""",
        "Safeguarding Partnership",
        "efh.cse multi.record_keeping org.policy_guidance",
    ),
    R(
        """The MACE panel should require a plan to disrupt the adults who pose a risk, and not only a plan
      for the child.""",
        "MACE Panel",
        "efh.cse multi.offender_risk_management",
    ),
    R(
        """Commissioners should ensure that sexual health services routinely screen for exploitation and
      share concerns with the MASH.""",
        "Integrated Care Board",
        "efh.cse agency.universal_health",
    ),
    G(
        """The police analyst mapped the addresses and vehicles linked to Chloe's missing episodes, which
      led to the arrest of two men.""",
        "review.good_practice efh.cse agency.police",
    ),
    G(
        """The school nurse persisted in offering Amira appointments at times she could attend and built a
      relationship in which she felt able to talk.""",
        "review.good_practice agency.universal_health voice.voice_of_child",
    ),
    S(
        "Consent confusion among professionals",
        """Several practitioners told the review they were unsure whether sexual activity between a
      fifteen-year-old and an adult of twenty was a crime if the girl said it was consensual. This
      uncertainty delayed the referral to the police.""",
        "efh.cse org.workforce_supervision",
    ),
]

CCE = [
    S(
        "Exclusion as a trigger for criminal exploitation",
        """Within six weeks of his permanent exclusion Tyler was spending his days with older young men
      and was found in another county with drugs. The review found that exclusion removed the main
      protective factor in his life and that the risk of CCE was not considered when the decision was
      made.""",
        "edu.exclusion_ap efh.cce_county_lines",
    ),
    S(
        "Victim or offender",
        """When Tyler was arrested in a flat used for dealing, he was treated as a suspect. A referral to
      the National Referral Mechanism was made only five months later. Children who are criminally
      exploited are victims first.""",
        "efh.cce_county_lines efh.trafficking_radicalisation agency.police",
    ),
    S(
        "Alternative provision",
        """The alternative provision Tyler attended offered nine hours a week. Staff there did not know
      about the concerns of the youth offending service, and his absences were not followed up.""",
        "edu.exclusion_ap edu.attendance_cme multi.information_sharing",
    ),
    S(
        "Harm outside the home",
        """Tyler's parents were desperate for help and asked for him to be taken into care. The risk came
      from outside the family, but the tools used to assess it were designed for harm within the home
      and focused on parenting.""",
        "efh.contextual_safeguarding assess.risk_assessment voice.wider_family",
    ),
    S(
        "Knife crime and fear",
        """Kai carried a knife because he was frightened. He told his youth worker that he had been
      threatened over a drug debt. The information was not shared with the police or social care
      before he was stabbed.""",
        "efh.serious_youth_violence efh.cce_county_lines multi.information_sharing",
    ),
    S(
        "Relocation of the family",
        """Moving the family to a different area was seen as the solution. Within weeks Kai was travelling
      back. Relocation without a plan to address the network exploiting a child rarely removes the
      risk.""",
        "efh.cce_county_lines multi.cross_boundary_transfer",
    ),
    S(
        "Speech, language and communication needs",
        """Tyler had undiagnosed speech and language difficulties. In interviews with the police he
      seemed uncooperative; he later told the reviewer he did not understand what he was being asked.""",
        "vuln.disabled_children agency.police voice.voice_of_child",
    ),
    S(
        "Young people's own drug use",
        """Kai's cannabis use began at twelve and was the means by which older boys recruited him. His
      drug use was seen as a behaviour problem rather than as a sign of exploitation.""",
        "cmh.young_person_substance_use efh.cce_county_lines",
    ),
    R(
        """Schools should complete a risk assessment for exploitation before any permanent exclusion and
      share it with the local authority.""",
        "Education",
        "edu.exclusion_ap efh.cce_county_lines",
    ),
    R(
        """Police should make referrals to the National Referral Mechanism at the first point at which a
      child is found in circumstances that suggest criminal exploitation.""",
        "Police",
        "efh.trafficking_radicalisation efh.cce_county_lines agency.police",
    ),
    R(
        """The Partnership should develop a contextual safeguarding approach, including assessments of
      peer groups and places, for young people at risk of harm outside the home.""",
        "Safeguarding Partnership",
        "efh.contextual_safeguarding",
    ),
    R(
        """The youth justice service should ensure that concerns about threats or debts disclosed by a
      young person are shared with the police the same day.""",
        "Youth Justice Service",
        "efh.serious_youth_violence multi.information_sharing",
    ),
    G(
        """The detached youth work team maintained contact with Kai in the places he spent time, which
      kept a line of communication open when he had disengaged from every other service.""",
        "review.good_practice efh.contextual_safeguarding",
    ),
    G(
        """Tyler's head of year visited him at home after the exclusion and kept in touch with the
      family, which his mother described as a lifeline.""",
        "review.good_practice edu.school_role",
    ),
    S(
        "Parents as partners",
        """Tyler's mother reported him missing every time and gave the police the names of the young men
      he was with. She told the review she felt blamed rather than helped.""",
        "voice.wider_family efh.missing efh.cce_county_lines",
    ),
]

SUICIDE = [
    S(
        "Waiting for CAMHS",
        """Lily was referred to CAMHS twice. The first referral was declined because it did not meet the
      criteria; the second was accepted but she waited nineteen weeks for an assessment. No one
      checked on her while she waited.""",
        "cmh.child_mental_health cmh.suicide_self_harm",
    ),
    S(
        "Self-harm as communication",
        """Lily's self-harm was described in school records as 'attention seeking'. Self-harm is a sign
      of distress and should always be taken seriously, whatever its apparent severity.""",
        "cmh.suicide_self_harm edu.school_role",
    ),
    S(
        "Online content about suicide",
        """After her death, her family found that Lily had viewed material about methods of suicide
      online. Her parents had not known that such content was so easy to find.""",
        "efh.online_harm cmh.suicide_self_harm",
    ),
    S(
        "Bullying and isolation",
        """Daniel had been bullied at school for two years because he was gay. He reported it several
      times. The school's response focused on the incidents rather than on how he was feeling.""",
        "cmh.child_mental_health edu.school_role voice.voice_of_child",
    ),
    S(
        "Presentations at the emergency department",
        """Daniel attended A&E three times after overdoses. Each time he was discharged after a
      psychosocial assessment, with advice to his mother. The pattern of escalating attendances
      was not recognised.""",
        "cmh.suicide_self_harm agency.acute_health assess.history_chronology",
    ),
    S(
        "Neurodiversity and mental health",
        """Daniel was awaiting an assessment for autism. Practitioners attributed his low mood and
      withdrawal to his possible autism, and did not explore whether he was depressed.""",
        "cmh.child_mental_health vuln.disabled_children",
    ),
    S(
        "Bereavement by suicide",
        """Daniel's uncle had died by suicide a year earlier. This was known to his GP but not to the
      school or CAMHS, and its significance for his own risk was not considered.""",
        "cmh.suicide_self_harm fam.parental_history multi.information_sharing",
    ),
    S(
        "Safety planning with parents",
        """Lily's parents were told to remove medicines from the house but were not given a written
      safety plan or told who to call out of hours.""",
        "cmh.suicide_self_harm voice.wider_family",
    ),
    S(
        "The young person's own alcohol use",
        """Lily had been drinking heavily in the weeks before her death. Nobody asked her about it, and
      its link with impulsive self-harm was not recognised.""",
        "cmh.young_person_substance_use cmh.suicide_self_harm",
    ),
    R(
        """CAMHS should introduce a system of contact with young people waiting for assessment, with
      clear criteria for re-prioritisation.""",
        "Integrated Care Board",
        "cmh.child_mental_health",
    ),
    R(
        """The Partnership should ensure that schools have training on responding to self-harm which
      avoids language such as 'attention seeking'.""",
        "Education",
        "cmh.suicide_self_harm edu.school_role org.workforce_supervision",
    ),
    R(
        """Emergency departments should flag repeat attendances for self-harm by a child and ensure a
      multi-agency discussion after the second.""",
        "Acute Trust",
        "cmh.suicide_self_harm agency.acute_health",
    ),
    R(
        """Every young person discharged after self-harm should have a written safety plan shared with
      their parents and their GP.""",
        "Mental Health Trust",
        "cmh.suicide_self_harm voice.wider_family",
    ),
    G(
        """The school counsellor saw Lily weekly and kept detailed notes of what she said, which helped
      the review to understand his experience.""",
        "review.good_practice cmh.child_mental_health voice.voice_of_child",
    ),
    G(
        """The liaison psychiatry team gave Daniel's parents time to talk and a direct telephone number,
      which they valued greatly.""",
        "review.good_practice agency.acute_health voice.wider_family",
    ),
    S(
        "Lockdown and young people's mental health",
        """During the lockdowns Lily's contact with friends and school staff stopped almost entirely.
      Her mental health declined sharply, and appointments with CAMHS were held by telephone.""",
        "org.covid cmh.child_mental_health",
    ),
]
