"""Agencies in lead-agency / owner cells (see docs FIELD_GUIDE "Agencies")."""
from __future__ import annotations

import csv
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhr_extract.normalise.agencies import (
    AGENCY_TYPES,
    AgencyRef,
    agency_type_from_keywords,
    canonical_agencies,
    plan_abbreviations,
    split_agencies,
    tidy_agency_name,
)

# The dev plan's multi-agency heading (nuneaton_dhr1.truth.json, owner of recommendations 3-6).
NUNEATON_HEADING = (
    "ALL AGENCIES including Warwickshire Police, Probation Trust, Coventry & Warwickshire Partnership Trust, "
    "George Eliot Hospital, West Midlands Ambulance Service, South Warwickshire NHS Foundation Trust, Harmoni, "
    "Warwickshire County Council, Nuneaton & Bedworth Council, And Children's Services"
)
CWPT = "Coventry and Warwickshire Partnership NHS Trust"
GEH = "George Eliot Hospital NHS Trust"
NBBC = "Nuneaton and Bedworth Borough Council"
WMAS = "West Midlands Ambulance Service University NHS Foundation Trust"
SWFT = "South Warwickshire University NHS Foundation Trust"

# (cell, [(canonical, agency_type), ...]) with no plan abbreviations
CANONICAL = [
    # acronyms from the curated table
    ("CWPT", [(CWPT, "health")]),
    ("GEH", [(GEH, "health")]),
    ("NBBC", [(NBBC, "local_authority")]),
    ("WMAS", [(WMAS, "health")]),
    ("SWFT", [(SWFT, "health")]),
    ("TVP", [("Thames Valley Police", "police")]),
    ("GMP", [("Greater Manchester Police", "police")]),
    ("MPS", [("Metropolitan Police Service", "police")]),
    ("Met Police", [("Metropolitan Police Service", "police")]),
    ("BTP", [("British Transport Police", "police")]),
    ("SECAmb", [("South East Coast Ambulance Service NHS Foundation Trust", "health")]),
    ("NWAS", [("North West Ambulance Service NHS Trust", "health")]),
    ("WAST", [("Welsh Ambulance Services University NHS Trust", "health")]),
    ("NPS", [("National Probation Service", "probation")]),
    ("CRC", [("Community Rehabilitation Company", "probation")]),
    ("HMPPS", [("HM Prison and Probation Service", "probation")]),
    ("CPS", [("Crown Prosecution Service", "criminal_justice")]),
    ("HMCTS", [("HM Courts and Tribunals Service", "criminal_justice")]),
    ("MARAC", [("Multi-Agency Risk Assessment Conference", "partnership")]),
    ("IDVA", [("Independent Domestic Violence Advisor service", "specialist_da_service")]),
    ("DWP", [("Department for Work and Pensions", "national_body")]),
    ("Ofsted", [("Office for Standards in Education, Children's Services and Skills", "national_body")]),
    ("UKHSA", [("UK Health Security Agency", "national_body")]),
    ("ASC", [("Adult Social Care", "local_authority")]),
    ("BFfC – Quality Assurance Team", [("Brighter Futures for Children", "local_authority")]),
    # spellings of the same agency
    ("Coventry & Warwickshire Partnership Trust", [(CWPT, "health")]),
    ("Nuneaton & Bedworth Council", [(NBBC, "local_authority")]),
    ("George Eliot Hospital", [(GEH, "health")]),
    ("South Warwickshire NHS Foundation Trust", [(SWFT, "health")]),
    ("Welsh Ambulance Services NHS Trust", [("Welsh Ambulance Services University NHS Trust", "health")]),
    ("Dyfed Powys Police", [("Dyfed-Powys Police", "police")]),
    ("Heddlu Gogledd Cymru", [("North Wales Police", "police")]),
    ("Hampshire Constabulary", [("Hampshire and Isle of Wight Constabulary", "police")]),
    ("National Probation Service (Wales)", [("National Probation Service", "probation")]),
    ("Warwickshire Probation Trust", [("Warwickshire Probation Trust", "probation")]),
    ("Women\u2019s Aid", [("Women's Aid", "specialist_da_service")]),
    ("'Warwickshire Police'.", [("Warwickshire Police", "police")]),
    # shouted generic words: no specific force without the plan
    ("POLICE", [("Police", "police")]),
    ("PROBATION", [("Probation Service", "probation")]),
    ("CHILDREN'S SERVICES", [("Children's Services", "local_authority")]),
    ("HARMONI", [("Harmoni", "health")]),
    # roles and departments stay with their agency
    ("Lincolnshire Police \u2013 Head of Public Protection", [("Lincolnshire Police", "police")]),
    ("ULHT \u2013 Head of Midwifery", [("United Lincolnshire Teaching Hospitals NHS Trust", "health")]),
    ("Head of Midwifery \u2013 ULHT", [("United Lincolnshire Teaching Hospitals NHS Trust", "health")]),
    ("TVP \u2013 Detective Superintendent, Reading LPA", [("Thames Valley Police", "police")]),
    ("Warwickshire County Council - Children\u2019s Services", [("Warwickshire County Council", "local_authority")]),
    ("Stockport Council \u2013 Adult Social Care", [("Stockport Metropolitan Borough Council", "local_authority")]),
    ("DHR Coordinator, Safer Lincolnshire Partnership", [("Safer Lincolnshire Partnership", "partnership")]),
    ("MARAC Coordinator, Lincolnshire County Council Domestic Abuse Team",
     [("Lincolnshire County Council", "local_authority")]),
    ("Head of Safeguarding, Adult Care", [("Adult Social Care", "local_authority")]),
    ("Reading Community Safety Partnership \u2013 all agencies",
     [("Reading Community Safety Partnership", "partnership")]),
    ("Warwickshire Police Public Protection Unit", [("Warwickshire Police", "police")]),
    ("GMP Stockport district", [("Greater Manchester Police", "police")]),
    # unknown names: tidied spelling, keyword type
    ("Reading CSP \u2013 DHR Coordinator", [("Reading Community Safety Partnership", "partnership")]),
    ("NORTH WARWICKSHIRE CCG", [("NHS North Warwickshire Clinical Commissioning Group", "health")]),
    ("Lincolnshire CCG \u2013 Named GP for Safeguarding Adults",
     [("NHS Lincolnshire Clinical Commissioning Group", "health")]),
    ("Lincolnshire ICB", [("NHS Lincolnshire Integrated Care Board", "health")]),
    ("STOCKPORT HOMES", [("Stockport Homes", "housing")]),
    ("MARAC Steering Group", [("MARAC Steering Group", "partnership")]),
    ("Domestic Abuse Safety Unit (DASU) North Wales",
     [("Domestic Abuse Safety Unit North Wales", "specialist_da_service")]),
    ("Warwickshire & West Mercia CRC",
     [("Warwickshire and West Mercia Community Rehabilitation Company", "probation")]),
    ("Local Criminal Justice Board", [("Local Criminal Justice Board", "criminal_justice")]),
    ("HMP Birmingham", [("HMP Birmingham", "criminal_justice")]),
    ("Coventry University", [("Coventry University", "education")]),
    ("Adult Social Care and Health", [("Adult Social Care and Health", "local_authority")]),
    ("North Wales Police and Crime Commissioner", [("North Wales Police and Crime Commissioner", "police")]),
    ("Barnet, Enfield and Haringey Mental Health NHS Trust",
     [("Barnet, Enfield and Haringey Mental Health NHS Trust", "health")]),
    ("Citizens Advice Bureau", [("Citizens Advice", "other")]),
    ("Acme Consulting", [("Acme Consulting", "other")]),
    # several agencies in one cell
    ("CSP / Public Health", [("Community Safety Partnership", "partnership"), ("Public Health", "local_authority")]),
    ("Police and Children's Services", [("Police", "police"), ("Children's Services", "local_authority")]),
    ("CCG; GP practices", [("Clinical Commissioning Group", "health"), ("GP practices", "health")]),
    ("Cheshire East Council and Cheshire Constabulary",
     [("Cheshire East Council", "local_authority"), ("Cheshire Constabulary", "police")]),
    ("Police\nCWPT\nGEH", [("Police", "police"), (CWPT, "health"), (GEH, "health")]),
    ("North Warwickshire Clinical Commissioning Group and Local Area Team",
     [("NHS North Warwickshire Clinical Commissioning Group", "health"), ("NHS England", "national_body")]),
    ("GEH \u2013 Named Nurse; George Eliot Hospital \u2013 Matron", [(GEH, "health")]),  # one agency twice
    # not agencies
    ("", []),
    ("   ", []),
    ("N/A", []),
    ("TBC", []),
    ("Theme 2 \u2013 Processes \u2013 county wide", []),
]


