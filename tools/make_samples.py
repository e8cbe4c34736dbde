#!/usr/bin/env python3
"""Build the sample action plans in ``samples/`` and their reference annotations.

Each plan below is ONE Python spec.  From it this script writes the document(s)
(DOCX via python-docx, HTML by hand, PDF by converting the DOCX with LibreOffice)
and ``<name>.truth.json`` in the format of ``nuneaton_dhr1.truth.json``, so the
document and its annotation cannot disagree.

    python tools/make_samples.py            # writes samples/*
    python tools/make_samples.py --no-pdf   # skip the LibreOffice step

Runs are reproducible: DOCX zip entries and core properties carry fixed dates and
the PDF CreationDate / ModDate / ID are pinned after conversion.  If ``soffice`` is
not on PATH the PDFs are skipped with a message (the committed PDFs stay as they are).

All content is invented.  Agencies are named for realism only; the victims are
pseudonyms ("Adult B", "Maya"...).
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "samples"
FIXED_DATE = dt.datetime(2022, 3, 1, 9, 30, 0)
ZIP_DATE = (2022, 3, 1, 9, 30, 0)

STATUSES = {"complete", "in_progress", "not_started", "overdue", "partially_complete", "unknown"}


# ============================================================== spec helpers
def A(agency, action, target="", progress="", status="unknown", evidence="",
      lead=None, prefix="", status_word="", rag=""):
    """One action row.

    agency: the truth agency (lead agency column text, or the AGENCY: prefix as written).
    lead:   what the Lead column shows (defaults to ``agency``; '' for an empty cell).
    prefix: an ``AGENCY:`` prefix written before the action text in the document.
    progress: the progress text column; status_word / rag: the Status and RAG columns.
    status: what a careful reader concludes.
    """
    assert status in STATUSES, status
    return dict(agency=agency, lead=agency if lead is None else lead, prefix=prefix,
                action=action, evidence=evidence, target=target, progress=progress,
                status_word=status_word, rag=rag, status=status)


def R(number, text, actions, scope="", label=None):
    """One recommendation: ``number`` as the truth wants it, ``label`` as written."""
    return dict(number=number, label=label, text=text, scope=scope, actions=actions)


def S(owner, recs):
    """A section / theme / per-agency table: ``owner`` is the heading ('' if none)."""
    return dict(owner=owner, recs=recs)


# ============================================================== plan a: Home Office 7 columns
HOME_OFFICE = dict(
    name="home_office_7col",
    formats=["docx", "pdf"],
    meta=dict(
        title="Wrexham Community Safety Partnership — Domestic Homicide Review into the death "
              "of Adult B — Action Plan",
        subtitle="Version 4 – agreed by the Wrexham Community Safety Partnership Board on 14th "
                 "October 2019. Progress updated 30th September 2020.",
        review_id_hint="Wrexham DHR Adult B",
        as_at="30th September 2020",
    ),
    evidence=True,
    columns=["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
             "Date of completion and Outcome"],
    contributors=[
        ("North Wales Police", "Individual Management Review (IMR) and chronology"),
        ("Betsi Cadwaladr University Health Board", "IMR and chronology covering the Mental Health "
         "and Learning Disabilities Division, Wrexham Maelor Hospital and primary care"),
        ("Wrexham County Borough Council – Social Services", "IMR and chronology"),
        ("Wrexham County Borough Council – Housing Services", "Chronology and short report"),
        ("National Probation Service (Wales)", "IMR"),
        ("Welsh Ambulance Services NHS Trust", "Short report"),
        ("Domestic Abuse Safety Unit (DASU) North Wales", "Short report and Review Panel membership"),
    ],
    glossary=[
        ("ASB", "Anti-social behaviour"),
        ("BCUHB", "Betsi Cadwaladr University Health Board"),
        ("CMHT", "Community Mental Health Team"),
        ("CSP", "Community Safety Partnership"),
        ("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk "
                 "identification checklist"),
        ("DASU", "Domestic Abuse Safety Unit"),
        ("LDU", "Local Delivery Unit"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ("NPS", "National Probation Service"),
        ("RMS", "Records Management System"),
        ("SPoA", "Single Point of Access"),
        ("VAWDASV", "Violence against Women, Domestic Abuse and Sexual Violence"),
        ("WAST", "Welsh Ambulance Services NHS Trust"),
    ],
    sections=[S("", [
        R("1",
          "All agencies to ensure that their domestic abuse training covers coercive and controlling "
          "behaviour, including economic abuse, and how a victim's physical and mental health may "
          "affect their ability to recognise abuse and to seek help.\n"
          "Training should draw on the learning from this review, in particular the way in which "
          "Adult B's husband controlled her access to money, medication and appointments.",
          scope="Local", label="1.", actions=[
            A("North Wales Police",
              "Refresh the coercive control content of the Domestic Abuse Matters programme for "
              "frontline officers and staff in the Central district.\n"
              "Add an anonymised case study based on this review to the programme.",
              evidence="Domestic Abuse Matters champions identified in each response team.\n"
                       "Refreshed programme approved by the Force Public Protection Governance "
                       "Board (September 2019).",
              target="31st March 2020",
              progress="Completed 27/02/2020.\n"
                       "Refreshed programme delivered to all response and neighbourhood teams in the "
                       "Central district (412 officers and staff). Case study in use since January 2020.",
              status="complete"),
            A("Betsi Cadwaladr University Health Board",
              "Revise Level 2 and Level 3 safeguarding training to include coercive and controlling "
              "behaviour and economic abuse.\n"
              "Ensure that staff in the Emergency Department at Wrexham Maelor Hospital complete Ask "
              "and Act (Group 2) training.",
              evidence="Revised training content approved by the Safeguarding Governance and "
                       "Performance Group.\n"
                       "Ask and Act compliance reported quarterly to the Wrexham Area Quality and "
                       "Safety Group.",
              target="Dec-19",
              progress="Level 3 content revised October 2019.\n"
                       "Ask and Act compliance in the Emergency Department is 71% against a target of "
                       "85%. Additional sessions booked for November and December 2020. Ongoing.",
              status="in_progress"),
            A("Wrexham County Borough Council – Social Services",
              "Commission coercive control training for adult and children's social care "
              "practitioners, delivered jointly with the Domestic Abuse Safety Unit.",
              evidence="Training commissioned.\n"
                       "Attendance records held by the Workforce Development Team.",
              target="Q2 2020/21",
              progress="Not started – face to face delivery suspended because of COVID-19 "
                       "restrictions. Virtual sessions are being arranged with DASU for January 2021.",
              status="not_started"),
            A("National Probation Service (Wales)",
              "Remind all practitioners that the HMPPS coercive control e-learning is mandatory and "
              "monitor completion through supervision.",
              evidence="E-learning completion data reviewed by Senior Probation Officers each quarter.",
              target="Ongoing",
              progress="E-learning mandatory since April 2019; 96% completion in the Wrexham and "
                       "Flintshire LDU. Monitored at quarterly performance meetings. Ongoing.",
              status="in_progress"),
        ]),
        R("2",
          "North Wales Police to ensure that when a victim declines to answer the DASH questions, "
          "officers complete the risk assessment using their professional judgement and record the "
          "reasons for the refusal, and that supervisors check that this has been done before the "
          "occurrence is closed.",
          scope="Local", label="2.", actions=[
            A("North Wales Police",
              "Amend the domestic abuse occurrence template on RMS (Niche) so that a refused DASH "
              "cannot be submitted without an officer risk grading and rationale.\n"
              "Issue a force-wide briefing on the change.",
              evidence="Niche template amended.\n"
                       "Briefing published on the force intranet and delivered at team briefings.",
              target="31/12/2019",
              progress="Completed 09/12/2019. Template change live.\n"
                       "Dip sample of 50 refused DASH occurrences in February 2020 found a rationale "
                       "recorded in 47 cases; the three officers concerned were given feedback by "
                       "their supervisors.",
              status="complete"),
        ]),
        R("3",
          "Betsi Cadwaladr University Health Board to ensure that routine enquiry about domestic "
          "abuse takes place in secondary mental health services and in primary care, and that "
          "disclosures are recorded so that they are visible to all clinicians involved in the "
          "patient's care.",
          scope="Regional", label="3.", actions=[
            A("BCUHB – Mental Health and Learning Disabilities Division",
              "Include routine enquiry in the Care and Treatment Plan assessment documentation.\n"
              "Audit compliance in the Wrexham Community Mental Health Team.",
              evidence="Documentation amended (version 3.2, January 2020).\n"
                       "Audit report presented to the Divisional Safeguarding Group.",
              target="30th June 2020",
              progress="Documentation amended January 2020.\n"
                       "Audit postponed because of COVID-19 and now scheduled for Q3 2020/21.",
              status="partially_complete"),
            A("BCUHB – Primary Care (Wrexham Area Team)",
              "Promote the use of the domestic abuse SNOMED codes and safeguarding alerts in GP "
              "practice records across the Wrexham cluster.\n"
              "Offer domestic abuse training to GP practices, based on the IRIS model.",
              evidence="Guidance circulated to all 19 practices in the cluster.\n"
                       "Number of practices receiving training.",
              target="Q2 2020/21",
              progress="Guidance circulated March 2020.\n"
                       "Training offered to all practices; 6 of 19 practices trained by September 2020.",
              status="in_progress"),
        ]),
        R("4",
          "Wrexham County Borough Council Housing Services to ensure that:\n"
          "a) tenancy officers are aware of the indicators of domestic abuse; and\n"
          "b) reports of anti-social behaviour or noise at an address where domestic abuse is known "
          "are considered as a possible indicator of ongoing abuse and shared with the Domestic "
          "Abuse Safety Unit.",
          scope="Local", label="4.", actions=[
            A("Wrexham County Borough Council – Housing Services",
              "a) Deliver domestic abuse awareness briefings to all tenancy and estate management "
              "staff.\n"
              "b) Update the anti-social behaviour procedure to include a domestic abuse check and a "
              "referral pathway to DASU.",
              evidence="a) Briefing attendance records.\n"
                       "b) Revised ASB procedure approved by the Head of Housing and Economy.",
              target="31st March 2020",
              progress="a) Completed – 38 staff briefed in January and February 2020.\n"
                       "b) ASB procedure drafted; sign off delayed. Revised date December 2020.",
              status="partially_complete"),
        ]),
        R("5",
          "All agencies to review how they respond when a family member or friend raises concerns "
          "about the safety of a relative, and to ensure that the person is told how to contact "
          "specialist domestic abuse services and how to make an application under the Domestic "
          "Violence Disclosure Scheme (Clare's Law).",
          scope="Regional", label="5.", actions=[
            A("North Wales Police",
              "Update the Force Control Room script for third party reports of domestic abuse to "
              "include signposting to Live Fear Free and to the Domestic Violence Disclosure Scheme.",
              evidence="Script updated and quality assured by the Force Control Room training team.",
              target="Dec-19",
              progress="Completed December 2019.",
              status="complete"),
            A("Betsi Cadwaladr University Health Board",
              "Include advice on responding to concerned relatives in the Health Board Domestic "
              "Abuse Policy at its next review.",
              evidence="Policy revised and published on the intranet.",
              target="31st March 2020",
              progress="Overdue. Policy review extended to December 2020 because of COVID-19 "
                       "pressures.",
              status="overdue"),
            A("Wrexham County Borough Council – Social Services",
              "Update the Single Point of Access (SPoA) practice guidance so that calls from "
              "concerned relatives are recorded and passed to the duty social worker, and callers "
              "are given Live Fear Free contact details.",
              evidence="Practice guidance updated.\n"
                       "Dip sample of SPoA contacts.",
              target="Q2 2020/21",
              progress="Guidance updated and circulated August 2020.\n"
                       "Dip sample completed September 2020 – no issues identified. Complete.",
              status="complete"),
            A("Domestic Abuse Safety Unit (DASU) North Wales",
              "Produce a leaflet for family and friends explaining how to support someone who is "
              "experiencing domestic abuse, in English and Welsh.",
              evidence="Bilingual leaflet published and distributed to partner agencies.",
              target="31/12/2019",
              progress="Leaflet published in English and Welsh in November 2019 and distributed to GP "
                       "surgeries, libraries and Wrexham Maelor Hospital. Completed.",
              status="complete"),
        ]),
        R("6",
          "Wrexham Community Safety Partnership to ask the MARAC Steering Group to audit cases "
          "referred to MARAC three or more times in a twelve month period, to establish whether "
          "the safety plans agreed at MARAC were effective and whether the perpetrators were being "
          "managed.",
          scope="Local", label="6.", actions=[
            A("Wrexham Community Safety Partnership – MARAC Steering Group",
              "MARAC Steering Group to agree the audit methodology and complete a multi-agency audit "
              "of repeat cases.\n"
              "Findings and any recommendations to be reported to the CSP Board.",
              evidence="Audit methodology agreed (February 2020).\n"
                       "Audit report and action plan.",
              target="Q2 2020/21",
              progress="Methodology agreed February 2020.\n"
                       "Audit not completed by the target date because MARAC moved to virtual "
                       "meetings. Revised target December 2020.",
              status="overdue"),
        ]),
        R("7",
          "Wrexham Community Safety Partnership to write to the Home Office and the Welsh "
          "Government to highlight the lack of national guidance on notifying GP practices when the "
          "police attend a domestic abuse incident involving one of their patients.",
          scope="National", label="7.", actions=[
            A("Wrexham Community Safety Partnership",
              "Chair of the CSP to write to the Home Office DHR team and to the Welsh Government "
              "VAWDASV team.",
              evidence="Letters sent.\n"
                       "Responses reported to the CSP Board.",
              target="Dec-19",
              progress="Letters sent 02/12/2019. Response received from the Welsh Government on "
                       "20/01/2020 and reported to the CSP Board on 12/02/2020. Completed.",
              status="complete"),
        ]),
        R("8",
          "Welsh Ambulance Services NHS Trust to remind crews that a safeguarding referral should be "
          "made when they attend a patient who discloses domestic abuse, even when the patient "
          "declines conveyance to hospital.",
          scope="Regional", label="8.", actions=[
            A("Welsh Ambulance Services NHS Trust",
              "Issue a clinical bulletin to all crews in the Central and North Wales region.\n"
              "Include the learning in the annual safeguarding update for clinicians.",
              evidence="Clinical bulletin issued.\n"
                       "Safeguarding referral data reviewed by the Safeguarding Team.",
              target="Ongoing",
              progress="",
              status="unknown"),
        ]),
        R("9",
          "National Probation Service (Wales) to ensure that offender managers make domestic abuse "
          "enquiries of the police and children's services at the start of every order or licence "
          "involving a perpetrator of domestic abuse, and record the outcome.",
          scope="Local", label="9.", actions=[
            A("National Probation Service (Wales)",
              "Reissue the Domestic Abuse Enquiries practice direction.\n"
              "Senior Probation Officers to check that enquiries have been made during case audits.",
              evidence="Practice direction reissued.\n"
                       "Case audit results (quarterly).",
              target="31st March 2020",
              progress="Practice direction reissued November 2019.\n"
                       "Q4 2019/20 case audit: enquiries made in 92% of relevant cases. Complete – "
                       "monitoring continues through the quality assurance framework.",
              status="complete"),
        ]),
    ])],
)

# ============================================================== plan b: HTML, R labels, status + RAG
R_LABELS = dict(
    name="r_labels_status",
    formats=["html"],
    meta=dict(
        title="Domestic Homicide Review: Maya – Action plan progress report",
        subtitle="Safer Stockport Partnership. Progress as at 30 September 2021.",
        review_id_hint="Stockport DHR Maya",
        as_at="30 September 2021",
    ),
    columns=["Recommendation", "Action", "Lead", "By when", "Progress", "Status", "RAG status"],
    chronology=[
        ("March 2018", "Maya registers with a GP practice in Stockport and discloses low mood."),
        ("July 2018", "Police attend a report of a verbal argument at the flat; DASH completed, "
                      "graded standard risk."),
        ("November 2018", "Maya attends the Emergency Department with a wrist injury, saying that "
                          "she fell."),
        ("February 2019", "Maya's sister contacts the police with concerns; no offences disclosed."),
        ("April 2019", "Referral to MARAC following a further incident; the case is heard at MARAC "
                       "in May 2019."),
        ("September 2019", "Maya is killed at her home. Her partner is later convicted of murder."),
    ],
    sections=[
        S("Theme 1 – Information sharing", [
            R("1",
              "Stockport NHS Foundation Trust to ensure that information about domestic abuse "
              "disclosed in the Emergency Department is shared with the patient's GP and, where the "
              "patient consents or the risk is high, with the MARAC.",
              label="R1", actions=[
                A("Stockport NHS Foundation Trust – Named Nurse Safeguarding Adults",
                  "• Amend the Emergency Department discharge letter template to include a domestic "
                  "abuse field\n"
                  "• Brief Emergency Department staff on the change",
                  target="December 2021",
                  progress="Template change approved by the Digital Board in August 2021.\n"
                           "Awaiting build by the EPR supplier.",
                  status_word="In progress", rag="Amber", status="in_progress"),
            ]),
            R("2",
              "All agencies to ensure that their practitioners know how to access the MARAC "
              "information held on shared systems, and that they check it before completing an "
              "assessment with a known victim or perpetrator.",
              label="R2", actions=[
                A("Greater Manchester Police – Stockport district",
                  "Include MARAC flag checks in the district briefing for Public Protection "
                  "Investigation Unit officers.",
                  target="31/10/2021",
                  progress="Briefing delivered to all PPIU staff on 14 July 2021.",
                  status_word="Complete", rag="Blue", status="complete"),
                A("Pennine Care NHS Foundation Trust",
                  "Add a MARAC check prompt to the community mental health assessment on PARIS.",
                  target="Q3 2021/22",
                  progress="Prompt designed.\nTesting with the Stockport CMHT during October 2021.",
                  status_word="In progress", rag="Green", status="in_progress"),
                A("Stockport Council – Adult Social Care",
                  "Remind staff through the practice bulletin and include MARAC checks in the "
                  "induction pack for new starters.",
                  target="September 2021",
                  progress="Practice bulletin issued June 2021.\nInduction pack updated.",
                  status_word="Complete", rag="Green", status="complete"),
                A("Stockport Homes",
                  "Give housing officers read-only access to MARAC flags and train them in their use.",
                  target="31/03/2022",
                  progress="Data sharing agreement with the MARAC still to be drafted by "
                           "Information Governance.",
                  status_word="Not started", rag="Red", status="not_started"),
            ]),
        ]),
        S("Theme 2 – Risk assessment and MARAC", [
            R("3",
              "Safer Stockport Partnership to review the capacity of the IDVA service to respond to "
              "the volume of high-risk referrals, including the waiting time for first contact.",
              label="R3", actions=[
                A("Safer Stockport Partnership – Domestic Abuse Partnership Board",
                  "Commission an independent review of IDVA capacity and caseloads.\n"
                  "Report the findings and options to the Domestic Abuse Partnership Board.",
                  target="March 2022",
                  progress="Review commissioned from SafeLives in June 2021; fieldwork complete.\n"
                           "Draft report due November 2021.",
                  status_word="In progress", rag="Green", status="in_progress"),
            ]),
            R("4",
              "Greater Manchester Police to ensure that DASH risk assessments are revisited when "
              "circumstances change, including:\n"
              "• the release of the perpetrator from custody; and\n"
              "• the end of bail conditions.",
              label="R4", actions=[
                A("Greater Manchester Police – Public Protection Governance Unit",
                  "Update the Domestic Abuse Investigation guidance to require a DASH review at each "
                  "change in bail status or on release from custody.",
                  target="30/06/2021",
                  progress="Guidance update not yet agreed at force level; escalated to the Head of "
                           "Public Protection.",
                  status_word="Overdue", rag="Red", status="overdue"),
                A("Greater Manchester Police – Stockport district",
                  "Supervisors to dip sample 20 cases a month for compliance.",
                  target="Ongoing",
                  progress="Dip sampling started in August 2021.\n"
                           "40 cases reviewed, 31 compliant; feedback given to officers.",
                  status_word="Partially complete", rag="Amber", status="partially_complete"),
            ]),
        ]),
        S("Theme 3 – Health services", [
            R("5",
              "NHS Stockport Clinical Commissioning Group to ensure that GP practices ask about "
              "domestic abuse when a patient presents with anxiety, depression or unexplained "
              "injuries, and that practice staff know how to refer to specialist services.",
              label="R5", actions=[
                A("NHS Stockport CCG – Designated Nurse Safeguarding Adults",
                  "• Roll out IRIS training to the remaining 18 GP practices\n"
                  "• Audit routine enquiry in five practices",
                  target="Q4 2021/22",
                  progress="IRIS training delivered to 9 of the 18 practices.\n"
                           "Audit scheduled for January 2022.",
                  status_word="Partially complete", rag="Amber", status="partially_complete"),
            ]),
            R("6",
              "Pennine Care NHS Foundation Trust to ensure that care coordinators complete a carer's "
              "assessment, and consider domestic abuse, when a patient's partner is also their main "
              "carer.",
              label="R6", actions=[
                A("Pennine Care NHS Foundation Trust – Associate Director of Safeguarding",
                  "Revise the carer's assessment guidance and the CPA review template.",
                  target="December 2021",
                  progress="Awaiting the Trust-wide review of the CPA policy.",
                  status_word="Not started", rag="Red", status="not_started"),
            ]),
        ]),
        S("Theme 4 – Housing and family", [
            R("7",
              "Stockport Homes to ensure that when a tenant who is known to be a victim of domestic "
              "abuse asks for a joint tenancy with their partner, a domestic abuse risk assessment "
              "is completed before the request is approved.",
              label="R7", actions=[
                A("Stockport Homes – Head of Tenancy Services",
                  "Amend the joint tenancy procedure.\n"
                  "Train lettings staff in the amended procedure.",
                  target="31/08/2021",
                  progress="Completed – procedure amended and approved on 19/07/2021.\n"
                           "All 12 lettings staff trained.",
                  status_word="", rag="Green", status="complete"),
            ]),
            R("8",
              "Safer Stockport Partnership to develop information for family members, friends and "
              "colleagues about how to recognise domestic abuse and where to get advice, and to "
              "promote it through workplaces and community groups.",
              label="R8", actions=[
                A("Safer Stockport Partnership – Communications Team",
                  "Launch a 'Know the signs' campaign aimed at family, friends and employers.",
                  target="November 2021 (White Ribbon Day)",
                  progress="Campaign materials designed with the help of Maya's family.\n"
                           "Launch event booked for 25 November 2021.",
                  status_word="In progress", rag="Green", status="in_progress"),
                A("Stockport Council – Workforce Development",
                  "Sign up to the Employers' Domestic Abuse Covenant and publish a workplace domestic "
                  "abuse policy.",
                  target="31/03/2022",
                  progress="Council workplace policy published April 2021.\n"
                           "Covenant signed on 6 September 2021.",
                  status_word="Complete", rag="Blue", status="complete"),
            ]),
        ]),
    ],
)

# ============================================================== plan c: borderless, themes, paragraph numbers
BORDERLESS = dict(
    name="theme_numbered_borderless",
    formats=["docx", "pdf"],
    meta=dict(
        title="Safer Lincolnshire Partnership — Domestic Homicide Review: Adult C (DHR 14) — "
              "Action Plan",
        subtitle="Update (as at 1st February 2022)",
        review_id_hint="Lincolnshire DHR 14 Adult C",
        as_at="1st February 2022",
    ),
    columns=["No.", "Recommendation", "Action to be taken", "Responsible agency/officer",
             "Timescale", "Update (as at 1st February 2022)"],
    sections=[
        S("Theme 1 – Information sharing – county wide", [
            R("3.1",
              "Lincolnshire Police and Lincolnshire County Council Children's Services should agree a "
              "protocol for sharing information about domestic abuse incidents where a child is a "
              "member of the household, including:\n"
              "a) the timescales for notifying the child's school through Operation Encompass; and\n"
              "b) how information is shared when the child lives in, or attends school in, another "
              "county.",
              label="3.1", actions=[
                A("Lincolnshire Police – Detective Chief Inspector, Public Protection Unit",
                  "a) Review Operation Encompass notifications to ensure that schools are notified "
                  "before 9am on the next school day.\n"
                  "b) Agree a cross-border notification process with Nottinghamshire Police and "
                  "Humberside Police.",
                  target="a) March 2022\nb) June 2022",
                  progress="a) Complete. 98% of notifications were sent before 9am in December 2021.\n"
                           "b) Initial meeting held 12/01/2022; draft process being written.",
                  status="partially_complete"),
                A("Lincolnshire County Council – Head of Children's Safeguarding",
                  "Include the protocol in the Lincolnshire Safeguarding Children Partnership "
                  "procedures and brief Designated Safeguarding Leads in schools.",
                  target="June 2022",
                  progress="Not yet started – dependent on the cross-border process above.",
                  status="not_started"),
            ]),
            R("3.2",
              "All agencies should ensure that when information is requested for a MARAC, the "
              "response includes a summary of all contact with the victim and the perpetrator in the "
              "previous 12 months, not only the most recent contact.",
              label="3.2", actions=[
                A("MARAC Coordinator, Lincolnshire County Council Domestic Abuse Team",
                  "Revise the MARAC research template and reissue the guidance to all MARAC "
                  "representatives.",
                  target="December 2021",
                  progress="Complete. Revised template in use since 1st December 2021 and included in "
                           "the induction for new MARAC representatives.",
                  status="complete"),
            ]),
        ]),
        S("Theme 2 – Processes – county wide", [
            R("6.1.1",
              "The Safer Lincolnshire Partnership should review the pathway for victims of domestic "
              "abuse aged over 60, to ensure that they are offered the same level of support as "
              "younger victims and that services are accessible to them.",
              label="6.1.1", actions=[
                A("Domestic Abuse Strategic Manager, Lincolnshire County Council",
                  "Commission EDAN Lincs to review the take-up of services by older victims, in "
                  "consultation with Age UK Lincoln & South Lincolnshire.",
                  target="September 2022",
                  progress="Scoping complete and review under way.\n"
                           "Interim findings due May 2022.",
                  status="in_progress"),
            ]),
            R("6.1.2",
              "Lincolnshire County Council Adult Care should ensure that when a safeguarding concern "
              "is closed because the adult declines support:\n"
              "a) the reasons are recorded; and\n"
              "b) the adult is given information about specialist domestic abuse services.",
              label="6.1.2", actions=[
                A("Head of Safeguarding, Adult Care",
                  "a) Amend the safeguarding concern closure form on Mosaic.\n"
                  "b) Audit 30 closed concerns.",
                  target="a) January 2022\nb) April 2022",
                  progress="a) Mosaic form amended 10/01/2022.\n"
                           "b) Audit planned for April 2022.",
                  status="partially_complete"),
            ]),
            R("8.4",
              "Lincolnshire Police should ensure that when a Domestic Violence Protection Notice is "
              "considered but not applied for, the authorising officer records the rationale.",
              label="8.4", actions=[
                A("Lincolnshire Police – Head of Public Protection",
                  "Issue guidance to all Superintendents and Inspectors who authorise DVPNs.\n"
                  "Add a mandatory rationale field to the Niche occurrence.",
                  target="31st October 2021",
                  progress="Guidance issued September 2021.\n"
                           "The Niche change was not made by the target date and is now scheduled for "
                           "the March 2022 release. Overdue.",
                  status="overdue"),
            ]),
        ]),
        S("Theme 3 – Health – local", [
            R("10.2a",
              "United Lincolnshire Hospitals NHS Trust should ensure that routine enquiry about "
              "domestic abuse takes place at every antenatal booking appointment, and that the "
              "woman's partner is not present when the question is asked.",
              label="10.2a", actions=[
                A("ULHT – Head of Midwifery",
                  "Audit compliance with routine enquiry at booking at Lincoln County Hospital, "
                  "Pilgrim Hospital Boston and Grantham and District Hospital.",
                  target="Quarterly from October 2021",
                  progress="October–December 2021 audit: routine enquiry recorded at 89% of bookings; "
                           "partner absent in 81%.\n"
                           "Action plan agreed with community midwifery teams. Ongoing.",
                  status="in_progress"),
                A("ULHT – Named Midwife for Safeguarding",
                  "Deliver refresher training to community midwives on asking safely, including the "
                  "use of interpreters and how to see the woman alone.",
                  target="March 2022",
                  progress="Training delivered to 112 of 150 community midwives. Remaining sessions "
                           "booked for February 2022.",
                  status="in_progress"),
            ]),
            R("10.2b",
              "Lincolnshire Partnership NHS Foundation Trust should ensure that domestic abuse risk is "
              "reviewed when a patient with a history of perpetrating abuse is discharged from "
              "inpatient care to live with a partner.",
              label="10.2b", actions=[
                A("LPFT – Associate Director of Safeguarding",
                  "Include domestic abuse risk in the discharge planning checklist and in the 72-hour "
                  "follow-up contact.",
                  target="December 2021",
                  progress="Complete. Checklist updated and launched on 1st December 2021.",
                  status="complete"),
            ]),
            R("11.3",
              "Lincolnshire Clinical Commissioning Group should ensure that GP practices code "
              "domestic abuse disclosures and, where it is safe to do so, link the records of family "
              "members:\n"
              "a) by issuing coding guidance to practices; and\n"
              "b) by including domestic abuse in the annual safeguarding self-assessment for "
              "practices.",
              label="11.3", actions=[
                A("Lincolnshire CCG – Named GP for Safeguarding Adults",
                  "a) Issue coding guidance through the Primary Care Safeguarding Newsletter.\n"
                  "b) Add domestic abuse questions to the 2022 practice self-assessment.",
                  target="a) Completed\nb) May 2022",
                  progress="a) Guidance issued September 2021.\n"
                           "b) Questions drafted; the self-assessment will be issued in May 2022.",
                  status="partially_complete"),
            ]),
        ]),
        S("Theme 4 – Training and awareness – county wide", [
            R("12.1",
              "The Safer Lincolnshire Partnership should ensure that multi-agency domestic abuse "
              "training includes economic abuse and the use of technology to control and monitor "
              "victims.",
              label="12.1", actions=[
                A("Domestic Abuse Strategic Manager, Lincolnshire County Council",
                  "Update the content of the Level 2 multi-agency domestic abuse course.",
                  target="January 2022",
                  progress="Complete – new content delivered from January 2022.",
                  status="complete"),
                A("Lincolnshire Police – Learning and Development",
                  "Include technology-enabled abuse in the Domestic Abuse Matters refresher for "
                  "frontline officers.",
                  target="June 2022",
                  progress="No update received.",
                  status="unknown"),
            ]),
            R("12.2",
              "All agencies should share the learning from this review with their staff through a "
              "seven minute briefing.",
              label="12.2", actions=[
                A("DHR Coordinator, Safer Lincolnshire Partnership",
                  "Produce a seven minute briefing and circulate it to all partner agencies.",
                  target="Within 3 months of publication",
                  progress="Complete. Briefing circulated 15th November 2021.",
                  status="complete"),
            ]),
        ]),
    ],
)

# ============================================================== plan d: Word auto-numbering, one table per agency
AUTONUMBERED = dict(
    name="autonumbered",
    formats=["docx", "pdf"],
    meta=dict(
        title="Reading Community Safety Partnership — Domestic Homicide Review: Adult D — "
              "Action Plan",
        subtitle="Progress as at 31st January 2023",
        review_id_hint="Reading DHR Adult D",
        as_at="31st January 2023",
    ),
    columns=["Recommendation", "Action", "Lead", "Target completion date", "Progress", "RAG"],
    guidance=["What is the over-arching recommendation?", "How will it be achieved?", "Who?",
              "When?", "Update", "R/A/G"],
    sections=[
        S("Thames Valley Police", [
            R("1",
              "Thames Valley Police to ensure that officers attending domestic abuse incidents where "
              "the victim has care and support needs make a referral to Adult Social Care, and "
              "record that they have done so.",
              actions=[
                A("TVP – Head of Protecting Vulnerable People",
                  "Add an adult safeguarding referral prompt to the domestic abuse module of the "
                  "Pocketbook app.\n"
                  "Brief response officers at the Reading LPA.",
                  target="31/03/2022",
                  progress="Prompt added to Pocketbook in February 2022.\n"
                           "Referrals to Reading Adult Social Care from domestic abuse incidents rose "
                           "by 23% in Q1 2022/23. Complete.",
                  rag="Blue", status="complete"),
            ]),
            R("2",
              "Thames Valley Police to review the use of bail conditions and Domestic Violence "
              "Protection Notices where the suspect in a domestic abuse case is released under "
              "investigation.",
              actions=[
                A("TVP – Detective Superintendent, Reading LPA",
                  "Review 50 domestic abuse cases released under investigation in the Reading LPA and "
                  "report the findings to the Force Domestic Abuse Working Group.",
                  target="Q3 2022/23",
                  progress="Case review started November 2022 – 28 of 50 cases reviewed.",
                  rag="Amber", status="in_progress"),
            ]),
        ]),
        S("Berkshire Healthcare NHS Foundation Trust", [
            R("3",
              "Berkshire Healthcare NHS Foundation Trust to ensure that the Common Point of Entry "
              "asks about domestic abuse at triage and that a disclosure triggers a DASH risk "
              "assessment:\n"
              "a) the triage script to include a routine enquiry question;\n"
              "b) staff to be trained in completing the DASH.",
              actions=[
                A("BHFT – Head of Safeguarding",
                  "a) Update the Common Point of Entry triage script on RiO.\n"
                  "b) Deliver DASH training to all Common Point of Entry clinicians.",
                  target="a) June 2022\nb) September 2022",
                  progress="a) Complete – script live 06/06/2022.\n"
                           "b) 31 of 40 clinicians trained; remaining sessions booked for February "
                           "2023.",
                  rag="Amber", status="partially_complete"),
            ]),
            R("4",
              "Berkshire Healthcare NHS Foundation Trust to ensure that when a patient's partner "
              "attends appointments with them, staff offer the patient an opportunity to be seen "
              "alone.",
              actions=[
                A("BHFT – Named Nurse Safeguarding Adults",
                  "Issue a 'Seen alone' practice note and include it in Level 3 safeguarding "
                  "training.",
                  target="December 2022",
                  progress="Overdue – practice note drafted but not yet approved by the Safeguarding "
                           "Group. Approval expected March 2023.",
                  rag="Red", status="overdue"),
            ]),
        ]),
        S("Royal Berkshire NHS Foundation Trust", [
            R("5",
              "Royal Berkshire NHS Foundation Trust to ensure that repeat attendances at the "
              "Emergency Department with injuries are flagged to the hospital IDVA.",
              actions=[
                A("RBFT – Safeguarding Adults Lead",
                  "Develop an automated report from the Emergency Department system identifying "
                  "patients with three or more injury attendances in 12 months, to be reviewed each "
                  "week by the hospital IDVA.",
                  target="April 2023",
                  progress="Not started. Dependent on the electronic patient record upgrade scheduled "
                           "for spring 2023.",
                  rag="Red", status="not_started"),
            ]),
        ]),
        S("Brighter Futures for Children", [
            R("6",
              "Brighter Futures for Children to ensure that assessments of children living with "
              "domestic abuse include the voice of the child and consider the impact of the abuse on "
              "the non-abusing parent's capacity to protect them.",
              actions=[
                A("BFfC – Service Manager, Children's Single Point of Access",
                  "Revise the Child and Family Assessment template and practice guidance.",
                  target="31st October 2022",
                  progress="Complete. Template revised and live on Mosaic since 03/10/2022.",
                  rag="Green", status="complete"),
                A("BFfC – Quality Assurance Team",
                  "Audit 20 assessments for the voice of the child and report to the Practice "
                  "Improvement Board.",
                  target="March 2023",
                  progress="Audit in progress – 12 of 20 assessments reviewed.",
                  rag="Green", status="in_progress"),
            ]),
        ]),
        S("Reading Community Safety Partnership – all agencies", [
            R("7",
              "All agencies to ensure that staff are aware of the statutory definition of domestic "
              "abuse in the Domestic Abuse Act 2021, including that children are victims in their own "
              "right, and that staff recognise economic abuse.",
              actions=[
                A("POLICE",
                  "Brief all Reading LPA officers and staff on the Domestic Abuse Act 2021 through the "
                  "Protecting Vulnerable People training day.",
                  lead="", prefix="POLICE",
                  target="July 2022",
                  progress="Completed – 96% attendance.",
                  rag="Blue", status="complete"),
                A("CHILDREN'S SERVICES",
                  "Include the Act in the BFfC domestic abuse practice guidance and in team "
                  "briefings.",
                  lead="", prefix="CHILDREN'S SERVICES",
                  target="September 2022",
                  progress="Guidance updated.\n"
                           "Team briefings ongoing – 9 of 11 teams briefed.",
                  rag="Amber", status="in_progress"),
                A("BHFT",
                  "Update the Trust Domestic Abuse Policy and the Level 2 e-learning.",
                  lead="", prefix="BHFT",
                  target="October 2022",
                  progress="Complete – policy and e-learning updated October 2022.",
                  rag="Green", status="complete"),
                A("ADULT SOCIAL CARE",
                  "Deliver economic abuse training to Adult Social Care practitioners with Surviving "
                  "Economic Abuse.",
                  lead="", prefix="ADULT SOCIAL CARE",
                  target="March 2023",
                  progress="Not started – training provider being confirmed.",
                  rag="Red", status="not_started"),
            ]),
            R("8",
              "Reading Community Safety Partnership to share the learning from this review with "
              "local employers, including how to respond when an employee discloses domestic abuse.",
              actions=[
                A("Reading CSP – Community Safety Manager",
                  "Host a learning event for Reading employers with the Reading Business Improvement "
                  "District.",
                  target="Ongoing",
                  progress="Event held 25/11/2022 (White Ribbon Day) – 40 employers attended.\n"
                           "A further event is planned for autumn 2023.",
                  rag="Green", status="in_progress"),
            ]),
            R("9",
              "Reading Community Safety Partnership to seek assurance that the actions in this plan "
              "have been embedded, through a multi-agency audit of practice 12 months after "
              "publication.",
              actions=[
                A("Reading CSP – DHR Coordinator",
                  "Schedule the multi-agency audit through the Domestic Abuse Strategic Group.",
                  target="TBC",
                  progress="",
                  rag="", status="unknown"),
            ]),
        ]),
    ],
)

# ============================================================== plan e: "Recommendation 1:" labels, Rec column
REC_COLON = dict(
    name="recommendation_colon",
    formats=["docx"],
    meta=dict(
        title="Cheshire East Community Safety Partnership – Domestic Homicide Review 'Jade' – "
              "Action Plan",
        subtitle="Updated for the Safer Cheshire East Partnership Board, 12th September 2018",
        review_id_hint="Cheshire East DHR Jade",
        as_at="12th September 2018",
    ),
    evidence=True,
    progress_from="status",  # the Status column is the only progress-like column
    columns=["Rec", "Action", "Agency", "Target date", "Outcome / evidence", "Status"],
    sections=[
        S("Cheshire Constabulary", [
            R("1",
              "Cheshire Constabulary to ensure that all officers understand the offence of controlling "
              "or coercive behaviour (Serious Crime Act 2015, section 76) and consider it at every "
              "domestic abuse incident they attend.",
              label="Recommendation 1:", actions=[
                A("Cheshire Constabulary",
                  "Deliver Domestic Abuse Matters training to all response officers.",
                  target="31.12.18",
                  evidence="Training records – 640 officers trained.",
                  status_word="Complete - see minutes 12/09/2018", status="complete"),
                A("Cheshire Constabulary – Performance Unit",
                  "Monitor the number of section 76 offences recorded and charged each quarter.",
                  target="April each year",
                  evidence="Quarterly performance report to the Domestic Abuse Partnership.",
                  status_word="Ongoing", status="in_progress"),
            ]),
            R("2",
              "Cheshire Constabulary to review how breaches of non-molestation orders are dealt with.",
              label="Recommendation 2:", actions=[
                A("Cheshire Constabulary",
                  "Issue guidance to officers on positive action for breaches of non-molestation "
                  "orders.",
                  target="By 30/06/2018",
                  evidence="Guidance published on the force intranet.",
                  status_word="Achieved", status="complete"),
                A("Cheshire Constabulary – Public Protection Unit",
                  "Dip sample breach cases to check that positive action was taken.",
                  target="Dec-18",
                  evidence="Dip sample results reported to the Head of Crime.",
                  status_word="Overdue", status="overdue"),
            ]),
        ]),
        S("Cheshire and Wirral Partnership NHS Foundation Trust", [
            R("3",
              "Cheshire and Wirral Partnership NHS Foundation Trust to ensure that routine enquiry "
              "about domestic abuse is made at assessment in substance misuse services.\n"
              "This should include:\n"
              "• enquiry about the patient as a victim; and\n"
              "• enquiry about the patient as a perpetrator.",
              label="Recommendation 3:", actions=[
                A("CWP – Substance Misuse Service",
                  "Update the assessment paperwork used by the substance misuse service.",
                  target="Immediate",
                  evidence="Revised assessment paperwork in use.",
                  status_word="ACTIONS COMPLETED", status="complete"),
                A("CWP – Safeguarding Team",
                  "Audit 25 substance misuse assessments for evidence of routine enquiry.",
                  target="31.03.19",
                  evidence="Audit report.",
                  status_word="Not started", status="not_started"),
            ]),
        ]),
        S("Cheshire East Council", [
            R("4",
              "Cheshire East Council Adult Social Care to ensure that carers' assessments consider "
              "whether the carer is experiencing, or is at risk of, domestic abuse.",
              label="Recommendation 4:", actions=[
                A("Cheshire East Council – Adult Social Care",
                  "Amend the carer's assessment template on Liquidlogic.",
                  target="TBC",
                  evidence="",
                  status_word="On-going", status="in_progress"),
                A("Cheshire East Council – Adult Social Care",
                  "Brief carers' assessors on the indicators of domestic abuse and on referral to "
                  "the Domestic Abuse Hub.",
                  target="June 2018",
                  evidence="Briefing notes and attendance lists.",
                  status_word="Complete", status="complete"),
            ]),
            R("5",
              "Cheshire East Council Housing Options to ensure that applicants fleeing domestic abuse "
              "are offered a referral to the Cheshire East Domestic Abuse Hub.",
              label="Recommendation 5:", actions=[
                A("Cheshire East Council – Housing Options",
                  "Add a referral prompt to the housing options triage.",
                  target="31.10.18",
                  evidence="Referral data from the Domestic Abuse Hub.",
                  status_word="Partially complete", status="partially_complete"),
                A("Cheshire East Council – Housing Options",
                  "Train housing options officers in the use of the DASH risk checklist.",
                  target="31.12.18",
                  evidence="Training records.",
                  status_word="Complete", status="complete"),
            ]),
        ]),
        S("Cheshire East Domestic Abuse Partnership", [
            R("6",
              "The Cheshire East Domestic Abuse Partnership to raise awareness of domestic abuse "
              "among older people and their families.",
              label="Recommendation 6:", actions=[
                A("Cheshire East Domestic Abuse Partnership",
                  "Run an awareness campaign with Age UK Cheshire East.",
                  target="November 2018",
                  evidence="Campaign materials.\nReach data from social media and events.",
                  status_word="Complete", status="complete"),
                A("Cheshire East Council – Public Health",
                  "Include older victims in the partnership domestic abuse needs assessment.",
                  target="April 2019",
                  evidence="",
                  status_word="Not started", status="not_started"),
            ]),
        ]),
    ],
)

# ============================================================== plan f: rec text repeated in every row
def A2(agency, action, target, u1, u2, rag, status):
    """An action with two dated update columns (truth progress: both texts, in column order)."""
    a = A(agency, action, target=target, progress=" ".join(u for u in (u1, u2) if u),
          status=status, rag=rag)
    a.update(u1=u1, u2=u2)
    return a


REPEATED = dict(
    name="repeated_rec_text",
    formats=["docx", "pdf"],
    meta=dict(
        title="Southend-on-Sea Community Safety Partnership — Domestic Homicide Review: 'Anna' — "
              "Action Plan",
        subtitle="Multi-agency action plan – progress updates as at 30th June 2019 and "
                 "31st December 2019",
        review_id_hint="Southend DHR Anna",
        as_at="31st December 2019",
    ),
    columns=["Rec No.", "Recommendation", "Lead Agency", "Action", "Target Date",
             "Update (as at 30th June 2019)", "Update (as at 31st December 2019)", "RAG"],
    glossary=[
        ("ASC", "Adult Social Care"),
        ("CCG", "Clinical Commissioning Group"),
        ("CRC", "Community Rehabilitation Company"),
        ("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk "
                 "identification checklist"),
        ("EPUT", "Essex Partnership University NHS Foundation Trust"),
        ("IDVA", "Independent Domestic Violence Advisor"),
        ("IRIS", "Identification and Referral to Improve Safety"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ("NPS", "National Probation Service"),
        ("SDAS", "Southend Domestic Abuse Service"),
    ],
    sections=[S("", [
        R("1",
          "All agencies to ensure that practitioners who identify domestic abuse complete a DASH "
          "risk assessment and refer high-risk cases to MARAC, and that they understand that a "
          "victim assessed as standard or medium risk may still need a referral to specialist "
          "support.\n"
          "Agencies to report compliance to the Southend Domestic Abuse Strategic Board.",
          label="1", actions=[
            A2("Essex Police",
               "Dip sample 30 standard and medium risk domestic abuse occurrences each quarter to check "
               "that the victim was offered a referral to the Southend Domestic Abuse Service (SDAS).",
               "30/09/2019",
               "First dip sample completed May 2019: referral offered in 22 of 30 cases.",
               "Dip samples in Q2 and Q3 found a referral offered in 27 and 29 of 30 cases. Now part "
               "of routine supervisory review. Complete.",
               "Green", "complete"),
            A2("Southend Borough Council – Adult Social Care",
               "Include the DASH and the MARAC referral pathway in the mandatory safeguarding adults "
               "training for all social workers and occupational therapists.",
               "March 2020",
               "Training content revised and approved by the Principal Social Worker.",
               "78% of staff trained. The remaining staff are booked on sessions in February 2020.",
               "Amber", "in_progress"),
            A2("EPUT",
               "Audit the use of the DASH in the Southend Community Mental Health Team and share the "
               "findings with the Community Safety Partnership.",
               "31st October 2019",
               "Audit tool agreed with the Named Nurse for Safeguarding Adults.",
               "Audit not yet completed because of vacancies in the safeguarding team; it is now "
               "scheduled for February 2020.",
               "Red", "overdue"),
            A2("Southend University Hospital NHS Foundation Trust",
               "Ensure that the hospital IDVA receives a copy of every DASH completed in the Emergency "
               "Department.",
               "30th June 2019",
               "Process in place since April 2019. Complete.",
               "Complete – no further update.",
               "Green", "complete"),
        ]),
        R("2",
          "Essex Police to review how officers record the presence of children at domestic abuse "
          "incidents, so that every child is notified to Children's Services and to the child's "
          "school through Operation Encompass.",
          label="2", actions=[
            A2("Essex Police",
               "Make the child fields in the domestic abuse investigation template on Athena "
               "mandatory, and brief officers on recording every child present or normally resident.",
               "Q4 2019/20",
               "Change request submitted to the Athena management board.",
               "Change request approved; the change is in the national Athena release due in March "
               "2020. Officers briefed in the meantime through the Southend district bulletin.",
               "Amber", "in_progress"),
        ]),
        R("3",
          "Southend Clinical Commissioning Group to ensure that GP practices record domestic abuse "
          "disclosures using the agreed clinical codes, and that the information is visible when "
          "another member of the household is seen.",
          label="3", actions=[
            A2("Southend CCG",
               "Circulate guidance on domestic abuse coding to all GP practices and deliver a Protected "
               "Learning Time session for GPs and practice nurses.",
               "September 2019",
               "Guidance drafted with the Named GP for Safeguarding.",
               "Guidance circulated 02/09/2019. Protected Learning Time session held 16/10/2019 with 61 "
               "attendees. Complete.",
               "Green", "complete"),
            A2("Southend CCG – Named GP for Safeguarding",
               "Pilot the IRIS programme (Identification and Referral to Improve Safety) in ten GP "
               "practices.",
               "March 2020",
               "Funding bid submitted to the Police, Fire and Crime Commissioner.",
               "Funding agreed. Advocate-educator recruited; training of the first four practices "
               "started in November 2019.",
               "Amber", "in_progress"),
        ]),
        R("4",
          "All agencies to ensure that when a victim of domestic abuse is an older person, "
          "practitioners consider whether the abuse is being carried out by an adult child or other "
          "family member, and whether a safeguarding adults enquiry under section 42 of the Care Act "
          "2014 is needed.",
          label="4", actions=[
            A2("Southend Borough Council – Adult Social Care",
               "Issue a practice briefing on domestic abuse and older people, including the use of "
               "section 42 enquiries where the abuser is a family member.",
               "31/08/2019",
               "Briefing drafted with the Southend Safeguarding Adults Board.",
               "Practice briefing issued 28/08/2019 and discussed at all team meetings. Complete.",
               "Green", "complete"),
            A2("Essex Police",
               "Include familial abuse of older people in the Domestic Abuse Matters refresher "
               "training.",
               "March 2020",
               "Not started.",
               "Not started – the refresher has been postponed until the new financial year because "
               "of abstraction pressures.",
               "Red", "not_started"),
            A2("Southend University Hospital NHS Foundation Trust",
               "Add a prompt about familial abuse to the frailty assessment used on the older people's "
               "wards.",
               "March 2020",
               "Not yet started.",
               "Prompt drafted and out for consultation with ward managers.",
               "Amber", "in_progress"),
        ]),
        R("5",
          "South Essex Homes and Southend Borough Council Housing to ensure that reports of "
          "anti-social behaviour at an address are checked for indicators of domestic abuse before the "
          "case is closed.",
          label="5", actions=[
            A2("South Essex Homes",
               "Add a domestic abuse screening question to the anti-social behaviour case management "
               "system and train the Tenancy Management Team in its use.",
               "Dec-19",
               "Screening question added to the system in May 2019.",
               "Training delivered to all 16 tenancy management officers in November 2019. Complete.",
               "Green", "complete"),
            A2("Southend Borough Council – Housing Options",
               "Ensure that housing options officers ask about domestic abuse at every homelessness "
               "assessment.",
               "30/09/2019",
               "Question added to the assessment form.",
               "Audit of 40 assessments in November 2019 found the question asked in 39. Complete.",
               "Green", "complete"),
        ]),
        R("6",
          "Essex Community Rehabilitation Company and the National Probation Service to ensure that "
          "when a perpetrator under supervision starts a new relationship, the new partner's details "
          "are checked with the police and Children's Services and a disclosure under the Domestic "
          "Violence Disclosure Scheme is considered.\n"
          "The outcome of the checks should be recorded on the case management system.",
          label="6", actions=[
            A2("Essex CRC",
               "Issue practice guidance on new relationships and add a relationship check to the "
               "three-monthly review template on nDelius.",
               "31st July 2019",
               "Guidance issued 21/06/2019. Template change requested.",
               "Template amended October 2019. Complete.",
               "Green", "complete"),
            A2("NPS – Essex",
               "Brief all offender managers on the new relationship checks and monitor their use "
               "through the quarterly case audit.",
               "Ongoing",
               "Briefings delivered at team meetings in June 2019.",
               "Quarterly audit in place; 18 of 20 cases audited in Q3 had the check recorded. Ongoing.",
               "Amber", "in_progress"),
        ]),
        R("7",
          "Southend Community Safety Partnership to publish the learning from this review and share it "
          "with faith and community groups in the borough.",
          label="7", actions=[
            A2("Southend Community Safety Partnership",
               "Produce a seven-minute briefing on the review and circulate it to all partner agencies.",
               "31/08/2019",
               "Briefing drafted; awaiting Home Office approval of the Overview Report.",
               "Home Office approval received October 2019. Briefing circulated 12/11/2019.",
               "Green", "complete"),
            A2("Southend Community Safety Partnership – Domestic Abuse Coordinator",
               "Hold two learning events with faith and community groups.",
               "March 2020",
               "",
               "First event held on 25/11/2019 (White Ribbon Day) with 45 attendees. Second event "
               "planned for March 2020.",
               "Amber", "in_progress"),
        ]),
    ])],
)


# ============================================================== plan g: HTML, no numbers, windows-1252, Y/N
def AY(agency, action, target, progress, yn):
    """An action whose only status is the plan's Completed (Y/N) column."""
    return A(agency, action, target=target, progress=progress, status_word=yn,
             status={"Y": "complete", "N": "in_progress"}[yn])


