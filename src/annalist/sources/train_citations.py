"""Train the reference-parsing CRF on AnyStyle-format XML.

Usage: ``python -m annalist.sources.train_citations CORE_XML OUT_MODEL``
(the shipped model is src/annalist/data/sources/citations.crfsuite, trained on anystyle's core.xml).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pycrfsuite

from annalist.sources.anystyle_xml import read_dataset, tokens_of
from annalist.sources.crf_features import sequence_features
from annalist.sources.prose_augment import augment

# Share of core.xml's references that also train in prose style (see prose_augment).
PROSE_SHARE = 0.5

# L1 keeps the model small (~0.6 MB); gold.xml was never used to choose these.
TRAINING_PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


def train(
    core_xml: Path,
    out_model: Path,
    params: dict[str, float | int | bool] | None = None,
    *,
    prose_share: float = PROSE_SHARE,
) -> int:
    """Train on every reference of ``core_xml`` (plus prose variants of them) and write the model.

    Returns how many sequences it trained on.
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    references = read_dataset(core_xml)
    references += augment(references, share=prose_share)
    for reference in references:
        words, labels = tokens_of(reference)
        if words:
            trainer.append(sequence_features(words), labels)
    trainer.set_params(dict(TRAINING_PARAMS | (params or {})))
    out_model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_model))
    return len(references)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train annalist's reference-parsing CRF on AnyStyle XML.")
    parser.add_argument("core_xml", type=Path, help="training data, e.g. anystyle's res/parser/core.xml")
    parser.add_argument("out_model", type=Path, help="where to write the .crfsuite model")
    args = parser.parse_args(argv)
    count = train(args.core_xml, args.out_model)
    print(f"trained on {count} sequences -> {args.out_model} ({args.out_model.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