@pytest.mark.parametrize("cell, expected", CANONICAL)
def test_canonical_agencies(cell: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.canonical, r.agency_type) for r in canonical_agencies(cell)] == expected


def test_the_dev_plans_heading_defines_its_abbreviations() -> None:
    cells = ["CWPT", "GEH", "NBBC", "WMAS", "SWFT", "POLICE", "PROBATION", "Warwickshire Probation Trust"]
    abbreviations = plan_abbreviations([NUNEATON_HEADING, *cells])
    assert abbreviations["CWPT"] == "Coventry & Warwickshire Partnership Trust"
    assert abbreviations["GEH"] == "George Eliot Hospital"
    assert abbreviations["WMAS"] == "West Midlands Ambulance Service"
    assert abbreviations["SWFT"] == "South Warwickshire NHS Foundation Trust"
    assert "NBBC" not in abbreviations  # "Nuneaton & Bedworth Council" has no second B: the curated table knows it
    assert abbreviations["POLICE"] == "Warwickshire Police"  # the only force the plan names
    assert abbreviations["PROBATION"] == "Warwickshire Probation Trust"
    got = {cell: canonical_agencies(cell, abbreviations)[0] for cell in cells}
    assert got["CWPT"] == AgencyRef("CWPT", CWPT, "health")
    assert got["GEH"] == AgencyRef("GEH", GEH, "health")
    assert got["NBBC"] == AgencyRef("NBBC", NBBC, "local_authority")
    assert got["WMAS"] == AgencyRef("WMAS", WMAS, "health")
    assert got["SWFT"] == AgencyRef("SWFT", SWFT, "health")
    assert got["POLICE"] == AgencyRef("POLICE", "Warwickshire Police", "police")
    assert got["PROBATION"] == AgencyRef("PROBATION", "Warwickshire Probation Trust", "probation")
    assert canonical_agencies("Police", abbreviations)[0].canonical == "Warwickshire Police"