UNNUMBERED = dict(
    name="unnumbered_recs",
    formats=["html"],
    meta=dict(
        title="Domestic Homicide Review – ‘Sophie’ – Action Plan",
        subtitle="Wirral Community Safety Partnership. Action plan updated January 2021.",
        review_id_hint="Wirral DHR Sophie",
        as_at="January 2021",
    ),
    columns=["Recommendation", "Lead agency", "Action", "Target date", "Progress update",
             "Completed (Y/N)"],
    chronology=[
        ("2016", "Sophie and Mr K begin a relationship; they live together in Birkenhead from 2017."),
        ("June 2018", "Police called by a neighbour to a disturbance; Mr K has left before officers "
                      "arrive. Sophie says “it was just an argument”."),
        ("January 2019", "Sophie tells her GP that she feels low and is not sleeping; she is referred "
                         "to the community mental health team."),
        ("August 2019", "Sophie’s mother contacts Children’s Services about the children’s "
                        "welfare – a single assessment is completed and the case closed."),
        ("March 2020", "Sophie seeks advice about rent arrears and a loan taken out in her name."),
        ("May 2020", "Sophie is killed by Mr K at her home. He is convicted of murder in "
                     "December 2020."),
    ],
    sections=[S("", [
        R("1",
          "Merseyside Police to ensure that officers attending a domestic abuse incident where the "
          "perpetrator has left the scene take positive action to locate and arrest him, and record "
          "the reasons when an arrest is not made.",
          actions=[
            AY("Merseyside Police",
               "Issue a force-wide bulletin on positive action at “perpetrator absent” incidents and "
               "include it in the Wirral response officers’ briefing.",
               "30 September 2020",
               "Bulletin issued 14 August 2020 and briefed to all Wirral response teams.",
               "Y"),
            AY("Merseyside Police – Wirral Local Policing",
               "Audit 25 “perpetrator absent” incidents each quarter and report the results to the "
               "Wirral Domestic Abuse Alliance.",
               "Quarterly from October 2020",
               "First audit completed December 2020 – arrest or rationale recorded in 21 of 25 cases. "
               "Audits continue.",
               "N"),
        ]),
        R("2",
          "Wirral Council Children’s Services to ensure that assessments of children living with "
          "domestic abuse consider the risk posed by an ex-partner who still has contact with the "
          "children, including through a child arrangements order.",
          actions=[
            AY("Wirral Council – Children’s Services",
               "Update the single assessment guidance and deliver a practice workshop for social "
               "workers.",
               "March 2021",
               "Guidance updated October 2020. Two of four workshops delivered; the rest are booked "
               "for February 2021.",
               "N"),
        ]),
        R("3",
          "All agencies to ensure that staff understand the impact of coercive control on a victim’s "
          "finances, including “economic abuse” through debt taken out in the victim’s name, and "
          "know how to refer to specialist advice.",
          actions=[
            AY("Wirral Council – Revenues and Benefits",
               "Train Council Tax and Housing Benefit staff to recognise economic abuse and to refer "
               "to Citizens Advice Wirral.",
               "March 2021",
               "Training designed with Surviving Economic Abuse; delivery delayed by COVID-19 but now "
               "taking place online – 3 of 6 sessions held.",
               "N"),
            AY("Magenta Living",
               "Include economic abuse in the tenancy sustainment officers’ domestic abuse training "
               "and in the rent arrears procedure.",
               "31/12/2020",
               "Rent arrears procedure amended – domestic abuse screening before any notice is "
               "served. Training delivered November 2020.",
               "Y"),
            AY("Wirral University Teaching Hospital NHS Foundation Trust",
               "Add economic abuse to the Level 3 safeguarding adults training.",
               "March 2021",
               "Training slides updated; in use from January 2021.",
               "Y"),
        ]),
        R("4",
          "Cheshire and Wirral Partnership NHS Foundation Trust to ensure that when a patient "
          "discloses abuse by a partner, a DASH risk assessment is completed and the disclosure is "
          "recorded where all teams involved in the patient’s care can see it.",
          actions=[
            AY("Cheshire and Wirral Partnership NHS Foundation Trust",
               "Add a domestic abuse alert to the electronic patient record (CareNotes).",
               "31 October 2020",
               "Alert built and live on CareNotes since 5 October 2020.",
               "Y"),
            AY("Cheshire and Wirral Partnership NHS Foundation Trust – Safeguarding Team",
               "Audit DASH completion after a disclosure in the Wirral community mental health teams.",
               "April 2021",
               "Audit under way – 14 of 30 records reviewed.",
               "N"),
        ]),
        R("5",
          "Wirral Community Health and Care NHS Foundation Trust to ensure that health visitors and "
          "school nurses ask about domestic abuse at every contact where it is safe to do so, and "
          "record when it was not safe to ask.",
          actions=[
            AY("Wirral Community Health and Care NHS Foundation Trust",
               "Amend the 0–19 service contact templates on SystmOne to include routine enquiry and "
               "a “not safe to ask” option.",
               "Q3 2020/21",
               "Templates amended and live 2 November 2020.",
               "Y"),
            AY("Wirral Community Health and Care NHS Foundation Trust",
               "Report routine enquiry rates to the Trust’s Safeguarding Committee every quarter.",
               "Ongoing",
               "First report to the Safeguarding Committee in January 2021 – routine enquiry recorded "
               "at 64% of contacts.",
               "N"),
        ]),
        R("6",
          "Wirral Community Safety Partnership to raise awareness among friends, family members and "
          "employers of how to recognise domestic abuse and where to get advice, drawing on what "
          "Sophie’s family told the review.",
          actions=[
            AY("Wirral Council – Community Safety Team",
               "Run a local “Know the signs” campaign on social media and in workplaces, developed "
               "with Sophie’s family.",
               "25 November 2020",
               "Campaign launched 25 November 2020 (White Ribbon Day); 40 employers have signed the "
               "workplace pledge.",
               "Y"),
            AY("Wirral Council – Community Safety Team",
               "Evaluate the campaign and report to the Community Safety Partnership board.",
               "June 2021",
               "Evaluation framework agreed with Public Health; survey of employers under way.",
               "N"),
        ]),
        R("7",
          "Wirral Community Safety Partnership to seek assurance that the actions in this plan have "
          "been completed and have made a difference, and to report to the Home Office when the plan "
          "is closed.",
          actions=[
            AY("Wirral Community Safety Partnership",
               "Review progress against this plan at every meeting of the DHR sub-group until all "
               "actions are complete.",
               "Ongoing",
               "Plan reviewed at the sub-group in September and December 2020.",
               "N"),
        ]),
    ])],
)


