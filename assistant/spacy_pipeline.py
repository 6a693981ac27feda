"""Builds the project's own spaCy pipeline from its files: `python -m assistant.spacy_pipeline OUT_DIR`.

No pretrained English model is used (none is reachable here, and some registry names that look like one are
placeholders). The pipeline is a blank English tokenizer plus three components built from the project's
files, each doing work the NLU pipeline relies on:

* `attribute_ruler`: folds the spellings visitors type ("ketamin", "anxeity", "u", "pls") onto the word the
  classifiers learn from, as the token's lemma and norm (from `clinic/lexicon.yml`);
* `lemmatizer` (lookup tables from spacy-lookups-data, copied into the pipeline at build time, so nothing
  is fetched at run time): "infusions" and "infusion" become one feature;
* `entity_ruler`: conditions, medications, routes of administration and the clinic's offices (from the
  lexicon and the clinic profile), which Rasa's SpacyEntityExtractor turns into entities.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import yaml

from clinic.profile import load_profile
from clinic.safety import LEXICON_PATH

PIPELINE_NAME = "clinic_en"
LABEL_CONDITION = "condition"
LABEL_MEDICATION = "medication"
LABEL_ROUTE = "route"
LABEL_OFFICE = "office"


def _token_pattern(term: str) -> List[Dict[str, str]]:
    return [{"LOWER": word} for word in term.lower().split()]


def entity_patterns(lexicon: dict, offices: Iterable[str]) -> List[dict]:
    """EntityRuler patterns: one per term, with the canonical name as the pattern id."""
    patterns: List[dict] = []
    for canonical, terms in (lexicon.get("conditions") or {}).items():
        patterns += [
            {"label": LABEL_CONDITION, "pattern": _token_pattern(t), "id": canonical} for t in terms
        ]
    for canonical, terms in (lexicon.get("routes") or {}).items():
        patterns += [{"label": LABEL_ROUTE, "pattern": _token_pattern(t), "id": canonical} for t in terms]
    patterns += [
        {"label": LABEL_MEDICATION, "pattern": _token_pattern(t), "id": t}
        for t in (lexicon.get("medications") or []) + (lexicon.get("medication_classes") or [])
    ]
    patterns += [
        {"label": LABEL_OFFICE, "pattern": _token_pattern(o), "id": o} for o in offices
    ]
    return patterns


def spelling_rules(lexicon: dict) -> List[dict]:
    """AttributeRuler rules mapping each single-token misspelling onto its word."""
    rules = []
    for word, variants in (lexicon.get("spellings") or {}).items():
        singles = [v.lower() for v in variants if len(v.split()) == 1]
        if singles:
            rules.append(
                {
                    "patterns": [[{"LOWER": {"IN": singles}}]],
                    "attrs": {"LEMMA": word, "NORM": word},
                }
            )
    return rules


def inputs_fingerprint(lexicon_path: Path, profile_path: Optional[str]) -> str:
    """A hash of everything the pipeline is built from, written into its meta."""
    digest = hashlib.sha256()
    digest.update(Path(lexicon_path).read_bytes())
    digest.update(json.dumps(load_profile(profile_path).offices).encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def build(out_dir: Path, lexicon_path: Path = LEXICON_PATH, profile_path: Optional[str] = None):
    """Build the pipeline and write it to `out_dir`; returns the loaded `Language`."""
    import spacy

    lexicon = yaml.safe_load(Path(lexicon_path).read_text(encoding="utf-8"))
    profile = load_profile(profile_path)

    nlp = spacy.blank("en")
    spellings = nlp.add_pipe("attribute_ruler")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler")
    # initialize() loads the lemma lookup tables and resets the rulers, so the rules are added after it
    nlp.initialize()
    spellings.add_patterns(spelling_rules(lexicon))
    ruler.add_patterns(entity_patterns(lexicon, profile.offices))
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Built by assistant/spacy_pipeline.py from clinic/lexicon.yml and the clinic profile"
    nlp.meta["inputs_fingerprint"] = inputs_fingerprint(lexicon_path, profile_path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    return nlp


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    nlp = build(args.out_dir)
    print(f"spaCy pipeline '{PIPELINE_NAME}' written to {args.out_dir} ({', '.join(nlp.pipe_names)})")


if __name__ == "__main__":
    main()
