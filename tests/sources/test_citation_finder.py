"""The citation component on our own sentences: each way a text cites, and the bad input it must survive."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from annalist.sources.citations import CitationFinder


def _find(nlp: Language, text: str) -> list:  # type: ignore[type-arg]
    return CitationFinder().find(nlp(text))


def test_parenthetical_book_citation_with_city_publisher_year_page(base_nlp: Language) -> None:
    text = (
        "The garrison surrendered after a week of shelling "
        "(Jane Doe, A History of the Marsh Villages, Basra, Gulf University Press, 1999, p. 212). "
        "Nobody returned that winter."
    )
    [reference] = _find(base_nlp, text)
    assert reference.kind == "parenthetical"
    assert text[reference.start : reference.end] == reference.text
    assert reference.text.startswith("Jane Doe") and reference.text.endswith("p. 212")
    csl = reference.csl
    assert csl["author"] == [{"family": "Doe", "given": "Jane"}]
    assert csl["title"] == "A History of the Marsh Villages"
    assert csl["publisher-place"] == "Basra"
    assert csl["publisher"] == "Gulf University Press"
    assert csl["issued"] == {"date-parts": [[1999]]}
    assert csl["page"] == "212"
    assert csl["type"] == "book"


def test_newspaper_with_full_date(base_nlp: Language) -> None:
    text = "Two bridges were blown up on the same night (The Evening Courier, 14 March 1985)."
    [reference] = _find(base_nlp, text)
    assert reference.csl["container-title"] == "The Evening Courier"
    assert reference.csl["issued"] == {"date-parts": [[1985, 3, 14]]}
    assert reference.csl["type"] == "article-newspaper"


def test_article_in_newspaper_with_author_and_title(base_nlp: Language) -> None:
    text = "The ministry denied the report. (Omar Haddad, Silence at the Border, Daily Tribune, May 3, 2001)"
    [reference] = _find(base_nlp, text)
    assert reference.csl["author"] == [{"family": "Haddad", "given": "Omar"}]
    assert reference.csl["title"] == "Silence at the Border"
    assert reference.csl["container-title"] == "Daily Tribune"
    assert reference.csl["issued"] == {"date-parts": [[2001, 5, 3]]}


def test_plain_dates_and_acronyms_in_parentheses_are_not_citations(base_nlp: Language) -> None:
    text = "The Northern Front (NF) attacked on the second day (14 March 1985) and again in spring (1986)."
    assert _find(base_nlp, text) == []


def test_book_named_in_running_text(base_nlp: Language) -> None:
    text = "Maria Lopez recounts the siege in her memoir, The Long Winter of Aleppo. The city held out."
    [reference] = _find(base_nlp, text)
    assert reference.kind == "running_text"
    assert reference.csl["title"] == "The Long Winter of Aleppo"
    assert reference.csl["author"] == [{"family": "Lopez", "given": "Maria"}]
    assert reference.csl["type"] == "book"


def test_according_to_a_named_source(base_nlp: Language) -> None:
    text = "According to Amnesty International, forty villagers were detained in the raid."
    [reference] = _find(base_nlp, text)
    assert reference.kind == "according_to"
    assert reference.csl["author"] == [{"literal": "Amnesty International"}]


def test_numbered_notes_resolve_to_their_list(base_nlp: Language) -> None:
    text = (
        "The convoy reached the river on the third day (1). It crossed under fire (2).\n\n"
        "Notes\n"
        "1. Peter Grant, Roads to the River, London, Harbour Press, 1992, p. 45.\n"
        "2. The Morning Ledger, 9 June 1991.\n"
    )
    references = _find(base_nlp, text)
    assert [reference.kind for reference in references] == ["numbered", "numbered"]
    first, second = references
    assert first.csl["citation-number"] == "1"
    assert first.csl["title"] == "Roads to the River"
    assert first.csl["publisher"] == "Harbour Press"
    assert second.csl["citation-number"] == "2"
    assert second.csl["issued"]["date-parts"] == [[1991, 6, 9]]


def test_markdown_footnotes(base_nlp: Language) -> None:
    text = "The dam was breached in April.[^1]\n\n[^1]: Sara Kim, Water and War, Oslo, Fjord Books, 2010, p. 7.\n"
    [reference] = _find(base_nlp, text)
    assert reference.kind == "footnote"
    assert reference.csl["citation-number"] == "1"
    assert reference.csl["publisher-place"] == "Oslo"


def test_reference_list_at_the_end() -> None:
    nlp = spacy.blank("en")
    text = (
        "A short essay.\n\nReferences\n"
        "Brown, T. (2003). The mountain war. Journal of Highland Studies, 12(3), 45-67.\n"
        "Nguyen, L., & Park, S. (2011). Border towns. Chicago: Lakeside Press.\n"
    )
    references = CitationFinder().find(nlp(text))
    assert [reference.kind for reference in references] == ["reference_list", "reference_list"]
    assert references[0].csl["container-title"] == "Journal of Highland Studies"
    assert references[0].csl["volume"] == "12" and references[0].csl["issue"] == "3"
    assert references[1].csl["author"] == [
        {"family": "Nguyen", "given": "L"},
        {"family": "Park", "given": "S"},
    ]


def test_unbalanced_parentheses_do_not_swallow_later_citations(base_nlp: Language) -> None:
    text = (
        "The column (which had left at dawn stopped twice.\n\n"
        "Later it was ambushed (Ivan Petrov, Forest Roads, Minsk, Belarus Books, 1977, p. 9) near the ford.)"
    )
    references = _find(base_nlp, text)
    assert [reference.csl.get("title") for reference in references] == ["Forest Roads"]


def test_citation_inside_a_quotation(base_nlp: Language) -> None:
    text = "“The shelling went on for days (Lena Ortiz, Night Fires, Lima, Andes Press, 1996, p. 30),” she said."
    [reference] = _find(base_nlp, text)
    assert reference.csl["title"] == "Night Fires"


def test_ten_thousand_entry_reference_list_is_parsed() -> None:
    nlp = spacy.blank("en")
    entries = [
        f"Writer{n}, K. ({1900 + n % 100}). Report number {n}. Field Notes, {n % 40}, {n}-{n + 3}."
        for n in range(10_000)
    ]
    doc = nlp.make_doc("Prose.\n\nBibliography\n" + "\n".join(entries))
    references = CitationFinder().find(doc)
    assert len(references) == 10_000
    assert references[-1].csl["issued"] == {"date-parts": [[1999]]}


def test_non_latin_scripts_do_not_crash() -> None:
    nlp = spacy.blank("en")
    text = (
        "قالت الصحيفة إن القوات تقدمت (علي رضا، تاريخ الحرب، طهران، ١٩٩٥، ص ٤٠).\n"
        "Колонна вошла в город (Иван Смирнов, Дорога на юг, Москва, Наука, 1984, с. 12).\n"
        "部队于七月抵达（张伟，《边境战争》，北京，1990年）。"
    )
    references = CitationFinder().find(nlp(text))
    assert all(text[r.start : r.end] == r.text for r in references)
    assert any("Дорога" in str(r.csl) for r in references)


def test_empty_and_whitespace_documents() -> None:
    nlp = spacy.blank("en")
    for text in ("", "   \n\n  ", "((((", "))))", "(2005)"):
        doc: Doc = nlp(text)
        assert CitationFinder().find(doc) == []