# ============================================================== plan h: two header rows, vMerge, Police: prefixes
def AP(prefix, action, target, rag, commentary, status):
    """An action whose agency is only given by a title-case ``Prefix:`` in the action cell.

    Truth progress is the Commentary sub-column: the RAG sub-column is a status indicator (as the
    RAG column of r_labels_status, which is not part of its truth progress either)."""
    return A(prefix, action, target=target, progress=commentary, status=status, lead="",
             prefix=prefix, rag=rag)


TWO_HEADER = dict(
    name="two_header_rows_vmerge",
    formats=["docx", "pdf"],
    meta=dict(
        title="Merthyr Tydfil Community Safety Partnership — Domestic Homicide Review: 'Rhian' — "
              "Action Plan",
        subtitle="Adolygiad Dynladdiad Domestig – Cynllun Gweithredu. Progress as at 31 March 2021.",
        review_id_hint="Merthyr Tydfil DHR Rhian",
        as_at="31 March 2021",
    ),
    columns=["Recommendation", "Action", "Target Date", "RAG", "Commentary"],
    sections=[S("", [
        R("1",
          "South Wales Police and Merthyr Tydfil County Borough Council should ensure that repeat "
          "victims of domestic abuse are identified at the point of report, so that the risk is "
          "assessed in the light of the full history of the relationship and not only the latest "
          "incident. In particular:\n"
          "i. a repeat victim marker should be added to the police record and to the council's "
          "social care record when a second incident is reported within 12 months; and\n"
          "ii. the MARAC referral threshold for repeat incidents should be reviewed, so that any "
          "further incident within 12 months of a MARAC hearing leads to a repeat referral.\n"
          "The Community Safety Partnership should receive a report on the number of repeat victims "
          "identified in the first six months after the changes are made.",
          label="Recommendation 1", actions=[
            AP("Police",
               "Create a repeat victim marker on Niche RMS that is added automatically when a second "
               "domestic abuse occurrence is recorded for the same victim within 12 months.\n"
               "Brief all sergeants and inspectors in the Merthyr Tydfil sector on the marker and on "
               "what it means for the risk grading of the occurrence, including the expectation that "
               "the officer in the case reads the previous occurrences before grading the risk.\n"
               "Report the number of markers added to the Community Safety Partnership after six "
               "months.",
               "31/12/2020", "Green",
               "October 2020: the marker was built by the Force Systems Team and tested with the "
               "Public Protection Unit. Testing found that the marker was not added where the victim "
               "had been recorded under a previous surname, and the matching rules were changed to "
               "include date of birth and previous addresses.\n"
               "November 2020: the marker went live on Niche on 1 November 2020. All sergeants and "
               "inspectors in the Merthyr Tydfil sector were briefed at their monthly development "
               "days, and the briefing was recorded and placed on the force learning platform for "
               "those who could not attend.\n"
               "March 2021: 63 repeat victims have been flagged since go-live. A report was presented "
               "to the Community Safety Partnership on 9 March 2021. Action complete.",
               "complete"),
            AP("Adult Social Care",
               "Add a repeat victim flag to the WCCIS record, so that practitioners in the "
               "Information, Advice and Assistance team see the history when a new referral is "
               "received.\n"
               "Brief the Information, Advice and Assistance team and the Community Well-being teams "
               "on the flag and on the expectation that the DASH is reviewed whenever a further "
               "incident is reported.",
               "June 2021", "Amber",
               "September 2020: change request submitted to the national WCCIS programme.\n"
               "January 2021: Information, Advice and Assistance team briefed on the learning from "
               "the review. The WCCIS change is in the national release planned for June 2021; until "
               "then the team is using a manual alert on the front screen of the record.\n"
               "March 2021: manual alert in use and checked in supervision by the team managers. "
               "Awaiting the WCCIS release, which the national programme now expects in June 2021 "
               "at the latest.",
               "in_progress"),
            AP("Housing",
               "Merthyr Valleys Homes to record every report of domestic abuse made by or about a "
               "tenant on the housing management system, and to flag repeat reports within 12 months "
               "to the Community Safety Team and to the IDVA service with the tenant's consent.",
               "Q4 2020/21", "Green",
               "A domestic abuse case type was added to the housing management system in October "
               "2020, and neighbourhood officers were trained to use it. Eleven repeat reports have "
               "been flagged to the Community Safety Team since then, and eight of the tenants "
               "accepted a referral to the IDVA service. Complete.",
               "complete"),
            AP("Community Safety Partnership",
               "Ask the Cwm Taf Morgannwg MARAC Steering Group to adopt the SafeLives definition of a "
               "repeat MARAC case (any further incident within 12 months of the last referral) and to "
               "monitor the repeat rate.",
               "30/09/2020", "Green",
               "The SafeLives definition was adopted by the MARAC Steering Group on 15 September 2020, "
               "and the MARAC coordinator now reports the repeat rate at every Steering Group meeting. "
               "The repeat rate was 31% in the quarter to December 2020. Complete.",
               "complete"),
        ]),
        R("2",
          "Cwm Taf Morgannwg University Health Board should ensure that routine enquiry about "
          "domestic abuse takes place in the antenatal and postnatal services, and that a woman is "
          "always seen alone for at least part of each appointment.",
          label="Recommendation 2", actions=[
            AP("Health",
               "Audit routine enquiry and the recording of seen alone in the community midwifery "
               "service at Prince Charles Hospital, and re-audit after six months.",
               "April 2021", "Amber",
               "First audit completed October 2020: routine enquiry recorded at 82% of bookings, and "
               "seen alone recorded at 61% of antenatal appointments. The findings were shared with "
               "all community midwives, and a reminder is now included in the booking checklist. "
               "Re-audit planned for April 2021.",
               "in_progress"),
            AP("Health",
               "Add a mandatory seen alone field to the maternity record and include Ask and Act "
               "training in the midwives' mandatory training days.",
               "September 2021", "Red",
               "Not started. The maternity record is being replaced by the all-Wales digital maternity "
               "system and the field will be added as part of that work. Ask and Act will be added to "
               "the mandatory training days from September 2021.",
               "not_started"),
        ]),
        R("3",
          "The Probation Service should ensure that when a perpetrator of domestic abuse is released "
          "from custody, the victim's address is checked against the licence conditions and any "
          "exclusion zone is agreed with the police before release.",
          label="Recommendation 3", actions=[
            AP("Probation",
               "Introduce a pre-release checklist that includes the victim's address and any exclusion "
               "zone, to be signed off by a Senior Probation Officer.",
               "31/10/2020", "Green",
               "Checklist in use since August 2020 in the Cwm Taf Morgannwg probation delivery unit, "
               "and checked in the monthly case audit. Complete.",
               "complete"),
            AP("Police",
               "Agree with the Probation Service a process for sharing exclusion zones with the "
               "Integrated Offender Management unit and response officers before the release date.",
               "31/10/2020", "Red",
               "Overdue. A draft process has been written but is awaiting sign-off by the Integrated "
               "Offender Management steering group, now scheduled for April 2021.",
               "overdue"),
        ]),
        R("4",
          "Merthyr Tydfil County Borough Council Housing Solutions should ensure that when a victim of "
          "domestic abuse is placed in temporary accommodation, a safety plan is agreed with her and "
          "shared with the IDVA service.",
          label="Recommendation 4", actions=[
            AP("Housing",
               "Include a safety planning section in the temporary accommodation placement form.",
               "Dec-20", "Green",
               "Completed November 2020. The form is checked by the Housing Solutions team leader "
               "before every placement.",
               "complete"),
            AP("Housing",
               "Agree an information sharing protocol with the IDVA service.",
               "June 2021", "Amber",
               "Protocol drafted with the council's Information Governance team; awaiting comments "
               "from the IDVA service.",
               "in_progress"),
        ]),
        R("5",
          "All agencies should ensure that practitioners know about Live Fear Free, the Welsh "
          "Government helpline for people affected by violence against women, domestic abuse and "
          "sexual violence, and give its details to every victim they identify.",
          label="Recommendation 5", actions=[
            AP("Police",
               "Include the Live Fear Free details in the victim letter sent after every domestic abuse "
               "report.",
               "30/09/2020", "Green",
               "Victim letter amended in August 2020, in English and Welsh. Complete.",
               "complete"),
            AP("Health",
               "Display bilingual Live Fear Free posters in all emergency department and primary care "
               "waiting areas and toilets.",
               "December 2020", "Green",
               "Posters distributed to 22 GP surgeries and to Prince Charles Hospital. Complete.",
               "complete"),
            AP("Children's Services",
               "Include the Live Fear Free details in the information pack given to parents at the "
               "start of a child protection enquiry.",
               "June 2021", "Amber",
               "Pack being revised; the Welsh version is with the translation team.",
               "in_progress"),
        ]),
        R("6",
          "Merthyr Tydfil Community Safety Partnership should ask the Welsh Government to consider the "
          "learning from this review in its review of the National Training Framework on violence "
          "against women, domestic abuse and sexual violence.",
          label="Recommendation 6", actions=[
            AP("Community Safety Partnership",
               "Write to the Welsh Government VAWDASV team with the learning from this review.",
               "Immediate", "Green",
               "Letter sent 3 July 2020; the reply received on 14 August 2020 confirmed that the "
               "learning will be considered. Complete.",
               "complete"),
        ]),
    ])],
)


