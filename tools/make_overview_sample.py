#!/usr/bin/env python3
"""Build ``samples/overview_report_appendix.pdf``: a 25-page DHR overview report whose action
plan is a 5-page appendix, and its reference annotation (the plan's recommendations only).

    python tools/make_overview_sample.py

The report is what archives hold beside stand-alone plans: narrative chapters with numbered
paragraphs, a panel membership table, a multi-page chronology table, a prose list of the
recommendations, a glossary table, then the plan.  It exercises page triage (only the plan's
pages need the full table analysis) and the benchmark's "plan in an appendix" figure.
The DOCX is built with the helpers of ``make_samples.py`` and converted by LibreOffice; the
DOCX itself is not kept.  All content is invented; the victim is a pseudonym.
"""
from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import (  # noqa: E402  (tools/make_samples.py)
    OUT, A, R, S, add_page_number_footer, add_par, fill_cell, header_row, make_pdfs, make_table,
    new_document, save_docx, set_header_text, truth_for, v_merge,
)

NAME = "overview_report_appendix"
PARAGRAPHS_PER_CHAPTER = 23
TITLE = "Safer Calderdale Partnership — Domestic Homicide Review into the death of Hannah — Overview Report"
AGENCIES = ["West Yorkshire Police", "Calderdale Council Adult Social Care", "Calderdale and Huddersfield NHS "
            "Foundation Trust", "Pennine Care GP Practice", "Calderdale Domestic Abuse Service",
            "Together Housing Group", "National Probation Service", "Yorkshire Ambulance Service"]

