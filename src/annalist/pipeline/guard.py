"""Per-document fault isolation: a component that fails on one document leaves empty results for it, not a crash."""

from __future__ import annotations

from spacy.tokens import Doc

from annalist.pipeline.extensions import record_failure


class GuardedComponent:
    """Base of annalist's components: ``run`` does the work, ``__call__`` keeps one bad document from stopping a batch."""

    component: str = "annalist"
    outputs: tuple[str, ...] = ()

    def run(self, doc: Doc) -> None:
        raise NotImplementedError

    def versions(self) -> dict[str, str]:
        """Name -> version of every extractor this component runs; together they make the pipeline version."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.run(doc)
        except Exception as error:  # any bug or bad input in one document: record it and go on
            record_failure(doc, self.component, error)
            for attribute in self.outputs:
                setattr(doc._, attribute, [])
        return doc