# ============================================================== plan i: ruled, theme rows, 2.1 labels, PDF only
THEME_RULED = dict(
    name="theme_sections_ruled",
    formats=["pdf"],
    meta=dict(
        title="Safer Somerset Partnership — Domestic Homicide Review: 'Ellie' — Action Plan",
        subtitle="Progress (as at 31 August 2020)",
        review_id_hint="Somerset DHR Ellie",
        as_at="31 August 2020",
    ),
    columns=["Recommendation", "Action", "Lead agency", "Timescale",
             "Progress (as at 31 August 2020)"],
    sections=[
        S("Theme 1 – Risk assessment – county wide", [
            R("1.1",
              "Avon and Somerset Constabulary and the Somerset Integrated Domestic Abuse Service "
              "(SIDAS) should ensure that risk assessments for victims who live in rural areas take "
              "account of isolation, access to firearms and the distance from support services.",
              label="1.1", actions=[
                A("Avon and Somerset Constabulary",
                  "Add questions on rural isolation and access to firearms (including shotgun "
                  "certificates held by the perpetrator) to the supplementary questions asked with the "
                  "DASH.",
                  target="Dec-18",
                  progress="Complete. Questions added in December 2018; a firearms licensing check is "
                           "now made automatically for every high risk case.",
                  status="complete"),
                A("SIDAS",
                  "Include rural isolation in the SIDAS safety planning template and offer outreach "
                  "appointments in the market towns.",
                  target="31.12.18",
                  progress="Template amended January 2019. Outreach clinics are running in Minehead, "
                           "Chard and Wells. Complete.",
                  status="complete"),
            ]),
            R("1.2",
              "Somerset NHS Foundation Trust should ensure that staff in the Minor Injury Units ask "
              "about domestic abuse when an adult attends with an injury.",
              label="1.2", actions=[
                A("Somerset NHS Foundation Trust",
                  "Introduce routine enquiry in all Minor Injury Units and audit compliance every "
                  "quarter, reporting the results to the Trust Safeguarding Group.",
                  target="Q2 2020/21",
                  progress="Routine enquiry is being introduced unit by unit. The roll-out was paused "
                           "from March to June 2020 because of COVID-19 and resumed in July 2020. The "
                           "first audit will take place once all units have started.",
                  status="in_progress"),
            ]),
        ]),
        S("Theme 2 – Processes – county wide", [
            R("2.1",
              "All agencies should ensure that a referral to MARAC is made whenever a victim meets the "
              "professional judgement or escalation criteria, and not only when the DASH score is 14 "
              "or more.\n"
              "Agencies should confirm to the Safer Somerset Partnership that their staff have been "
              "briefed.",
              label="2.1", actions=[
                A("Avon and Somerset Constabulary",
                  "Brief all Lighthouse Safeguarding Unit staff on the escalation criteria.",
                  target="Immediate",
                  progress="Complete – briefing delivered November 2018 and included in the induction "
                           "of new staff.",
                  status="complete"),
                A("Somerset County Council – Adult Social Care",
                  "Include professional judgement referrals in the MARAC training for social workers.",
                  target="31.12.18",
                  progress="Training materials updated; sessions delivered in February and March 2019. "
                           "Complete.",
                  status="complete"),
                A("Somerset Clinical Commissioning Group",
                  "Remind GP practices of the escalation criteria through the safeguarding newsletter "
                  "and the practice safeguarding leads forum.",
                  target="Dec-18",
                  progress="Newsletter article published December 2018 and discussed at the forum in "
                           "January 2019. Complete.",
                  status="complete"),
            ]),
            R("2.2",
              "The Somerset MARAC Steering Group should review the MARAC operating protocol so that "
              "every action agreed at MARAC has a named owner and a date, and is followed up at the "
              "next meeting.",
              label="2.2", actions=[
                A("Somerset MARAC Steering Group",
                  "Revise the MARAC operating protocol and introduce an action tracker that is "
                  "circulated with the minutes of each meeting. Review the first three months of the "
                  "tracker at the Steering Group.",
                  target="Q2 2020/21",
                  progress="Revised protocol drafted and action tracker tested at the June and July "
                           "2020 meetings. Consultation with partners was delayed by COVID-19; the "
                           "protocol is due for sign-off at the October 2020 Steering Group. The action "
                           "tracker has already reduced the number of actions carried over from one "
                           "meeting to the next, from 23 in April 2020 to 9 in August 2020.",
                  status="in_progress"),
            ]),
            R("2.3",
              "Homes in Sedgemoor and Somerset West and Taunton Council should ensure that housing "
              "officers share information about domestic abuse with the MARAC, and attend when one of "
              "their tenants is discussed.",
              label="2.3", actions=[
                A("Homes in Sedgemoor",
                  "Nominate a MARAC representative and a deputy, and record attendance.",
                  target="Immediate",
                  progress="Complete – representative and deputy nominated October 2018; attendance "
                           "100% since then.",
                  status="complete"),
                A("Somerset West and Taunton Council – Housing",
                  "Add MARAC flags to the housing management system, so that housing officers know "
                  "when a tenant has been discussed at MARAC.",
                  target="31.12.18",
                  progress="Overdue – the system change was delayed by the merger of Taunton Deane and "
                           "West Somerset councils in April 2019. The new system is now planned to "
                           "include the flag from March 2021.",
                  status="overdue"),
            ]),
        ]),
        S("Theme 3 – Training – single agency", [
            R("3.1",
              "Somerset County Council Children's Social Care should ensure that social workers "
              "consider the risk to children from a parent's new partner when the partner has a "
              "history of domestic abuse.",
              label="3.1", actions=[
                A("Somerset County Council – Children's Social Care",
                  "Include partner checks (police and children's social care records) in the child and "
                  "family assessment guidance.",
                  target="Dec-18",
                  progress="Guidance updated December 2018. Complete.",
                  status="complete"),
                A("Somerset County Council – Children's Social Care",
                  "Audit 20 assessments each year for partner checks and report the findings to the "
                  "Somerset Safeguarding Children Partnership.",
                  target="April each year",
                  progress="April 2019 audit: checks recorded in 16 of 20 assessments.\n"
                           "April 2020 audit (carried out remotely): checks recorded in 19 of 20 "
                           "assessments. Next audit April 2021. Ongoing.",
                  status="in_progress"),
            ]),
        ]),
        S("Theme 4 – Awareness – community", [
            R("4.1",
              "The Safer Somerset Partnership should run a campaign to raise awareness of domestic "
              "abuse among older people and their families in rural communities.",
              label="4.1", actions=[
                A("Safer Somerset Partnership",
                  "Develop the campaign with Age UK Somerset and the parish and town councils, using "
                  "parish magazines, GP surgeries and village halls.",
                  target="Q2 2020/21",
                  progress="Campaign materials agreed with Age UK Somerset. Launch planned for the 16 "
                           "Days of Action in November 2020.",
                  status="in_progress"),
            ]),
            R("4.2",
              "The Safer Somerset Partnership should publish a summary of this review and share the "
              "learning with GP practices, community pharmacies and parish councils.",
              label="4.2", actions=[
                A("Safer Somerset Partnership",
                  "Publish the executive summary and a one-page learning briefing.",
                  target="Immediate",
                  progress="Published on the Safer Somerset Partnership website in August 2019.",
                  status="complete"),
                A("Somerset Clinical Commissioning Group",
                  "Circulate the learning briefing to GP practices and community pharmacies.",
                  target="Dec-19",
                  progress="Circulated to all GP practices and community pharmacies in September 2019. "
                           "Complete.",
                  status="complete"),
            ]),
        ]),
    ],
)


# ============================================================== plan j: portrait, four columns, bullets, long row
TRAINING_HISTORY = "\n".join([
    "January 2021: the Community Safety Partnership agreed the outline of the programme at its "
    "meeting on 12 January 2021. A task and finish group was set up with representatives from "
    "Dyfed-Powys Police, Powys Teaching Health Board, Powys County Council (Adult and Children's "
    "Services, Housing and Education), Calan DVS, the Probation Service and the Farming Community "
    "Network.",
    "February 2021: a training needs analysis was sent to all partner agencies. The analysis asked "
    "agencies how many staff in each role had completed the National Training Framework Group 1, "
    "Group 2 (Ask and Act) and Group 3 training, and which staff would benefit from the rural "
    "module.",
    "March 2021: 14 of 17 agencies returned the training needs analysis. The returns showed that "
    "around 2,300 staff across the county needed Ask and Act training, and that very few "
    "practitioners had received any training on coercive control in rural settings or on the "
    "perpetrator's access to firearms and shotgun certificates.",
    "April 2021: a specification for the rural module was agreed by the task and finish group. "
    "The module will cover isolation, the distance from services, tied tenancies and farm "
    "businesses in joint names, the role of the wider family and the community, and how a "
    "perpetrator may use firearms, dogs and livestock to control a victim.",
    "May 2021: the specification was put out to tender through Sell2Wales. Three bids were "
    "received, and the contract was awarded to Calan DVS working with the Farming Community "
    "Network, who will co-deliver the sessions with a survivor of rural domestic abuse.",
    "June 2021: the first two Ask and Act train the trainer courses were delivered online. "
    "Sixteen trainers were accredited from Powys County Council, Powys Teaching Health Board and "
    "the Police. Each trainer has agreed to deliver at least four sessions a year.",
    "July 2021: the rural module was piloted with 24 practitioners in Llandrindod Wells and "
    "Newtown. The evaluation was positive (average score 4.6 out of 5); practitioners asked for "
    "more time on safety planning where the victim cannot leave the farm, and the module has been "
    "extended from half a day to a full day.",
    "August 2021: the full programme was launched at the Royal Welsh Show. Places were offered "
    "to all partner agencies, to veterinary practices, agricultural merchants and the young "
    "farmers' clubs, and to the National Farmers' Union and Farmers' Union of Wales group "
    "secretaries.",
    "September 2021: five sessions of the rural module were delivered (98 practitioners). Ask and "
    "Act training was delivered to 310 staff, mainly in Adult Services and the community health "
    "teams. Attendance from primary care remained low, and the Health Board agreed to offer "
    "sessions during protected learning time.",
    "October 2021: four further sessions of the rural module were delivered (71 practitioners), "
    "including a session in Welsh in Machynlleth. Ask and Act training reached a cumulative total "
    "of 620 staff. A refresher on firearms licensing was added for police firearms enquiry "
    "officers.",
    "November 2021: the task and finish group reviewed the first six months. 169 practitioners "
    "have completed the rural module and 790 staff have completed Ask and Act. The target of "
    "2,300 staff is unlikely to be reached before September 2022. Delivery continues, with a "
    "report to the Community Safety Partnership in March 2022.",
])

PORTRAIT = dict(
    name="portrait_narrow",
    formats=["docx", "pdf"],
    meta=dict(
        title="Powys Community Safety Partnership — Domestic Homicide Review: 'Carys' — Action Plan",
        subtitle="Progress as at 30th November 2021",
        review_id_hint="Powys DHR Carys",
        as_at="30th November 2021",
    ),
    columns=["Recommendation", "Action", "Responsible", "Progress"],
    panel=[
        ("Independent Chair and Author", "Independent"),
        ("Community Safety Manager", "Powys County Council"),
        ("Detective Inspector, Public Protection", "Dyfed-Powys Police"),
        ("Head of Safeguarding", "Powys Teaching Health Board"),
        ("Head of Housing Services", "Powys County Council"),
        ("Senior Probation Officer", "The Probation Service (Wales)"),
        ("Chief Executive", "Calan DVS"),
        ("Safeguarding Lead", "Welsh Ambulance Services NHS Trust"),
        ("Regional Adviser", "VAWDASV Mid and West Wales"),
    ],
    sections=[S("", [
        R("1",
          "Dyfed-Powys Police to ensure that when a domestic abuse incident is reported by a third "
          "party (a neighbour, friend or family member), officers speak to the victim alone and "
          "complete a DASH risk assessment, even where the victim says that nothing has happened.",
          label="1)", actions=[
            A("Dyfed-Powys Police",
              "Issue a briefing to all response officers on third party reports by 31st December "
              "2020.\n"
              "Include third party reports in the quarterly domestic abuse dip sample from April "
              "2021.",
              progress="Briefing issued December 2020.\n"
                       "April 2021 dip sample: the victim was seen alone in 18 of 20 third party "
                       "reports. Complete.",
              status="complete"),
        ]),
        R("2",
          "Powys Teaching Health Board to ensure that:\n"
          "• GP practices record domestic abuse disclosures on the patient's record and on the "
          "records of the children in the household;\n"
          "• health visitors ask about domestic abuse at every home visit where it is safe to do so; "
          "and\n"
          "• the Minor Injury Units in the community hospitals refer victims to the IDVA service, "
          "with their consent.",
          label="2)", actions=[
            A("Powys Teaching Health Board – Primary Care",
              "Circulate coding guidance to all GP practices by March 2021 and audit the recording in "
              "six practices by September 2021.",
              progress="Guidance circulated February 2021. Audit completed in six practices in "
                       "September 2021; findings shared at the GP safeguarding leads forum. Complete.",
              status="complete"),
            A("Powys Teaching Health Board – Health Visiting",
              "Add routine enquiry to the Healthy Child Wales Programme contact records by June 2021 "
              "and reach 90% compliance by March 2022.",
              progress="Routine enquiry added April 2021. Compliance was 74% in the September 2021 "
                       "audit; team leaders are following up with individual health visitors. "
                       "Ongoing.",
              status="in_progress"),
            A("Powys Teaching Health Board – Community Hospitals",
              "Agree a referral pathway from the Minor Injury Units to the IDVA service by December "
              "2021.",
              progress="Not started.",
              status="not_started"),
        ]),
        R("3",
          "Powys County Council Housing Services to ensure that a victim of domestic abuse who asks to "
          "move is offered an assessment under the Housing (Wales) Act 2014 on the same day, and that "
          "her tenancy and rent account are protected while she is in refuge.",
          label="3)", actions=[
            A("Powys County Council – Housing Services",
              "Revise the Housing Options domestic abuse procedure and brief all Housing Options "
              "officers by 31st March 2021.",
              progress="Procedure revised and all officers briefed in March 2021. Complete.",
              status="complete"),
            A("Powys County Council – Housing Services",
              "Agree with the Rents Team that rent arrears action is suspended for tenants in refuge, "
              "by 30th June 2021.",
              progress="Agreed in May 2021 and written into the Rents Team procedure. Complete.",
              status="complete"),
        ]),
        R("4",
          "Powys Community Safety Partnership to commission domestic abuse training for practitioners "
          "across the county that covers coercive and controlling behaviour, the barriers faced by "
          "victims in rural areas (isolation, the distance from services, farm tenancies and "
          "businesses, and the perpetrator's access to firearms), and the Ask and Act duty under the "
          "Violence against Women, Domestic Abuse and Sexual Violence (Wales) Act 2015.\n"
          "The training should be open to the voluntary sector and to organisations that have "
          "regular contact with the farming community.",
          label="4)", actions=[
            A("Powys Community Safety Partnership",
              "Set up a task and finish group to oversee the programme by the end of January 2021.\n"
              "Carry out a training needs analysis with all partner agencies by March 2021.\n"
              "Commission a rural domestic abuse module, co-designed with the farming community and "
              "with survivors, by June 2021.\n"
              "Train Ask and Act trainers in each of the main agencies, so that the training can be "
              "delivered locally and in Welsh where needed, by July 2021.\n"
              "Deliver the rural module and Ask and Act training across the county, with a target of "
              "2,300 staff trained by March 2022.\n"
              "Evaluate the programme and report to the Community Safety Partnership in March 2022.",
              progress=TRAINING_HISTORY,
              status="in_progress"),
            A("Calan DVS",
              "Co-deliver the rural module with the Farming Community Network and a survivor, from "
              "September 2021.",
              progress="Nine sessions delivered between September and November 2021. Ongoing.",
              status="in_progress"),
        ]),
        R("5",
          "The Probation Service in Wales to ensure that when a perpetrator under supervision starts "
          "a new relationship, the new partner is told of the risk through the Domestic Violence "
          "Disclosure Scheme where the criteria are met.",
          label="5)", actions=[
            A("The Probation Service – Powys",
              "Add a new relationship check to the supervision review on nDelius by 30th April 2021 "
              "and brief all probation practitioners.",
              progress="Check added and practitioners briefed in April 2021. Complete.",
              status="complete"),
            A("Dyfed-Powys Police",
              "Agree with the Probation Service that applications under the Domestic Violence "
              "Disclosure Scheme made by probation practitioners are decided within 28 days, by "
              "31st March 2021.",
              progress="Overdue. Agreement delayed while the national guidance on the Scheme was "
                       "revised; a meeting is booked for December 2021.",
              status="overdue"),
        ]),
        R("6",
          "Welsh Ambulance Services NHS Trust to ensure that crews who attend a patient with injuries "
          "that may have been caused by an assault ask about domestic abuse and make a safeguarding "
          "referral where the patient is at risk.",
          label="6)", actions=[
            A("Welsh Ambulance Services NHS Trust",
              "Add a domestic abuse prompt to the electronic patient clinical record by September "
              "2021 and include the learning from this review in the safeguarding training for "
              "crews.",
              progress="Prompt live since 6th September 2021. Learning included in the 2021/22 "
                       "safeguarding training. Complete.",
              status="complete"),
        ]),
        R("7",
          "Powys Community Safety Partnership to work with organisations that support the farming "
          "community to raise awareness of domestic abuse and of where victims can get help.",
          label="7)", actions=[
            A("Powys CSP / Farming Community Network",
              "Produce bilingual leaflets and posters for livestock markets, agricultural merchants "
              "and veterinary practices by August 2021 (Royal Welsh Show).",
              progress="Leaflets and posters produced in English and Welsh and distributed at the "
                       "Royal Welsh Show and to 40 businesses. Complete.",
              status="complete"),
            A("Powys County Council – Communications",
              "Run a social media campaign during the 16 Days of Action (25th November to 10th "
              "December 2021).",
              progress="Campaign launched 25th November 2021.",
              status="in_progress"),
        ]),
    ])],
)


PLANS = [HOME_OFFICE, R_LABELS, BORDERLESS, AUTONUMBERED, REC_COLON,
         REPEATED, UNNUMBERED, TWO_HEADER, THEME_RULED, PORTRAIT]


