"""Recommendations written in the style of UK DHR action plans, each coded by hand.

Every case: the recommendation's text, its actions' text, the lead-agency cells of its
actions (or the owner heading), the themes a careful coder gives it (primary first, then
secondary, at most three) and the sector (who must act, in the agency-type vocabulary).

The coder's rules (the same as the README's precedence rules, written before the matcher):
the primary theme is what the recommendation mainly asks to change; a request to train or
brief staff is ``training``; a request to write or review a policy is ``policy`` unless the
document is a theme's own instrument (an information-sharing protocol, a MARAC operating
protocol, a referral pathway, an escalation policy), which gives that theme; the body it is
addressed to never gives a theme.

``DEV`` cases were used to tune the codebook; ``HOLDOUT`` cases were written at the same
time and never used for tuning: they measure agreement on unseen recommendations.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    rec: str
    themes: tuple[str, ...]
    sector: str
    agencies: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


DEV: tuple[Case, ...] = (
    Case("Westmarch Police should ensure that officers attending domestic incidents complete the DASH risk "
         "assessment with the victim and record the reasons where a victim declines to answer the questions.",
         ("risk", "records"), "police", ("Westmarch Police",),
         ("Reissue guidance to response officers on DASH completion.",)),
    Case("All agencies should ensure that their staff receive training on coercive and controlling behaviour, "
         "including how it may present in older victims.",
         ("training", "enquiry", "equality"), "partnership", ("All agencies",)),
    Case("Westmarch ICB should ensure that GP practices in the borough are offered the IRIS programme so that "
         "clinicians can identify and refer patients experiencing domestic abuse.",
         ("health", "enquiry", "referral"), "health", ("Westmarch ICB",)),
    Case("The Community Safety Partnership should write to the Home Office asking that the statutory guidance "
         "for Domestic Homicide Reviews is amended to require agencies to provide chronologies within six weeks.",
         ("governance",), "partnership", ("Westmarch Community Safety Partnership",)),
    Case("Northvale Homes should review its tenancy management procedures so that reports of domestic abuse "
         "by tenants are passed to the tenancy sustainment team and victims are offered the sanctuary scheme.",
         ("housing_welfare", "policy"), "housing", ("Northvale Homes",)),
    Case("Adult Social Care should ensure that when a carer discloses domestic abuse a carer's assessment is "
         "offered and the adult safeguarding procedures are followed.",
         ("family_carers", "safeguarding", "enquiry"), "local_authority",
         ("Eastshire County Council Adult Social Care",)),
    Case("Westmarch Police should remind all staff of the Domestic Violence Disclosure Scheme and the "
         "circumstances in which a right to know disclosure should be considered.",
         ("info_sharing", "training"), "police", ("Westmarch Police",),
         ("Deliver a 7-minute briefing on Clare's Law to all response teams.",)),
    Case("The drug and alcohol service should routinely ask all service users about domestic abuse, both as "
         "victims and as perpetrators, and record their answers on the case management system.",
         ("enquiry", "substance", "records"), "local_authority", ("Eastshire County Council Public Health",)),
    Case("The MARAC Steering Group should review the MARAC operating protocol to ensure that repeat referrals "
         "are identified and that actions are reviewed at the following meeting.",
         ("marac", "policy"), "partnership", ("MARAC Steering Group",)),
    Case("That the Safeguarding Adults Board considers how the learning from this review can be shared with "
         "practitioners across the partnership through a learning event.",
         ("training",), "partnership", ("Safeguarding Adults Board",)),
    Case("Probation should ensure that home visits are completed for all high risk domestic abuse perpetrators "
         "and that information about new relationships is shared with the police.",
         ("cj_perpetrator", "info_sharing", "risk"), "probation", ("National Probation Service",)),
    Case("The Trust should develop guidance for ward staff on the use of professional interpreters and make "
         "clear that family members must not be used to interpret in safeguarding conversations.",
         ("equality", "policy", "safeguarding"), "health", ("Westmarch University Hospitals NHS Trust",)),
    Case("The CSP should commission a public awareness campaign on economic abuse, aimed at older people and "
         "delivered through banks, libraries and community groups.",
         ("awareness", "housing_welfare", "equality"), "partnership", ("CSP",)),
    Case("Westmarch Council Housing Options should ensure that applicants fleeing domestic abuse are not asked "
         "to provide evidence from the police before an application is accepted.",
         ("housing_welfare",), "local_authority", ("Westmarch Council Housing Options",)),
    Case("The mental health trust should ensure that when a patient discloses thoughts of suicide the crisis "
         "team considers whether domestic abuse is a factor and asks about it.",
         ("mental_health", "enquiry"), "health", ("Eastshire Partnership NHS Foundation Trust",)),
    Case("GP practices should flag the records of patients who are known to be victims of domestic abuse and "
         "the records of their children.",
         ("records", "health", "safeguarding"), "health", ("Westmarch ICB",)),
    Case("Children's Social Care should ensure that social workers see children alone when there are reports of "
         "domestic abuse in the household and record the child's views.",
         ("safeguarding", "enquiry", "records"), "local_authority", ("Children's Social Care",)),
    Case("All agencies to review their supervision policies so that cases involving domestic abuse are discussed "
         "in supervision and managers check that risk assessments are up to date.",
         ("supervision", "risk", "policy"), "partnership", ("All agencies",)),
    Case("The Home Office should consider including non-fatal strangulation as a specific question in the "
         "national risk identification checklist.",
         ("risk", "governance"), "national_body", ("Home Office",)),
    Case("The local authority should review the commissioning of specialist domestic abuse services so that "
         "there is an outreach service for victims in rural areas.",
         ("referral", "governance", "equality"), "local_authority", ("Westmarch Borough Council",)),
    Case("The ambulance service should ensure that crews who attend a domestic incident share information with "
         "the police and the patient's GP.",
         ("info_sharing", "health"), "health", ("West Midlands Ambulance Service",)),
    Case("The IDVA service should develop a clear pathway for referrals from the emergency department, with "
         "feedback to the referrer on the outcome.",
         ("referral", "health"), "specialist_da_service", ("Westmarch IDVA Service",)),
    Case("Westmarch Police should review the bail conditions policy so that victims are told when conditions "
         "are imposed or lifted and breaches are acted on.",
         ("cj_perpetrator", "policy"), "police", ("Westmarch Police",)),
    Case("The Safeguarding Children Partnership should update its escalation policy to remind practitioners "
         "that they can challenge a decision of another agency that they believe leaves a child at risk.",
         ("multi_agency", "safeguarding", "policy"), "partnership", ("Westmarch Safeguarding Children Partnership",)),
    Case("Agencies should ensure that the family of the victim are offered support from AAFDA at the start of "
         "a review and are kept informed of its progress.",
         ("family_carers", "governance"), "partnership", ("All agencies",)),
    Case("The housing association should provide e-learning for all frontline staff on recognising the signs of "
         "domestic abuse during repairs visits.",
         ("training", "enquiry", "housing_welfare"), "housing", ("Southern Housing Group",)),
    Case("The Jobcentre should ensure that work coaches know how to respond to a disclosure of domestic abuse "
         "and can signpost claimants to local specialist services.",
         ("enquiry", "referral", "housing_welfare"), "national_body", ("Jobcentre Plus",)),
    Case("The CCG to audit a sample of GP records to check whether routine enquiry about domestic abuse takes "
         "place in antenatal and postnatal appointments.",
         ("supervision", "enquiry", "health"), "health", ("Westmarch CCG",)),
    Case("Westmarch Police should ensure that firearms licensing checks include a check of domestic abuse "
         "incidents recorded against the applicant and their partner.",
         ("cj_perpetrator", "records"), "police", ("Westmarch Police",)),
    Case("That the Community Safety Partnership monitors the implementation of this action plan and receives "
         "a progress report every six months.",
         ("governance",), "partnership", ("Community Safety Partnership",)),
    Case("The hospital trust should ensure that staff in the emergency department ask about domestic abuse when "
         "a patient presents with injuries consistent with an assault.",
         ("enquiry", "health"), "health", ("Westmarch Hospitals NHS Trust",)),
    Case("The council should work with faith leaders and community groups to raise awareness of honour-based "
         "abuse and forced marriage in the Asian community.",
         ("awareness", "equality"), "local_authority", ("Westmarch Borough Council",)),
    Case("All agencies should ensure their information sharing agreements allow information to be shared "
         "without consent where a victim is at high risk of serious harm.",
         ("info_sharing", "risk"), "partnership", ("All agencies",)),
    Case("The Trust should introduce a flag on the electronic patient record so that staff can see when a "
         "patient has been discussed at MARAC.",
         ("records", "marac", "health"), "health", ("Westmarch Community Health NHS Trust",)),
    Case("Practitioners should be reminded to exercise professional curiosity when a victim gives explanations "
         "for injuries or missed appointments.",
         ("enquiry", "training"), "partnership", ("All agencies",)),
    Case("The CRC should ensure that offender managers complete domestic abuse risk assessments at the start "
         "of every order and review them when circumstances change.",
         ("risk", "cj_perpetrator"), "probation", ("Community Rehabilitation Company",)),
    Case("The Safeguarding Adults Board should develop guidance for practitioners on applying the Mental "
         "Capacity Act where a person at risk of domestic abuse makes unwise decisions.",
         ("safeguarding", "policy"), "partnership", ("Safeguarding Adults Board",)),
    Case("Westmarch Police to ensure that a perpetrator who breaches a non-molestation order is arrested and "
         "that the CPS is consulted on a charging decision.",
         ("cj_perpetrator",), "police", ("Westmarch Police",)),
    Case("The alcohol treatment service and the community mental health team should agree a joint protocol for "
         "clients with a dual diagnosis so that neither service closes the case without a joint review.",
         ("substance", "mental_health", "multi_agency"), "partnership",
         ("Westmarch Recovery Service (Public Health)", "Eastshire Partnership NHS Foundation Trust")),
    Case("The Domestic Abuse Partnership Board should ensure that local domestic abuse services are accessible "
         "to people with a learning disability and to deaf victims.",
         ("equality", "referral"), "partnership", ("Domestic Abuse Partnership Board",)),
    Case("The police should review how domestic abuse incidents are recorded on their systems so that previous "
         "incidents involving the same couple are linked.",
         ("records", "cj_perpetrator"), "police", ("Westmarch Police",)),
    Case("All agencies to ensure staff understand the referral criteria for MARAC and that cases meeting the "
         "threshold of 14 ticks on the DASH are referred.",
         ("marac", "risk", "referral"), "partnership", ("All agencies",)),
    Case("Employers in the borough should be encouraged to adopt a domestic abuse workplace policy and to "
         "train line managers to support colleagues who disclose abuse.",
         ("awareness", "policy", "training"), "partnership", ("Community Safety Partnership",)),
    Case("The ICB should ensure that GP practices offer a double appointment or a telephone call when a patient "
         "does not speak English and an interpreter is needed.",
         ("equality", "health"), "health", ("Westmarch Integrated Care Board",)),
    Case("Children's services should ensure that early help assessments consider the impact on children of "
         "domestic abuse between parents.",
         ("safeguarding", "family_carers"), "local_authority", ("Westmarch Children's Services",)),
    Case("That the CSP seek assurance from all agencies that the recommendations of this review have been "
         "embedded into practice through a multi-agency audit.",
         ("governance", "supervision", "multi_agency"), "partnership", ("CSP",)),
    Case("The Trust should ensure that midwives ask every pregnant woman about domestic abuse at least once "
         "when seen alone, in line with NICE guidance.",
         ("enquiry", "health"), "health", ("Westmarch Hospitals NHS Trust",)),
    Case("Westmarch Police should refer all high risk victims to the IDVA service within 24 hours of the "
         "incident.",
         ("referral", "risk"), "police", ("Westmarch Police",)),
    Case("The Probation Service should ensure that perpetrators sentenced to a community order with a "
         "Building Better Relationships requirement start the programme within three months.",
         ("cj_perpetrator",), "probation", ("The Probation Service",)),
    Case("The council should develop a policy on how staff who are themselves experiencing domestic abuse can "
         "seek support from their employer.",
         ("policy", "awareness"), "local_authority", ("Westmarch City Council",)),
    Case("All agencies should review their record keeping so that the names of all household members, including "
         "new partners, are recorded.",
         ("records",), "partnership", ("All agencies",)),
    Case("The mental health trust should develop a safety plan with every patient assessed as at high risk of "
         "harm from a partner and share it with the GP.",
         ("risk", "mental_health", "info_sharing"), "health", ("Eastshire Partnership NHS Foundation Trust",)),
    Case("The Department for Work and Pensions should consider how Universal Credit split payments can be "
         "offered to victims of economic abuse.",
         ("housing_welfare", "governance"), "national_body", ("Department for Work and Pensions",)),
    Case("Westmarch Police should provide stalking awareness training for call handlers so that repeat calls "
         "about harassment are recognised.",
         ("training", "risk"), "police", ("Westmarch Police",)),
    Case("A professionals' meeting should be convened when three or more agencies are involved with a family "
         "where domestic abuse is known, with a lead professional appointed.",
         ("multi_agency", "safeguarding"), "partnership", ("All agencies",)),
    Case("The local authority should ensure that male victims of domestic abuse are aware of the support "
         "available to them, including a dedicated helpline.",
         ("awareness", "equality", "referral"), "local_authority", ("Westmarch Borough Council",)),
    Case("The hospital should ensure that safeguarding referrals made from the ward are followed up and that "
         "the outcome is recorded in the patient's notes.",
         ("referral", "safeguarding", "records"), "health", ("Westmarch Hospitals NHS Trust",)),
    Case("The Trust should introduce regular safeguarding supervision for community nurses who hold cases "
         "where domestic abuse has been disclosed.",
         ("supervision", "safeguarding"), "health", ("Westmarch Community Health NHS Trust",)),
    Case("The CSP should ensure that the local domestic abuse strategy addresses the needs of older victims and "
         "those with care and support needs.",
         ("governance", "equality", "safeguarding"), "partnership", ("CSP",)),
    Case("The council should ensure that the new case management system allows domestic abuse alerts to be "
         "seen by housing, adult social care and children's services.",
         ("records", "info_sharing"), "local_authority", ("Westmarch Borough Council",)),
    Case("The police and probation service should hold joint visits to high risk perpetrators managed under "
         "MAPPA.",
         ("cj_perpetrator", "multi_agency"), "partnership", ("Westmarch Police", "The Probation Service")),
    Case("GPs should consider whether repeated presentations with anxiety and low mood may indicate domestic "
         "abuse and ask the patient about it.",
         ("enquiry", "mental_health", "health"), "health", ("Westmarch ICB",)),
    Case("The Home Office should consider introducing a national register of serial domestic abuse "
         "perpetrators.",
         ("cj_perpetrator", "governance"), "national_body", ("Home Office",)),
    Case("The council should ensure that when a tenant dies, the housing team considers whether domestic abuse "
         "may have been a factor and informs the police.",
         ("housing_welfare", "info_sharing"), "local_authority", ("Westmarch Council Housing Services",)),
    Case("All agencies to ensure that the needs of children left behind after a domestic homicide are assessed "
         "and that they are offered bereavement support.",
         ("family_carers", "safeguarding"), "partnership", ("All agencies",)),
    Case("The MASH should ensure that notifications of domestic incidents involving pregnant women are shared "
         "with the midwifery service within 48 hours.",
         ("info_sharing", "health", "safeguarding"), "partnership", ("Westmarch MASH",)),
    Case("Westmarch Police should develop a 7-minute briefing on this review to be shared with all frontline "
         "officers and staff.",
         ("training",), "police", ("Westmarch Police",)),
    Case("The specialist domestic abuse service should ensure that its outreach workers complete a safety plan "
         "with every client and review it at each contact.",
         ("risk", "referral"), "specialist_da_service", ("Westmarch Women's Aid",)),
    Case("The ICB should commission training for GP safeguarding leads on the signs of coercive control and "
         "how to respond to a disclosure.",
         ("training", "enquiry", "health"), "health", ("Westmarch ICB",)),
    Case("Adult social care should ensure that section 42 enquiries are opened when an adult with care and "
         "support needs is experiencing domestic abuse from a family member.",
         ("safeguarding", "family_carers"), "local_authority", ("Eastshire County Council Adult Social Care",)),
    Case("The Trust should audit compliance with its domestic abuse policy and report the results to its "
         "safeguarding committee.",
         ("supervision", "policy", "governance"), "health", ("Westmarch Hospitals NHS Trust",)),
    Case("The refuge provider should ensure that women with no recourse to public funds are not turned away "
         "and that immigration advice is sought.",
         ("equality", "housing_welfare", "referral"), "specialist_da_service", ("Refuge",)),
    Case("Schools should ensure that designated safeguarding leads are told when police attend a domestic "
         "incident at a pupil's home through Operation Encompass.",
         ("info_sharing", "safeguarding"), "education", ("Westmarch schools",)),
    Case("That the Domestic Abuse Commissioner is asked to consider the findings of this review in the "
         "national review of DHR recommendations.",
         ("governance",), "partnership", ("Community Safety Partnership",)),
    Case("The police should ensure that officers consider the use of a DVPN and DVPO where there is no charge "
         "and the victim remains at risk.",
         ("cj_perpetrator", "risk"), "police", ("Westmarch Police",)),
    Case("All agencies should ensure that chronologies and case notes record who was present when a victim "
         "was asked about abuse.",
         ("records", "enquiry"), "partnership", ("All agencies",)),
    Case("The CSP should develop a directory of local domestic abuse support services and publish it on the "
         "council website and social media.",
         ("awareness", "referral"), "partnership", ("CSP",)),
    Case("The Trust should review its discharge procedure so that the community mental health team is told "
         "when a patient with known domestic abuse concerns is discharged.",
         ("mental_health", "info_sharing", "policy"), "health", ("Eastshire Partnership NHS Foundation Trust",)),
    Case("The substance misuse service should develop a policy on working with partners and family members of "
         "clients, including carers.",
         ("substance", "family_carers", "policy"), "local_authority", ("Westmarch Council Public Health",)),
    Case("Agencies should attend MARAC with the information they hold on the victim, perpetrator and children "
         "and complete their MARAC actions on time.",
         ("marac", "info_sharing"), "partnership", ("All agencies",)),
)


HOLDOUT: tuple[Case, ...] = (
    Case("Eastshire Constabulary should ensure that call handlers check the history of the address and the "
         "people involved before officers are dispatched to a domestic incident.",
         ("records", "risk", "cj_perpetrator"), "police", ("Eastshire Constabulary",)),
    Case("All agencies should provide refresher training on the DASH risk checklist for staff who work "
         "directly with victims.",
         ("training", "risk"), "partnership", ("All partner agencies",)),
    Case("The ICB should remind GP practices of the need to record domestic abuse disclosures using the "
         "correct clinical codes.",
         ("records", "health"), "health", ("Eastshire ICB",)),
    Case("The Safeguarding Adults Board should publish a 7-minute briefing on the learning from this review "
         "for practitioners.",
         ("training",), "partnership", ("Eastshire Safeguarding Adults Board",)),
    Case("The Community Safety Partnership should raise awareness of domestic abuse in rural communities, "
         "including through farmers' markets, village halls and parish newsletters.",
         ("awareness", "equality"), "partnership", ("Eastshire Community Safety Partnership",)),
    Case("The council's housing service should review its allocation policy so that victims of domestic "
         "abuse who need to move are given priority.",
         ("housing_welfare", "policy"), "local_authority", ("Eastshire District Council Housing",)),
    Case("The mental health trust should ensure that its staff ask patients about domestic abuse as part of "
         "every initial assessment.",
         ("enquiry", "mental_health"), "health", ("Eastshire Partnership NHS Foundation Trust",)),
    Case("The police should ensure that a domestic abuse marker is placed on the address and the people "
         "involved after every domestic incident.",
         ("records",), "police", ("Eastshire Constabulary",)),
    Case("The hospital should provide a hospital-based IDVA in the emergency department and maternity unit.",
         ("referral", "health"), "health", ("Eastshire Hospitals NHS Foundation Trust",)),
    Case("Probation should ensure that information about a perpetrator's previous partners is obtained from "
         "the police before a pre-sentence report is written.",
         ("info_sharing", "cj_perpetrator"), "probation", ("The Probation Service",)),
    Case("The MARAC should ensure that actions for the victim's GP are sent to the practice and that the "
         "practice confirms they are completed.",
         ("marac", "health", "info_sharing"), "partnership", ("MARAC",)),
    Case("Adult Social Care should review the guidance for practitioners on carrying out capacity assessments "
         "when a person declines support.",
         ("safeguarding", "policy"), "local_authority", ("Eastshire County Council Adult Social Care",)),
    Case("The Home Office should update the statutory guidance so that reviews are completed within twelve "
         "months of the homicide.",
         ("governance",), "national_body", ("Home Office",)),
    Case("All agencies should ensure that an interpreter who is not a family member is used whenever a victim "
         "does not speak English as a first language.",
         ("equality",), "partnership", ("All agencies",)),
    Case("The local authority should ensure that children who witness domestic abuse are referred to children's "
         "social care and offered specialist support.",
         ("safeguarding", "referral"), "local_authority", ("Eastshire County Council",)),
    Case("The CSP should establish a multi-agency group to review cases of repeat victims who do not meet the "
         "threshold for MARAC.",
         ("multi_agency", "risk", "marac"), "partnership", ("CSP",)),
    Case("Westmarch Police should ensure that officers obtain the victim's account away from the suspect and "
         "record it on body-worn video.",
         ("enquiry", "cj_perpetrator", "records"), "police", ("Westmarch Police",)),
    Case("The recovery service should ensure that clients who drink heavily and are in a relationship are "
         "asked about domestic abuse and their partner's behaviour.",
         ("enquiry", "substance"), "local_authority", ("Eastshire County Council Public Health",)),
    Case("Managers should review all open cases where domestic abuse is known at least every three months "
         "in supervision.",
         ("supervision",), "partnership", ("All agencies",)),
    Case("The Trust should update its safeguarding policy to include guidance on non-fatal strangulation and "
         "the referral route to the police.",
         ("policy", "risk", "referral"), "health", ("Eastshire Hospitals NHS Foundation Trust",)),
    Case("The DWP should ensure that staff in the Jobcentre know how to identify economic abuse and refer "
         "customers for specialist support.",
         ("housing_welfare", "enquiry", "referral"), "national_body", ("DWP",)),
    Case("The Safeguarding Children Partnership should ensure that the Think Family approach is used in "
         "assessments so that the needs of parents and children are considered together.",
         ("safeguarding", "family_carers"), "partnership", ("Eastshire Safeguarding Children Partnership",)),
    Case("All agencies should review their information sharing procedures to ensure that consent is sought "
         "and recorded, and that the reasons for sharing without consent are documented.",
         ("info_sharing", "records", "policy"), "partnership", ("All agencies",)),
    Case("The police should review the use of the Domestic Violence Disclosure Scheme and report the number "
         "of right to ask applications to the CSP.",
         ("info_sharing", "governance"), "police", ("Eastshire Constabulary",)),
    Case("The council should work with employers to develop workplace champions who can support colleagues "
         "experiencing domestic abuse.",
         ("awareness",), "local_authority", ("Eastshire District Council",)),
    Case("Health visitors should ask about domestic abuse at every contact where the mother is seen alone.",
         ("enquiry", "health"), "health", ("Eastshire Community Health NHS Trust",)),
    Case("The CSP should ensure that perpetrator behaviour-change programmes are available locally for men "
         "who are not subject to a court order.",
         ("cj_perpetrator", "governance"), "partnership", ("CSP",)),
    Case("All agencies should ensure that when a victim discloses suicidal thoughts, the risk from the "
         "perpetrator is also assessed.",
         ("risk", "mental_health"), "partnership", ("All agencies",)),
    Case("The housing provider should ensure that lock changes and target hardening are offered through the "
         "sanctuary scheme within two working days.",
         ("housing_welfare", "risk"), "housing", ("Eastshire Housing Association",)),
    Case("The Trust should ensure that A&E staff complete the electronic safeguarding referral form and that "
         "the hospital IDVA is told the same day.",
         ("referral", "health", "records"), "health", ("Eastshire Hospitals NHS Foundation Trust",)),
    Case("That the CSP works with local LGBT+ organisations to make sure that domestic abuse services are "
         "accessible to gay and bisexual men.",
         ("equality", "referral"), "partnership", ("CSP",)),
    Case("Westmarch Police should ensure that the arrest of a suspect is always considered when there is a "
         "positive allegation of assault.",
         ("cj_perpetrator",), "police", ("Westmarch Police",)),
    Case("All agencies to ensure that, when a case is closed, the reasons are recorded and other agencies "
         "involved are informed.",
         ("records", "info_sharing"), "partnership", ("All agencies",)),
    Case("The ICB should ensure that primary care staff complete level 3 safeguarding training which covers "
         "domestic abuse.",
         ("training", "safeguarding", "health"), "health", ("Eastshire ICB",)),
    Case("The CSP should ensure that the family of the deceased is given the opportunity to meet the panel "
         "and to comment on the report before it is submitted.",
         ("family_carers", "governance"), "partnership", ("CSP",)),
    Case("Adult social care and the mental health trust should agree how carers of people with severe mental "
         "illness are assessed and supported.",
         ("family_carers", "mental_health", "multi_agency"), "partnership",
         ("Eastshire County Council Adult Social Care", "Eastshire Partnership NHS Foundation Trust")),
    Case("Children's services should ensure that social workers challenge parents who minimise domestic abuse "
         "and escalate concerns to a manager when the plan is not working.",
         ("safeguarding", "supervision"), "local_authority", ("Eastshire Children's Services",)),
    Case("The police should ensure that a victim's withdrawal of support for a prosecution is reviewed by a "
         "supervisor and an evidence-led prosecution considered.",
         ("cj_perpetrator", "supervision"), "police", ("Eastshire Constabulary",)),
    Case("The council should ensure that older residents receiving domiciliary care are asked about their "
         "safety at home by care workers.",
         ("enquiry", "equality", "safeguarding"), "local_authority", ("Eastshire County Council",)),
    Case("The Government should consider making DHR action plans subject to an annual national report of "
         "progress.",
         ("governance",), "national_body", ("Home Office",)),
)


# Written after the codebook was tuned, in other styles (sub-items, long actions, national asks,
# Welsh bodies), coded by hand before the tool saw them, and never used for tuning.
FRESH: tuple[Case, ...] = (
    Case("Dyfed-Powys Police should: a) ensure that all domestic abuse incidents are risk assessed using DASH; "
         "b) ensure that a supervisor reviews every assessment graded as medium risk within 24 hours.",
         ("risk", "supervision"), "police", ("Dyfed-Powys Police",)),
    Case("Hywel Dda University Health Board to ensure that staff in its emergency departments are aware of the "
         "pathway for referring patients to the hospital IDVA.",
         ("referral", "health"), "health", ("Hywel Dda University Health Board",),
         ("Relaunch the referral pathway at the ED governance meeting.",
          "Include the IDVA pathway in ED induction.")),
    Case("ALL AGENCIES to review their domestic abuse policies to ensure they reference the Domestic Abuse Act "
         "2021 and the statutory definition of domestic abuse, including economic abuse.",
         ("policy", "housing_welfare"), "partnership", ("All agencies",)),
    Case("The Local Authority should ensure that all commissioned domiciliary care providers have a domestic "
         "abuse policy and that care workers are trained to recognise abuse of older people by family members.",
         ("policy", "training", "equality"), "local_authority", ("Ceredigion County Council",)),
    Case("Recommendation to the Home Office: that the Domestic Abuse Statutory Guidance is amended to include "
         "the risks posed to older victims by adult children who are their carers.",
         ("governance", "equality", "family_carers"), "national_body", ("Home Office",)),
    Case("Greater Manchester Police to ensure that where an officer identifies that a victim has a mental health "
         "condition, a referral is made to the relevant mental health service with the victim's consent.",
         ("referral", "mental_health"), "police", ("Greater Manchester Police",)),
    Case("The CSP to ensure that the findings of this review are presented to the Safer Communities Board and "
         "that the action plan is monitored until all actions are complete.",
         ("governance",), "partnership", ("Safer Communities Partnership",)),
    Case("Cheshire Constabulary should remind officers of the importance of recording the voice of the child "
         "when attending domestic incidents.",
         ("records", "safeguarding", "training"), "police", ("Cheshire Constabulary",)),
    Case("That Thames Valley Probation review how information from the police about call-outs to a "
         "perpetrator's address is received and acted upon by the offender manager.",
         ("info_sharing", "cj_perpetrator"), "probation", ("Thames Valley Probation",)),
    Case("The mental health trust should review its policy on engaging families and carers in the care planning "
         "of patients, balancing confidentiality with the need to share information about risk.",
         ("family_carers", "policy", "info_sharing"), "health", ("Cheshire and Wirral Partnership NHS Foundation Trust",)),
    Case("The CCG should ensure that GP practices in Westmarch have an identified domestic abuse lead and that "
         "practice staff complete the IRIS training.",
         ("training", "health"), "health", ("Westmarch CCG",)),
    Case("All agencies to ensure that staff are aware of the Multi-Agency Safeguarding Hub and how to make a "
         "referral to it when they have concerns about a child.",
         ("referral", "safeguarding", "multi_agency"), "partnership", ("All agencies",)),
    Case("The housing provider should ensure that, where anti-social behaviour complaints are made between "
         "partners living at the same address, domestic abuse is considered and a DASH completed.",
         ("risk", "housing_welfare", "enquiry"), "housing", ("Westmarch Homes",)),
    Case("The Safeguarding Adults Board should hold a learning event on self-neglect and domestic abuse for "
         "practitioners in adult social care, housing and health.",
         ("training", "safeguarding"), "partnership", ("Westmarch Safeguarding Adults Board",)),
    Case("HMPPS should ensure that prison staff share information about a prisoner's domestic abuse history with "
         "the community offender manager before release.",
         ("info_sharing", "cj_perpetrator"), "probation", ("HM Prison and Probation Service",)),
    Case("Westmarch Borough Council to produce a leaflet for victims of economic abuse explaining the help "
         "available with debt, rent arrears and benefits.",
         ("awareness", "housing_welfare"), "local_authority", ("Westmarch Borough Council",)),
    Case("The specialist domestic abuse service should review its case closure procedure so that a case is not "
         "closed after failed contact attempts without a discussion with the referrer.",
         ("referral", "policy"), "specialist_da_service", ("Westmarch Domestic Abuse Service",)),
    Case("The Department of Health and Social Care should consider issuing guidance to GPs on asking about "
         "domestic abuse when patients request repeat prescriptions for antidepressants.",
         ("enquiry", "governance", "mental_health"), "national_body", ("Department of Health and Social Care",)),
    Case("Surrey Police should ensure that when a DVPO is breached the perpetrator is arrested and the breach is "
         "brought back before the court.",
         ("cj_perpetrator",), "police", ("Surrey Police",)),
    Case("The council's Children's Services should ensure that child protection conferences are attended by the "
         "IDVA where the mother is a high risk victim of domestic abuse.",
         ("safeguarding", "referral", "risk"), "local_authority", ("Westmarch Children's Services",)),
    Case("All partner agencies should ensure that their domestic abuse training includes the risks of "
         "separation and the increased danger to victims when they leave the relationship.",
         ("training", "risk"), "partnership", ("All partner agencies",)),
    Case("The ICB should work with the Local Medical Committee to agree a template for recording domestic abuse "
         "in primary care records.",
         ("records", "health", "policy"), "health", ("Westmarch ICB",)),
    Case("The CSP should ensure that the needs of victims from Eastern European communities are understood and "
         "that information about services is available in their languages.",
         ("equality", "awareness"), "partnership", ("CSP",)),
    Case("Adult Social Care to ensure that a carer's assessment is offered to every person who provides care to "
         "a spouse with dementia.",
         ("family_carers", "safeguarding"), "local_authority", ("Westmarch Council Adult Social Care",)),
    Case("That the MARAC coordinator ensures that all agencies receive the MARAC list at least five working days "
         "before the meeting so that research can be completed.",
         ("marac", "info_sharing"), "partnership", ("MARAC",)),
    Case("The police should ensure that officers who attend a report of stalking use the S-DASH and refer the "
         "victim to the specialist stalking advocacy service.",
         ("risk", "referral"), "police", ("Westmarch Police",)),
    Case("Westmarch Council should ensure that its workforce policies support employees who are victims of "
         "domestic abuse, including paid leave to attend appointments and court.",
         ("awareness", "policy"), "local_authority", ("Westmarch Council",)),
    Case("All agencies to ensure that when a victim withdraws from support, the case is discussed with the "
         "safeguarding lead and other involved agencies are told.",
         ("supervision", "info_sharing", "safeguarding"), "partnership", ("All agencies",)),
    Case("The Welsh Government should consider funding a national perpetrator programme for men who use "
         "violence but are not involved with the criminal justice system.",
         ("cj_perpetrator", "governance"), "national_body", ("Welsh Government",)),
    Case("The Trust should audit the use of professional interpreters in maternity appointments and report the "
         "findings to the Safeguarding Committee.",
         ("supervision", "equality", "health"), "health", ("Westmarch Hospitals NHS Trust",)),
)