PLAN = dict(
    name=NAME,
    formats=["pdf"],
    meta=dict(title=TITLE, subtitle="Appendix A: Action Plan, progress as at 31st March 2024",
              review_id_hint="Calderdale DHR Hannah", as_at="31st March 2024"),
    evidence=False,
    columns=["Recommendation", "Action to take", "Lead agency", "Target date", "Progress as at 31st March 2024",
             "Status"],
    sections=[S("", [
        R("1", "West Yorkshire Police to ensure that officers attending domestic abuse incidents record the "
               "views of the victim separately from those of the alleged perpetrator, and that supervisors "
               "check this before the incident is closed.", label="1.", actions=[
            A("West Yorkshire Police", "Amend the domestic abuse attendance checklist so that the victim's "
              "account is recorded in its own field.", target="June 2023",
              progress="The checklist was amended in May 2023 and is in use across the district.",
              status="complete"),
            A("West Yorkshire Police", "Audit 50 closed domestic abuse incidents for supervisory checks "
              "and report the findings to the Partnership.", target="June 2024",
              progress="The audit was carried out in January 2024; the report is due at the May 2024 "
                       "Partnership meeting.", status="in_progress"),
        ]),
        R("2", "Calderdale Council Adult Social Care to review how safeguarding referrals that mention "
               "domestic abuse are screened, so that a referral is not closed without contact with the "
               "adult at risk.", label="2.", actions=[
            A("Calderdale Council Adult Social Care", "Revise the screening procedure of the front door "
              "team and brief all screening staff.", target="September 2023",
              progress="The revised procedure was published in October 2023 and briefings were delivered "
                       "to all screening staff.", status="complete"),
        ]),
        R("3", "Calderdale and Huddersfield NHS Foundation Trust to ensure that routine enquiry about "
               "domestic abuse is made at every emergency department attendance where an injury is "
               "recorded, and that a disclosure is followed by a referral to the hospital IDVA.",
          label="3.", actions=[
            A("Calderdale and Huddersfield NHS Foundation Trust", "Add a routine enquiry prompt to the "
              "emergency department record for every attendance with an injury.", target="September 2024",
              progress="The prompt has been designed; the change to the record system is scheduled for "
                       "June 2024.", status="in_progress"),
            A("Calderdale and Huddersfield NHS Foundation Trust", "Deliver training on routine enquiry "
              "and referral to the hospital IDVA to emergency department nursing staff.",
              target="December 2024", progress="82% of emergency department nursing staff have completed the "
                                            "training.", status="in_progress"),
        ]),
        R("4", "Pennine Care GP Practice to ensure that a patient who discloses domestic abuse is offered "
               "a follow-up appointment and that the disclosure is coded in the patient record.",
          label="4.", actions=[
            A("Pennine Care GP Practice", "Introduce a domestic abuse template in the practice record "
              "system with a follow-up reminder.", target="August 2023",
              progress="The template has been in use since August 2023.", status="complete"),
        ]),
        R("5", "The Partnership to commission refresher training for all agencies on coercive and "
               "controlling behaviour, including economic abuse and the control of a victim's access to "
               "medical care.", label="5.", actions=[
            A("Safer Calderdale Partnership", "Commission and deliver four multi-agency refresher "
              "sessions on coercive and controlling behaviour.", target="June 2024",
              progress="Three of the four sessions have been delivered; the last is booked for April 2024.",
              status="in_progress"),
            A("Calderdale Domestic Abuse Service", "Produce a briefing for practitioners on economic "
              "abuse, drawing on the learning from this review.", target="October 2023",
              progress="The briefing was circulated to all partner agencies in November 2023.",
              status="complete"),
        ]),
        R("6", "Together Housing Group to ensure that reports of noise or damage at a tenancy where "
               "domestic abuse is known are shared with the police and the domestic abuse service.",
          label="6.", actions=[
            A("Together Housing Group", "Update the anti-social behaviour procedure to include a check "
              "for known domestic abuse before a case is closed.", target="October 2024",
              progress="Not started: the procedure review has been delayed by a restructure.",
              status="not_started"),
        ]),
        R("7", "The National Probation Service to ensure that home visits are made before a person on "
               "licence is allowed to return to an address where a partner lives.", label="7.", actions=[
            A("National Probation Service", "Issue guidance to offender managers on home visits before "
              "an address is approved.", target="June 2023",
              progress="Guidance issued in June 2023 and checked in the quarterly case audit.",
              status="complete"),
        ]),
        R("8", "Yorkshire Ambulance Service to ensure that crews who attend a patient with injuries "
               "consistent with domestic abuse make a safeguarding referral and record why if they do "
               "not.", label="8.", actions=[
            A("Yorkshire Ambulance Service", "Add a mandatory safeguarding question to the electronic "
              "patient record for injury call-outs.", target="January 2024",
              progress="The question has been added and is mandatory from February 2024.", status="complete"),
            A("Yorkshire Ambulance Service", "Brief crews in the Calderdale area on the new question "
              "and on referral routes.", target="July 2024",
              progress="Briefings are under way at each station.", status="in_progress"),
        ]),
    ])],
)



def follow_up_actions(agency: str, month: str) -> list[dict]:
    """The two actions every recommendation of this plan ends with: sharing the learning, and reporting."""
    return [
        A(agency, "Share the learning from this review with all staff through a seven-minute briefing, "
          "team meetings and the agency's safeguarding newsletter.", target=month,
          progress="A seven-minute briefing has been written and approved by the agency's safeguarding "
                   "lead.\nIt has been discussed at team meetings and published in the safeguarding "
                   "newsletter; take-up is monitored through the supervision records of each team.\n"
                   "An audit of practice against the briefing is planned for the autumn, and its "
                   "findings will be reported to the oversight group.",
          status="in_progress"),
        A(agency, "Report progress on this recommendation to the DHR oversight group of the Partnership "
          "until the group agrees that it is complete.", target="Quarterly",
          progress="Progress was reported to the oversight group in July 2023, October 2023 and January "
                   "2024.\nThe group will consider closing the recommendation at its next meeting.",
          status="in_progress"),
    ]


for _rec in PLAN["sections"][0]["recs"]:
    _rec["actions"] += follow_up_actions(_rec["actions"][0]["agency"], "December 2024")

STATUS_WORDS = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}