# ============================================================== plan k: full-width recommendation rows
REC_SPANNING = dict(
    name="rec_spanning_rows",
    formats=["docx", "pdf"],
    meta=dict(
        title="Safer Plymouth — Domestic Homicide Review: 'Jess' — Action Plan",
        subtitle="Progress update for the Safer Plymouth DHR Oversight Group, 28 February 2023",
        review_id_hint="Plymouth DHR Jess",
        as_at="28 February 2023",
    ),
    columns=["Action", "Lead agency", "Target date", "Progress update", "RAG"],
    sections=[S("", [
        R("1",
          "Devon and Cornwall Police to ensure that when officers attend a domestic abuse incident "
          "at which a child is present, the child's details and the impact of the incident on them "
          "are recorded, and that a notification is sent to Children's Services in every case.",
          label="Recommendation 1:", actions=[
            A("Devon and Cornwall Police",
              "Amend the domestic abuse attendance form so that the details of every child present "
              "at the address are mandatory fields before the form can be submitted.",
              target="30/06/2022",
              progress="Complete. The mandatory fields went live on Niche on 14 June 2022.\n"
                       "A dip sample of 40 incidents in September 2022 found the child's details "
                       "recorded in all cases and a notification sent in 38; the two officers "
                       "concerned have been given feedback.",
              rag="Green", status="complete"),
            A("Devon and Cornwall Police",
              "Deliver a briefing to response officers on the voice of the child, using the "
              "learning from this review.",
              target="March 2023",
              progress="Briefing recorded and placed on the learning platform in August 2022. 68% "
                       "of response officers in the Plymouth area have completed it; completion is "
                       "being followed up by sergeants at team briefings.",
              rag="Amber", status="in_progress"),
        ]),
        R("2",
          "Plymouth City Council Children's Services to ensure that when a referral concerning "
          "domestic abuse is closed at the front door with no further action, the non-abusing "
          "parent is given information about specialist domestic abuse support, and that the "
          "decision and the reasons for it are recorded.\n"
          "The Multi-Agency Safeguarding Hub (MASH) should audit a sample of these decisions every "
          "six months.",
          label="Recommendation 2:", actions=[
            A("Plymouth City Council – Children's Services",
              "Update the MASH closure template to include a field confirming that information "
              "about domestic abuse support has been given, and how.",
              target="31st July 2022",
              progress="Template updated in July 2022 and in use.",
              rag="Green", status="complete"),
            A("Plymouth City Council – Children's Services",
              "Six-monthly audit of MASH 'no further action' decisions in domestic abuse referrals, "
              "reported to the Plymouth Safeguarding Children Partnership.",
              target="January 2023 and every six months",
              progress="July 2022: audit tool agreed with the MASH Head of Service and the "
                       "Partnership's Quality and Effectiveness Group.\n"
                       "January 2023: first audit (30 cases) completed. Support information was "
                       "recorded as given in 24 cases; in the other six the parent could not be "
                       "contacted, or the record did not say whether information had been given.\n"
                       "Findings to be presented to the Quality and Effectiveness Group in March "
                       "2023. Second audit due July 2023.",
              rag="Amber", status="in_progress"),
        ]),
        R("3",
          "University Hospitals Plymouth NHS Trust and Livewell Southwest to ensure that routine "
          "enquiry about domestic abuse is made in maternity, health visiting and sexual health "
          "services, and that a disclosure leads to a DASH risk assessment and, where appropriate, "
          "a referral to MARAC.",
          label="Recommendation 3:", actions=[
            A("University Hospitals Plymouth NHS Trust",
              "Audit routine enquiry at the booking appointment and at 28 weeks in maternity "
              "services, and act on the findings.",
              target="31/03/2023",
              progress="Audit completed October 2022. Routine enquiry was recorded at booking in "
                       "91% of records and at 28 weeks in 63%.\n"
                       "An improvement plan for enquiry at 28 weeks, including a prompt in the "
                       "electronic maternity record and a reminder at the midwives' mandatory "
                       "update, has been agreed by the Maternity Safeguarding Group. Re-audit "
                       "planned for April 2023.",
              rag="Amber", status="in_progress"),
            A("Livewell Southwest",
              "Include routine enquiry at the new birth visit and at the 6–8 week review in the "
              "health visiting standard operating procedure.",
              target="30/09/2022",
              progress="Complete – standard operating procedure revised and re-issued in September "
                       "2022.",
              rag="Green", status="complete"),
            A("Livewell Southwest",
              "Train sexual health clinic staff in completing the DASH risk checklist and in making "
              "MARAC referrals.",
              target="31/12/2022",
              progress="Overdue – the trainer post was vacant from August to December 2022, and "
                       "the sessions planned for the autumn could not go ahead.\n"
                       "A new trainer started in January 2023. The DASH and MARAC sessions have been "
                       "rewritten with the Plymouth Domestic Abuse Service and the MARAC "
                       "coordinator, and will be delivered in the clinics at Cumberland Centre and "
                       "in the outreach clinic at the University of Plymouth.\n"
                       "Sessions are now booked for April and May 2023. Revised target date "
                       "31/05/2023.",
              rag="Red", status="overdue"),
        ]),
        R("4",
          "All agencies to ensure that practitioners understand economic abuse and know how to "
          "signpost victims to specialist financial and debt advice.\n"
          "The learning from this review should be included in single-agency domestic abuse "
          "training, in particular:\n"
          "a) the way in which Jess's partner controlled her income and benefits;\n"
          "b) the effect of debt on her ability to leave the relationship.",
          label="Recommendation 4:", actions=[
            A("Devon and Cornwall Police",
              "Add economic abuse to the Domestic Abuse Matters refresher for Plymouth officers.",
              target="March 2023",
              progress="Content added to the refresher in January 2023. Sessions are running from "
                       "February to April 2023.",
              rag="Amber", status="in_progress"),
            A("University Hospitals Plymouth NHS Trust",
              "Include economic abuse and the case study from this review in Level 3 safeguarding "
              "training.",
              target="31/12/2022",
              progress="Complete. Level 3 training updated in November 2022.",
              rag="Green", status="complete"),
            A("Plymouth City Council – Community Connections",
              "a) Brief housing options staff on economic abuse and on referral routes to debt "
              "advice.\n"
              "b) Brief tenancy sustainment staff in the same way.",
              target="30/11/2022",
              progress="a) Briefing delivered to housing options staff in November 2022.\n"
                       "b) Tenancy sustainment briefing not yet delivered; arranged for March 2023.",
              rag="Amber", status="partially_complete"),
            A("Plymouth Domestic Abuse Service (PDAS)",
              "Establish a referral pathway to money advice for the victims supported by PDAS.",
              target="Q3 2022/23",
              progress="Referral pathway agreed with Citizens Advice Plymouth in October 2022; 37 "
                       "referrals made by the end of January 2023. Complete.",
              rag="Green", status="complete"),
        ]),
        R("5",
          "Plymouth City Council to ensure that Adult Social Care considers whether an adult with "
          "care and support needs who is experiencing domestic abuse meets the criteria for a "
          "Section 42 safeguarding enquiry, even when they decline support.",
          label="Recommendation 5:", actions=[
            A("Plymouth City Council – Adult Social Care",
              "Revise the adult safeguarding practice guidance to make clear that a refusal of "
              "support does not by itself end the consideration of a Section 42 enquiry.",
              target="31st December 2022",
              progress="November 2022: draft guidance prepared and consulted on with "
                       "practitioners and with the Plymouth Domestic Abuse Service.\n"
                       "December 2022: sign-off by the Plymouth Safeguarding Adults Partnership "
                       "Board deferred, because the Board asked for the guidance to be aligned with "
                       "the revised multi-agency safeguarding adults procedures.\n"
                       "February 2023: guidance being revised; it is now expected to be agreed in "
                       "April 2023, after the target date.",
              rag="Red", status="overdue"),
        ]),
        R("6",
          "Safer Plymouth to raise awareness among employers in the city of how to recognise and "
          "respond to domestic abuse affecting their employees.",
          label="Recommendation 6:", actions=[
            A("Safer Plymouth",
              "Launch an employers' domestic abuse pledge and toolkit, and recruit ten employers to "
              "sign the pledge in its first year.",
              target="March 2023",
              progress="Not started – the launch has been postponed to summer 2023 because of "
                       "vacancies in the Community Safety Team.",
              rag="Red", status="not_started"),
        ]),
        R("7",
          "The Probation Service to ensure that, when a perpetrator of domestic abuse is managed in "
          "the community, probation practitioners make domestic abuse safeguarding enquiries of the "
          "police and Children's Services before the sentence plan is completed, and repeat them "
          "when the perpetrator's address or relationship changes.",
          label="Recommendation 7:", actions=[
            A("Probation Service – Plymouth PDU",
              "Remind all practitioners of the requirement through a practice note, and check "
              "compliance through management oversight.",
              target="Immediate",
              progress="Practice note issued May 2022 and discussed at all team meetings in "
                       "June 2022.\n"
                       "Compliance is checked in quarterly case audits: 88% in Q2 2022/23 and 94% in "
                       "Q3 2022/23. Complete – monitoring continues through the quality framework.",
              rag="Green", status="complete"),
            A("Probation Service – Plymouth PDU",
              "Add a prompt for repeat enquiries to the change of circumstances checklist used by "
              "case administrators.",
              target="30/09/2022",
              progress="Awaiting update from the Probation Service.",
              rag="", status="unknown"),
        ]),
    ])],
)


# ============================================================== plan l: HTML, one heading + table per rec
def RH(number, short, text, actions):
    """A recommendation published as an <h3> "Recommendation N – short" heading, a paragraph
    with its full text (the truth text) and a small table of its own."""
    r = R(number, text, actions, label=f"Recommendation {number}")
    r["short"] = short
    return r


REC_HEADINGS = dict(
    name="rec_headings_html",
    formats=["html"],
    meta=dict(
        title="Domestic Homicide Review 'Megan' – action plan",
        subtitle="Safer Vale Partnership – action plan updates as at 31 December 2021.",
        review_id_hint="Vale of Glamorgan DHR Megan",
        as_at="31 December 2021",
    ),
    columns=["Action", "Lead", "By when", "Update"],
    contributors=[
        ("South Wales Police", "Individual Management Review (IMR)"),
        ("Cardiff and Vale University Health Board", "IMR covering primary care, the Emergency "
         "Unit and mental health services"),
        ("Vale of Glamorgan Council – Housing Solutions", "IMR"),
        ("Vale of Glamorgan Council – Children and Young People Services", "Chronology and short "
         "report"),
        ("Atal y Fro", "Short report"),
        ("Welsh Ambulance Services NHS Trust", "Chronology"),
    ],
    sections=[
        S("South Wales Police", [
            RH("1", "Repeat call-outs",
               "South Wales Police to ensure that, where officers attend three or more domestic "
               "abuse incidents involving the same couple within twelve months, the case is "
               "reviewed by a supervisor and the level of risk is reconsidered, whatever the "
               "grading of the latest DASH risk assessment.", [
                A("South Wales Police – Public Protection Department",
                  "Introduce an automated repeat victim report on Niche for Vale of Glamorgan "
                  "supervisors.",
                  target="March 2021",
                  progress="Completed. The report has run daily since February 2021 and is reviewed "
                           "at the morning Daily Management Meeting.",
                  status="complete"),
                A("South Wales Police – Vale of Glamorgan Basic Command Unit",
                  "Brief sergeants and inspectors on reconsidering risk in repeat cases.",
                  target="June 2021",
                  progress="Briefings delivered at the Vale sergeants' development day on 9 June "
                           "2021. Complete.",
                  status="complete"),
            ]),
            RH("2", "Stalking after separation",
               "South Wales Police to ensure that officers recognise stalking behaviour in the "
               "context of domestic abuse, including after separation, and consider the offence of "
               "stalking rather than harassment where the behaviour is fixated, obsessive, unwanted "
               "and repeated.", [
                A("South Wales Police",
                  "Roll out stalking and harassment training to all frontline officers.",
                  target="March 2022",
                  progress="78% of frontline officers in the Vale have completed the training.\n"
                           "Ongoing – the remaining officers are booked on sessions in January and "
                           "February 2022.",
                  status="in_progress"),
            ]),
        ]),
        S("Cardiff and Vale University Health Board", [
            RH("3", "Coercive control in primary care",
               "Cardiff and Vale University Health Board to ensure that GP practices in the Vale "
               "of Glamorgan are able to identify coercive and controlling behaviour, including "
               "where a partner attends appointments and answers for the patient, and know how to "
               "refer to specialist services.", [
                A("Cardiff and Vale UHB – Primary Care",
                  "Offer IRIS domestic abuse training to all GP practices in the Western Vale, "
                  "Central Vale and Eastern Vale clusters.",
                  target="March 2022",
                  progress="Training offered to all 24 practices; 15 have completed it. The remaining "
                           "practices are to be trained by March 2022.",
                  status="in_progress"),
                A("Cardiff and Vale UHB – Safeguarding Team",
                  "Add a prompt to see the patient alone to the domestic abuse template used in GP "
                  "clinical systems.",
                  target="June 2022",
                  progress="Not started. The change needs the approval of the GP IT group, which is "
                           "next due to meet in February 2022.",
                  status="not_started"),
            ]),
            RH("4", "Repeat attendances at the Emergency Unit",
               "Cardiff and Vale University Health Board to ensure that patients who attend the "
               "Emergency Unit at the University Hospital of Wales repeatedly with injuries are "
               "asked about domestic abuse in private.\n"
               "The Health Board should also consider funding an Independent Domestic Violence "
               "Adviser (IDVA) based in the Emergency Unit.", [
                A("Cardiff and Vale UHB – Emergency Unit",
                  "Add a repeat attendance flag to the Emergency Unit system which prompts a "
                  "private routine enquiry.",
                  target="December 2021",
                  progress="Flag live since October 2021. Complete.",
                  status="complete"),
                A("Cardiff and Vale UHB – Safeguarding Team",
                  "Submit a business case for a hospital-based IDVA, jointly funded with the Safer "
                  "Vale Partnership.",
                  target="September 2021",
                  progress="Business case submitted in August 2021. Funding for a two-year post was "
                           "agreed in November 2021 and recruitment is under way.",
                  status="complete"),
            ]),
        ]),
        S("Vale of Glamorgan Council", [
            RH("5", "Homelessness presentations",
               "Vale of Glamorgan Council Housing Solutions to ensure that a person who presents as "
               "homeless because of domestic abuse is offered a DASH risk assessment and a "
               "referral to Atal y Fro, and that the outcome is recorded on the housing file.", [
                A("Vale of Glamorgan Council – Housing Solutions",
                  "Add DASH completion and the referral outcome to the homelessness assessment on "
                  "the housing system.",
                  target="April 2021",
                  progress="Complete – fields added in April 2021.",
                  status="complete"),
                A("Atal y Fro",
                  "Provide weekly drop-in sessions for Housing Solutions clients at the Civic "
                  "Offices in Barry and in Llantwit Major.",
                  target="July 2021",
                  progress="The Barry drop-in has run every Wednesday morning since September 2021.\n"
                           "The Llantwit Major session has not started because a venue has not yet "
                           "been found.",
                  status="partially_complete"),
            ]),
            RH("6", "Assessments that include the perpetrator",
               "Vale of Glamorgan Council Children and Young People Services to ensure that "
               "assessments where domestic abuse is a factor include the perpetrator, including "
               "when he is not living in the household.", [
                A("Vale of Glamorgan Council – Children and Young People Services",
                  "Deliver Safe and Together training to social workers and team managers.",
                  target="March 2022",
                  progress="First cohort (22 staff) trained in November 2021. The second cohort is "
                           "booked for February 2022.",
                  status="in_progress"),
            ]),
        ]),
        S("Multi-agency recommendations", [
            RH("7", "Sharing the learning",
               "The Safer Vale Partnership to share the learning from this review with all partner "
               "agencies through a learning briefing and a multi-agency learning event.", [
                A("Safer Vale Partnership",
                  "Publish a 7-minute briefing in English and Welsh.",
                  target="November 2021",
                  progress="Complete. The briefing was published in English and Welsh in October "
                           "2021 and circulated to all partners.",
                  status="complete"),
                A("Safer Vale Partnership",
                  "Hold a multi-agency learning event.",
                  target="January 2022",
                  progress="",
                  status="unknown"),
            ]),
            RH("8", "Support for families",
               "The Safer Vale Partnership to ensure that the families of victims of domestic "
               "homicide are told about Advocacy After Fatal Domestic Abuse (AAFDA) and other "
               "specialist advocacy at the start of a review.", [
                A("Safer Vale Partnership",
                  "Add AAFDA information to the letter sent to the family at the start of each "
                  "review.",
                  target="Immediate",
                  progress="Completed – letter template amended.",
                  status="complete"),
            ]),
        ]),
    ],
)


# ============================================================== plan m: Agency column first, 2a/2b
AGENCY_FIRST = dict(
    name="agency_first_columns",
    formats=["docx", "pdf"],
    meta=dict(
        title="Safer Newport — Domestic Homicide Review 'Eleri' — Action Plan",
        subtitle="Progress reported to the Safer Newport DHR Sub-group, 31 March 2023",
        review_id_hint="Newport DHR Eleri",
        as_at="31 March 2023",
    ),
    columns=["Agency", "Rec No.", "Recommendation", "Action", "Completion date",
             "Progress (as at 31 March 2023)"],
    glossary=[
        ("ABUHB", "Aneurin Bevan University Health Board"),
        ("DASH", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk "
                 "identification checklist"),
        ("MARAC", "Multi-Agency Risk Assessment Conference"),
        ("NCC", "Newport City Council"),
        ("VAWDASV", "Violence against Women, Domestic Abuse and Sexual Violence"),
        ("WCCIS", "Welsh Community Care Information System"),
    ],
    sections=[S("", [
        R("1",
          "All agencies to ensure that staff who work with older people understand that domestic "
          "abuse can occur in long-standing relationships and in relationships where one partner "
          "is the carer of the other, and know how to respond.",
          label="1", actions=[
            A("Gwent Police",
              "Include domestic abuse of older people and carer relationships in the 2022/23 "
              "Public Protection training day.",
              target="31/12/2022",
              progress="Complete. Delivered to 340 officers and staff between October and December "
                       "2022.",
              status="complete"),
            A("Aneurin Bevan University Health Board",
              "Produce a 7-minute briefing for district nurses and community hospital staff on "
              "domestic abuse and older people.",
              target="30/09/2022",
              progress="Complete – briefing circulated in September 2022 and discussed at team "
                       "meetings.",
              status="complete"),
            A("Newport City Council – Adult Services",
              "Ensure that carer's assessments include a question about the relationship between "
              "the carer and the cared-for person and about any fear or harm.\n"
              "Issue practice guidance on the new question.",
              target="31/03/2023",
              progress="Question added to the carer's assessment form in February 2023. The "
                       "practice guidance has still to be issued. Partially complete.",
              status="partially_complete"),
        ]),
        R("2a",
          "Gwent Police to ensure that officers attending a domestic incident where one party has "
          "dementia or another cognitive impairment complete the DASH with the victim alone, and "
          "seek advice from the Adult Safeguarding Team where capacity is in doubt.",
          label="2a", actions=[
            A("Gwent Police",
              "Issue guidance to officers on the force intranet and in the Public Protection "
              "newsletter.",
              target="30/06/2022",
              progress="Guidance issued June 2022. Complete.",
              status="complete"),
            A("Gwent Police",
              "Dip sample domestic incidents involving victims aged 65 and over to check "
              "compliance with the guidance.",
              target="30/06/2023",
              progress="Not yet started – dip sample of 25 incidents scheduled for May 2023.",
              status="not_started"),
        ]),
        R("2b",
          "Aneurin Bevan University Health Board to ensure that the memory assessment service asks "
          "about domestic abuse and about the relationship between the patient and the person who "
          "comes with them to appointments.",
          label="2b", actions=[
            A("Aneurin Bevan University Health Board",
              "Add a routine enquiry question about domestic abuse to the memory assessment service "
              "assessment template.",
              target="31/10/2022",
              progress="Overdue. The template change has been approved, but the WCCIS system change "
                       "has not yet been made; now expected in June 2023.",
              status="overdue"),
        ]),
        R("3",
          "Newport City Council to ensure that when an adult safeguarding report is received about "
          "an older person who is experiencing domestic abuse, a multi-agency strategy discussion "
          "is held that includes the police and health services.",
          label="3", actions=[
            A("Newport City Council – Adult Services",
              "Amend the local practice guide to the Wales Safeguarding Procedures to include "
              "domestic abuse of an older person as a trigger for a strategy discussion.",
              target="31/12/2022",
              progress="Complete – practice guide updated December 2022.",
              status="complete"),
            A("Newport City Council – Adult Services",
              "Audit ten safeguarding cases involving domestic abuse of older people, to test "
              "whether strategy discussions were held.",
              target="30/04/2023",
              progress="Audit under way: 6 of the 10 cases reviewed so far.",
              status="in_progress"),
        ]),
        R("4",
          "Newport City Homes to ensure that staff who visit tenants' homes for repairs and "
          "tenancy checks know how to recognise and report concerns about domestic abuse.",
          label="4", actions=[
            A("Newport City Homes",
              "Make domestic abuse awareness e-learning mandatory for repairs operatives and "
              "neighbourhood housing officers.",
              target="30/06/2023",
              progress="Ongoing – 81% of staff have completed the e-learning; figures are "
                       "monitored monthly.",
              status="in_progress"),
            A("Newport City Homes",
              "Add a 'domestic abuse concern' category to the repairs job system so that "
              "operatives can report concerns directly.",
              target="31/03/2023",
              progress="Complete – category live from 1 March 2023.",
              status="complete"),
        ]),
        R("5",
          "Newport Women's Aid to ensure that its outreach service is accessible to older "
          "victims, including through home visits and joint visits with health professionals.",
          label="5", actions=[
            A("Newport Women's Aid",
              "Offer home visits, and joint visits with district nurses, to victims aged 60 and "
              "over.",
              target="30/09/2022",
              progress="Complete. Home visits reinstated September 2022; two joint visits with "
                       "district nurses carried out so far.",
              status="complete"),
        ]),
        R("6",
          "Safer Newport to work with the Gwent VAWDASV Board to raise public awareness of "
          "domestic abuse of older people, in English and Welsh, through the Live Fear Free "
          "campaign.",
          label="6", actions=[
            A("Safer Newport",
              "Agree a campaign plan with the Gwent VAWDASV Regional Team for the weeks around "
              "World Elder Abuse Awareness Day (15 June).",
              target="15/06/2023",
              progress="Initial planning meeting held in February 2023; the plan is being drafted.",
              status="in_progress"),
            A("Gwent VAWDASV Regional Team",
              "Produce bilingual campaign materials.",
              target="15/06/2023",
              progress="Not started.",
              status="not_started"),
        ]),
    ])],
)


