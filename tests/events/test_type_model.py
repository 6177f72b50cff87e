"""The event-type model: training, saving, explaining, and how the extractor lets it re-type or propose events."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.language import Language

from annalist.events.extractor import EventExtractor
from annalist.events.ontology import PLOVER_TYPES
from annalist.events.train import Sample, decide, fit
from annalist.events.typer import PROPOSED, EventTyper, Policy, TypeModel
from annalist.records import EventMention

LABELS = ("ASSAULT", "PROTEST")


def _sample(features: tuple[str, ...], gold: str, rule_type: str = "NONE", confidence: float = 0.0) -> Sample:
    return Sample(features, features, rule_type, confidence, rule_type == "NONE", gold, True)


def _forcing_model(feature: str, label: str) -> TypeModel:
    """A model that is sure of ``label`` whenever ``feature`` is present (and unsure otherwise)."""
    weights = np.zeros((1, len(LABELS)))
    weights[0, LABELS.index(label)] = 8.0
    return TypeModel(LABELS, {feature: 0}, weights, np.zeros(len(LABELS)))


def _code(nlp: Language, typer: EventTyper, text: str) -> list[EventMention]:
    return EventExtractor(typer=typer).extract(nlp(text), timexes=[], toponyms=[], citation_spans=[])


def test_fit_separates_two_types_and_explains_by_the_telling_feature() -> None:
    samples = [_sample(("bias", "trigger=shell"), "ASSAULT"), _sample(("bias", "trigger=march"), "PROTEST")] * 5
    model = fit(samples, LABELS, l2=0.001)
    probabilities = model.probabilities(["bias", "trigger=shell", "unseen=feature"])
    assert probabilities.sum() == pytest.approx(1.0)
    assert model.labels[int(probabilities.argmax())] == "ASSAULT"
    assert model.explain(["bias", "trigger=shell"], "ASSAULT")[0] == "trigger=shell"


def test_saved_model_round_trips_with_its_policy() -> None:
    model = fit([_sample(("a",), "ASSAULT"), _sample(("b",), "PROTEST")], LABELS, l2=0.01)
    policy = Policy(retype_below=0.7, retype_at=0.5, propose_at=0.4)
    loaded, loaded_policy = TypeModel.from_json(model.to_json(policy, {}))
    assert loaded_policy == policy
    assert np.allclose(loaded.probabilities(["a"]), model.probabilities(["a"]), atol=1e-3)


def test_a_file_that_is_not_a_type_model_is_refused_with_what_to_do() -> None:
    with pytest.raises(ValueError, match=r"EVM01.*annalist\.events\.train"):
        TypeModel.from_json({"model": "svm"})


def test_the_shipped_model_codes_plover_types_with_a_policy_in_range() -> None:
    typer = EventTyper.load()
    assert set(typer.model.labels) <= set(PLOVER_TYPES)
    assert 0.0 <= typer.policy.retype_at <= 1.0 and 0.0 < typer.policy.propose_at <= 1.01


def test_policy_decides_between_rule_and_model() -> None:
    sure_protest = np.array([0.1, 0.9])
    unsure_rule = _sample(("x",), "PROTEST", rule_type="ASSAULT", confidence=0.5)
    assert decide(unsure_rule, sure_protest, LABELS, Policy(retype_below=0.7)) == "PROTEST"
    assert decide(unsure_rule, sure_protest, LABELS, Policy(retype_below=0.0)) == "ASSAULT"
    empty = _sample(("x",), "PROTEST")
    assert decide(empty, sure_protest, LABELS, Policy(propose_at=0.95)) == "NONE"


def test_model_codes_a_verb_the_lexicon_lacks_and_says_why(base_nlp: Language) -> None:
    typer = EventTyper(_forcing_model("trigger=ambuscade", "ASSAULT"), Policy(propose_at=0.5))
    found = _code(base_nlp, typer, "Rebel fighters ambuscaded an army convoy near the river.")
    assert [e.type for e in found] == ["ASSAULT"]
    assert found[0].rule.startswith(PROPOSED) and "trigger=ambuscade" in found[0].rule
    assert found[0].actors[0].text == "Rebel fighters"
    assert 0.5 <= found[0].extractor.confidence <= 1.0


def test_model_proposes_nothing_for_a_forecast_or_a_subjectless_clause(base_nlp: Language) -> None:
    typer = EventTyper(_forcing_model("trigger=ambuscade", "ASSAULT"), Policy(propose_at=0.5))
    assert _code(base_nlp, typer, "The envoy said the rebels would ambuscade the convoy.") == []
    assert _code(base_nlp, typer, "Ambuscading convoys is dangerous.") == []


def test_model_proposes_nothing_for_a_belief_about_events(base_nlp: Language) -> None:
    typer = EventTyper(_forcing_model("bias", "ASSAULT"), Policy(propose_at=0.5))
    assert _code(base_nlp, typer, "The general saw the truce as a trap for his army.") == []
    assert _code(base_nlp, typer, "Many exiles regarded the ceasefire as a betrayal.") == []
    assert _code(base_nlp, typer, "Their fear was that the militia would ambuscade the convoy.") == []
    assert _code(base_nlp, typer, "The danger is that the militia might ambuscade the convoy.") == []


def test_model_codes_no_act_by_the_press_alone(base_nlp: Language) -> None:
    typer = EventTyper(_forcing_model("bias", "ASSAULT"), Policy(propose_at=0.5))
    assert _code(base_nlp, typer, "The state television gave a lengthy account of the parade.") == []
    coded = _code(base_nlp, typer, "Rebel fighters ambuscaded an army convoy near the river.")
    assert coded and coded[0].type == "ASSAULT"  # the same model still codes an act by someone who can act


def test_model_retypes_only_when_the_policy_opens_the_rule_to_it(base_nlp: Language) -> None:
    text = "Students marched against the new tax in the capital."
    rules = _code(base_nlp, EventTyper(_forcing_model("nothing", "ASSAULT"), Policy(retype_below=0.0)), text)
    assert rules and rules[0].type == "PROTEST"
    forced = EventTyper(_forcing_model("bias", "ASSAULT"), Policy(retype_below=1.01, retype_at=0.9))
    retyped = _code(base_nlp, forced, text)
    assert retyped[0].type == "ASSAULT" and retyped[0].rule.startswith("model:logreg:retype(top feats: bias)")
    assert retyped[0].rule.endswith(rules[0].rule)  # the rule that proposed it stays visible


def test_clause_vector_is_a_unit_length_reading_of_the_trigger(base_nlp: Language) -> None:
    from annalist.events.features import clause_vector

    doc = base_nlp("The militia raided the depot.")
    vector = clause_vector(doc[2])
    assert vector.ndim == 1 and vector.shape[0] == 3 * doc.tensor.shape[1]
    assert float(np.linalg.norm(vector)) == pytest.approx(1.0)


def test_dense_weights_move_the_decision_and_survive_saving() -> None:
    dense = np.zeros((2, len(LABELS)))
    dense[0, LABELS.index("PROTEST")] = 10.0
    model = TypeModel(LABELS, {"bias": 0}, np.zeros((1, len(LABELS))), np.zeros(len(LABELS)), dense)
    vector = np.array([1.0, 0.0])
    assert model.labels[int(model.probabilities(["bias"], vector).argmax())] == "PROTEST"
    assert model.probabilities(["bias"]).max() == pytest.approx(0.5)  # no vector: the words alone decide
    loaded, _ = TypeModel.from_json(model.to_json(Policy(), {}))
    assert np.allclose(loaded.probabilities(["bias"], vector), model.probabilities(["bias"], vector))


def test_fit_learns_from_the_clause_vector_when_given_a_scale() -> None:
    shell = Sample(("bias",), ("bias",), "NONE", 0.0, True, "ASSAULT", True, np.array([1.0, 0.0]))
    march = Sample(("bias",), ("bias",), "NONE", 0.0, True, "PROTEST", True, np.array([0.0, 1.0]))
    model = fit([shell, march] * 5, LABELS, l2=0.001, dense=2.0)
    assert model.labels[int(model.probabilities(["bias"], np.array([0.9, 0.1])).argmax())] == "ASSAULT"
    assert fit([shell, march], LABELS, l2=0.001).dense.shape[0] == 0  # scale 0: words only


def test_codebook_table_rows_become_labelled_clauses(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from annalist.events.train import codebook_sentences

    table = tmp_path / "table.txt"
    table.write_text(
        "# a header line\n18: ASSAULT\n1801: ASSAULT, , military # Shell enemy lines\n"
        "1802: NOT_A_TYPE, , # Ignored row\n",
        encoding="utf-8",
    )
    rows = codebook_sentences(table)
    assert [(r.type, r.text) for r in rows] == [("ASSAULT", "Officials shell enemy lines.")]
