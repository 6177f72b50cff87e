"""The default gazetteer built from installed packages, on facts of the running example."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from annalist.bench.places import read_corpus, run
from annalist.places.gazetteer import Gazetteer
from annalist.places.resolver import PlaceResolver

# Our own wording of the kind of narrative the seed article is.
NARRATIVE = (
    "The Iraqi air force struck towns across western Iran in July 1988. Three days later the MEK column "
    "advanced from the Gilan-e Gharb road, took Kerend and entered Islamabad before it was stopped at the "
    "Chahar Zebar pass on the way to Kermanshah (see R. Writer, Eight Years, Tehran: A Publisher, 2001, p. 9)."
)


def test_seed_facts_resolve_with_the_default_gazetteer(base_nlp: Language, default_gazetteer: Gazetteer) -> None:
    text = NARRATIVE
    citation = (text.index("(see"), len(text))
    toponyms = PlaceResolver(default_gazetteer).find(base_nlp(text), citation_spans=[citation])
    by_text = {t.text: t for t in toponyms}
    islamabad = by_text["Islamabad"].place
    assert islamabad is not None and islamabad.country == "IR" and islamabad.admin1 == "13"
    assert by_text["Kerend"].place is not None and by_text["Kerend"].place.name == "Kerend-e Gharb"
    gorge = next(t for t in toponyms if t.text.startswith("Chahar"))
    assert gorge.place is not None and gorge.place.feature_code == "GRGE"
    assert by_text["Tehran"].role == "citation"
    assert by_text["Kermanshah"].place is not None and by_text["Kermanshah"].place.country == "IR"


def test_short_forms_and_demonyms_reach_countries(default_gazetteer: Gazetteer) -> None:
    for name, country in [("U.S.", "US"), ("UK", "GB"), ("Iranian", "IR"), ("Britain", "GB")]:
        assert any(
            c.place.country == country and c.place.precision == "country" for c in default_gazetteer.candidates(name)
        )


def test_places_bench_scores_a_few_lgl_articles(gold_dir: Path, default_gazetteer: Gazetteer, tmp_path: Path) -> None:
    predictions = tmp_path / "pred.jsonl"
    result = run(gold_dir / "geo" / "lgl", corpus="lgl", limit=10, gazetteer=default_gazetteer, predictions=predictions)
    for key in ("recognition_f1", "acc_at_161km", "auc", "baseline_acc_at_161km", "candidate_coverage"):
        assert 0.0 <= float(result[key]) <= 1.0  # type: ignore[arg-type]
    assert float(result["median_error_km"]) >= 0.0  # type: ignore[arg-type]
    assert float(result["recognition_f1"]) > 0.3  # type: ignore[arg-type]
    assert result["gold_toponyms"] == len(predictions.read_text().splitlines())
    assert float(result["acc_at_161km"]) > 0.3  # type: ignore[arg-type]


def test_regional_short_forms_reach_their_regions(default_gazetteer: Gazetteer) -> None:
    for name, country, level in [("BC", "CA", "admin1"), ("English", "GB", "admin1"), ("Mont.", "US", "admin1")]:
        assert any(
            c.place.country == country and c.place.precision == level for c in default_gazetteer.candidates(name)
        ), name


def test_places_bench_reads_brat_recognition_gold(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("Crews from Leeds drove to York at dawn.", encoding="utf-8")
    (tmp_path / "1.ann").write_text(
        "T1\tLiteral 11 16\tLeeds\nT2\tLiteral 26 30\tYork\nT3\tLiteral_Expression 0 5\tCrews\n"
        "T4\tNon_Toponym 31 33\tat\n#1\tAnnotatorNotes T1\t2644688\n",
        encoding="utf-8",
    )
    (article,) = read_corpus(tmp_path, "gwn")
    assert [(t.start, t.end, t.text) for t in article.toponyms] == [(11, 16, "Leeds"), (26, 30, "York")]
    assert article.geocoded == []


def test_first_level_regions_sit_near_their_centre_not_their_towns(default_gazetteer: Gazetteer) -> None:
    # British Columbia's towns crowd its south; its centre lies near 54 N, 125 W.
    (region,) = [c for c in default_gazetteer.candidates("British Columbia") if c.place.precision == "admin1"]
    assert abs(region.place.lat - 54.0) < 2.0 and abs(region.place.lon + 125.0) < 3.0


def test_a_county_is_found_by_its_bare_name(default_gazetteer: Gazetteer) -> None:
    counties = [c for c in default_gazetteer.candidates("Oconee") if c.place.precision == "admin2"]
    assert {c.place.admin1 for c in counties} >= {"GA", "SC"}


def test_state_demonyms_reach_their_states(default_gazetteer: Gazetteer) -> None:
    for name, state in [("Minnesotans", "MN"), ("Texan", "TX"), ("Hawaiians", "HI")]:
        assert any(
            c.place.admin1 == state and c.place.precision == "admin1" for c in default_gazetteer.candidates(name)
        ), name


def test_a_state_point_that_is_its_city_point_gives_way_to_the_state_middle(default_gazetteer: Gazetteer) -> None:
    # One source puts New York State on New York City; the state's middle lies some 250 km further north.
    (state,) = [c for c in default_gazetteer.candidates("New York") if c.place.precision == "admin1"]
    assert state.place.lat > 41.5


def test_a_region_is_found_without_its_local_prefix(default_gazetteer: Gazetteer) -> None:
    # GeoNames names the Philippine province "Province of Laguna"; a text writes "Laguna".
    assert any(c.place.country == "PH" for c in default_gazetteer.candidates("Laguna"))


def test_demonyms_of_several_words_reach_their_countries(default_gazetteer: Gazetteer) -> None:
    for name, country in [("Sri Lankans", "LK"), ("South African", "ZA"), ("Herzegovinian", "BA")]:
        assert any(
            c.place.country == country and c.place.precision == "country" for c in default_gazetteer.candidates(name)
        ), name