# ============================================================== plan n: numbered theme rows, 1.1 labels
THEME_NUMBERED_SECTIONS = dict(
    name="theme_numbered_sections",
    formats=["docx", "pdf"],
    meta=dict(
        title="Safer Rotherham Partnership — Domestic Homicide Review 'Leah' — Action Plan",
        subtitle="Progress update as at 30 November 2021",
        review_id_hint="Rotherham DHR Leah",
        as_at="30 November 2021",
    ),
    columns=["Recommendation", "Action", "Lead agency", "Target date", "Progress update"],
    sections=[
        S("1. Information sharing", [
            R("1.1",
              "South Yorkshire Police and Rotherham Metropolitan Borough Council to ensure that "
              "information about domestic abuse incidents involving children is shared with their "
              "school through Operation Encompass before the start of the next school day.",
              label="1.1", actions=[
                A("South Yorkshire Police",
                  "Extend Operation Encompass notifications to incidents reported at weekends and "
                  "during school holidays, so that they reach the school on the next school day.",
                  target="April 2021",
                  progress="Complete. Notifications for weekend and holiday incidents have been sent "
                           "since March 2021.",
                  status="complete"),
                A("Rotherham MBC – Education and Inclusion",
                  "Provide refresher training for Designated Safeguarding Leads on responding to "
                  "Operation Encompass notifications.",
                  target="July 2021",
                  progress="Training delivered to 112 Designated Safeguarding Leads in June and July "
                           "2021. Complete.",
                  status="complete"),
            ]),
            R("1.2",
              "The Rotherham NHS Foundation Trust to ensure that the GP is told when a patient "
              "discloses domestic abuse in the Urgent and Emergency Care Centre.",
              label="1.2", actions=[
                A("The Rotherham NHS Foundation Trust",
                  "Add a domestic abuse disclosure section to the discharge summary sent to GPs.",
                  target="31/12/2021",
                  progress="Change specified and with the IT supplier; go-live expected in January "
                           "2022.",
                  status="in_progress"),
                A("The Rotherham NHS Foundation Trust",
                  "Brief Urgent and Emergency Care Centre staff on the new section.",
                  target="31/01/2022",
                  progress="Not started – the briefing will follow the go-live.",
                  status="not_started"),
            ]),
        ]),
        S("2. Training", [
            R("2.1",
              "All agencies to ensure that practitioners recognise the signs of coercive control "
              "in relationships where the victim is pregnant or has a young baby, and know how to "
              "ask about it safely.",
              label="2.1", actions=[
                A("The Rotherham NHS Foundation Trust – Maternity Services",
                  "Add coercive control to the mandatory maternity safeguarding update.",
                  target="30/09/2021",
                  progress="Completed September 2021.",
                  status="complete"),
                A("RDaSH – Perinatal Mental Health Team",
                  "Include coercive control in the perinatal mental health team's training "
                  "programme.",
                  target="31/12/2021",
                  progress="Training sessions booked for 7 and 14 December 2021.",
                  status="not_started"),
                A("Rotherham MBC – Children and Young People's Services",
                  "Include coercive control in the pre-birth assessment training for social "
                  "workers.",
                  target="31/03/2022",
                  progress="Partially complete – two of the four pre-birth assessment sessions have "
                           "been delivered; the other two are scheduled for February 2022.",
                  status="partially_complete"),
            ]),
            R("2.2",
              "Rotherham Metropolitan Borough Council to ensure that staff in Housing and "
              "Neighbourhood Services understand the duties in the Domestic Abuse Act 2021 and "
              "know how to respond when a tenant discloses domestic abuse.",
              label="2.2", actions=[
                A("Rotherham MBC – Housing and Neighbourhood Services",
                  "Deliver Domestic Abuse Act 2021 briefings to housing staff.",
                  target="30/09/2021",
                  progress="Overdue – the briefings were delayed by staff absence and are now booked "
                           "for January 2022.",
                  status="overdue"),
            ]),
        ]),
        S("3. Perpetrators", [
            R("3.1",
              "South Yorkshire Police and the Probation Service to ensure that perpetrators of "
              "domestic abuse who move between areas are identified, and that their new address is "
              "shared with the agencies in that area.",
              label="3.1", actions=[
                A("South Yorkshire Police",
                  "Review the process for updating police systems when a domestic abuse "
                  "perpetrator moves to another force area.",
                  target="31/10/2021",
                  progress="Review completed in October 2021 and the process amended.",
                  status="complete"),
                A("Probation Service – Rotherham PDU",
                  "Remind practitioners to inform the receiving area and the police when a person "
                  "on probation for a domestic abuse offence moves address.",
                  target="Immediate",
                  progress="Practice reminder issued May 2021. Complete.",
                  status="complete"),
            ]),
            R("3.2",
              "Safer Rotherham Partnership to commission a domestic abuse perpetrator programme for "
              "men who are not subject to a court order.",
              label="3.2", actions=[
                A("Safer Rotherham Partnership",
                  "Commission a community perpetrator programme that meets the Domestic Abuse "
                  "Perpetrator Standards.",
                  target="April 2022",
                  progress="Not started – awaiting the outcome of a bid to the Home Office "
                           "perpetrator intervention fund.",
                  status="not_started"),
            ]),
        ]),
        S("4. Governance and learning", [
            R("4.1",
              "Safer Rotherham Partnership to seek assurance that the actions in this plan have "
              "been completed, through reports to the Partnership Board.",
              label="4.1", actions=[
                A("Safer Rotherham Partnership",
                  "Report progress on this plan to the Safer Rotherham Partnership Board.",
                  target="November 2021 and November 2022",
                  progress="First progress report presented to the Board on 18 November 2021.",
                  status="in_progress"),
            ]),
            R("4.2",
              "Safer Rotherham Partnership to share the learning from this review with the South "
              "Yorkshire DHR Network.",
              label="4.2", actions=[
                A("Safer Rotherham Partnership",
                  "Present the learning at a meeting of the South Yorkshire DHR Network.",
                  target="December 2021",
                  progress="Scheduled for the meeting on 9 December 2021.",
                  status="not_started"),
            ]),
        ]),
    ],
)


# ============================================================== plan o: Word-style export, horizontal rules only
WORD_STYLE = dict(
    name="word_style_pdf",
    formats=["pdf"],
    meta=dict(
        title="Safer Pembrokeshire — Domestic Homicide Review 'Ffion' — Action Plan",
        subtitle="Status updates as at 30 June 2023",
        review_id_hint="Pembrokeshire DHR Ffion",
        as_at="30 June 2023",
    ),
    columns=["Recommendation", "Key actions", "Lead officer", "Deadline", "Status update", "RAG"],
    document_control=[
        ("0.1", "14/11/2022", "Independent Chair", "First draft for the Review Panel"),
        ("1.0", "09/01/2023", "Community Safety Manager",
         "Agreed by the Safer Pembrokeshire Board"),
        ("1.1", "30/06/2023", "Community Safety Manager", "Status updates for Q1 2023/24 added"),
    ],
    sections=[S("", [
        R("1",
          "Dyfed-Powys Police to ensure that when a victim of domestic abuse withdraws support for "
          "a prosecution, officers consider an evidence-led prosecution and record the reasons if "
          "one is not pursued.",
          label="R1", actions=[
            A("Detective Chief Inspector, Public Protection – Dyfed-Powys Police",
              "Refresh the evidence-led prosecution guidance and include it in the domestic abuse "
              "investigation toolkit.\n"
              "Supervisors to check the rationale before a withdrawn case is filed.",
              target="31/03/2023",
              progress="Guidance refreshed and published in the toolkit on 20/02/2023.\n"
                       "Supervisor check added to the Niche filing workflow in March 2023.",
              rag="Green", status="complete"),
        ]),
        R("2",
          "Hywel Dda University Health Board to ensure that when a patient discloses domestic "
          "abuse to a mental health practitioner, a DASH risk assessment is completed and the "
          "disclosure is shared with the patient's GP.\n"
          "The Health Board should audit compliance within twelve months.",
          label="R2", actions=[
            A("Head of Safeguarding – Hywel Dda UHB",
              "Update the Mental Health and Learning Disabilities safeguarding procedure.",
              target="31/12/2022",
              progress="Procedure updated and published in December 2022.",
              rag="Green", status="complete"),
            A("Head of Safeguarding – Hywel Dda UHB",
              "Audit 30 records held by the Pembrokeshire Community Mental Health Teams.",
              target="30/06/2023",
              progress="Audit started in May 2023 and 18 of the 30 records have been reviewed so "
                       "far.\n"
                       "Early findings: a DASH was completed in 11 of the 18 cases and the GP was "
                       "informed in 15. Where no DASH was completed, the practitioners concerned "
                       "are being contacted by the Safeguarding Team to understand why.\n"
                       "The audit will be finished in July 2023 and the report presented to the "
                       "Health Board's Safeguarding Group in August 2023.",
              rag="Amber", status="in_progress"),
        ]),
        R("3",
          "Pembrokeshire County Council to ensure that the Housing Options team asks about "
          "domestic abuse when a couple apply for rehousing together, and offers each applicant "
          "the chance to be interviewed alone.",
          label="R3", actions=[
            A("Housing Options Manager – Pembrokeshire County Council",
              "Amend the housing application interview procedure to offer separate interviews to "
              "joint applicants.",
              target="31/03/2023",
              progress="Procedure amended but not yet in use, because the housing IT system has to "
                       "be changed first. Revised deadline 30/09/2023.",
              rag="Red", status="overdue"),
            A("Housing Options Manager – Pembrokeshire County Council",
              "Brief Housing Options officers on coercive control and joint applications.",
              target="31/03/2023",
              progress="Briefing delivered at the team meeting on 15/03/2023.",
              rag="Green", status="complete"),
        ]),
        R("4",
          "All agencies to ensure that staff know about the Live Fear Free helpline and the "
          "local specialist domestic abuse service, and routinely give this information to "
          "victims and to family members who raise concerns.",
          label="R4", actions=[
            A("Detective Chief Inspector, Public Protection – Dyfed-Powys Police",
              "Include the helpline details in the victim information leaflet left at every "
              "domestic abuse incident.",
              target="31/01/2023",
              progress="Complete – leaflet reprinted in January 2023.",
              rag="Green", status="complete"),
            A("Head of Safeguarding – Hywel Dda UHB",
              "Display Live Fear Free posters in the Emergency Department and outpatient toilets "
              "at Withybush General Hospital.",
              target="31/01/2023",
              progress="Complete.",
              rag="Green", status="complete"),
            A("Head of Adult Services – Pembrokeshire County Council",
              "Add the helpline and the local service details to the Information, Advice and "
              "Assistance script used by the social care contact centre.",
              target="31/07/2023",
              progress="In progress – script amended; training for the call handlers is booked for "
                       "July 2023.",
              rag="Amber", status="in_progress"),
        ]),
        R("5",
          "Pembrokeshire County Council Children's Services to ensure that the impact on "
          "children is assessed when a parent with a history of domestic abuse starts a new "
          "relationship, including through applications under the Domestic Violence Disclosure "
          "Scheme (Clare's Law).",
          label="R5", actions=[
            A("Head of Children's Services – Pembrokeshire County Council",
              "Write practice guidance on new relationships and Disclosure Scheme applications, "
              "and brief all social work teams.",
              target="30/09/2023",
              progress="Not yet started. Planned to begin after the refresh of the Wales "
                       "Safeguarding Procedures in summer 2023.",
              rag="", status="not_started"),
            A("Head of Children's Services – Pembrokeshire County Council",
              "Include the learning from this review in the development day for child protection "
              "conference chairs.",
              target="31/05/2023",
              progress="Development day held on 18/05/2023; the learning from this review was "
                       "presented by the Independent Chair. Complete.",
              rag="Green", status="complete"),
        ]),
        R("6",
          "Safer Pembrokeshire to work with the Mid and West Wales VAWDASV Regional Board to "
          "raise awareness of coercive control in rural and farming communities.",
          label="R6", actions=[
            A("Community Safety Manager – Safer Pembrokeshire",
              "Run an awareness campaign with farming organisations, in Welsh and English.",
              target="31/08/2023",
              progress="Q4 2022/23: meeting held with the Farming Community Network and the "
                       "Pembrokeshire Federation of Young Farmers' Clubs to plan the campaign.\n"
                       "Q1 2023/24: posters and leaflets in Welsh and English are being designed. "
                       "Distribution through agricultural merchants, livestock markets and "
                       "veterinary practices has been agreed, and a stand at the Pembrokeshire "
                       "County Show in August 2023 has been booked with Dyfed-Powys Police and "
                       "the local specialist service.\n"
                       "A short training session for Farming Connect advisers is being arranged "
                       "with the Regional Team for the autumn.",
              rag="Amber", status="in_progress"),
            A("VAWDASV Regional Adviser – Mid and West Wales",
              "Offer Ask and Act training to rural support organisations.",
              target="31/03/2024",
              progress="Not started – planned for autumn 2023.",
              rag="", status="not_started"),
        ]),
        R("7",
          "Safer Pembrokeshire to review its arrangements for Domestic Homicide Reviews so that a "
          "review is commissioned within one month of the notification and the family is "
          "contacted at the start.",
          label="R7", actions=[
            A("Community Safety Manager – Safer Pembrokeshire",
              "Adopt a DHR protocol with timescales and a family engagement checklist.",
              target="31/12/2022",
              progress="Protocol agreed by the Safer Pembrokeshire Board on 09/01/2023.",
              rag="Green", status="complete"),
            A("Community Safety Manager – Safer Pembrokeshire",
              "Report DHR timeliness to the Board every six months.",
              target="Every six months",
              progress="First six-monthly report presented to the Board on 12/06/2023; the next is "
                       "due in December 2023.",
              rag="Amber", status="in_progress"),
        ]),
    ])],
)


PLANS += [REC_SPANNING, REC_HEADINGS, AGENCY_FIRST, THEME_NUMBERED_SECTIONS, WORD_STYLE]


# ============================================================== truth
def truth_for(plan):
    """The reference annotation, straight from the spec."""
    progress_from_status = plan.get("progress_from") == "status"
    has_evidence = plan.get("evidence", False)
    recs, acts = [], []
    for sec in plan["sections"]:
        for r in sec["recs"]:
            recs.append(dict(number=r["number"], text=r["text"], scope=r["scope"], owner=sec["owner"]))
            for a in r["actions"]:
                acts.append(dict(
                    rec=r["number"],
                    agency=a["agency"] or sec["owner"],
                    scope=r["scope"],
                    action=a["action"],
                    evidence=a["evidence"] if has_evidence else "",
                    target=a["target"],
                    progress=a["status_word"] if progress_from_status else a["progress"],
                    status=a["status"],
                ))
    meta = dict(plan["meta"])
    meta["documents"] = [f"{plan['name']}.{f}" for f in plan["formats"]]
    return dict(meta=meta, columns=plan["columns"], recommendations=recs, actions=acts)


# ============================================================== DOCX helpers
_TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]
_TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
                "tblLayout", "tblCellMar", "tblLook"]
_TRPR_ORDER = ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
               "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"]


def _insert_ordered(parent, el, order):
    """Insert ``el`` into ``parent`` respecting the schema child order, replacing a namesake."""
    name = el.tag.split("}")[1]
    for old in parent.findall(qn("w:" + name)):
        parent.remove(old)
    idx = order.index(name)
    for i, child in enumerate(parent):
        cname = child.tag.split("}")[1]
        if cname in order and order.index(cname) > idx:
            parent.insert(i, el)
            return el
    parent.append(el)
    return el


def _el(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn("w:" + k), str(v))
    return el


def new_document(landscape, title, author, font="Arial", size=9):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    sec.header_distance = sec.footer_distance = Cm(0.8)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for k in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(qn("w:" + k), font)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.revision = 3
    return doc


def add_par(container, text, bold=False, italic=False, size=None, style=None, space_after=None,
            align=None, color=None):
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if align:
        p.alignment = align
    return p


def fill_cell(cell, text, bold=False, italic=False, color=None, space_after_last=None,
              space_between=None, numbering=None, label=None):
    """Write ``text`` (paragraphs separated by "\\n") into an empty cell.

    numbering: numId to put on the first paragraph (Word auto-numbering).
    label: text run written before the first paragraph (e.g. "1. ").
    """
    paras = text.split("\n") if text else [""]
    for i, line in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if i == 0 and label:
            r = p.add_run(label)
            r.bold = True
        if line:
            r = p.add_run(line)
            r.bold = bold or None
            r.italic = italic or None
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if i == 0 and numbering is not None:
            p.style = "List Paragraph"
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = numbering
        if space_between is not None and i < len(paras) - 1:
            p.paragraph_format.space_after = Pt(space_between)
        if space_after_last is not None and i == len(paras) - 1:
            p.paragraph_format.space_after = Pt(space_after_last)
    return cell


def shade(cell, fill):
    _insert_ordered(cell._tc.get_or_add_tcPr(), _el("w:shd", val="clear", color="auto", fill=fill),
                    _TCPR_ORDER)


def v_merge(cell, restart):
    el = _el("w:vMerge", val="restart") if restart else _el("w:vMerge")  # bare = continue (as Word)
    _insert_ordered(cell._tc.get_or_add_tcPr(), el, _TCPR_ORDER)


