"""The twenty-fifth round of held-out plans' content (tools/heldout_drawing_round25.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a recommendation owner written apart from each action's lead, a target column mixing terms relative to
publication or to an event with dates, the theme as a vertical band in a narrow first column, cells whose
long words break with a hyphen at the line end, a plan printed as a two-up booklet of A5 pages on A4
landscape sheets).  Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def rec_owner_column_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Cambria 9 pt, ruled: a ``Recommendation owner`` column (the body answerable for
    the recommendation, merged with the number and text over its actions) apart from each action's
    ``Action lead``, the two differing in most rows; dates as ``30 September 2025``."""
    v = "Vennlow"
    recs = [
        (f"{v} Safeguarding Adults Board", R("1", f"Agencies in {v} to share information about a victim's "
                                                   "care and support needs at every MARAC.", [
            A(f"{v} Adult Social Care", "Send a care needs summary to every MARAC meeting.", "30 September 2025",
              "Summaries sent since September 2025.", "complete"),
            A(f"{v} Police", "Add care needs to the MARAC referral form.", "31 December 2025",
              "Form redrafted; awaiting sign-off.", "in_progress"),
        ])),
        (f"{v} Community Safety Partnership", R("2", f"The {v} partnership to commission a specialist service "
                                                    "for older victims of domestic abuse.", [
            A(f"{v} County Council", "Write the service specification.", "31 January 2026",
              "First draft written.", "in_progress"),
            A(f"{v} Integrated Care Board", "Agree joint funding for the service.", "31 March 2026", "",
              "not_started"),
        ])),
        (f"{v} Integrated Care Board", R("3", "GP practices to record a patient's disclosure of domestic abuse "
                                              "with a coded entry.", [
            A(f"{v} Integrated Care Board", "Issue coding guidance to every practice.", "31 October 2025",
              "Guidance issued on 2 October 2025.", "complete"),
        ])),
        (f"{v} Community Safety Partnership", R("4", "Front-line staff to be trained to recognise coercive "
                                                    "control in older couples.", [
            A(f"{v} Police", "Add the topic to officer training.", "28 February 2026", "", "not_started"),
            A(f"{v} Adult Social Care", "Train every social worker in the older people's teams.",
              "30 April 2026", "Two of five teams trained.", "in_progress"),
        ])),
        (f"{v} Safeguarding Adults Board", R("5", "The review's learning to be shared with carers' "
                                                   "organisations.", [
            A(f"{v} Carers' Centre", "Hold a learning event for carers.", "30 November 2025",
              "Event held on 18 November 2025.", "complete"),
        ])),
    ]
    return dict(
        name="rec_owner_column_docx", formats=["docx"],
        meta=dict(title="Vennlow Community Safety Partnership – Domestic Homicide Review 'Winifred' – "
                        "Action Plan",
                  review_id_hint="Vennlow DHR Winifred", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Recommendation owner", "Action", "Action lead", "Target date",
                 "Progress"],
        sections=[S(owner, [r]) for owner, r in recs],
    )


