"""The sixteenth round of held-out plans' content (tools/heldout_drawing_round16.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

RAG_BY_STATUS = {"complete": "Green", "in_progress": "Amber", "not_started": "Red"}


def officer_agency_rag_merged() -> dict[str, Any]:
    """A4 landscape, ruled, Arial 8 pt: ten columns with a ``Lead officer`` (a named person and title) and
    an ``Agency`` column side by side, a ``Scope`` and an ``Outcome / evidence`` column; one RAG word per
    recommendation in a shaded cell merged over its actions, with ref, recommendation and scope."""
    b = "Brackenford"
    recs = [
        R("1", f"{b} Police to make sure that a domestic abuse risk assessment is reviewed by a supervisor "
               "within 24 hours when the victim declines to answer the questions.", [
            A(f"{b} Police", "Add a supervisor review task to the risk assessment record.", "31/05/2025",
              "Task added to the record system in May 2025.", "complete",
              evidence="Screenshots of the new task; supervisor completion report."),
            A(f"{b} Police", "Audit fifty declined assessments for a timely review.", "31/12/2025",
              "Thirty-one assessments audited; 27 reviewed within 24 hours.", "in_progress",
              evidence="Audit report to the force domestic abuse board."),
        ], scope="Local"),
        R("2", f"{b} and District ICB to remind GPs that a patient's partner should not act as interpreter "
               "when abuse may be discussed.", [
            A(f"{b} and District ICB", "Issue a practice bulletin on independent interpreters.", "30/04/2025",
              "Bulletin issued to all 38 practices in April 2025.", "complete",
              evidence="Copy of the bulletin and distribution list."),
        ], scope="Local"),
        R("3", f"{b} Borough Council to check the housing register for a second applicant at the same "
               "address when one partner applies as homeless.", [
            A(f"{b} Borough Council", "Change the homelessness assessment checklist.", "31/07/2025",
              "Checklist changed; in use since July 2025.", "complete",
              evidence="Revised checklist on the housing intranet."),
            A(f"{b} Borough Council", "Train housing options officers on the change.", "31/10/2025",
              "Fourteen of twenty officers trained.", "in_progress",
              evidence="Training register."),
        ], scope="Local"),
        R("4", "The regional probation service to share the licence conditions of a person released from "
               "custody with the victim's IDVA.", [
            A("Northern Vale Probation Service", "Agree a sharing protocol with the IDVA service.",
              "30/09/2025", "Draft protocol with both legal teams.", "in_progress",
              evidence="Signed protocol."),
            A("Northern Vale Probation Service", "Publish the protocol to all offender managers.",
              "31/01/2026", "", "not_started", evidence="Intranet notice."),
        ], scope="Regional"),
        R("5", f"{b} Community Safety Partnership to fund a specialist worker for older victims of domestic "
               "abuse.", [
            A(f"{b} CSP", "Make the case for funding to the partnership board.", "31/03/2026", "",
              "not_started", evidence="Board minutes."),
        ], scope="Local"),
        R("6", f"{b} Adult Social Care to ask about domestic abuse at every carer's assessment.", [
            A(f"{b} Adult Social Care", "Add a domestic abuse question to the carer's assessment.",
              "30/06/2025", "Question added in June 2025.", "complete",
              evidence="Revised assessment form."),
            A(f"{b} Adult Social Care", "Check twenty assessments for the question being asked.", "30/11/2025",
              "Check completed; asked in 19 of 20.", "complete", evidence="Audit summary."),
        ], scope="Local"),
    ]
    for r in recs:  # one RAG per recommendation: the least advanced of its actions
        statuses = [a["status"] for a in r["actions"]]
        worst = next(s for s in ("not_started", "in_progress", "complete") if s in statuses)
        for a in r["actions"]:
            a["rag"] = RAG_BY_STATUS[worst]
    return dict(
        name="officer_agency_rag_merged", formats=["docx"], evidence=True,
        meta=dict(title="Brackenford Community Safety Partnership – Domestic Homicide Review 'Nadia' – "
                        "Action Plan",
                  review_id_hint="Brackenford DHR Nadia", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Scope", "Action", "Lead officer", "Agency", "Outcome / evidence",
                 "Target date", "Progress", "RAG"],
        sections=[S("", recs)],
    )


def manual_continued_tables() -> dict[str, Any]:
    """A4 portrait, rules under the rows only, Century Schoolbook 10 pt: the plan split by hand into three
    tables, one a page, each after a bold ``Action plan (continued)`` line and with the header typed again
    as an ordinary row; a recommendation's actions split between two tables, the No. and Recommendation
    cells of the continued part empty."""
    c = "Coldharbour"
    recs = [
        R("1", f"{c} Police to record the children present at every domestic abuse incident and to notify "
               "children's services the same day.", [
            A(f"{c} Police", "Make the children present field mandatory on the incident record.", "31/05/2025",
              "Field made mandatory in May 2025; compliance 96% in June.", "complete"),
            A(f"{c} Police", "Set up a same-day notification to the children's front door.", "31/08/2025",
              "Notification live for daytime incidents; overnight incidents sent by 9 am.", "in_progress"),
        ]),
        R("2", f"{c} Hospitals Trust to make sure that maternity staff see a pregnant woman alone at least "
               "once during her pregnancy.", [
            A(f"{c} Hospitals Trust", "Add a seen-alone prompt to the maternity record.", "30/06/2025",
              "Prompt added at the booking and 28-week appointments.", "complete"),
            A(f"{c} Hospitals Trust", "Audit the prompt's completion in forty records.", "31/12/2025", "",
              "not_started"),
        ]),
        R("3", f"{c} Council to offer a sanctuary scheme assessment to every tenant who reports domestic "
               "abuse, whatever their tenure.", [
            A(f"{c} Council", "Extend the sanctuary scheme to private and housing association tenants.",
              "30/09/2025", "Scheme extended in September 2025 with funding from the CSP.", "complete"),
            A(f"{c} Council", "Tell housing associations and letting agents about the extended scheme.",
              "30/11/2025", "Letter sent to all housing associations; agents' forum booked.", "in_progress"),
        ]),
        R("4", f"{c} Recovery Service to ask every client about their relationships at each review.", [
            A(f"{c} Recovery Service", "Add a relationships question to the client review template.",
              "31/07/2025", "Template changed in July 2025.", "complete"),
        ]),
        R("5", f"{c} Children's Services to invite the IDVA to every strategy discussion where domestic abuse "
               "is the main concern.", [
            A(f"{c} Children's Services", "Change the strategy discussion procedure.", "31/10/2025",
              "Procedure changed and agreed with the IDVA service.", "complete"),
            A(f"{c} Children's Services", "Review attendance after six months.", "30/04/2026", "",
              "not_started"),
        ]),
        R("6", "The Community Safety Partnership to publish a summary of this review for the public.", [
            A(f"{c} CSP", "Write and publish the summary on the partnership website.", "31/12/2025",
              "Summary drafted and shared with the family.", "in_progress"),
        ]),
    ]
    return dict(
        name="manual_continued_tables", formats=["docx"],
        meta=dict(title="Coldharbour Community Safety Partnership – Domestic Homicide Review 'Alison' – "
                        "Action Plan",
                  review_id_hint="Coldharbour DHR Alison", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def sublabel_recs_borderless() -> dict[str, Any]:
    """US Letter landscape, no rules at all, Bookman Old Style 9 pt: recommendations labelled on two levels
    in a ``Ref`` column (``R1``, ``R2a``, ``R2b``, ``R3``, ``R4a``–``R4c``), each sub-label a recommendation
    of its own; the ref and recommendation cells empty (not merged) on further action rows; targets with
    two-digit years, month abbreviations and ``On-going``."""
    p = "Pellingford"
    recs = [
        R("1", f"{p} Police to refer every high-risk victim to the MARAC within two working days.", [
            A(f"{p} Police", "Set up a daily check of high-risk assessments awaiting referral.", "31/05/25",
              "Daily check in place since May 2025.", "complete"),
            A(f"{p} Police", "Report referral times to the MARAC steering group.", "On-going",
              "Reported each quarter; 91% within two days.", "in_progress"),
        ], label="R1"),
        R("2a", f"{p} ICB to train GP receptionists to recognise a caller who may be experiencing abuse.", [
            A(f"{p} ICB", "Commission a short e-learning module for reception staff.", "Sep-25",
              "Module commissioned and in use since September 2025.", "complete"),
        ], label="R2a"),
        R("2b", f"{p} ICB to give practices a named contact for domestic abuse advice.", [
            A(f"{p} ICB", "Name a domestic abuse lead in the safeguarding team.", "30/06/25",
              "Lead named and introduced at the practice managers' forum.", "complete"),
            A(f"{p} ICB", "Publish the contact in the practice safeguarding handbook.", "Dec-25", "",
              "not_started"),
        ], label="R2b"),
        R("3", f"{p} District Council to record domestic abuse as a reason for rent arrears when a tenant "
               "discloses it.", [
            A(f"{p} District Council", "Add a reason code to the rent account system.", "31/10/25",
              "Code requested from the supplier; testing in October.", "in_progress"),
        ], label="R3"),
        R("4a", f"{p} Mental Health Trust to ask about domestic abuse at every first assessment.", [
            A(f"{p} Mental Health Trust", "Add routine enquiry to the first assessment template.", "31/07/25",
              "Template changed in July 2025.", "complete"),
        ], label="R4a"),
        R("4b", f"{p} Mental Health Trust to record a patient's carer and their relationship to the patient.", [
            A(f"{p} Mental Health Trust", "Make the carer fields mandatory in the patient record.", "Mar-26",
              "Change approved by the clinical systems group.", "in_progress"),
        ], label="R4b"),
        R("4c", f"{p} Mental Health Trust to include domestic abuse in its safeguarding supervision.", [
            A(f"{p} Mental Health Trust", "Add domestic abuse to the supervision template.", "30/09/25",
              "Template updated.", "complete"),
            A(f"{p} Mental Health Trust", "Audit supervision records for discussion of abuse.", "31/03/26", "",
              "not_started"),
        ], label="R4c"),
    ]
    return dict(
        name="sublabel_recs_borderless", formats=["docx"],
        meta=dict(title="Pellingford Safer Communities Partnership – Domestic Homicide Review 'Grace' – "
                        "Action Plan",
                  review_id_hint="Pellingford DHR Grace", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Timescale", "Progress (as at 30/09/25)"],
        sections=[S("", recs)],
    )


def shared(agency: str, actions: list[str], target: str, progress: str, status: str) -> list[dict[str, Any]]:
    """Several actions under one person responsible, target and progress (written once for them all)."""
    return [A(agency, action, target, progress, status) for action in actions]


def labelled_blocks_no_table_html() -> dict[str, Any]:
    """HTML, Arial 10.5 pt, no table at all: one agency's page, a section per recommendation concerning it
    (numbers with gaps: 2, 5, 6, 9, 11) headed ``Recommendation 5``, then labelled blocks (bold labels on
    lines of their own): ``Recommendation``, ``Issues identified``, ``Actions to be taken`` (a numbered list
    when there are two), ``Person responsible``, ``Target completion date``, ``Evidence``, ``Progress to
    date``; the person, date and progress written once for all the actions."""
    w = "Westcombe Housing"
    recs = [
        R("2", f"{w} to make sure that a tenant who reports domestic abuse is offered a referral to the "
               "specialist domestic abuse service.", shared(
            f"Tenancy Services Manager, {w}",
            ["Add the referral offer to the anti-social behaviour and domestic abuse procedure.",
             "Brief all neighbourhood officers on the referral route."],
            "30/06/2025", "Procedure changed in May 2025 and all officers briefed in June.", "complete")),
        R("5", f"{w} to record who lives at a property when a tenancy is visited.", shared(
            f"Head of Housing Management, {w}",
            ["Add a household members section to the tenancy visit form."],
            "31/08/2025", "Section added to the mobile form; in use since August 2025.", "complete")),
        R("6", f"{w} to train repairs operatives to recognise and report signs of domestic abuse.", shared(
            f"Repairs Service Manager, {w}",
            ["Deliver a one-hour session to all repairs operatives.",
             "Add a domestic abuse reporting button to the repairs app."],
            "31/12/2025", "Sixty of eighty operatives trained; the app change is being tested.", "in_progress")),
        R("9", f"{w} to review how it handles a request to remove a joint tenant where abuse is alleged.", shared(
            f"Tenancy Services Manager, {w}",
            ["Review the joint tenancy procedure with the local domestic abuse service."],
            "31/03/2026", "", "not_started")),
        R("11", f"{w} to take part in the MARAC and to share information about its tenants at risk.", shared(
            f"Safeguarding Lead, {w}",
            ["Name a MARAC representative and a deputy.",
             "Check the housing record of every case on the MARAC list before the meeting."],
            "30/09/2025", "Representative and deputy named; checks made for every meeting since July.",
            "complete")),
    ]
    for r in recs:
        for a in r["actions"]:
            a["evidence"] = "Held by the safeguarding lead."  # the page's Evidence block, the same in every section
    return dict(
        name="labelled_blocks_no_table_html", formats=["html"],
        meta=dict(title="Westcombe Housing – response to the Domestic Homicide Review 'Hannah'",
                  review_id_hint="Westcombe DHR Hannah", as_at="", documents=[]),
        columns=["Recommendation", "Actions to be taken", "Person responsible", "Target completion date",
                 "Evidence", "Progress to date"],
        sections=[S("", recs)],
    )


def narrative_merged_progress_html() -> dict[str, Any]:
    """HTML, Calibri 10 pt, a CSS grid: a long executive summary (introduction, the review, summary of
    events, findings, the recommendations as numbered paragraphs) before the plan; the progress update and
    a RAG word written once per recommendation in ``rowspan`` cells over its actions, the update naming the
    actions by number."""
    t = "Thornwick"
    recs = [
        R("1", f"{t} Police to make sure that officers take positive action when a suspect breaches a "
               "domestic abuse protection notice.", shared(
            f"{t} Police", ["Issue guidance on breaches to all response officers.",
                            "Audit twenty breaches for the action taken."],
            "31/12/2025", "Action 1 done in June 2025; action 2: twelve of twenty breaches audited.",
            "in_progress")),
        R("2", f"{t} ICB to make sure that GP practices code domestic abuse disclosures consistently.", shared(
            f"{t} ICB", ["Publish a coding guide for practices."],
            "30/06/2025", "Guide published in June 2025.", "complete")),
        R("3", f"{t} City Council to include domestic abuse in its welfare benefits advice service's "
               "first questions.", shared(
            f"{t} City Council", ["Add a routine question to the advice service's triage.",
                                  "Train advisers to respond to a disclosure."],
            "30/09/2025", "Actions 1 and 2 done; question in use and all advisers trained by September.",
            "complete")),
        R("4", f"{t} Mental Health Partnership to consider the risk to a partner in every discharge plan.", shared(
            f"{t} Mental Health Partnership", ["Add partner risk to the discharge planning template."],
            "31/03/2026", "", "not_started")),
        R("5", "The Community Safety Partnership to run a campaign for friends and family on how to respond to "
               "a disclosure.", shared(
            f"{t} CSP", ["Commission the campaign materials.", "Run the campaign in the autumn.",
                         "Evaluate the campaign's reach."],
            "31/01/2026", "Actions 1 and 2 done; evaluation under way.", "in_progress")),
    ]
    for r in recs:
        for a in r["actions"]:
            a["rag"] = RAG_BY_STATUS[a["status"]]
    return dict(
        name="narrative_merged_progress_html", formats=["html"],
        meta=dict(title="Thornwick Community Safety Partnership – Domestic Homicide Review 'Rebecca' – "
                        "Executive Summary and Action Plan",
                  review_id_hint="Thornwick DHR Rebecca", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress update", "RAG"],
        sections=[S("", recs)],
    )


PLANS = [officer_agency_rag_merged, manual_continued_tables, sublabel_recs_borderless,
         labelled_blocks_no_table_html, narrative_merged_progress_html]