def make_table(doc, widths_cm, style="Table Grid", borderless=False):
    t = doc.add_table(rows=0, cols=len(widths_cm))
    if style:
        t.style = doc.styles[style]
    t.autofit = False
    tblpr = t._tbl.tblPr
    _insert_ordered(tblpr, _el("w:tblW", w=int(sum(widths_cm) * 567), type="dxa"), _TBLPR_ORDER)
    _insert_ordered(tblpr, _el("w:tblLayout", type="fixed"), _TBLPR_ORDER)
    if borderless:
        borders = _el("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(_el("w:" + side, val="nil"))
        _insert_ordered(tblpr, borders, _TBLPR_ORDER)
    for col, w in zip(t.columns, widths_cm):
        col.width = Cm(w)
    return t


def header_row(table, texts, fill=None, repeat=True, bold=True, color=None, italic=False):
    row = table.add_row()
    if repeat:
        trpr = row._tr.get_or_add_trPr()
        _insert_ordered(trpr, _el("w:cantSplit"), _TRPR_ORDER)
        _insert_ordered(trpr, _el("w:tblHeader"), _TRPR_ORDER)
    for cell, text in zip(row.cells, texts):
        fill_cell(cell, text, bold=bold, italic=italic, color=color)
        if fill:
            shade(cell, fill)
    return row


def span_row(table, text, fill=None, bold=True, space_after=None):
    """A section / theme row: one cell spanning the whole table (w:gridSpan)."""
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    fill_cell(cell, text, bold=bold, space_after_last=space_after)
    if fill:
        shade(cell, fill)
    return row


def add_page_number_footer(doc, lead_text):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(lead_text + "   Page ")
    run = p.add_run()
    run._r.append(_el("w:fldChar", fldCharType="begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    run._r.append(_el("w:fldChar", fldCharType="separate"))
    t = OxmlElement("w:t")
    t.text = "1"
    run._r.append(t)
    run._r.append(_el("w:fldChar", fldCharType="end"))


def set_header_text(doc, text):
    p = doc.sections[0].header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True


def save_docx(doc, path):
    """Save with fixed zip timestamps so that repeated runs give identical bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def action_text(a):
    return (a["prefix"] + ": " + a["action"]) if a["prefix"] else a["action"]


RAG_FILL = {"Red": "FF7C80", "Amber": "FFC000", "Green": "92D050", "Blue": "00B0F0"}


# ============================================================== plan a renderer
def build_home_office(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Wrexham Community Safety Partnership")
    set_header_text(doc, "OFFICIAL – Wrexham DHR Adult B – Action Plan")
    add_page_number_footer(doc, "Version 4")
    add_par(doc, m["title"], style="Heading 1")
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "This action plan sets out how the agencies involved in the review will respond to "
                 "the recommendations made by the Review Panel. It is monitored by the Wrexham "
                 "Community Safety Partnership Board, and progress is reported to the North Wales "
                 "Safer Communities Board.", space_after=6)
    add_par(doc, "Agencies that contributed to the review", bold=True, size=11, space_after=4)
    t = make_table(doc, [8.0, 12.0])
    header_row(t, ["Agency", "Contribution"], fill="D9D9D9", repeat=False)
    for agency, what in plan["contributors"]:
        row = t.add_row()
        fill_cell(row.cells[0], agency)
        fill_cell(row.cells[1], what)
    add_par(doc, "", space_after=6)
    add_par(doc, "Action Plan", bold=True, size=11, space_after=4)

    widths = [4.8, 3.0, 4.8, 2.9, 4.3, 2.1, 4.8]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="1F3864", color="FFFFFF")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ")
                    fill_cell(c[1], r["scope"])
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                    v_merge(c[1], i == 0)
                fill_cell(c[2], action_text(a), space_between=3)
                fill_cell(c[3], a["lead"])
                fill_cell(c[4], a["evidence"], space_between=3)
                fill_cell(c[5], a["target"])
                fill_cell(c[6], a["progress"], space_between=3)
    add_par(doc, "", space_after=6)
    add_par(doc, "Glossary", bold=True, size=11, space_after=4)
    t = make_table(doc, [3.0, 12.0])
    header_row(t, ["Abbreviation", "Meaning"], fill="D9D9D9", repeat=False)
    for abbr, meaning in plan["glossary"]:
        row = t.add_row()
        fill_cell(row.cells[0], abbr)
        fill_cell(row.cells[1], meaning)
    save_docx(doc, path)


# ============================================================== plan c renderer
def build_borderless(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Lincolnshire Partnership", size=9)
    add_page_number_footer(doc, "Safer Lincolnshire Partnership – DHR 14 Action Plan")
    add_par(doc, m["title"], bold=True, size=14, space_after=4)
    add_par(doc, "The recommendations below are numbered as in the Overview Report. Updates have been "
                 "provided by the responsible agencies for the meeting of the DHR Oversight Group.",
            space_after=10)
    widths = [1.4, 6.6, 5.6, 4.2, 2.8, 6.1]
    t = make_table(doc, widths, style=None, borderless=True)
    header_row(t, plan["columns"])
    gap = 12
    # a little air under the header row
    for cell in t.rows[0].cells:
        cell.paragraphs[-1].paragraph_format.space_after = Pt(gap)
    for sec in plan["sections"]:
        span_row(t, sec["owner"], space_after=gap)
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["label"], space_after_last=gap)
                    fill_cell(c[1], r["text"], space_after_last=gap, space_between=2)
                else:
                    for k in (0, 1):
                        c[k].paragraphs[0].paragraph_format.space_after = Pt(gap)
                fill_cell(c[2], action_text(a), space_after_last=gap, space_between=2)
                fill_cell(c[3], a["lead"], space_after_last=gap)
                fill_cell(c[4], a["target"], space_after_last=gap)
                fill_cell(c[5], a["progress"], space_after_last=gap, space_between=2)
    save_docx(doc, path)


# ============================================================== plan d renderer
NUM_ID = 71
ABSTRACT_NUM_ID = 71


def add_decimal_numbering(doc):
    """A numbering definition "%1." (decimal) and a w:num pointing to it; returns the numId."""
    numbering = doc.part.numbering_part.element
    absn = _el("w:abstractNum", abstractNumId=ABSTRACT_NUM_ID)
    absn.append(_el("w:multiLevelType", val="hybridMultilevel"))
    lvl = _el("w:lvl", ilvl=0)
    lvl.append(_el("w:start", val=1))
    lvl.append(_el("w:numFmt", val="decimal"))
    lvl.append(_el("w:lvlText", val="%1."))
    lvl.append(_el("w:lvlJc", val="left"))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", left=360, hanging=360))
    lvl.append(ppr)
    rpr = _el("w:rPr")
    rpr.append(_el("w:b"))
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(absn)
    num = _el("w:num", numId=NUM_ID)
    num.append(_el("w:abstractNumId", val=ABSTRACT_NUM_ID))
    numbering.append(num)
    return NUM_ID


def build_autonumbered(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Reading Community Safety Partnership")
    num_id = add_decimal_numbering(doc)
    add_page_number_footer(doc, "Reading CSP – DHR Adult D")
    add_par(doc, m["title"], bold=True, size=14, space_after=2)
    add_par(doc, m["subtitle"], italic=True, space_after=6)
    add_par(doc, "Recommendations are grouped by the agency that leads on them. Multi-agency "
                 "recommendations are shown at the end of the plan, with one row for each agency.",
            space_after=8)
    widths = [6.6, 6.2, 3.6, 2.8, 5.9, 1.6]
    for sec in plan["sections"]:
        add_par(doc, sec["owner"], bold=True, size=11, space_after=4).paragraph_format.keep_with_next = True
        t = make_table(doc, widths)
        header_row(t, plan["columns"], fill="D9E2F3")
        header_row(t, plan["guidance"], italic=True, bold=False, repeat=False, fill="F2F2F2")
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["text"], numbering=num_id, space_between=2)
                fill_cell(c[1], action_text(a), space_between=2)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=2)
                fill_cell(c[5], a["rag"], bold=True)
                if a["rag"]:
                    shade(c[5], RAG_FILL[a["rag"]])
        add_par(doc, "", space_after=8)
    save_docx(doc, path)


# ============================================================== plan e renderer
def build_rec_colon(plan, path):
    m = plan["meta"]
    doc = new_document(False, m["title"], "Cheshire East Community Safety Partnership", size=8)
    add_par(doc, m["title"], bold=True, size=12, space_after=2)
    add_par(doc, m["subtitle"], space_after=8)
    widths = [4.6, 3.6, 2.6, 1.8, 3.2, 2.2]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="BFBFBF")
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="E7E6E6")
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ")
                fill_cell(c[1], action_text(a))
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["evidence"])
                fill_cell(c[5], a["status_word"], bold=a["status"] == "complete")
    save_docx(doc, path)


# ============================================================== plan b renderer (HTML)
def _h(s):
    return html.escape(s, quote=True)


def html_cell(text, mode):
    """Cell content: 'p' paragraphs, 'br' line breaks; '• ' lines become <ul><li>."""
    if not text:
        return ""
    lines = text.split("\n")
    out, bullets = [], []

    def flush():
        if bullets:
            out.append("<ul>" + "".join(f"<li>{_h(b)}</li>" for b in bullets) + "</ul>")
            bullets.clear()
    plain = []
    for line in lines:
        if line.startswith("• "):
            if plain:
                out.append(("<br>".join(_h(p) for p in plain)) if mode == "br"
                           else "".join(f"<p>{_h(p)}</p>" for p in plain))
                plain = []
            bullets.append(line[2:])
        else:
            flush()
            plain.append(line)
    if plain:
        out.append(("<br>".join(_h(p) for p in plain)) if mode == "br"
                   else "".join(f"<p>{_h(p)}</p>" for p in plain))
    flush()
    return "".join(out)


def rec_cell_html(r):
    first, *rest = r["text"].split("\n")
    body = f"<p><strong>{_h(r['label'])}</strong> {_h(first)}</p>"
    if rest:
        body += html_cell("\n".join(rest), "p")
    return body


def build_html(plan, path):
    m = plan["meta"]
    ncols = len(plan["columns"])
    L = []
    w = L.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{_h(m['title'])} | Safer Stockport Partnership</title>")
    w("<style>\n"
      "body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}\n"
      "header.site{background:#004b87;color:#fff;padding:12px 24px}\n"
      "header.site a{color:#fff}\n"
      "nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}\n"
      "main{padding:16px 24px;max-width:1300px}\n"
      "table{border-collapse:collapse;margin:12px 0}\n"
      "th,td{border:1px solid #555;padding:4px 6px;vertical-align:top;font-size:13px}\n"
      "th{background:#dce6f1}\n"
      "tr.theme td{background:#eee;font-weight:bold}\n"
      "td p{margin:0 0 4px 0} td ul{margin:0;padding-left:16px}\n"
      ".rag-Red{background:#f4b6b6}.rag-Amber{background:#ffe29a}.rag-Green{background:#c6efce}"
      ".rag-Blue{background:#bdd7ee}\n"
      "footer{font-size:12px;color:#555;padding:12px 24px;border-top:1px solid #ccc}\n"
      "</style>")
    w("</head>")
    w("<body>")
    w('<header class="site">')
    w('<p class="logo"><a href="/">Safer Stockport Partnership</a></p>')
    w('<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/domestic-abuse">'
      'Domestic abuse</a></li><li><a href="/dhr">Domestic Homicide Reviews</a></li><li>'
      '<a href="/contact">Contact us</a></li></ul></nav>')
    w("</header>")
    w("<main>")
    w('<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/dhr">Domestic Homicide Reviews</a>'
      " &gt; Maya</p>")
    w(f"<h1>{_h(m['title'])}</h1>")
    w(f"<p>{_h(m['subtitle'])}</p>")
    w("<p>Maya (a pseudonym chosen by her family) was 34 when she was killed by her partner in "
      "September 2019. The Safer Stockport Partnership commissioned a Domestic Homicide Review, "
      "which was approved for publication by the Home Office Quality Assurance Panel in 2021.</p>")
    w("<h2>Summary of events</h2>")
    w("<table class=\"chronology\"><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>")
    for date, event in plan["chronology"]:
        w(f"<tr><td>{_h(date)}</td><td>{_h(event)}</td></tr>")
    w("</tbody></table>")
    w("<h2>Action plan</h2>")
    w("<p>The table below shows each recommendation, the actions agreed by the partner agencies and "
      "the progress reported to the Domestic Abuse Partnership Board. RAG status: Red – not started "
      "or off track; Amber – in progress with some risk; Green – on track; Blue – complete and "
      "assured.</p>")
    w('<table class="action-plan">')
    w("<thead>")
    w('<tr><th rowspan="2">Recommendation</th><th colspan="3">Delivery</th>'
      '<th colspan="3">Monitoring</th></tr>')
    w("<tr>" + "".join(f"<th>{_h(c)}</th>" for c in plan["columns"][1:]) + "</tr>")
    w("</thead>")
    w("<tbody>")
    for sec in plan["sections"]:
        w(f'<tr class="theme"><td colspan="{ncols}">{_h(sec["owner"])}</td></tr>')
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(acts)}"' if len(acts) > 1 else ""
                    cells.append(f"<td{span}>{rec_cell_html(r)}</td>")
                cells.append(f"<td>{html_cell(action_text(a), 'p')}</td>")
                cells.append(f"<td>{_h(a['lead'])}</td>")
                cells.append(f"<td>{_h(a['target'])}</td>")
                cells.append(f"<td>{html_cell(a['progress'], 'br')}</td>")
                cells.append(f"<td>{_h(a['status_word'])}</td>")
                cls = f' class="rag-{a["rag"]}"' if a["rag"] else ""
                cells.append(f"<td{cls}>{_h(a['rag'])}</td>")
                w("<tr>" + "".join(cells) + "</tr>")
    w("</tbody>")
    w("</table>")
    w("<p>The action plan is reviewed every quarter. If you have been affected by domestic abuse, "
      "call the National Domestic Abuse Helpline on 0808 2000 247 (free, 24 hours).</p>")
    w("</main>")
    w('<footer><p>&copy; Safer Stockport Partnership. <a href="/accessibility">Accessibility</a> | '
      '<a href="/privacy">Privacy</a></p></footer>')
    w("</body>")
    w("</html>")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


# ============================================================== plan f renderer
def build_repeated(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Southend-on-Sea Community Safety Partnership", size=8)
    add_page_number_footer(doc, "Southend CSP – DHR 'Anna' – Action Plan")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Each agency has a row of its own for every recommendation it is responsible for. "
                 "RAG: Green – action complete; Amber – action in progress; Red – action not started "
                 "or overdue.", space_after=6)
    widths = [1.2, 5.6, 2.8, 4.6, 2.0, 4.5, 4.5, 1.5]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="DEEAF6")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            for a in r["actions"]:
                c = t.add_row().cells
                fill_cell(c[0], r["label"])
                fill_cell(c[1], r["text"], space_between=3)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], action_text(a))
                fill_cell(c[4], a["target"])
                fill_cell(c[5], a["u1"])
                fill_cell(c[6], a["u2"])
                fill_cell(c[7], a["rag"], bold=True)
                shade(c[7], RAG_FILL[a["rag"]])
    add_par(doc, "", space_after=6)
    add_par(doc, "Glossary", bold=True, size=11, space_after=4)
    t = make_table(doc, [3.0, 12.0])
    header_row(t, ["Abbreviation", "Meaning"], fill="D9D9D9", repeat=False)
    for abbr, meaning in plan["glossary"]:
        c = t.add_row().cells
        fill_cell(c[0], abbr)
        fill_cell(c[1], meaning)
    save_docx(doc, path)


# ============================================================== plan g renderer (HTML, windows-1252)
def build_unnumbered_html(plan, path):
    """A council web page saved as windows-1252 with no charset declaration anywhere."""
    m = plan["meta"]
    L = []
    w = L.append
    w('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    w("<html>")
    w("<head>")
    w(f"<title>{_h(m['title'])} – Wirral Council</title>")
    w('<link rel="stylesheet" type="text/css" href="/styles/main.css">')
    w("</head>")
    w("<body>")
    w('<div id="masthead"><a href="/">Wirral Council</a> | <a href="/community-safety">Community '
      'safety</a> | <a href="/community-safety/domestic-homicide-reviews">Domestic Homicide '
      'Reviews</a></div>')
    w('<div id="content">')
    w(f"<h1>{_h(m['title'])}</h1>")
    w(f"<p>{_h(m['subtitle'])}</p>")
    w("<p>“Sophie” is the name chosen by her family for this review. The Wirral Community Safety "
      "Partnership thanks Sophie’s family for their contribution – their account of Sophie’s life "
      "has shaped the recommendations below.</p>")
    w("<h2>Key events</h2>")
    w('<table border="1" cellpadding="4" cellspacing="0" summary="Key events">')
    w("<tr><th>Date</th><th>Event</th></tr>")
    for date, event in plan["chronology"]:
        w(f"<tr><td>{_h(date)}</td><td>{_h(event)}</td></tr>")
    w("</table>")
    w("<h2>Action plan</h2>")
    w("<p>The recommendations are those of the Review Panel; each agency’s actions are listed "
      "beside them.</p>")
    w('<table border="1" cellpadding="4" cellspacing="0" width="100%" summary="Action plan">')
    w("<tr>" + "".join(f"<th>{_h(c)}</th>" for c in plan["columns"]) + "</tr>")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(acts)}"' if len(acts) > 1 else ""
                    cells.append(f'<td{span} valign="top">{html_cell(r["text"], "br")}</td>')
                cells.append(f"<td>{_h(a['lead'])}</td>")
                cells.append(f"<td>{html_cell(action_text(a), 'br')}</td>")
                cells.append(f"<td>{_h(a['target'])}</td>")
                cells.append(f"<td>{html_cell(a['progress'], 'br')}</td>")
                cells.append(f'<td align="center">{_h(a["status_word"])}</td>')
                w("<tr>" + "".join(cells) + "</tr>")
    w("</table>")
    w("<p><strong>Key:</strong> Completed (Y/N) – Y = action completed; N = action not yet "
      "completed (in progress).</p>")
    w("<p>If you are worried about domestic abuse, call the Wirral Domestic Abuse Helpline or, in "
      "an emergency, dial 999.</p>")
    w("</div>")
    w('<div id="footer">© Wirral Council – <a href="/accessibility">Accessibility</a></div>')
    w("</body>")
    w("</html>")
    path.write_bytes(("\r\n".join(L) + "\r\n").encode("cp1252"))


# ============================================================== plan h renderer
def build_two_header(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Merthyr Tydfil Community Safety Partnership", size=10)
    set_header_text(doc, "Merthyr Tydfil CSP – DHR 'Rhian' – Action Plan")
    add_page_number_footer(doc, "Version 3 – March 2021")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], italic=True, space_after=8)
    add_par(doc, "Rhian (a pseudonym chosen by her family) was 41 when she was killed by her former "
                 "partner in Merthyr Tydfil in 2019. The Review Panel made six recommendations. "
                 "This plan sets out the actions agreed by each agency; it is monitored by the "
                 "Merthyr Tydfil Community Safety Partnership and reported to the Cwm Taf Morgannwg "
                 "Safeguarding Board.", space_after=6)
    add_par(doc, "RAG: Green – complete; Amber – in progress and on track; Red – not started, or "
                 "overdue.", space_after=8)
    widths = [7.4, 8.0, 2.4, 1.7, 7.2]
    t = make_table(doc, widths)
    top = header_row(t, ["Recommendation", "Action", "Target Date", "Progress", ""], fill="C5E0B3")
    second = header_row(t, ["", "", "", "RAG", "Commentary"], fill="C5E0B3")
    for k in range(3):
        v_merge(top.cells[k], True)
        v_merge(second.cells[k], False)
    # "Progress" spans the RAG and Commentary sub-columns (w:gridSpan)
    merged = top.cells[3].merge(top.cells[4])
    for p in merged.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["label"], bold=True)
                    for line in r["text"].split("\n"):
                        p = c[0].add_paragraph()
                        p.paragraph_format.space_before = Pt(3)
                        p.add_run(line)
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                fill_cell(c[1], action_text(a), space_between=3)
                fill_cell(c[2], a["target"])
                fill_cell(c[3], a["rag"], bold=True)
                shade(c[3], RAG_FILL[a["rag"]])
                fill_cell(c[4], a["progress"], space_between=3)
    save_docx(doc, path)


# ============================================================== plan i renderer
def add_page_x_of_y_footer(doc):
    """Footer "Page X of Y" (PAGE and NUMPAGES fields)."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field(code, shown):
        run = p.add_run()
        run._r.append(_el("w:fldChar", fldCharType="begin"))
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {code} "
        run._r.append(instr)
        run._r.append(_el("w:fldChar", fldCharType="separate"))
        t = OxmlElement("w:t")
        t.text = shown
        run._r.append(t)
        run._r.append(_el("w:fldChar", fldCharType="end"))
    p.add_run("Page ")
    field("PAGE", "1")
    p.add_run(" of ")
    field("NUMPAGES", "1")


def build_theme_ruled(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Somerset Partnership", size=10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.add_run("Safer Somerset Partnership   |   DHR 'Ellie' – Action Plan   |   OFFICIAL")
    add_page_x_of_y_footer(doc)
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Recommendation numbers are the paragraph numbers of the Overview Report. "
                 "Progress (as at 31 August 2020) reported to the DHR Steering Group.",
            space_after=6)
    widths = [7.2, 6.6, 3.6, 2.2, 7.1]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="D9D9D9", repeat=False)   # no w:tblHeader: page 1 only
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="F2F2F2")
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ", space_between=3)
                fill_cell(c[1], action_text(a))
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=3)
    save_docx(doc, path)


# ============================================================== plan j renderer
BULLET_NUM_ID = 72


def add_bullet_numbering(doc):
    """Word's default bullet list: lvlText U+F0B7 in the Symbol font; returns the numId."""
    numbering = doc.part.numbering_part.element
    absn = _el("w:abstractNum", abstractNumId=BULLET_NUM_ID)
    absn.append(_el("w:multiLevelType", val="hybridMultilevel"))
    lvl = _el("w:lvl", ilvl=0)
    lvl.append(_el("w:start", val=1))
    lvl.append(_el("w:numFmt", val="bullet"))
    lvl.append(_el("w:lvlText", val="\uf0b7"))
    lvl.append(_el("w:lvlJc", val="left"))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", left=360, hanging=360))
    lvl.append(ppr)
    rpr = _el("w:rPr")
    rpr.append(_el("w:rFonts", ascii="Symbol", hAnsi="Symbol", hint="default"))
    lvl.append(rpr)
    absn.append(lvl)
    numbering.find(qn("w:num")).addprevious(absn)
    num = _el("w:num", numId=BULLET_NUM_ID)
    num.append(_el("w:abstractNumId", val=BULLET_NUM_ID))
    numbering.append(num)
    return BULLET_NUM_ID


def build_portrait(plan, path):
    m = plan["meta"]
    doc = new_document(False, m["title"], "Powys Community Safety Partnership", size=9)
    bullets = add_bullet_numbering(doc)
    add_page_number_footer(doc, "Powys CSP – DHR 'Carys'")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Review Panel", bold=True, size=11, space_after=4)
    t = make_table(doc, [9.0, 9.0])
    header_row(t, ["Role", "Agency"], fill="D9D9D9", repeat=False)
    for role, agency in plan["panel"]:
        c = t.add_row().cells
        fill_cell(c[0], role)
        fill_cell(c[1], agency)
    add_par(doc, "", space_after=6)
    add_par(doc, "Action Plan", bold=True, size=11, space_after=4)
    add_par(doc, "Target dates are given in the action column.", italic=True, space_after=4)
    widths = [5.0, 5.0, 2.8, 5.2]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="D5DCE4")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    lines = r["text"].split("\n")
                    fill_cell(c[0], lines[0], label=r["label"] + " ")
                    for line in lines[1:]:
                        p = c[0].add_paragraph()
                        if line.startswith("• "):      # a Word bullet: the glyph is not in the text
                            p.style = "List Paragraph"
                            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
                            numpr.get_or_add_ilvl().val = 0
                            numpr.get_or_add_numId().val = bullets
                            line = line[2:]
                        p.add_run(line)
                fill_cell(c[1], action_text(a), space_between=3)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["progress"], space_between=3)
    save_docx(doc, path)


# ============================================================== plan k renderer
def build_rec_spanning(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Plymouth", size=9)
    set_header_text(doc, "OFFICIAL – SENSITIVE   Safer Plymouth – DHR 'Jess'")
    add_page_number_footer(doc, "DHR 'Jess' – Action Plan – February 2023")
    add_par(doc, m["title"], bold=True, size=14, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Each recommendation of the Review Panel is shown in a shaded row, followed by the "
                 "actions agreed by the agencies. RAG: Green – complete; Amber – in progress; "
                 "Red – overdue or not started.", space_after=8)
    widths = [8.2, 3.9, 2.6, 10.0, 2.0]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="1F3864", color="FFFFFF")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            row = t.add_row()
            cell = row.cells[0].merge(row.cells[-1])          # one cell, w:gridSpan = 5
            fill_cell(cell, r["text"], label=r["label"] + " ", space_between=2)
            shade(cell, "DEEAF6")
            for a in r["actions"]:
                c = t.add_row().cells
                fill_cell(c[0], action_text(a), space_between=3)
                fill_cell(c[1], a["lead"])
                fill_cell(c[2], a["target"])
                fill_cell(c[3], a["progress"], space_between=3)
                fill_cell(c[4], a["rag"], bold=True)
                if a["rag"]:
                    shade(c[4], RAG_FILL[a["rag"]])
    add_par(doc, "", space_after=6)
    add_par(doc, "Agreed by the Safer Plymouth Strategic Board. Next review of progress: May 2023.",
            italic=True)
    save_docx(doc, path)


