"""The dev plan rewritten in other layouts the field guide describes, scored against its own annotation.

Each variant changes one thing a real plan changes (header wording, column order, label form, a number
column, sections as separate tables, a lead-agency column) and must read exactly as well as the original.
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Callable

import pytest
from bs4 import BeautifulSoup

from dhr_extract.api import extract_paths
from dhr_extract.outputs.writers import write_dataset
from tests.helpers import load_tool

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "samples" / "nuneaton_dhr1.html"
TRUTH = json.loads((ROOT / "samples" / "nuneaton_dhr1.truth.json").read_text())
SYNONYMS = {  # header text -> other wordings seen in published plans
    "Recommendation": "RECOMMENDATIONS",
    "Scope of rec i.e. local or regional": "Local, regional or national",
    "Action to take": "Action to be taken",
    "Evidence of Achievement": "Key milestones to enact recommendation",
    "Target date": "Timescale",
    "Progress report - Master As at 31st May 2016": "Update (as at 1st February 2022)",
}
PREFIXED = ("POLICE", "CWPT", "GEH", "NBBC", "WMAS", "PROBATION", "HARMONI", "SWFT", "Children's Services")


def load_score():
    return load_tool("score").score


def add_column(soup: BeautifulSoup, at: int, header: str) -> None:
    """A new header cell at position ``at``; section rows widen to cover it."""
    th = soup.new_tag("th")
    th.string = header
    soup.find("thead").find("tr").insert(at, th)
    for tr in body_rows(soup):
        if is_section(tr):
            tr.find("td")["colspan"] = "7"


def body_rows(soup: BeautifulSoup) -> list:
    return soup.find("tbody").find_all("tr", recursive=False)


def is_section(tr) -> bool:
    cells = tr.find_all("td", recursive=False)
    return len(cells) == 1 and cells[0].get("colspan")


def relabel(form: Callable[[str], str]) -> Callable[[BeautifulSoup], None]:
    def change(soup: BeautifulSoup) -> None:
        for tr in body_rows(soup):
            first = tr.find("td").find("p") if tr.find("td") else None
            match = re.match(r"(\d+)\.\s*", first.get_text()) if first else None
            if match:
                first.string = form(match.group(1)) + first.get_text()[match.end():]
    return change


def synonyms_and_reordered_columns(soup: BeautifulSoup) -> None:
    for th in soup.find("thead").find_all("th"):
        th.string = SYNONYMS[th.get_text()]
    for tr in soup.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        if len(cells) == 6:
            for cell in cells:
                cell.extract()
            for i in (0, 2, 1, 4, 3, 5):
                tr.append(cells[i])


def number_column(soup: BeautifulSoup) -> None:
    add_column(soup, 0, "No.")
    for tr in body_rows(soup):
        if is_section(tr):
            continue
        cell = soup.new_tag("td")
        first = tr.find("td").find("p")
        match = re.match(r"(\d+)\.\s*", first.get_text()) if first else None
        if match:
            cell.string = match.group(1)
            first.string = first.get_text()[match.end():]
        tr.insert(0, cell)


def sections_as_tables(soup: BeautifulSoup) -> None:
    table = soup.find("table")
    thead = table.find("thead")
    current = None
    for tr in body_rows(soup):
        if is_section(tr):
            heading = soup.new_tag("h2")
            heading.string = tr.get_text()
            new = soup.new_tag("table")
            new.append(copy.copy(thead))
            current = soup.new_tag("tbody")
            new.append(current)
            table.insert_before(heading)
            table.insert_before(new)
        else:
            current.append(copy.copy(tr))
    table.decompose()


def lead_agency_column(soup: BeautifulSoup) -> None:
    add_column(soup, 3, "Lead Agency")
    for tr in body_rows(soup):
        cells = tr.find_all("td", recursive=False)
        if is_section(tr):
            continue
        lead = soup.new_tag("td")
        first = cells[2].find("p")
        match = re.match(r"^([A-Z][A-Za-z' ]+?):\s*", first.get_text()) if first else None
        if match and match.group(1) in PREFIXED:
            lead.string = match.group(1)
            first.string = first.get_text()[match.end():]
        cells[2].insert_after(lead)


VARIANTS: dict[str, tuple[Callable[[BeautifulSoup], None], Callable[[str], str]]] = {
    "synonyms_and_reordered_columns": (synonyms_and_reordered_columns, str),
    "labels_R1": (relabel(lambda n: f"R{n} "), str),
    "labels_recommendation_colon": (relabel(lambda n: f"Recommendation {n}: "), str),
    "labels_paren": (relabel(lambda n: f"{n}) "), str),
    "labels_paragraph_numbers": (relabel(lambda n: f"3.{n} "), lambda n: f"3.{n}"),
    "number_column": (number_column, str),
    "sections_as_tables": (sections_as_tables, str),
    "lead_agency_column": (lead_agency_column, str),
}


def variant_html(name: str) -> str:
    """The dev plan's HTML rewritten in the layout ``name``."""
    soup = BeautifulSoup(PLAN.read_text(encoding="utf-8"), "lxml")
    VARIANTS[name][0](soup)
    return str(soup)


def variant_truth(name: str) -> dict:
    """The dev plan's annotation with its recommendations renumbered as the variant labels them."""
    renumber = VARIANTS[name][1]
    truth = copy.deepcopy(TRUTH)
    for rec in truth["recommendations"]:
        rec["number"] = renumber(rec["number"])
    for action in truth["actions"]:
        action["rec"] = renumber(action["rec"])
    return truth


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("variants")
    for name in VARIANTS:
        (folder / f"{name}.html").write_text(variant_html(name), encoding="utf-8")
    write_dataset(extract_paths([folder]), folder / "out", ["parquet"])
    return folder / "out"


@pytest.mark.parametrize("name", list(VARIANTS))
def test_variant_reads_as_well_as_the_original(exported: Path, name: str) -> None:
    metrics = load_score()(variant_truth(name), str(exported), f"{name}.html")
    assert metrics["recs_found"] == 1.0 and metrics["recs_extra"] == 0.0, metrics
    assert metrics["overall"] >= 0.99, metrics
