"""prov-jsonld: PROV entities, activity and software agents; selectors that find the exact text in the document."""

from __future__ import annotations

import io
import json
from typing import Any

from annalist import api
from annalist.export.prov_jsonld import text_selectors
from annalist.store.database import Store


def graph(store: Store) -> list[dict[str, Any]]:
    buffer = io.StringIO()
    count = api.export(store, "prov-jsonld", buffer)
    document = json.loads(buffer.getvalue())
    assert document["@context"]["prov"] == "http://www.w3.org/ns/prov#"
    assert document["@context"]["oa"] == "http://www.w3.org/ns/oa#"
    assert count == len(document["@graph"])
    nodes: list[dict[str, Any]] = document["@graph"]
    return nodes


def of_type(nodes: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [node for node in nodes if node["type"] == kind]


def test_selectors_reproduce_the_exact_text_of_every_claim_and_reference(export_store: Store) -> None:
    nodes = graph(export_store)
    texts = {row["id"]: row["text"] for row in export_store.connection.execute("SELECT id, text FROM document")}
    values = {node["id"]: node["value"] for node in nodes if "value" in node}
    annotations = of_type(nodes, "Annotation")
    assert len(annotations) == 5  # four claims and one reference
    for annotation in annotations:
        target = annotation["target"]
        text = texts[target["source"].removeprefix("annalist:document/")]
        quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
        position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
        assert text[position["start"] : position["end"]] == quote["exact"] == values[annotation["body"]]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])
        # the quote with its context occurs once: a reader without offsets still finds it
        assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1


def test_prov_relations_link_claims_documents_activity_and_agents(export_store: Store) -> None:
    nodes = graph(export_store)
    by_id = {node["id"]: node for node in nodes}
    documents = [node for node in of_type(nodes, "prov:Entity") if node["id"].startswith("annalist:document/")]
    claims = [node for node in of_type(nodes, "prov:Entity") if node["label"] == "claim"]
    assert len(documents) == 2 and len(claims) == 4
    (activity,) = of_type(nodes, "prov:Activity")
    (agent,) = of_type(nodes, "prov:SoftwareAgent")
    assert (agent["label"], agent["version"]) == ("test.events", "0.1")
    assert activity["wasAssociatedWith"] == [agent["id"]]
    assert sorted(activity["used"]) == sorted(doc["id"] for doc in documents)
    for claim in claims:
        assert by_id[claim["wasDerivedFrom"]] in documents
        assert claim["wasGeneratedBy"] == activity["id"] and claim["wasAttributedTo"] == agent["id"]
    cited = [claim for claim in claims if "citesAsEvidence" in claim]
    assert len(cited) == 1 and by_id[cited[0]["citesAsEvidence"][0]]["label"] == "reference"
    sources = {by_id[doc["wasAttributedTo"]]["label"] for doc in documents}
    assert sources == {"Demo Wire", "Demo Daily"}


def test_selectors_at_the_edges_of_a_text() -> None:
    quote, position = text_selectors("abc", 0, 3)
    assert (quote["exact"], quote["prefix"], quote["suffix"]) == ("abc", "", "")
    assert (position["start"], position["end"]) == (0, 3)
