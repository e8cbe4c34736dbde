"""Themes and sectors: agreement with hand coding, the matcher's rules, the codebook file, --themes."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dhr_extract.api import extract_document
from dhr_extract.cli import main
from dhr_extract.model import Action, Dataset, Recommendation
from dhr_extract.normalise.agencies import AGENCY_TYPES
from dhr_extract.normalise.theme_codebook import (ThemeCodebookError, default_theme_codebook, load_theme_codebook, merge_theme_codebooks,
                                            parse_theme_codebook, phrase_pattern)
from dhr_extract.normalise.sector import recommendation_sector, sector_of_types
from dhr_extract.normalise.themes import MAX_THEMES, code_dataset, code_recommendation
from tests.helpers import load_tool
from tests.theme_cases import DEV, HOLDOUT

ROOT = Path(__file__).resolve().parent.parent
agreement_tool = load_tool("theme_agreement")
HEADER = "id,label,parent,definition,precedence,strong,phrases,weak,exclude\n"  # addressed_to may be left out


# ------------------------------------------------------------------ agreement with hand coding

def test_the_hand_coded_cases_use_the_codebook_and_the_agency_types() -> None:
    ids = {t.id for t in default_theme_codebook().themes}
    assert len(DEV) + len(HOLDOUT) >= 80
    for case in DEV + HOLDOUT:
        assert 1 <= len(case.themes) <= MAX_THEMES and len(set(case.themes)) == len(case.themes)
        assert set(case.themes) <= ids, case.rec
        assert case.sector in AGENCY_TYPES, case.rec


@pytest.mark.parametrize("name, cases", [("dev", DEV), ("holdout", HOLDOUT)])
def test_agreement_with_hand_coding_meets_the_targets(name: str, cases: tuple) -> None:
    result = agreement_tool.agreement([agreement_tool.code_case(c) for c in cases])
    print(result.line(name))
    assert result.primary >= 0.75
    assert result.precision >= 0.70
    assert result.recall >= 0.80
    assert result.sector >= 0.90


def test_agreement_figures_count_what_they_say() -> None:
    case = DEV[0]
    exact = agreement_tool.Coded(case, case.themes, (), case.sector)
    wrong = agreement_tool.Coded(case, ("awareness",), (), "")
    assert agreement_tool.agreement([exact]) == agreement_tool.Agreement(1, 1.0, 1.0, 1.0, 1.0)
    assert agreement_tool.agreement([wrong]) == agreement_tool.Agreement(1, 0.0, 0.0, 0.0, 0.0)


# ------------------------------------------------------------------ the matcher's rules

def test_the_addressee_is_not_coded() -> None:
    codes = code_recommendation("Westmarch CCG should ensure that the learning from this review is shared "
                                "through a practitioner briefing.")
    assert [c.theme for c in codes][:1] == ["training"]
    assert "health" not in [c.theme for c in codes]


def test_the_same_words_in_the_request_are_coded() -> None:
    codes = code_recommendation("All agencies should ensure that GP practices are told when a patient is "
                                "discussed at MARAC.")
    assert {"health", "marac"} <= {c.theme for c in codes}


def test_ranks_run_from_one_and_evidence_is_words_of_the_text() -> None:
    text = ("The Trust should introduce a flag on the electronic patient record so that staff can see when a "
            "patient has been discussed at MARAC.")
    actions = ["Deliver refresher training on the new alert to ward staff."]
    codes = code_recommendation(text, actions)
    assert [c.rank for c in codes] == list(range(1, len(codes) + 1)) and len(codes) <= MAX_THEMES
    assert codes[0].theme == "records"
    for code in codes:
        for words in code.evidence.split("; "):
            assert words.casefold() in (text + " " + actions[0]).casefold()


def test_actions_decide_only_when_the_recommendation_names_no_theme() -> None:
    actions = ["Deliver refresher training to all officers."]
    assert [c.theme for c in code_recommendation("Westmarch Police should review their response.", actions)] \
        == ["training"]
    codes = code_recommendation("Westmarch Police should improve the sharing of information with partners.", actions)
    assert codes[0].theme == "info_sharing" and "training" in [c.theme for c in codes]


def test_a_request_to_train_is_training_whatever_its_topic() -> None:
    codes = code_recommendation("All agencies should provide training for staff on stalking, coercive control and "
                                "non-fatal strangulation.")
    assert codes[0].theme == "training" and {"risk", "enquiry"} & {c.theme for c in codes[1:]}


def test_a_theme_phrase_inside_an_exclusion_does_not_count() -> None:
    codes = code_recommendation("The mental health trust should ensure that its crisis team follows up every "
                                "missed appointment.")
    assert "mental_health" in [c.theme for c in codes]
    assert all("mental health" not in c.evidence for c in codes if c.theme == "health")


def test_a_national_body_addressed_adds_governance_but_does_not_choose_the_primary() -> None:
    codes = code_recommendation("The Department for Work and Pensions should consider how Universal Credit "
                                "split payments can be offered to victims of economic abuse.")
    assert [c.theme for c in codes] == ["housing_welfare", "governance"]
    assert codes[1].evidence == "The Department for Work and Pensions"  # the addressee as written
    assert [c.theme for c in code_recommendation("The Home Office should consider the findings.")] == ["governance"]


def test_text_with_no_theme_gives_no_rows() -> None:
    assert code_recommendation("") == []
    assert code_recommendation("Westmarch Police should consider the findings.") == []


# ------------------------------------------------------------------ sector

def test_sector_from_the_kinds_of_agency() -> None:
    assert sector_of_types(["police", "police"]) == "police"
    assert sector_of_types(["police", "probation"]) == "partnership"
    assert sector_of_types(["health", "other"]) == "health"
    assert sector_of_types(["other"]) == "other"
    assert sector_of_types([]) == ""


def test_sector_falls_back_to_the_owner_then_the_addressee() -> None:
    assert recommendation_sector([], "Warwickshire Police", "All staff should be trained.") == "police"
    assert recommendation_sector([], "Theme 2 – Processes", "Westmarch Police should ensure X.") == "police"
    assert recommendation_sector([], "", "That the Safeguarding Adults Board considers X.") == "partnership"
    assert recommendation_sector([], "", "Staff should be trained.") == ""


def test_code_dataset_codes_every_recommendation_with_its_actions() -> None:
    rec = Recommendation("r", "rec1", 1, "1", "1.", "Agencies should review how they respond.", "", "", "f", None)
    actions = [Action("r", "rec1", "a1", 1, "1", "Police", "", "Run a MARAC awareness session.", "", "", "f", None),
               Action("r", "rec1", "a2", 2, "1", "Probation", "", "Check MARAC records.", "", "", "f", None)]
    dataset = Dataset(recommendations=[rec], actions=actions)
    coded = code_dataset(dataset)
    assert dataset.recommendation_themes == []  # a new dataset: the one given is left as it was
    assert [(t.rec_id, t.rank, t.theme) for t in coded.recommendation_themes][:1] == [("rec1", 1, "marac")]
    recoded = code_dataset(coded)  # recoding replaces, never duplicates
    assert recoded.recommendation_themes == coded.recommendation_themes


def test_a_recommendations_sector_comes_from_its_actions_agencies() -> None:
    dataset = extract_document(ROOT / "samples" / "r_labels_status.html")
    types: dict[str, set[str]] = {}
    rec_of = {a.action_id: a.rec_id for a in dataset.actions}
    for ref in dataset.action_agencies:
        types.setdefault(rec_of[ref.action_id], set()).add(ref.agency_type)
    kinds = {rec_id: {t for t in found if t != "other"} for rec_id, found in types.items()}
    several = [r for r in dataset.recommendations if len(kinds.get(r.rec_id, ())) > 1]
    single = [r for r in dataset.recommendations if len(kinds.get(r.rec_id, ())) == 1]
    assert several and single
    assert all(r.sector == "partnership" for r in several)
    assert all({r.sector} == kinds[r.rec_id] for r in single)


def test_a_sample_plan_gets_themes_and_sectors() -> None:
    dataset = extract_document(ROOT / "samples" / "r_labels_status.html")
    rec_ids = {r.rec_id for r in dataset.recommendations}
    assert {t.rec_id for t in dataset.recommendation_themes} == rec_ids
    assert all(r.sector in AGENCY_TYPES for r in dataset.recommendations)
    ids = {t.id: t.parent for t in default_theme_codebook().themes}
    assert all(ids[t.theme] == t.parent and t.evidence for t in dataset.recommendation_themes)


# ------------------------------------------------------------------ the codebook file

def test_phrase_syntax() -> None:
    assert phrase_pattern("GP").search("seen by GPs") and not phrase_pattern("GP").search("a gp surgery")
    assert phrase_pattern("safety plan*").search("Safety Planning") is not None
    assert phrase_pattern("ask* ... about ... abuse").search("asked her directly about the abuse") is not None
    assert phrase_pattern("carer's assessment").search("a carers assessment") is not None
    assert phrase_pattern("risk").search("brisk walk") is None


@pytest.mark.parametrize("text, problem", [
    ("label,strong\nx,training\n", "needs a header row"),
    (HEADER + "Bad Id,,,,,training,,,\n", "row 2: theme id"),
    (HEADER + "a,,,,,training,,,\na,,,,,briefing,,,\n", "row 3: theme 'a' appears twice"),
    (HEADER + "a,,,,,... training,,,\n", "row 2: phrase"),
    (HEADER + "a,,,,high,training,,,\n", "row 2: precedence"),
    ("id,strong,addressed_to\na,training,parliament\n", "row 2: addressed_to 'parliament'"),
    (HEADER, "no themes"),
])
def test_a_malformed_codebook_is_one_clear_error(text: str, problem: str) -> None:
    with pytest.raises(ThemeCodebookError, match=problem) as error:
        parse_theme_codebook(text, "mine.csv")
    assert str(error.value).startswith("mine.csv") and "\n" not in str(error.value)


def test_extend_adds_themes_and_phrases_and_replace_replaces() -> None:
    extra = parse_theme_codebook(HEADER + "training,,,,,toolbox talk*,,,\nfaith,Faith,children,,,,mosque*; church*,,\n",
                           "mine.csv")
    extended = merge_theme_codebooks(default_theme_codebook(), extra)
    assert len(extended.themes) == len(default_theme_codebook().themes) + 1
    training = extended.theme("training")
    assert training is not None and training.label == default_theme_codebook().theme("training").label
    assert "toolbox talk*" in training.strong and "training" in training.strong
    assert extended.source == "default+mine.csv" and extended.sha256 != default_theme_codebook().sha256
    assert [t.id for t in merge_theme_codebooks(default_theme_codebook(), extra, "replace").themes] == ["training", "faith"]
    codes = code_recommendation("Churches should host a toolbox talk.", codebook=extended)
    assert [c.theme for c in codes][:2] == ["training", "faith"]


def test_the_hash_is_of_the_content_not_the_file() -> None:
    text = (ROOT / "dhr_extract" / "normalise" / "themes.csv").read_text(encoding="utf-8")
    assert parse_theme_codebook(text, "copy.csv").sha256 == default_theme_codebook().sha256
    assert parse_theme_codebook(text.replace("refresher*", "refresher"), "x").sha256 != default_theme_codebook().sha256


def test_the_shipped_codebook_has_the_twenty_themes_of_the_brief() -> None:
    with (ROOT / "dhr_extract" / "normalise" / "themes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 20 and all(r["label"] and r["parent"] and r["definition"] and r["strong"] for r in rows)


# ------------------------------------------------------------------ --themes on the command line

def test_cli_themes_file_recodes_and_is_recorded_in_the_datapackage(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text(HEADER + "fraud,Fraud,service provision & coordination,Fraud,5,information,,,\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(ROOT / "samples" / "r_labels_status.html"), "--out", str(out), "--format", "csv",
                 "--workers", "1", "--quiet", "--themes", str(mine)]) == 0
    with (out / "recommendation_themes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert any(r["theme"] == "fraud" and r["rank"] == "1" for r in rows)
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["x-themes-codebook"]["sha256"] == load_theme_codebook(mine).sha256
    assert "recommendation_themes" in [r["name"] for r in package["resources"]]
    assert main([str(ROOT / "samples" / "r_labels_status.html"), "--out", str(out), "--format", "csv",
                 "--workers", "1", "--quiet"]) == 0  # the cache holds no codebook: back to the default
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["x-themes-codebook"]["sha256"] == default_theme_codebook().sha256


def test_cli_bad_themes_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "Not An Id,,,,,x,,,\n", encoding="utf-8")
    assert main([str(ROOT / "samples" / "r_labels_status.html"), "--out", str(tmp_path / "o"),
                 "--themes", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dhr-extract: error: --themes bad.csv: row 2") and "\n" not in err
    assert main([str(ROOT / "samples" / "r_labels_status.html"), "--out", str(tmp_path / "o"),
                 "--themes", str(tmp_path / "missing.csv")]) == 2


# ------------------------------------------------------------------ README

def test_readme_codebook_section_is_generated_from_the_codebook() -> None:
    render = load_tool("render_themes")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count(render.START) == 1 and text.count(render.END) == 1
    assert render.updated(text) == text, "README.md is out of date: run python tools/render_themes.py"
    assert all(f"| `{t.id}` |" in text for t in default_theme_codebook().themes)
