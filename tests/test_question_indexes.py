"""The word indexes that spare a question a pass over every synonym find exactly what the pass finds.

`_phrases_in` tries only the synonyms whose first word the question holds, `_spread_phrase` only those filed
under a word the question holds; both must give the phrases, in the order, that trying every synonym gives —
on every question of the regression batches and on words chosen to sit on the indexes' edges."""
import re
from pathlib import Path

from chat.batch import read_batch
from chat.question import _phrases_in, _spread_phrase, _stem, _stemmed_phrases
from chat.vocab import StoreVocabulary
from knowledge.lookup import FactLookup
from knowledge.store import connect

BATCHES = Path(__file__).parent / "batches"


def _texts() -> list[str]:
    texts = [item.question for f in sorted(BATCHES.glob("*.jsonl")) for item in read_batch(f)]
    return texts + ["cash did it generate from operations", "net cash provided by used in operating activities",
                    "selling general and administrative expenses", "income income income", "per share share diluted"]


def _clean(text: str) -> str:
    return " " + " ".join(re.sub(r"[^a-z&%' ]", " ", text.lower().replace("'", "")).split()) + " "


def _every_spread(clean: str, vocab: StoreVocabulary, min_words: int) -> tuple[str, str] | None:
    words = clean.split()
    for phrase, metric, parts, part_set in vocab.phrase_parts:
        if len(parts) < min_words or not part_set <= set(words):
            continue
        pos = -1
        for part in parts:
            stop = min(len(words), pos + 5) if pos >= 0 else len(words)
            pos = next((i for i in range(pos + 1, stop) if words[i] == part), -2)
            if pos == -2:
                break
        if pos != -2:
            return phrase, metric
    return None


def test_indexed_synonyms_are_the_synonyms_every_pass_finds(seed_db):
    vocab = StoreVocabulary.load(FactLookup(connect(seed_db, read_only=True)))
    found = spread = 0
    for text in _texts():
        clean = _clean(text)
        stemmed = " " + " ".join(_stem(w) for w in clean.split()) + " "
        every = [(p, m) for p, m in _stemmed_phrases(vocab) if f" {p} " in stemmed]
        assert _phrases_in(stemmed, vocab) == every, text
        found += bool(every)
        for min_words in (2, 3):
            want = _every_spread(clean, vocab, min_words)
            assert _spread_phrase(clean, vocab, min_words) == want, text
            spread += want is not None
    assert found > 300 and spread > 20  # the texts reach the indexes, not only their misses
