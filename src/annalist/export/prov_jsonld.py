"""prov-jsonld: where every claim and citation came from, as W3C PROV in JSON-LD, with W3C Web Annotations whose
TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end) point into the stored document.

Offsets count Unicode code points of ``document.text``, as the Web Annotation model specifies.
"""

from __future__ import annotations

import json
from typing import IO, Any, cast
from urllib.parse import quote

from annalist.store.database import Store

CONTEXT_LENGTH = 32  # characters of prefix/suffix: enough to re-anchor a quote that occurs twice
_ID = {"@type": "@id"}
CONTEXT: dict[str, Any] = {
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "cito": "http://purl.org/spar/cito/",
    "annalist": "urn:annalist:",
    "id": "@id",
    "type": "@type",
    "label": "rdfs:label",
    "value": "prov:value",
    "title": "dcterms:title",
    "issued": "dcterms:issued",
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", **_ID},
    "wasGeneratedBy": {"@id": "prov:wasGeneratedBy", **_ID},
    "wasAssociatedWith": {"@id": "prov:wasAssociatedWith", **_ID},
    "wasAttributedTo": {"@id": "prov:wasAttributedTo", **_ID},
    "used": {"@id": "prov:used", **_ID},
    "citesAsEvidence": {"@id": "cito:citesAsEvidence", **_ID},
    "version": "annalist:version",
    "modality": "annalist:modality",
    "event": {"@id": "annalist:event", **_ID},
    "Annotation": "oa:Annotation",
    "SpecificResource": "oa:SpecificResource",
    "TextQuoteSelector": "oa:TextQuoteSelector",
    "TextPositionSelector": "oa:TextPositionSelector",
    "motivation": {"@id": "oa:motivatedBy", **_ID},
    "body": {"@id": "oa:hasBody", **_ID},
    "target": {"@id": "oa:hasTarget"},
    "source": {"@id": "oa:hasSource", **_ID},
    "selector": {"@id": "oa:hasSelector"},
    "exact": "oa:exact",
    "prefix": "oa:prefix",
    "suffix": "oa:suffix",
    "start": {"@id": "oa:start", "@type": "xsd:nonNegativeInteger"},
    "end": {"@id": "oa:end", "@type": "xsd:nonNegativeInteger"},
}


def text_selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    """Both Web Annotation selectors for ``text[start:end]``."""
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_LENGTH) : start],
            "suffix": text[end : end + CONTEXT_LENGTH],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def _agent_id(name: str, version: str) -> str:
    return f"annalist:agent/{quote(name, safe='')}/{quote(version, safe='')}"


def _annotation(node_id: str, document_id: str, text: str, start: int, end: int) -> dict[str, Any]:
    return {
        "id": node_id.replace(":claim/", ":annotation/claim/").replace(":reference/", ":annotation/reference/"),
        "type": "Annotation",
        "motivation": "oa:describing",
        "body": node_id,
        "target": {
            "type": "SpecificResource",
            "source": f"annalist:document/{document_id}",
            "selector": text_selectors(text, start, end),
        },
    }


def prov_graph(store: Store) -> list[dict[str, Any]]:
    connection = store.connection
    graph: list[dict[str, Any]] = []
    texts: dict[str, str] = {}
    activity_of: dict[str, str] = {}
    agents_of: dict[str, set[str]] = {}
    software: dict[str, tuple[str, str]] = {}
    for source in connection.execute("SELECT id, name, affiliation FROM source ORDER BY name"):
        source_agent = {"id": f"annalist:source/{source['id']}", "type": "prov:Agent", "label": source["name"]}
        graph.append(source_agent | ({"annalist:affiliation": source["affiliation"]} if source["affiliation"] else {}))
    for doc in connection.execute("SELECT * FROM document ORDER BY published, id"):
        texts[doc["id"]] = doc["text"]
        entity: dict[str, Any] = {"id": f"annalist:document/{doc['id']}", "type": "prov:Entity", "label": doc["origin"]}
        for key, value in (("title", doc["title"]), ("issued", doc["published"]), ("prov:atLocation", doc["url"])):
            if value:
                entity[key] = value
        if doc["source_id"]:
            entity["wasAttributedTo"] = f"annalist:source/{doc['source_id']}"
        graph.append(entity)
        if doc["analysed_version"]:
            activity_of[doc["id"]] = f"annalist:analysis/{doc['analysed_version']}"
    items = [
        ("claim", row, row["sentence"])
        for row in connection.execute("SELECT * FROM claim ORDER BY document_id, start, id")
    ] + [
        ("reference", row, row["text"])
        for row in connection.execute("SELECT * FROM reference ORDER BY document_id, start, id")
    ]
    cited: dict[str, list[str]] = {}
    for link in connection.execute("SELECT claim_id, reference_id FROM claim_reference"):
        cited.setdefault(link["claim_id"], []).append(f"annalist:reference/{link['reference_id']}")
    for kind, row, value in items:
        document_id, agent = row["document_id"], _agent_id(row["extractor"], row["extractor_version"])
        activity = activity_of.get(document_id, "annalist:analysis/unknown")
        agents_of.setdefault(activity, set()).add(agent)
        software[agent] = (row["extractor"], row["extractor_version"])
        node_id = f"annalist:{kind}/{row['id']}"
        entity = {
            "id": node_id,
            "type": "prov:Entity",
            "label": kind,
            "value": value,
            "wasDerivedFrom": f"annalist:document/{document_id}",
            "wasGeneratedBy": activity,
            "wasAttributedTo": agent,
        }
        if kind == "claim":
            entity["modality"] = row["modality"]
            if row["event_id"]:
                entity["event"] = f"annalist:event/{row['event_id']}"
            if row["id"] in cited:
                entity["citesAsEvidence"] = cited[row["id"]]
        graph.append(entity)
        graph.append(_annotation(node_id, document_id, texts[document_id], row["start"], row["end"]))
    for activity, agents in sorted(agents_of.items()):
        graph.append(
            {
                "id": activity,
                "type": "prov:Activity",
                "label": "annalist analysis " + activity.rsplit("/", 1)[-1],
                "used": sorted(f"annalist:document/{doc}" for doc, act in activity_of.items() if act == activity),
                "wasAssociatedWith": sorted(agents),
            }
        )
    for agent, (name, version) in sorted(software.items()):
        graph.append({"id": agent, "type": "prov:SoftwareAgent", "label": name, "version": version})
    return graph


class ProvJsonLdExporter:
    format = "prov-jsonld"
    suffix = ".jsonld"
    binary = False
    description = "W3C PROV JSON-LD provenance of claims and citations, with Web Annotation text selectors"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        graph = prov_graph(store)
        cast(IO[str], out).write(json.dumps({"@context": CONTEXT, "@graph": graph}, ensure_ascii=False, indent=1))
        return len(graph)
