"""make bench-extract-stages: where the extractor's time goes, stage by stage, on seed + dev.

Each stage that ``parsers.metrics.extract_metrics`` calls (sentence split, numbers, time
expressions, local reading, places, ...) is timed in place: one pass records what every call
returns, then the pass is timed again with that one stage replaying its recorded answers.  The
difference is what the stage costs inside the real pipeline, caches and all.  Reads
``../shared/eval`` at run time; prints nothing to compare against and asserts nothing.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator

import bench_extract

import parsers.article_facts as article_facts
import parsers.figure_reading as figure_reading
import parsers.metrics as metrics

# Each stage is patched where the extractor looks it up: the article's and sentences' facts live in article_facts,
# the first pass over the numbers (what each counts) in figure_reading.
_HOME = {"sentence_places": article_facts, "subjects_in": article_facts, "dateline_country": article_facts,
         "find_numbers": figure_reading, "year_spans": figure_reading, "read_locally": figure_reading,
         "about_enforcement": figure_reading}
STAGES = ("split_sentences", "find_numbers", "year_spans", "find_time_expressions", "document_period",
          "read_locally", "sentence_places", "subjects_in", "kind_of", "reporter_of", "figure_period", "from_to_period",
          "about_enforcement", "dateline_country")
# Stages measured together share a cache (kind and reporter read the same facts of a sentence).
GROUPS = [(name, {name}) for name in STAGES if name not in ("kind_of", "reporter_of")] + \
    [("kind_of + reporter_of", {"kind_of", "reporter_of"})]
PASSES = 30
ROUNDS = 5  # live and replayed passes alternate in this many rounds


def _recording(name: str, answers: list[object]) -> Callable[..., object]:
    real = getattr(_HOME.get(name, metrics), name)

    def record(*args: object, **kwargs: object) -> object:
        answer = real(*args, **kwargs)
        answers.append(answer)
        return answer
    return record


def _replaying(answers: list[object]) -> Callable[..., object]:
    replay: Iterator[object] = iter(answers)
    return lambda *args, **kwargs: next(replay)


def main() -> int:
    if not (bench_extract.SHARED / "score.py").exists():
        print(f"skipped: {bench_extract.SHARED} is absent")
        return 0
    docs = bench_extract.corpus("seed") + bench_extract.corpus("dev")
    real = {name: getattr(_HOME.get(name, metrics), name) for name in STAGES}
    answers: dict[str, list[object]] = {name: [] for name in STAGES}
    for name in STAGES:
        setattr(_HOME.get(name, metrics), name, _recording(name, answers[name]))
    for doc, text, published in docs:
        metrics.extract_metrics(text, published, None, doc)

    def best_pass(replayed: set[str], passes: int = PASSES) -> float:
        best = float("inf")
        for _ in range(passes):
            for name in STAGES:
                setattr(_HOME.get(name, metrics), name, _replaying(answers[name]) if name in replayed else real[name])
            start = time.perf_counter()
            for doc, text, published in docs:
                metrics.extract_metrics(text, published, None, doc)
            best = min(best, time.perf_counter() - start)
        return best * 1000

    def cost(replayed: set[str]) -> float:
        """Best pass with every stage live minus best pass with ``replayed`` replaying, taken in turns
        so that a drift in the machine's speed falls on both."""
        live = without = float("inf")
        for _ in range(ROUNDS):
            live = min(live, best_pass(set(), PASSES // ROUNDS))
            without = min(without, best_pass(replayed, PASSES // ROUNDS))
        return live - without

    full = best_pass(set())
    print(f"one pass over seed + dev: {full:.2f} ms (best of {PASSES}); each stage's cost in place:")
    times = cost({"find_time_expressions"})
    for label, names in GROUPS:
        # document_period reads the lead sentences' time expressions: replaying it alone would leave them to the rest.
        spent = cost(names | {"find_time_expressions"}) - times if "document_period" in names else cost(names)
        print(f"  {label:28s} {spent:6.2f} ms  {spent / full:5.1%}")
    print(f"  {'(the extract loop)':28s} {best_pass(set(STAGES)):6.2f} ms  with every stage replayed")
    for name in STAGES:
        setattr(_HOME.get(name, metrics), name, real[name])
    return 0


if __name__ == "__main__":
    sys.exit(main())