def test_the_dev_plans_heading_lists_ten_agencies() -> None:
    refs = canonical_agencies(NUNEATON_HEADING)
    assert [r.text for r in refs] == [
        "Warwickshire Police", "Probation Trust", "Coventry & Warwickshire Partnership Trust", "George Eliot Hospital",
        "West Midlands Ambulance Service", "South Warwickshire NHS Foundation Trust", "Harmoni",
        "Warwickshire County Council", "Nuneaton & Bedworth Council", "Children's Services",
    ]
    assert [r.canonical for r in refs] == [
        "Warwickshire Police", "Probation Trust", CWPT, GEH, WMAS, SWFT, "Harmoni", "Warwickshire County Council",
        NBBC, "Children's Services",
    ]
    assert [r.agency_type for r in refs] == [
        "police", "probation", "health", "health", "health", "health", "health", "local_authority",
        "local_authority", "local_authority",
    ]


# (texts, expected subset of the result, keys that must be absent)
ABBREVIATIONS = [
    (["Coventry & Warwickshire Partnership Trust (CWPT) attended the panel."],
     {"CWPT": "Coventry & Warwickshire Partnership Trust"}, []),
    (["(CWPT) Coventry and Warwickshire Partnership Trust will review its policy"],
     {"CWPT": "Coventry and Warwickshire Partnership Trust"}, []),
    (["CWPT \u2013 Coventry and Warwickshire Partnership Trust\nGEH \u2013 George Eliot Hospital NHS Trust"],
     {"CWPT": "Coventry and Warwickshire Partnership Trust", "GEH": "George Eliot Hospital NHS Trust"}, []),
    (["CWPT", "Coventry and Warwickshire Partnership Trust"],  # a glossary row read as two cells
     {"CWPT": "Coventry and Warwickshire Partnership Trust"}, []),
    (["A Domestic Homicide Review (DHR) was commissioned."], {"DHR": "Domestic Homicide Review"}, []),
    (["The panel agreed the report (DHR) on 1 May.", "as discussed (CWPT) with managers"], {}, ["DHR", "CWPT"]),
    (["ULHT \u2013 Head of Midwifery", "BHFT \u2013 Named Nurse Safeguarding Adults"], {}, ["ULHT", "BHFT"]),
    (["Brighter Futures for Children (BFfC)", "South East Coast Ambulance Service (SECAmb)"],
     {"BFfC": "Brighter Futures for Children", "SECAmb": "South East Coast Ambulance Service"}, []),
    (["MARAC Coordinator, Lincolnshire County Council", "MARAC"], {}, ["MARAC"]),
    (["Warwickshire Police and West Midlands Police", "POLICE"], {}, ["POLICE"]),  # two forces: no guess
    (["Senior Probation Officer", "PROBATION"], {}, ["PROBATION"]),  # a role is not an agency
    (["Child Protection Services", "CPS"], {}, ["CPS"]),  # initials alone do not overrule a well-known acronym
    (["Child Protection Services (CPS)", "CPS"], {"CPS": "Child Protection Services"}, []),  # a definition does
    ([None, 42, ""], {}, []),  # type: ignore[list-item]
]