# ============================================================== plan l renderer (HTML)
def build_rec_headings_html(plan, path):
    m = plan["meta"]
    L = []
    w = L.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" dir="ltr">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{_h(m['title'])} - Vale of Glamorgan Council</title>")
    w('<link rel="alternate" hreflang="cy" href="/cy/byw/diogelwch-cymunedol/adolygiad-megan.aspx">')
    w("<style>\n"
      "body{font-family:Verdana,Arial,sans-serif;margin:0;color:#1b1b1b;line-height:1.45}\n"
      "#masthead{background:#00607a;color:#fff;padding:10px 20px;display:flex;"
      "justify-content:space-between}\n"
      "#masthead a{color:#fff}\n"
      ".content{max-width:1000px;margin:0 auto;padding:10px 20px}\n"
      "h2{border-bottom:3px solid #00607a;padding-bottom:4px;margin-top:32px}\n"
      "h3{margin:22px 0 6px 0;color:#00607a}\n"
      "table{border-collapse:collapse;width:100%;margin:8px 0 14px 0}\n"
      "th,td{border:1px solid #9aa;padding:5px 7px;text-align:left;vertical-align:top;"
      "font-size:14px}\n"
      "thead th{background:#e3eef1}\n"
      "td p{margin:0 0 4px 0}\n"
      ".callout{background:#fff6d6;border-left:5px solid #e0a800;padding:8px 12px}\n"
      "#footer{background:#333;color:#ddd;padding:14px 20px;font-size:13px}\n"
      "</style>")
    w("</head>")
    w("<body>")
    w('<div id="masthead"><a href="/en/Home.aspx">Vale of Glamorgan Council</a>'
      '<span><a href="/cy/byw/diogelwch-cymunedol/adolygiad-megan.aspx" lang="cy">Cymraeg</a> | '
      '<a href="/en/contact_us.aspx">Contact us</a> | <a href="/en/search.aspx">Search</a></span>'
      "</div>")
    w('<div class="content">')
    w('<ol class="breadcrumbs"><li><a href="/en/Home.aspx">Home</a></li><li><a href="/en/living/'
      'Community-Safety/">Community Safety</a></li><li><a href="/en/living/Community-Safety/'
      'Domestic-Homicide-Reviews.aspx">Domestic Homicide Reviews</a></li><li>Megan</li></ol>')
    w(f"<h1>{_h(m['title'])}</h1>")
    w(f"<p><strong>{_h(m['subtitle'])}</strong></p>")
    w("<p>Megan (a pseudonym agreed with her family) was 27 when she was killed by her former "
      "partner in Barry in 2019. The Safer Vale Partnership commissioned a Domestic Homicide Review "
      "and the Review Panel made eight recommendations. This page sets out each recommendation, "
      "the actions agreed by the agency responsible and the latest update.</p>")
    w('<p>The full <a href="/Documents/Living/Community-Safety/DHR-Megan-Overview-Report.pdf">'
      "Overview Report (PDF)</a> and the "
      '<a href="/Documents/Living/Community-Safety/DHR-Megan-Executive-Summary.pdf">Executive '
      "Summary (PDF)</a> are also available.</p>")
    w("<h2>About the review</h2>")
    w("<p>The following agencies contributed to the review:</p>")
    w('<table class="contributors"><thead><tr><th scope="col">Agency</th><th scope="col">'
      "Contribution</th></tr></thead><tbody>")
    for agency, what in plan["contributors"]:
        w(f"<tr><td>{_h(agency)}</td><td>{_h(what)}</td></tr>")
    w("</tbody></table>")
    for sec in plan["sections"]:
        w(f"<h2>{_h(sec['owner'])}</h2>")
        for r in sec["recs"]:
            w(f"<h3>{_h(r['label'])} – {_h(r['short'])}</h3>")
            for para in r["text"].split("\n"):
                w(f"<p>{_h(para)}</p>")
            w('<table class="actions">')
            w("<thead><tr>" + "".join(f'<th scope="col">{_h(c)}</th>' for c in plan["columns"])
              + "</tr></thead>")
            w("<tbody>")
            for a in r["actions"]:
                w("<tr>"
                  f"<td>{html_cell(action_text(a), 'p')}</td>"
                  f"<td>{_h(a['lead'])}</td>"
                  f"<td>{_h(a['target'])}</td>"
                  f"<td>{html_cell(a['progress'], 'p')}</td>"
                  "</tr>")
            w("</tbody>")
            w("</table>")
    w("<h2>Getting help</h2>")
    w('<div class="callout"><p>If you are worried about domestic abuse, call Live Fear Free on '
      "0808 80 10 800 (free, 24 hours), or contact Atal y Fro on 01446 744755. In an emergency, "
      "always call 999.</p></div>")
    w('<p class="updated">Page last updated: 12 January 2022</p>')
    w("</div>")
    w('<div id="footer"><p>&copy; Vale of Glamorgan Council, Civic Offices, Holton Road, Barry '
      'CF63 4RU. <a href="/en/accessibility.aspx">Accessibility</a> | '
      '<a href="/en/privacy.aspx">Privacy</a></p></div>')
    w("</body>")
    w("</html>")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


# ============================================================== plan m renderer
def build_agency_first(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Newport", size=9)
    add_page_number_footer(doc, "Safer Newport – DHR 'Eleri' – Action Plan")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Recommendations are numbered as in the Overview Report (recommendations 2a and 2b "
                 "arise from the same finding).", space_after=6)
    widths = [3.4, 1.4, 6.4, 6.0, 2.4, 7.1]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="D9D9D9")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            same_agency = len(acts) > 1 and len({a["lead"] for a in acts}) == 1
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0 or not same_agency:
                    fill_cell(c[0], a["lead"], bold=True)
                if i == 0:
                    fill_cell(c[1], r["label"])
                    fill_cell(c[2], r["text"], space_between=3)
                if len(acts) > 1:
                    v_merge(c[1], i == 0)
                    v_merge(c[2], i == 0)
                    if same_agency:
                        v_merge(c[0], i == 0)
                fill_cell(c[3], action_text(a), space_between=3)
                fill_cell(c[4], a["target"])
                fill_cell(c[5], a["progress"], space_between=3)
    add_par(doc, "", space_after=6)
    add_par(doc, "Abbreviations", bold=True, size=11, space_after=4)
    t = make_table(doc, [3.0, 12.0])
    header_row(t, ["Abbreviation", "In full"], fill="D9D9D9", repeat=False)
    for abbr, meaning in plan["glossary"]:
        c = t.add_row().cells
        fill_cell(c[0], abbr)
        fill_cell(c[1], meaning)
    save_docx(doc, path)


# ============================================================== plan n renderer
def build_theme_numbered_sections(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Rotherham Partnership", size=9)
    add_page_number_footer(doc, "Safer Rotherham Partnership – DHR 'Leah'")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "The recommendations are grouped under the four themes of the Overview Report and "
                 "numbered within each theme.", space_after=6)
    widths = [7.4, 6.6, 3.8, 2.4, 6.5]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="BDD6EE")
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="2E74B5")
        for p in t.rows[-1].cells[0].paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor.from_string("FFFFFF")
                run.font.size = Pt(10)
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ", space_between=3)
                fill_cell(c[1], action_text(a))
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=3)
    save_docx(doc, path)


# ============================================================== plan o renderer
def build_word_style(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Pembrokeshire", size=9)
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Safer Pembrokeshire | DHR 'Ffion' | OFFICIAL")
    r.font.color.rgb = RGBColor.from_string("7F7F7F")
    add_page_x_of_y_footer(doc)
    add_par(doc, m["title"], style="Title")
    add_par(doc, "Document control", style="Heading 2")
    t = make_table(doc, [1.6, 2.4, 5.0, 9.0])
    header_row(t, ["Version", "Date", "Author", "Summary of changes"], fill="D9E2F3",
               repeat=False)
    for row in plan["document_control"]:
        c = t.add_row().cells
        for cell, text in zip(c, row):
            fill_cell(cell, text)
    add_par(doc, "", space_after=4)
    add_par(doc, "Action plan", style="Heading 2")
    add_par(doc, m["subtitle"] + ". RAG: Green – complete; Amber – in progress; Red – overdue; "
                 "no colour – not yet started.", space_after=6)
    widths = [6.4, 5.6, 3.8, 2.0, 7.5, 1.4]
    t = make_table(doc, widths, style=None)
    # Word-export look: horizontal rules only, no vertical lines between or beside columns
    borders = _el("w:tblBorders")
    for side, val, sz in (("top", "single", 8), ("left", "nil", 0), ("bottom", "single", 8),
                          ("right", "nil", 0), ("insideH", "single", 4), ("insideV", "nil", 0)):
        borders.append(_el("w:" + side, val=val, sz=sz, space=0, color="8EAADB")
                       if val != "nil" else _el("w:" + side, val="nil"))
    _insert_ordered(t._tbl.tblPr, borders, _TBLPR_ORDER)
    header_row(t, plan["columns"], fill="1F4E79", color="FFFFFF")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ", space_between=3)
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                fill_cell(c[1], action_text(a), space_between=3)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=3)
                fill_cell(c[5], "")                       # colour only, no word
                if a["rag"]:
                    shade(c[5], RAG_FILL[a["rag"]])
    save_docx(doc, path)


BUILDERS = {
    "home_office_7col": build_home_office,
    "r_labels_status": build_html,
    "theme_numbered_borderless": build_borderless,
    "autonumbered": build_autonumbered,
    "recommendation_colon": build_rec_colon,
    "repeated_rec_text": build_repeated,
    "unnumbered_recs": build_unnumbered_html,
    "two_header_rows_vmerge": build_two_header,
    "theme_sections_ruled": build_theme_ruled,
    "portrait_narrow": build_portrait,
    "rec_spanning_rows": build_rec_spanning,
    "rec_headings_html": build_rec_headings_html,
    "agency_first_columns": build_agency_first,
    "theme_numbered_sections": build_theme_numbered_sections,
    "word_style_pdf": build_word_style,
}


# ============================================================== PDF
def pin_pdf(path):
    """Pin the volatile bits of a LibreOffice PDF (dates, /ID) without moving any byte offsets."""
    data = path.read_bytes()

    def fix_date(mo):
        tz = re.sub(rb"[0-9]", b"0", mo.group(3)).replace(b"-", b"+")
        return mo.group(1) + b"20220301093000" + tz

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*)", fix_date, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda mo: re.sub(rb"<[0-9A-Fa-f]+>",
                                    lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", mo.group(0)),
                  data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda mo: re.sub(rb"/[0-9A-Fa-f]+$", lambda h: b"/" + b"0" * (len(h.group(0)) - 1),
                                    mo.group(0)), data)
    path.write_bytes(data)


def make_pdfs(docx_paths):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice (LibreOffice) not found: PDFs NOT regenerated; committed PDFs left as they are.")
        return []
    made = []
    with tempfile.TemporaryDirectory(prefix="make_samples_") as tmp:
        profile = Path(tmp) / "lo_profile"
        outdir = Path(tmp) / "pdf"
        outdir.mkdir()
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths]
        env = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1646127000")
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
        for p in docx_paths:
            pdf = outdir / (p.stem + ".pdf")
            if not pdf.exists():
                print(f"LibreOffice did not produce {pdf.name}:\n{res.stdout}\n{res.stderr}")
                continue
            target = p.with_suffix(".pdf")
            shutil.copyfile(pdf, target)
            pin_pdf(target)
            made.append(target)
    return made


# ============================================================== README
README = """# Sample action plans

Sample documents for tests, each with a reference annotation `<name>.truth.json` in the
format of `nuneaton_dhr1.truth.json` (see `/work/shared/corpus/dev/README.md`; score with
`python /work/shared/tools/score.py samples/<name>.truth.json OUTDIR --source <file>`).
Everything except the nuneaton_dhr1 files is generated by `tools/make_samples.py`
(document and truth from the same spec; PDFs are the DOCX converted by LibreOffice).
All content is invented; agencies are named for realism only; victims are pseudonyms.

| file(s) | layout features |
|---|---|
| `nuneaton_dhr1.{pdf,docx,html}` | copy of the dev corpus (seed plan): 6 columns, `1.` labels in the text, agency section rows spanning the table, `POLICE:`/`CWPT:` action prefixes, rows split across PDF pages |
{rows}
"""

FEATURES = {
    "home_office_7col": "Home Office 7-column template, landscape A4; `1.` labels in the text; "
                        "multi-agency recs (\"All agencies to ...\") with one row per agency and the "
                        "Recommendation + Scope cells vertically merged (`w:vMerge`); agency in Lead "
                        "Agency column; repeating header row (`w:tblHeader`) and rows split across PDF "
                        "pages; page header/footer text; non-plan tables before (contributing agencies) "
                        "and after (glossary); varied targets (`31st March 2020`, `Dec-19`, "
                        "`Q2 2020/21`, `Ongoing`, `31/12/2019`); one empty progress cell",
    "r_labels_status": "HTML page with site header/nav/footer; two-row header (group header with "
                       "`rowspan`/`colspan`: Recommendation / Delivery / Monitoring); `R1`.. labels in "
                       "the recommendation text, no number column; theme rows with `colspan`; "
                       "multi-agency recs with `rowspan`; cells with `<p>`, `<br>`, `<ul><li>`; "
                       "Progress text + Status word + RAG (Red/Amber/Green/Blue) columns; a "
                       "chronology table (Date | Event) that is not the plan",
    "theme_numbered_borderless": "borderless table (no ruling lines in the PDF), landscape; `No.` "
                                 "column with paragraph numbers `3.1`, `6.1.1`, `10.2a`; theme rows "
                                 "spanning the table (`Theme 1 – Information sharing – county wide`); "
                                 "sub-items `a)`/`b)` in recommendation, action, timescale and update "
                                 "cells; a second action row with empty No./Recommendation cells; "
                                 "header `Update (as at 1st February 2022)`; space after each row",
    "autonumbered": "recommendations numbered by Word auto-numbering (`numbering.xml`, `%1.`; the "
                    "number is not in the text) continuing 1..9 across separate tables, one per "
                    "agency under a bold heading paragraph; a guidance row under the header "
                    "(\"What is the over-arching recommendation?\" ...); RAG column (shaded); a "
                    "multi-agency rec whose agency rows have an empty recommendation cell, an empty "
                    "Lead cell and an action prefix (`POLICE:`, `CHILDREN'S SERVICES:`, `BHFT:`, "
                    "`ADULT SOCIAL CARE:`)",
    "recommendation_colon": "DOCX only, portrait: `Recommendation 1:` labels in a column headed "
                            "`Rec`; agency section rows (`w:gridSpan`); evidence column "
                            "`Outcome / evidence`; a Status column as the only progress column "
                            "(`Complete - see minutes 12/09/2018`, `ACTIONS COMPLETED`, `On-going`, "
                            "`Achieved`...); varied targets (`31.12.18`, `By 30/06/2018`, "
                            "`April each year`, `Immediate`, `TBC`)",
    "repeated_rec_text": "landscape multi-agency plan without merged cells: the full recommendation "
                         "text and the `Rec No.` (`1`, `1`, `1`, `1`, `2`...) are repeated in every "
                         "agency row; `Lead Agency` column; two progress columns `Update (as at 30th "
                         "June 2019)` and `Update (as at 31st December 2019)` (one empty); `RAG` "
                         "column with the colour written as a word (key above the table); repeating "
                         "header row and rows split across PDF pages; a glossary table after the plan",
    "unnumbered_recs": "HTML council page saved as windows-1252 with NO charset declaration (curly "
                       "quotes, en dashes); `<th>` header cells; recommendations without any number "
                       "or label (the annotation numbers them 1..n in document order); agency rows "
                       "under a recommendation via `rowspan`; a `Completed (Y/N)` column instead of a "
                       "status word, with the key (Y = completed, N = in progress) under the table; "
                       "a key-events table (Date | Event) before the plan",
    "two_header_rows_vmerge": "landscape DOCX with two header rows: `Recommendation`, `Action`, "
                              "`Target Date` vertically merged over both (`w:vMerge`) and `Progress` "
                              "spanning `RAG` + `Commentary` (`w:gridSpan`), both rows repeated on "
                              "each page; `Recommendation 1` labels (no colon) as the first paragraph "
                              "of the cell; sub-items `i.`/`ii.`; agency only as a title-case action "
                              "prefix (`Police:`, `Housing:`, `Adult Social Care:`...); a vertically "
                              "merged multi-agency recommendation cell continuing across a page "
                              "break; long rows split across pages; RAG written as a word",
    "theme_sections_ruled": "PDF only (from a DOCX): ruled table, landscape; theme rows spanning the "
                            "table (`Theme 2 – Processes – county wide`); paragraph-number labels "
                            "`1.1`, `2.1`, `4.2` at the start of the recommendation text (no number "
                            "column); a multi-agency rec with empty recommendation cells in its "
                            "agency rows; `Timescale` column (`Q2 2020/21`, `Dec-18`, `31.12.18`, "
                            "`Immediate`, `April each year`); page header line and `Page X of Y` "
                            "footer; table header on page 1 only (not repeated)",
    "portrait_narrow": "portrait A4, four columns only (`Recommendation`, `Action`, `Responsible`, "
                       "`Progress`; no target column: the target dates are inside the action text, so "
                       "the annotation's targets are empty); `1)` labels; a recommendation with "
                       "Word bullet sub-items (numbering, Symbol-font glyph); a row whose dated "
                       "progress history spans three pages; repeating header; a Review Panel table "
                       "before the plan",
    "rec_spanning_rows": "landscape DOCX with NO recommendation column: each recommendation is a "
                         "full-width shaded row (one cell, `w:gridSpan` over all five columns) "
                         "reading `Recommendation 1: <text>` (one with a second paragraph and `a)`/`b)` "
                         "sub-items), followed by its action rows `Action | Lead agency | Target date "
                         "| Progress update | RAG`; multi-agency recs with several action rows; RAG "
                         "written as a word in a shaded cell (key above the table; one empty); "
                         "repeating header row and rows split across PDF pages; page header/footer",
    "rec_headings_html": "HTML council page (Welsh-language link, breadcrumbs, footer): recommendations "
                         "grouped under `<h2>` agency/theme headings (the owners; the last is "
                         "`Multi-agency recommendations`); each recommendation is an `<h3>` "
                         "`Recommendation 3 – <short title>`, then its full text in `<p>` (the "
                         "annotation's `text` is this full-text paragraph, not the short heading "
                         "title; one has two paragraphs), then a small table of its own `Action | "
                         "Lead | By when | Update` with `<th scope>` header cells; no status column, "
                         "status read from the update text (one empty update); a contributing "
                         "agencies table (Agency | Contribution) before the plan",
    "agency_first_columns": "landscape DOCX, columns in an unusual order `Agency | Rec No. | "
                            "Recommendation | Action | Completion date | Progress (as at 31 March "
                            "2023)`; numbers `1`, `2a`, `2b`, `3`.. in the Rec No. column; no "
                            "section rows (owners empty); multi-row recommendations with the Rec No. "
                            "and Recommendation cells vertically merged (`w:vMerge`), and for one of "
                            "them the Agency cell merged too (same agency on both rows); no status "
                            "column; repeating header and a row split across the PDF page break; an "
                            "abbreviations table after the plan",
    "theme_numbered_sections": "landscape ruled DOCX; theme rows spanning the table that carry their "
                               "own number (`1. Information sharing`, `2. Training`..., white on "
                               "blue); recommendations labelled `1.1`, `1.2`, `2.1` at the start of "
                               "the recommendation cell; the annotation's owner is the theme row "
                               "text as written, number included (`1. Information sharing`); a "
                               "multi-agency rec whose further action rows have an empty "
                               "recommendation cell; repeating header and a row split across the PDF "
                               "page break",
    "word_style_pdf": "PDF only (from a DOCX), styled like an MS Word export: landscape, `Title` and "
                      "`Heading 2` styles, dark shaded header row, horizontal rules only (no vertical "
                      "borders: `left`/`right`/`insideV` nil); columns `Recommendation | Key actions "
                      "| Lead officer | Deadline | Status update | RAG`; `R1`..`R7` labels at the "
                      "start of the recommendation text (annotated as `1`..`7`); RAG shown by cell colour only, no word (key above the table: no "
                      "colour = not yet started); lead officer job titles as the agency; "
                      "multi-action recs with the recommendation cell vertically merged; rows "
                      "split across pages; header repeated; a document control table before the "
                      "plan; right-aligned page header and `Page X of Y` footer",
}


def write_readme(plans):
    rows = []
    for plan in plans:
        files = ", ".join(f"`{plan['name']}.{f}`" for f in plan["formats"])
        n_recs = sum(len(s["recs"]) for s in plan["sections"])
        n_acts = sum(len(r["actions"]) for s in plan["sections"] for r in s["recs"])
        rows.append(f"| {files} + `{plan['name']}.truth.json` | {FEATURES[plan['name']]} "
                    f"({n_recs} recommendations, {n_acts} actions) |")
    (OUT / "README.md").write_text(README.replace("{rows}", "\n".join(rows)), encoding="utf-8")


# ============================================================== checks on the specs
def check_plan(plan):
    recs = [r for s in plan["sections"] for r in s["recs"]]
    acts = [a for r in recs for a in r["actions"]]
    assert 6 <= len(recs) <= 12, (plan["name"], len(recs))
    assert 12 <= len(acts) <= 30, (plan["name"], len(acts))
    nums = [r["number"] for r in recs]
    assert len(set(nums)) == len(nums), plan["name"]
    for r in recs:
        assert r["actions"], r["number"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-pdf", action="store_true", help="do not run LibreOffice")
    ap.add_argument("--only", nargs="*", help="plan names to build (default: all)")
    args = ap.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    plans = [p for p in PLANS if not args.only or p["name"] in args.only]
    to_pdf = []
    # a plan published as PDF only: its DOCX is built in a scratch folder and not kept
    scratch = Path(tempfile.mkdtemp(prefix="make_samples_docx_"))
    for plan in plans:
        check_plan(plan)
        name = plan["name"]
        main_fmt = "html" if "html" in plan["formats"] else "docx"
        folder = OUT if main_fmt in plan["formats"] else scratch
        path = folder / f"{name}.{main_fmt}"
        BUILDERS[name](plan, path)
        if folder == OUT:
            print("wrote", path.relative_to(ROOT))
        if "pdf" in plan["formats"]:
            to_pdf.append(path)
        truth = truth_for(plan)
        tp = OUT / f"{name}.truth.json"
        tp.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", tp.relative_to(ROOT))
    if to_pdf and not args.no_pdf:
        for pdf in make_pdfs(to_pdf):
            if pdf.parent != OUT:
                pdf = Path(shutil.move(str(pdf), str(OUT / pdf.name)))
            print("wrote", pdf.relative_to(ROOT))
    shutil.rmtree(scratch, ignore_errors=True)
    if not args.only:
        write_readme(PLANS)
        print("wrote", (OUT / "README.md").relative_to(ROOT))


if __name__ == "__main__":
    main()
