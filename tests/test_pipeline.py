"""The page pipeline's wiring: batch sizes, batches in flight, and the order they are stored in."""
from __future__ import annotations

from concurrent.futures import Future

from flows.pipeline import batch_size_for, batched, ingest
from flows.process import ProcessedBatch, StageTimes, StoredCounts


def test_batch_sizes_give_every_worker_two_batches_at_least() -> None:
    assert batch_size_for(1000, 250, 2) == 250
    assert batch_size_for(300, 250, 2) == 75
    assert batch_size_for(3, 250, 2) == 1
    assert [len(b) for b in batched(list(range(7)), 3)] == [3, 3, 1]


def test_ingest_keeps_a_bounded_window_and_stores_in_order() -> None:
    submitted: list[int] = []
    stored: list[int] = []
    most_in_flight = 0

    def submit(chunk: list[int]) -> Future:
        nonlocal most_in_flight
        submitted.append(chunk[0])
        most_in_flight = max(most_in_flight, len(submitted) - len(stored))
        done: Future = Future()
        done.set_result(ProcessedBatch([], [], StageTimes(fetch=1.0)))
        return done

    def store(batch: ProcessedBatch) -> StoredCounts:
        stored.append(submitted[len(stored)])
        return StoredCounts(2, 1, 5, 0, batch.times)

    total = ingest(list(range(100)), 10, 3, submit, store)
    assert stored == list(range(0, 100, 10)) and most_in_flight == 3
    assert (total.articles_new, total.articles_unchanged, total.figures_new, total.times.fetch) == (20, 10, 50, 10.0)