@pytest.mark.parametrize("texts, expected, absent", ABBREVIATIONS)
def test_plan_abbreviations(texts: list[str], expected: dict[str, str], absent: list[str]) -> None:
    got = plan_abbreviations(texts)
    assert {k: got.get(k) for k in expected} == expected
    assert not set(absent) & set(got)


def test_a_plan_definition_wins_over_the_curated_table() -> None:
    abbreviations = plan_abbreviations(["Cheshire Wildlife Project (CWP)"])
    assert canonical_agencies("CWP", abbreviations) == [AgencyRef("CWP", "Cheshire Wildlife Project", "other")]
    assert canonical_agencies("CWP")[0].canonical == "Cheshire and Wirral Partnership NHS Foundation Trust"


SPLITS = [
    ("CSP / Public Health", ["CSP", "Public Health"]),
    ("Police and Children's Services", ["Police", "Children's Services"]),
    ("CCG; GP practices", ["CCG", "GP practices"]),
    ("Police\nCWPT\n\nGEH", ["Police", "CWPT", "GEH"]),
    ("\u2022 Police\n\u2022 CPS", ["Police", "CPS"]),
    ("a) CWPT\nb) GEH", ["CWPT", "GEH"]),
    ("Police/CPS", ["Police", "CPS"]),
    ("Warwickshire Police, CWPT, GEH", ["Warwickshire Police", "CWPT", "GEH"]),
    ("Hestia, Refuge and Women's Aid", ["Hestia", "Refuge", "Women's Aid"]),
    ("Coventry and Warwickshire Partnership Trust", ["Coventry and Warwickshire Partnership Trust"]),
    ("Nuneaton & Bedworth Borough Council", ["Nuneaton & Bedworth Borough Council"]),
    ("Adult Social Care and Health", ["Adult Social Care and Health"]),
    ("Hampshire and Isle of Wight Constabulary", ["Hampshire and Isle of Wight Constabulary"]),
    ("Police and Crime Commissioner", ["Police and Crime Commissioner"]),
    ("Lincolnshire Police \u2013 Head of Public Protection", ["Lincolnshire Police \u2013 Head of Public Protection"]),
    ("Lincolnshire Police \u2013 Learning and Development", ["Lincolnshire Police \u2013 Learning and Development"]),
    ("ULHT \u2013 Head of Midwifery", ["ULHT \u2013 Head of Midwifery"]),
    ("DHR Coordinator, Safer Lincolnshire Partnership", ["DHR Coordinator, Safer Lincolnshire Partnership"]),
    ("Barnet, Enfield and Haringey Mental Health NHS Trust", ["Barnet, Enfield and Haringey Mental Health NHS Trust"]),
    ("Office for Standards in Education, Children's Services and Skills",
     ["Office for Standards in Education, Children's Services and Skills"]),
    ("Children's Services (Early Help, MASH)", ["Children's Services (Early Help, MASH)"]),
    ("North Warwickshire Clinical\nCommissioning Group", ["North Warwickshire Clinical Commissioning Group"]),
    ("Warwickshire\nPolice", ["Warwickshire Police"]),
    ("NHSE/I", ["NHSE/I"]),
    ("All agencies", ["All agencies"]),
    ("N/A", []),
    ("", []),
]


@pytest.mark.parametrize("cell, parts", SPLITS)
def test_split_agencies(cell: str, parts: list[str]) -> None:
    assert split_agencies(cell) == parts


