"""The ninth round of held-out plans' content (tools/heldout_drawing_round9.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

# The ``Achieved?`` word of ``yes_partly_wide_progress`` for each status the plan codes.
ACHIEVED = {"complete": "Yes", "partially_complete": "Partly", "not_started": "No"}

# ``large_print_summary_key``'s key, printed under the plan.
KEY = (("G", "Green – the action is complete"), ("A", "Amber – the action is under way"),
       ("R", "Red – the action has not started"))


def agency_first_jumping_numbers() -> dict[str, Any]:
    """A4 landscape, ruled, Candara 9 pt: the agency the first column, merged over all its recommendations;
    the recommendations keep the overview report's numbers, so they jump (3, 7, 12, then 4, 9, …) and
    are grouped by agency; number and recommendation merged over the actions."""
    police = [
        R("3", "Marlowfield Police to record the relationship between the people involved at every call to a "
               "domestic incident, and not only where a crime is recorded.", [
            A("Marlowfield Police", "Make the relationship field mandatory on the incident log.", "31/05/2025",
              "Field made mandatory on 12 May 2025.", "complete"),
            A("Marlowfield Police", "Check a month of incident logs for the field.", "31/08/2025",
              "July logs pulled; the check is half done.", "in_progress"),
        ]),
        R("7", "Marlowfield Police to refer a victim to the IDVA service when she reports a third incident in "
               "twelve months, whatever the risk score.", [
            A("Marlowfield Police", "Add the three-incident rule to the referral guidance.", "30/06/2025",
              "Rule added and briefed to the safeguarding hub.", "complete"),
        ]),
        R("12", "Marlowfield Police to share the outcome of a bail hearing with the victim's IDVA on the day.", [
            A("Marlowfield Police", "Agree a same-day notice with the custody suite.", "30/11/2025", "",
              "not_started"),
        ]),
    ]
    health = [
        R("4", "Marlowfield Health Trust to give emergency department staff a way to flag a patient's "
               "disclosure of domestic abuse to the GP without the patient's partner seeing it.", [
            A("Marlowfield Health Trust", "Build a confidential flag into the discharge letter.", "31/10/2025",
              "Specification agreed with the records team.", "in_progress"),
            A("Marlowfield Health Trust", "Train the emergency department's band 6 nurses in its use.",
              "31/01/2026", "", "not_started"),
        ]),
        R("9", "Marlowfield Health Trust to ask about domestic abuse at every antenatal appointment where the "
               "woman is seen alone.", [
            A("Marlowfield Health Trust", "Add the question to the antenatal record.", "31/03/2025",
              "Question in the record since March 2025.", "complete"),
        ]),
    ]
    council = [
        R("11", "Marlowfield Borough Council to make sure that its homelessness officers ask whether an "
                "applicant is leaving an abusive relationship.", [
            A("Marlowfield Borough Council", "Revise the homelessness triage form.", "30/04/2025",
              "Form revised and in use.", "complete"),
            A("Marlowfield Borough Council", "Audit twenty applications for the question.", "30/09/2025",
              "Twelve of twenty audited so far.", "in_progress"),
        ]),
        R("15", "Marlowfield Borough Council to include domestic abuse in the induction of every new "
                "councillor.", [
            A("Marlowfield Borough Council", "Write a half-hour induction session with the IDVA service.",
              "31/12/2025", "", "not_started"),
        ]),
    ]
    return dict(
        name="agency_first_jumping_numbers", formats=["docx"],
        meta=dict(title="Marlowfield Community Safety Partnership – Domestic Homicide Review 'Greta' – Action Plan",
                  review_id_hint="Marlowfield DHR Greta", as_at="", documents=[]),
        columns=["Agency", "Overview ref", "Recommendation", "Action", "By when", "Progress"],
        sections=[S("Marlowfield Police", police), S("Marlowfield Health Trust", health),
                  S("Marlowfield Borough Council", council)],
    )


def rec_band_subheaders() -> dict[str, Any]:
    """A4 portrait, horizontal rules only, Book Antiqua 10 pt: one table with no header row at its top; each
    recommendation a shaded row spanning the table (the reference ``DHR-2023-04/R2`` bold on a line of its
    own, the text below), then the action header ``Action / Owner / Deadline / Progress`` repeated under it,
    then its actions."""
    ref = "DHR-2023-04/R{}"
    recs = [
        R("1", "Thornbury Cross Adult Social Care to check whether an older person's carer is also their "
               "partner before closing a safeguarding enquiry.", [
            A("Thornbury Cross Adult Social Care", "Add the question to the enquiry closure checklist.",
              "31/03/2025", "Checklist updated in February 2025.", "complete"),
            A("Thornbury Cross Adult Social Care", "Remind team managers at the quarterly practice forum.",
              "30/06/2025", "Raised at the June forum.", "complete"),
        ], label=ref.format(1)),
        R("2", "Thornbury Cross Police to give the victim a named officer for the whole of an investigation "
               "of stalking.", [
            A("Thornbury Cross Police", "Change the stalking investigation policy.", "30/09/2025",
              "Draft policy with the professional standards team.", "in_progress"),
        ], label=ref.format(2)),
        R("3", "Thornbury Cross GP Federation to look again at the records of any patient who misses three "
               "appointments for an injury.", [
            A("Thornbury Cross GP Federation", "Write a search that finds such patients each month.",
              "31/07/2025", "Search written and tested in two practices.", "in_progress"),
            A("Thornbury Cross GP Federation", "Share the monthly list with the practice safeguarding leads.",
              "31/10/2025", "", "not_started"),
        ], label=ref.format(3)),
        R("4", "Thornbury Cross Housing Association to record a tenant's disclosure of abuse on the tenancy "
               "file and act on it within a week.", [
            A("Thornbury Cross Housing Association", "Set a seven-day response standard.", "31/05/2025",
              "Standard agreed by the board in May 2025.", "complete"),
        ], label=ref.format(4)),
        R("5", "Thornbury Cross Community Safety Partnership to tell the family how each recommendation of "
               "the review has been carried out.", [
            A("Thornbury Cross CSP", "Write to the family every six months.", "31/12/2025",
              "First letter sent in June 2025.", "in_progress"),
            A("Thornbury Cross CSP", "Offer the family a meeting with the chair.", "31/12/2025", "",
              "not_started"),
        ], label=ref.format(5)),
        R("6", "Thornbury Cross Probation Service to check the address of a person on licence with the "
               "police domestic abuse team before approving it.", [
            A("Thornbury Cross Probation Service", "Add the check to the address approval form.", "30/04/2025",
              "Check in the form from April 2025.", "complete"),
        ], label=ref.format(6)),
    ]
    return dict(
        name="rec_band_subheaders", formats=["docx"],
        meta=dict(title=("Thornbury Cross Community Safety Partnership – Domestic Homicide Review 'Ivy' – "
                         "Action Plan"),
                  review_id_hint="Thornbury Cross DHR Ivy", as_at="", documents=[]),
        columns=["Action", "Owner", "Deadline", "Progress"],
        sections=[S("", recs)],
    )


def Y(agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose status is given only in the ``Achieved?`` column (``Yes`` / ``Partly`` / ``No``); its
    progress cell does not state it."""
    return plain_action(agency, action, target, progress, status)


