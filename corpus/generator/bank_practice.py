"""Corpus generator: lesson bank for practice and system learning that fits any case.

Hand-written texts about information sharing, professional curiosity,
supervision, recording, escalation and the like, each with its themes.
"""

from .bank_types import G, R, S

PRACTICE = [
    S(
        "No one agency had the full picture",
        """Each agency held a part of the picture: the GP knew about the mother's depression, the
      police knew about the incidents at the address and the school knew the children were often
      absent. No agency put the pieces together until after the incident.""",
        "multi.information_sharing multi.coordination",
    ),
    S(
        "Professional curiosity",
        """Practitioners accepted what they were told at face value. When the stepfather said the
      child's bruises came from football, no one asked which club he played for or spoke to the
      child on his own. Professional curiosity means wondering, asking and checking.""",
        "assess.professional_curiosity voice.voice_of_child",
    ),
    S(
        "Information sharing at the front door",
        """The referral to the MASH was screened on the day it arrived, but checks with health and
      education were not completed before a decision was made to offer advice only. The decision was
      therefore based on the referrer's information alone.""",
        "multi.information_sharing agency.childrens_social_care assess.thresholds_cp_processes",
    ),
    S(
        "Escalation of professional disagreement",
        """The health visitor disagreed with the decision to close the case but did not use the
      escalation policy. She told the review she 'did not feel it was her place' to challenge a
      social work decision.""",
        "assess.critical_thinking_challenge agency.universal_health org.policy_guidance",
    ),
    S(
        "Supervision that supports reflection",
        """Supervision records show case management tasks but little reflection on what the child's
      experience was or whether the plan was working. Practitioners said supervision was often
      cancelled because of workload.""",
        "org.workforce_supervision",
    ),
    S(
        "Staff turnover",
        """The family had five social workers in eighteen months. Each change meant a new relationship,
      a new assessment and lost knowledge. The children told their last worker that 'there is no
      point talking to you because you will leave'.""",
        "org.workforce_supervision voice.voice_of_child agency.childrens_social_care",
    ),
    S(
        "Recording of decisions",
        """Some key decisions, including the decision not to hold a strategy discussion, were not
      recorded, and the reasons for them could not be reconstructed by the review.""",
        "multi.record_keeping assess.thresholds_cp_processes",
    ),
    S(
        "The voice of the child",
        """The child was seen at most visits, but was seldom seen alone, and her wishes and feelings are
      not recorded anywhere in the file. Her words and behaviour were not used to inform the
      assessment of her needs.""",
        "voice.voice_of_child",
    ),
    S(
        "Transfer between areas",
        """When the family moved, the child protection plan ended in the first area and a new assessment
      started in the second. The transfer-in conference took place eleven weeks after the move; in
      the meantime no agency was responsible for the children.""",
        "multi.cross_boundary_transfer assess.thresholds_cp_processes",
    ),
    S(
        "Thresholds applied inconsistently",
        """Similar referrals about the same family received different responses at different times,
      depending on who screened them. Practitioners in partner agencies described the threshold
      document as hard to use.""",
        "assess.thresholds_cp_processes org.policy_guidance",
    ),
    S(
        "Strategy discussions without health",
        """Strategy discussions were held between police and social care only. Health professionals who
      knew the child well were not invited, contrary to Working Together.""",
        "assess.thresholds_cp_processes multi.coordination agency.universal_health",
    ),
    S(
        "Listening to wider family",
        """The maternal grandmother contacted children's services three times to say she was worried.
      Her concerns were recorded as 'family dispute' and she was not asked what she had seen.""",
        "voice.wider_family agency.childrens_social_care",
    ),
    S(
        "Optimism about change",
        """Practitioners wanted the family to succeed and gave great weight to small signs of progress.
      The rule of optimism led to evidence of continuing risk being minimised in reports to
      conference.""",
        "assess.optimism_bias assess.risk_assessment",
    ),
    S(
        "GP involvement in child protection",
        """The GP was not invited to conferences and did not send reports. GP records contained
      important information about both parents' health that was never considered.""",
        "agency.universal_health multi.information_sharing assess.thresholds_cp_processes",
    ),
    S(
        "Impact of the pandemic",
        """During the first lockdown visits were made by video call or on the doorstep. The children
      were not seen inside the home for four months, and school closure removed the one setting in
      which they were seen every day.""",
        "org.covid edu.school_role voice.voice_of_child",
    ),
    S(
        "Plans that were not SMART",
        """The child protection plan contained actions such as 'mother to engage with services' and
      'improve home conditions'. Without measurable outcomes, the core group could not tell whether
      things had changed.""",
        "assess.risk_assessment assess.thresholds_cp_processes",
    ),
    S(
        "Learning that is not new",
        """Many of the issues in this review have appeared in earlier reviews in this area and
      nationally. The Partnership needs to know why previous learning has not changed practice.""",
        "review.system_learning org.leadership_culture",
    ),
    S(
        "Health information in the MASH",
        """The health practitioner in the MASH could see only the community health record. Information
      from the GP and from maternity had to be requested separately and often arrived after the
      decision had been made.""",
        "multi.information_sharing agency.universal_health",
    ),
    S(
        "Hospital discharge without a plan",
        """The child was discharged from the paediatric ward with no discharge summary sent to the
      health visitor or the GP, and the safeguarding concerns noted during the admission were not
      followed up.""",
        "agency.acute_health multi.information_sharing",
    ),
    S(
        "Managerial oversight",
        """The case was managed by a newly qualified social worker whose manager was covering two teams.
      Decisions on risk were not reviewed by anyone more experienced until the case had been open
      for five months.""",
        "org.workforce_supervision org.leadership_culture agency.childrens_social_care",
    ),
    R(
        """The Partnership should seek assurance that the escalation and resolution of professional
      differences policy is known and used by practitioners in all agencies.""",
        "Safeguarding Partnership",
        "assess.critical_thinking_challenge org.policy_guidance",
    ),
    R(
        """All agencies should ensure that supervision includes regular reflective discussion of the
      child's lived experience.""",
        "All partner agencies",
        "org.workforce_supervision voice.voice_of_child",
    ),
    R(
        """Children's social care should ensure that health is a participant in every strategy
      discussion concerning a child under five.""",
        "Children's Social Care",
        "assess.thresholds_cp_processes multi.coordination",
    ),
    R(
        """The MASH partners should agree a timescale within which health and education checks are
      completed before a decision is made on a referral.""",
        "MASH Partnership",
        "multi.information_sharing agency.childrens_social_care",
    ),
    R(
        """The Partnership should develop a protocol for the transfer of child protection cases between
      local authorities that sets out who is responsible during the transfer period.""",
        "Safeguarding Partnership",
        "multi.cross_boundary_transfer org.policy_guidance",
    ),
    R(
        """GP practices should ensure that children subject to child protection plans, and their
      parents, are flagged on their records, and that the GP contributes a report to every
      conference.""",
        "Integrated Care Board",
        "agency.universal_health assess.thresholds_cp_processes multi.record_keeping",
    ),
    R(
        """Agencies should review how the views of extended family members are sought and recorded
      during assessments.""",
        "All partner agencies",
        "voice.wider_family assess.risk_assessment",
    ),
    R(
        """The Partnership should run multi-agency workshops on professional curiosity using the
      learning from this review.""",
        "Safeguarding Partnership",
        "assess.professional_curiosity org.workforce_supervision",
    ),
    R(
        """The Partnership should evaluate whether learning from previous reviews has been embedded and
      report to the Board within six months.""",
        "Safeguarding Partnership",
        "review.system_learning org.leadership_culture",
    ),
    G(
        """Information sharing between the school and the police was timely and effective during the
      final weeks before the incident.""",
        "review.good_practice multi.information_sharing edu.school_role",
    ),
    G(
        """The social worker consistently recorded the child's own words and used them in reports to
      conference, so the child's wishes were clearly heard.""",
        "review.good_practice voice.voice_of_child multi.record_keeping",
    ),
    G(
        """The designated safeguarding lead escalated her concerns appropriately when she disagreed with
      the decision to close the case, and the decision was reversed.""",
        "review.good_practice assess.critical_thinking_challenge edu.school_role",
    ),
    S(
        "Information shared but not understood",
        """The police did share the incident log, but the language of the log meant little to health
      colleagues. Sharing information is not enough: its meaning for the child needs to be
      explained and understood.""",
        "multi.information_sharing agency.police",
    ),
    S(
        "Working Together with too many professionals",
        """At one point fourteen professionals were involved with the family, yet no one had a clear
      lead role. Meetings were full, but the children's experience was no better for it.""",
        "multi.coordination",
    ),
    R(
        """Education settings should report every child removed from roll, or on a part-time timetable,
      to the local authority within five school days.""",
        "Education",
        "edu.attendance_cme edu.school_role",
    ),
    S(
        "Consent and information sharing",
        """Some practitioners believed they needed the parents' consent to share concerns with
      children's social care. The review found a persistent misunderstanding of data protection law
      in this area.""",
        "multi.information_sharing org.policy_guidance",
    ),
]