TYPES = [
    ("Somewhere Constabulary", "police"),
    ("Anytown NHS Trust", "health"),
    ("Anytown Hospital", "health"),
    ("Anytown Borough Council", "local_authority"),
    ("Anytown Probation Service", "probation"),
    ("Anytown Magistrates' Court", "criminal_justice"),
    ("Anytown Housing Association", "housing"),
    ("Anytown Homes", "housing"),
    ("Anytown College", "education"),
    ("Anytown Women's Aid", "specialist_da_service"),
    ("Calan DVS", "specialist_da_service"),
    ("Anytown Domestic Abuse Service", "specialist_da_service"),
    ("Anytown Community Safety Partnership", "partnership"),
    ("Anytown Safeguarding Adults Board", "partnership"),
    ("Department for Something", "national_body"),
    ("Anytown Partnership NHS Trust", "health"),  # "Partnership" in a trust's name
    ("Anytown Care Homes", "other"),
    ("Anytown Rotary Club", "other"),
]


@pytest.mark.parametrize("name, agency_type", TYPES)
def test_agency_type_from_keywords(name: str, agency_type: str) -> None:
    assert agency_type_from_keywords(name) == agency_type


@pytest.mark.parametrize("raw, tidy", [
    ("  HARMONI  ", "Harmoni"),
    ("NORTH WARWICKSHIRE CCG", "North Warwickshire CCG"),
    ("THE HOUSING OPTIONS TEAM", "The Housing Options Team"),
    ("STOKE-ON-TRENT CITY COUNCIL", "Stoke-on-Trent City Council"),
    ("GEH", "GEH"),
    ("Safer Stockport Partnership.", "Safer Stockport Partnership"),
    ("\u201cRefuge & Outreach\u201d", "Refuge and Outreach"),
    ("MARAC Steering Group", "MARAC Steering Group"),
])
def test_tidy_agency_name(raw: str, tidy: str) -> None:
    assert tidy_agency_name(raw) == tidy


def test_curated_table_is_consistent() -> None:
    text = resources.files("dhr_extract.normalise").joinpath("agency_aliases.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) > 500
    assert {r["agency_type"] for r in rows} <= set(AGENCY_TYPES)
    forces = {r["canonical"] for r in rows if r["agency_type"] == "police"
              and r["canonical"].endswith(("Police", "Constabulary", "Police Service"))}
    forces -= {"Police", "British Transport Police"}
    assert len(forces) == 43  # every territorial force of England and Wales
    for row in rows:  # every alias reaches its own canonical
        refs = canonical_agencies(row["alias"])
        assert refs and refs[0].canonical == row["canonical"], row
        assert refs[0].agency_type == row["agency_type"], row


_AGENCY_WORDS = st.sampled_from([
    "Police", "POLICE", "CWPT", "and", "&", "/", ";", ",", "\n", " \u2013 ", "Head of", "Council", "NHS", "Trust",
    "(", ")", "ALL AGENCIES including", "Children's Services", "Theme 1", "N/A", "CCG", "'", "\u2019", "-", ":",
])
_CELLS = st.one_of(st.text(max_size=80), st.lists(_AGENCY_WORDS, max_size=12).map(" ".join))


@settings(max_examples=100, deadline=None)
@given(_CELLS, st.dictionaries(st.text(max_size=6), st.text(max_size=30), max_size=3))
def test_canonical_agencies_never_raises_and_types_are_valid(cell: str, abbreviations: dict[str, str]) -> None:
    refs = canonical_agencies(cell, abbreviations)
    assert all(isinstance(r, AgencyRef) and r.agency_type in AGENCY_TYPES and r.canonical for r in refs)
    assert len({r.canonical for r in refs}) == len(refs)
    assert all(isinstance(p, str) and p for p in split_agencies(cell))


_ACRONYMS = st.text(alphabet="ABCGHPSTW&", min_size=2, max_size=5)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_ACRONYMS, st.lists(st.one_of(_ACRONYMS, _AGENCY_WORDS), max_size=4).map(" ".join), max_size=4),
       st.lists(st.one_of(_ACRONYMS, _AGENCY_WORDS), max_size=6).map(" ".join))
def test_plan_abbreviations_that_refer_to_each_other_do_not_loop(abbreviations: dict[str, str], cell: str) -> None:
    cell = " / ".join([cell, *abbreviations])
    assert all(r.agency_type in AGENCY_TYPES for r in canonical_agencies(cell, abbreviations))


@settings(max_examples=40, deadline=None)
@given(st.lists(_CELLS, max_size=6))
def test_plan_abbreviations_never_raises(texts: list[str]) -> None:
    got = plan_abbreviations(texts)
    assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in got.items())