PANEL = [("Independent Chair and Author", "Independent"), ("Detective Inspector", "West Yorkshire Police"),
         ("Head of Safeguarding", "Calderdale Council Adult Social Care"),
         ("Named Nurse for Safeguarding Adults", "Calderdale and Huddersfield NHS Foundation Trust"),
         ("Designated Professional", "NHS West Yorkshire Integrated Care Board"),
         ("Service Manager", "Calderdale Domestic Abuse Service"), ("Head of Tenancy", "Together Housing Group"),
         ("Senior Probation Officer", "National Probation Service"),
         ("Safeguarding Lead", "Yorkshire Ambulance Service"), ("Community Safety Manager", "Safer Calderdale Partnership")]

GLOSSARY = [("ASB", "Anti-social behaviour"), ("CSP", "Community Safety Partnership"),
            ("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
            ("DHR", "Domestic Homicide Review"), ("ED", "Emergency Department"),
            ("GP", "General Practitioner"), ("IDVA", "Independent Domestic Violence Advisor"),
            ("IMR", "Individual Management Review"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
            ("NFA", "No further action"), ("YAS", "Yorkshire Ambulance Service")]

SENTENCES = [
    "The panel considered the records of each agency in the order in which contact took place.",
    "Hannah was described by her family as warm, funny and devoted to her children.",
    "Her sister told the panel that Hannah had become withdrawn in the last year of her life.",
    "The panel found no record that Hannah was ever asked directly whether she felt safe at home.",
    "Several agencies held information that, taken together, showed a pattern of control.",
    "No single agency had the whole picture, and information was not shared between them.",
    "The panel noted that the contact was brief and that the focus was on the presenting injury.",
    "The review heard that Hannah's access to money and to her telephone was restricted.",
    "Practitioners told the panel that they had not been trained to recognise economic abuse.",
    "The referral was screened and closed on the same day without contact with Hannah.",
    "The panel welcomes the changes that agencies have already made since Hannah's death.",
    "Family members were invited to contribute and their views are reflected throughout this report.",
    "The terms of reference asked the panel to consider contact from January 2019 onwards.",
    "It is not possible to say whether a different response would have prevented Hannah's death.",
    "The learning set out below is intended to improve the response to victims in the future.",
]
CHAPTERS = ["Introduction", "Terms of reference", "Methodology", "Involvement of family and friends",
            "Background information", "Overview of agency contact", "Analysis", "Equality and diversity",
            "Conclusions", "Lessons to be learned"]
CHRONOLOGY_EVENTS = [
    "Police attended a report of a verbal argument at the home address; both parties spoken to; NFA.",
    "Hannah attended her GP with anxiety and low mood; prescribed medication; follow-up in four weeks.",
    "Ambulance called to the address for a fall; minor head injury treated at the scene.",
    "Hannah attended the ED with a wrist injury, explained as a fall; discharged.",
    "Housing received a noise complaint from a neighbour about shouting late at night.",
    "Adult Social Care received a referral from the ED; screened and closed on the same day.",
    "Hannah missed a GP follow-up appointment; no further contact was made.",
    "Police received a call from a neighbour; on arrival all was quiet and no offences were disclosed.",
    "The perpetrator was released on licence; the proposed address was the home address.",
    "Domestic abuse service received a self-referral which was withdrawn two days later.",
]


def paragraphs(doc, rng: random.Random, chapter: int, count: int) -> None:
    """Numbered paragraphs (``chapter.n``) of three to five invented sentences."""
    for n in range(1, count + 1):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 5)))
        add_par(doc, f"{chapter}.{n} {text}", space_after=6)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path: Path) -> None:
    rng = random.Random(13)
    doc = new_document(False, TITLE, "Safer Calderdale Partnership", size=10)
    set_header_text(doc, "OFFICIAL – Calderdale DHR Hannah – Overview Report")
    add_page_number_footer(doc, "Final version")
    add_par(doc, TITLE, style="Heading 1")
    add_par(doc, "Report of the Review Panel, published September 2023", space_after=12)
    add_par(doc, "This report examines the contact that agencies had with Hannah and with the man who "
                 "killed her, and sets out the learning for the agencies of Calderdale.", space_after=12)
    page_break(doc)
    for number, chapter in enumerate(CHAPTERS, start=1):
        add_par(doc, f"{number}. {chapter}", style="Heading 2")
        paragraphs(doc, rng, number, PARAGRAPHS_PER_CHAPTER)
        if chapter == "Methodology":
            add_par(doc, "Table 1: Review Panel membership", bold=True, space_after=4)
            t = make_table(doc, [8.0, 10.0])
            header_row(t, ["Role", "Organisation"], fill="D9D9D9", repeat=True)
            for role, organisation in PANEL:
                row = t.add_row()
                fill_cell(row.cells[0], role)
                fill_cell(row.cells[1], organisation)
            add_par(doc, "", space_after=6)
        if chapter == "Overview of agency contact":
            add_par(doc, "Table 2: Chronology of agency contact", bold=True, space_after=4)
            t = make_table(doc, [2.6, 4.4, 11.0])
            header_row(t, ["Date", "Agency", "Event"], fill="D9D9D9", repeat=True)
            for k in range(48):
                row = t.add_row()
                fill_cell(row.cells[0], f"{1 + k % 27:02d}/{1 + (k // 4) % 12:02d}/{2019 + k // 24}")
                fill_cell(row.cells[1], AGENCIES[k % len(AGENCIES)])
                fill_cell(row.cells[2], CHRONOLOGY_EVENTS[k % len(CHRONOLOGY_EVENTS)])
            add_par(doc, "", space_after=6)
    add_par(doc, f"{len(CHAPTERS) + 1}. Recommendations", style="Heading 2")
    add_par(doc, "The panel made the following recommendations; the action plan in Appendix A sets out "
                 "how each will be delivered.", space_after=6)
    for r in PLAN["sections"][0]["recs"]:
        add_par(doc, f"Recommendation {r['number']}: {r['text']}", space_after=6)
    add_par(doc, "Glossary", style="Heading 2")
    t = make_table(doc, [3.0, 15.0])
    header_row(t, ["Abbreviation", "Meaning"], fill="D9D9D9", repeat=False)
    for abbreviation, meaning in GLOSSARY:
        row = t.add_row()
        fill_cell(row.cells[0], abbreviation)
        fill_cell(row.cells[1], meaning)
    appendix = doc.add_section(WD_SECTION.NEW_PAGE)  # plans are often landscape appendices
    appendix.orientation = WD_ORIENT.LANDSCAPE
    appendix.page_width, appendix.page_height = Cm(29.7), Cm(21.0)
    add_par(doc, PLAN["meta"]["subtitle"], style="Heading 2")
    t = make_table(doc, [6.4, 6.0, 3.6, 2.4, 6.0, 2.3])
    header_row(t, PLAN["columns"], fill="1F3864", color="FFFFFF")
    for r in PLAN["sections"][0]["recs"]:
        acts = r["actions"]
        for i, a in enumerate(acts):
            row = t.add_row()
            c = row.cells
            if i == 0:
                fill_cell(c[0], r["text"], label=r["label"] + " ")
            if len(acts) > 1:
                v_merge(c[0], i == 0)
            fill_cell(c[1], a["action"])
            fill_cell(c[2], a["lead"])
            fill_cell(c[3], a["target"])
            fill_cell(c[4], a["progress"])
            fill_cell(c[5], STATUS_WORDS[a["status"]])
    save_docx(doc, path)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="make_overview_") as tmp:
        docx = Path(tmp) / f"{NAME}.docx"
        build(docx)
        for pdf in make_pdfs([docx]):
            shutil.move(str(pdf), str(OUT / pdf.name))
            print("wrote", OUT / pdf.name)
    truth = OUT / f"{NAME}.truth.json"
    truth.write_text(json.dumps(truth_for(PLAN), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", truth)


if __name__ == "__main__":
    main()