def mixed_targets_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, CSS borders: a ``Target`` column mixing dates (``31/12/2025``) with terms
    relative to publication or to an event (``Within 3 months of publication``, ``By the next audit``,
    ``Before the next MARAC review``); number and recommendation in ``rowspan`` cells."""
    d = "Dunmere"
    recs = [
        R("1", f"{d} Police to review every domestic abuse case closed without a charge in the last year.", [
            A(f"{d} Police", "Review the closed cases.", "Within 3 months of publication",
              "Review under way; 40 of 112 cases read.", "in_progress"),
            A(f"{d} Police", "Report the findings to the partnership.", "31/03/2026", "", "not_started"),
        ]),
        R("2", f"{d} Hospital Trust to record the name of any person accompanying a patient who discloses "
               "abuse.", [
            A(f"{d} Hospital Trust", "Add the field to the patient record.", "31/12/2025",
              "Field added in November 2025.", "complete"),
            A(f"{d} Hospital Trust", "Check the field's use.", "By the next audit", "", "not_started"),
        ]),
        R("3", f"{d} MARAC to check that every action agreed at the meeting has an owner and a date.", [
            A(f"{d} MARAC", "Change the minutes template.", "Before the next MARAC review",
              "Template changed.", "complete"),
        ]),
        R("4", f"{d} Housing Association to tell tenants how to report domestic abuse.", [
            A(f"{d} Housing Association", "Print the information in the tenants' newsletter.", "30/11/2025",
              "Printed in the autumn issue.", "complete"),
            A(f"{d} Housing Association", "Put the information on every estate noticeboard.",
              "Within 6 months of publication", "Half of the estates done.", "in_progress"),
        ]),
        R("5", f"{d} Community Safety Partnership to publish the review and this plan.", [
            A(f"{d} CSP", "Publish on the partnership's website.", "On Home Office approval", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="mixed_targets_html", formats=["html"],
        meta=dict(title="Dunmere Community Safety Partnership – Domestic Homicide Review 'Cecily' – "
                        "Action Plan",
                  review_id_hint="Dunmere DHR Cecily", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def theme_vertical_band_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Franklin Gothic Book 9 pt, ruled, 1.8 cm margins: a fixed narrow first column
    (0.9 cm) holding the theme, merged down over all its rows, its words running bottom to top on a
    shaded band (the owners); then ``No. / Recommendation / Action / Lead / Target / Progress``; number
    and recommendation merged over the actions; dates as ``December 2025``."""
    c = "Caskbridge"
    theme1 = [
        R("1", f"{c} Police to flag the address of a victim under a domestic violence protection order.", [
            A(f"{c} Police", "Add the flag to the command and control system.", "October 2025",
              "Flag live.", "complete"),
            A(f"{c} Police", "Brief call handlers on the flag.", "December 2025",
              "Briefing for two of four shifts given.", "in_progress"),
        ]),
        R("2", f"{c} Probation Service to share a perpetrator's release plan with the IDVA.", [
            A(f"{c} Probation Service", "Send the release plan to the IDVA service.", "January 2026", "",
              "not_started"),
        ]),
    ]
    theme2 = [
        R("3", f"{c} GP practices to see a patient who discloses abuse without their partner present.", [
            A(f"{c} Integrated Care Board", "Issue guidance to every practice.", "November 2025",
              "Guidance issued.", "complete"),
        ]),
        R("4", f"{c} Mental Health Trust to include domestic abuse in every care plan review.", [
            A(f"{c} Mental Health Trust", "Add a domestic abuse question to the review form.", "February 2026",
              "Question drafted.", "in_progress"),
            A(f"{c} Mental Health Trust", "Audit twenty care plan reviews.", "June 2026", "", "not_started"),
        ]),
    ]
    theme3 = [
        R("5", f"{c} Community Safety Partnership to tell local employers about the review's learning.", [
            A(f"{c} CSP", "Send a briefing to the chamber of commerce.", "September 2025",
              "Briefing sent.", "complete"),
        ]),
    ]
    return dict(
        name="theme_vertical_band_docx", formats=["docx"],
        meta=dict(title="Caskbridge Community Safety Partnership – Domestic Homicide Review 'Mabel' – "
                        "Action Plan",
                  review_id_hint="Caskbridge DHR Mabel", as_at="", documents=[]),
        columns=["Theme", "No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("Risk and protection", theme1), S("Health", theme2), S("Learning", theme3)],
    )


def hyphen_broken_cells_html() -> dict[str, Any]:
    """HTML, Tahoma 9 pt, CSS borders, a narrow fixed-width table: long words carry soft hyphens, so that
    in the narrow cells they break with a hyphen at the line end (``safe-`` / ``guarding``,
    ``accommo-`` / ``dation``); dates ISO (``2025-12-31``)."""
    b = "Brackenholt"
    recs = [
        R("1", f"{b} Police to strengthen safeguarding arrangements for victims reporting harassment.", [
            A(f"{b} Police", "Commission an independent review of harassment investigations.", "2025-12-31",
              "Commissioning specification approved.", "in_progress"),
        ]),
        R("2", f"{b} Borough Council to provide emergency accommodation to victims without delay.", [
            A(f"{b} Borough Council", "Establish an accommodation pathway with refuges.", "2025-10-31",
              "Pathway established and operational.", "complete"),
            A(f"{b} Borough Council", "Monitor accommodation placements quarterly.", "2026-03-31", "",
              "not_started"),
        ]),
        R("3", f"{b} Hospitals Trust to improve communication between maternity and safeguarding teams.", [
            A(f"{b} Hospitals Trust", "Introduce a fortnightly safeguarding huddle with maternity.",
              "2025-11-30", "Huddles happening since November.", "complete"),
            A(f"{b} Hospitals Trust", "Evaluate the huddles' effectiveness.", "2026-05-31", "",
              "not_started"),
        ]),
        R("4", f"{b} Substance Misuse Service to understand the interrelationship of addiction and "
               "domestic abuse.", [
            A(f"{b} Substance Misuse Service", "Deliver specialist training to practitioners.", "2026-01-31",
              "Training materials commissioned.", "in_progress"),
        ]),
        R("5", f"{b} Community Safety Partnership to disseminate the review's recommendations.", [
            A(f"{b} CSP", "Circulate a seven-minute briefing to organisations.", "2025-09-30",
              "Briefing circulated in September.", "complete"),
        ]),
    ]
    return dict(
        name="hyphen_broken_cells_html", formats=["html"],
        meta=dict(title="Brackenholt Community Safety Partnership – Domestic Homicide Review 'Dorothy' – "
                        "Action Plan",
                  review_id_hint="Brackenholt DHR Dorothy", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def booklet_two_up_html() -> dict[str, Any]:
    """HTML, Garamond 9 pt, printed on A4 landscape as a two-up booklet: each sheet holds two A5 pages
    side by side, each with its own running head and page number, and the plan table runs on from the
    left page to the right one with its header row repeated; CSS borders; dates as ``31 Oct 25``."""
    g = "Gorsefield"
    recs = [
        R("1", f"{g} Police to visit a victim within 48 hours of a breach of a non-molestation order.", [
            A(f"{g} Police", "Set the 48-hour standard.", "31 Oct 25", "Standard in force.", "complete"),
            A(f"{g} Police", "Check compliance each month.", "31 Mar 26", "Monthly checks begun.",
              "in_progress"),
        ]),
        R("2", f"{g} Children's Services to record the views of older children in a domestic abuse "
               "assessment.", [
            A(f"{g} Children's Services", "Add a child's views section to the assessment.", "30 Nov 25",
              "", "not_started"),
        ]),
        R("3", f"{g} Ambulance Trust to refer a patient injured at home to safeguarding when abuse is "
               "suspected.", [
            A(f"{g} Ambulance Trust", "Add a prompt to the electronic patient record.", "31 Dec 25",
              "Prompt live since December.", "complete"),
        ]),
        R("4", f"{g} District Council to train licensing officers about domestic abuse in the night-time "
               "economy.", [
            A(f"{g} District Council", "Train the licensing team.", "28 Feb 26", "Training booked.",
              "in_progress"),
            A(f"{g} District Council", "Add a question to licence reviews.", "30 Apr 26", "", "not_started"),
        ]),
        R("5", f"{g} Community Safety Partnership to publish the plan's progress each year.", [
            A(f"{g} CSP", "Publish the first annual update.", "30 Sep 26", "", "not_started"),
        ]),
    ]
    return dict(
        name="booklet_two_up_html", formats=["html"],
        meta=dict(title="Gorsefield Community Safety Partnership – Domestic Homicide Review 'Ada' – "
                        "Action Plan",
                  review_id_hint="Gorsefield DHR Ada", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [rec_owner_column_docx, mixed_targets_html, theme_vertical_band_docx, hyphen_broken_cells_html,
         booklet_two_up_html]