def yes_partly_wide_progress() -> dict[str, Any]:
    """A4 landscape, thin grey grid, Century Gothic 8 pt, 1 cm margins: a very narrow ``Action`` column and
    a very wide ``Progress and evidence`` column; the status only in an ``Achieved?`` column written
    ``Yes`` / ``Partly`` / ``No`` (the progress cells do not state it); number and recommendation merged."""
    recs = [
        R("1", "Ravensmoor Police to review every domestic abuse case in which the suspect was released "
               "without charge and the victim was not told.", [
            Y("Ravensmoor Police", "Review the 2024 releases.", "31/03/2025",
              "All forty-one releases of 2024 reviewed; victims were told in thirty-three. The findings went "
              "to the force's criminal justice board in March 2025 and a reminder was issued to custody "
              "sergeants.", "complete"),
            Y("Ravensmoor Police", "Make the victim call a custody task.", "30/09/2025",
              "The task has been added to the custody system for the central suite; the two other suites "
              "follow when the system is upgraded in the autumn.", "partially_complete"),
        ]),
        R("2", "Ravensmoor Mental Health Trust to ask a patient's family about risk before discharge when the "
               "patient has threatened a partner.", [
            Y("Ravensmoor Mental Health Trust", "Add family contact to the discharge checklist.", "30/06/2025",
              "The checklist was revised and approved by the clinical governance group in June 2025; wards "
              "report using it in nine discharges of ten.", "complete"),
        ]),
        R("3", "Ravensmoor Council to make sure that debt advice staff recognise economic abuse.", [
            Y("Ravensmoor Council", "Commission training on economic abuse.", "31/10/2025",
              "A provider has been chosen and the first of three sessions was held in September; eleven "
              "debt advisers attended.", "partially_complete"),
            Y("Ravensmoor Council", "Add an economic abuse prompt to the debt advice record.", "31/12/2025",
              "Waiting for the supplier of the case system to quote for the change; no work has begun.",
              "not_started"),
        ]),
        R("4", "Ravensmoor Children's Services to hold a joint visit with the police when a child reports "
               "that a parent has been hurt.", [
            Y("Ravensmoor Children's Services", "Agree a joint visit protocol.", "31/05/2025",
              "Protocol signed by both agencies on 20 May 2025 and published on the partnership website.",
              "complete"),
            Y("Ravensmoor Police", "Brief the child protection unit on the protocol.", "30/06/2025",
              "Briefings given to all three teams of the unit in June 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to fund a specialist worker for older victims of domestic "
               "abuse.", [
            Y("Ravensmoor CSP", "Find funding for a two-year post.", "31/03/2026",
              "A bid is being drafted for the police and crime commissioner's fund; no funding is yet "
              "agreed.", "not_started"),
        ]),
    ]
    return dict(
        name="yes_partly_wide_progress", formats=["docx"],
        meta=dict(title="Ravensmoor Community Safety Partnership – Domestic Homicide Review 'Odette' – Action Plan",
                  review_id_hint="Ravensmoor DHR Odette", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Achieved?", "Progress and evidence"],
        sections=[S("", recs)],
    )


def large_print_summary_key() -> dict[str, Any]:
    """A4 portrait, ruled, Arial 12 pt (large print), 2.5 cm margins, over several pages with the header row
    on the first page only; a summary table counting the actions by RAG above the plan, and a ``Key``
    under it; a RAG column of single letters."""
    recs = [
        R("1", "Ashcombe Vale Police to make sure that officers attending a domestic incident speak to the "
               "victim away from the suspect.", [
            A("Ashcombe Vale Police", "Reissue the attendance guidance.", "31/03/2025",
              "Guidance reissued on 3 March 2025.", "complete", rag="G"),
            A("Ashcombe Vale Police", "Check body-worn video of twenty incidents.", "30/09/2025",
              "Ten videos checked so far.", "in_progress", rag="A"),
        ]),
        R("2", "Ashcombe Vale Hospital to give domestic abuse training to its security staff.", [
            A("Ashcombe Vale Hospital", "Add a module to security staff induction.", "30/06/2025",
              "Module written; first session booked.", "in_progress", rag="A"),
        ]),
        R("3", "Ashcombe Vale Council to ask about domestic abuse when a tenant asks to end a joint "
               "tenancy.", [
            A("Ashcombe Vale Council", "Add the question to the tenancy change form.", "31/05/2025",
              "Question added in May 2025.", "complete", rag="G"),
            A("Ashcombe Vale Council", "Tell tenancy officers where to refer a disclosure.", "31/07/2025",
              "Referral card sent to all officers.", "complete", rag="G"),
        ]),
        R("4", "Ashcombe Vale Drug and Alcohol Service to share risk information with the MARAC within two "
               "working days.", [
            A("Ashcombe Vale Drug and Alcohol Service", "Name a MARAC representative and a deputy.",
              "30/04/2025", "Both named in April 2025.", "complete", rag="G"),
            A("Ashcombe Vale Drug and Alcohol Service", "Audit the time taken to share information.",
              "31/12/2025", "", "not_started", rag="R"),
        ]),
        R("5", "The Community Safety Partnership to publish this plan's progress every six months.", [
            A("Ashcombe Vale CSP", "Publish the first progress report.", "31/10/2025", "",
              "not_started", rag="R"),
        ]),
    ]
    return dict(
        name="large_print_summary_key", formats=["docx"],
        meta=dict(title=("Ashcombe Vale Community Safety Partnership – Domestic Homicide Review 'Rosa' – "
                         "Action Plan"),
                  review_id_hint="Ashcombe Vale DHR Rosa", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress", "RAG"],
        sections=[S("", recs)],
    )


def nested_action_tables_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, CSS borders: an outer table ``Rec / Recommendation / Actions and progress``; the
    recommendation cell a ``<dl>`` (``Recommendation`` and ``Scope`` as terms); the third cell a nested
    table of the recommendation's actions with its own header row (``Action / Lead agency / Target date /
    Progress``)."""
    recs = [
        R("1", "Corrington Police to check the domestic abuse history of both people when called to a "
               "dispute between neighbours who are former partners.", [
            A("Corrington Police", "Add a history check prompt to the neighbour dispute script.", "31/03/2025",
              "Prompt live since March 2025.", "complete"),
            A("Corrington Police", "Dip-sample twenty neighbour dispute calls.", "30/09/2025",
              "Sample drawn; results due in October.", "in_progress"),
        ], scope="Local"),
        R("2", "Corrington ICB to make sure that a GP is told when a patient is discussed at MARAC.", [
            A("Corrington ICB", "Agree a secure email route from the MARAC to practices.", "30/06/2025",
              "Route agreed and tested with four practices.", "complete"),
        ], scope="Local"),
        R("3", "The Home Office to include coercive control by former partners in the next revision of the "
               "statutory guidance.", [
            A("Corrington CSP", "Write to the Home Office with the review's findings.", "31/05/2025",
              "Letter sent on 14 May 2025.", "complete"),
        ], scope="National"),
        R("4", "Corrington Council to train its environmental health officers to recognise signs of abuse "
               "during home visits.", [
            A("Corrington Council", "Run two training sessions for the team.", "31/10/2025",
              "First session held in September.", "in_progress"),
            A("Corrington Council", "Add a safeguarding contact to the visit checklist.", "31/10/2025", "",
              "not_started"),
        ], scope="Local"),
        R("5", "Corrington Victim Support to offer a follow-up call to every victim who declines support "
               "at first contact.", [
            A("Corrington Victim Support", "Set a follow-up call at fourteen days.", "30/04/2025",
              "Calls made from April 2025.", "complete"),
            A("Corrington Victim Support", "Report the take-up of the calls to the partnership.", "31/12/2025",
              "", "not_started"),
        ], scope="Local"),
        R("6", "The Community Safety Partnership to raise awareness of domestic abuse among people aged over "
               "sixty.", [
            A("Corrington CSP", "Hold an awareness event with the older people's forum.", "30/11/2025",
              "Venue booked; speakers being confirmed.", "in_progress"),
            A("Corrington CSP", "Put a leaflet in the council's winter mailing to pensioners.", "31/12/2025", "",
              "not_started"),
        ], scope="Local"),
    ]
    return dict(
        name="nested_action_tables_html", formats=["html"],
        meta=dict(title="Corrington Community Safety Partnership – Domestic Homicide Review 'Wren' – Action Plan",
                  review_id_hint="Corrington DHR Wren", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Actions and progress"],
        sections=[S("", recs)],
    )


PLANS = [agency_first_jumping_numbers, rec_band_subheaders, yes_partly_wide_progress, large_print_summary_key,
         nested_action_tables_html]
