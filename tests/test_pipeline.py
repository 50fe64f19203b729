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


def test_small_runs_and_other_runners_start_no_process_pool() -> None:
    from flows.pipeline import plan_for
    from flows.settings import Settings
    big = plan_for(1000, Settings(workers=2))
    assert (big.pool_workers, big.batch_size, big.in_flight) == (2, 250, 3)
    assert plan_for(10, Settings(workers=2)).pool_workers == 0
    assert plan_for(1000, Settings(workers=2, task_runner="dask")).pool_workers == 0


def test_a_dead_worker_pool_records_its_pages_as_transient_failures(tmp_path) -> None:
    """A worker killed mid-run (out of memory, a crash in lxml) costs its pages this run, not the run."""
    import os
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from flows.process import fetch_and_process
    from flows.settings import Settings
    from flows.stages import PageRef
    pages = []
    for n in range(3):
        page = tmp_path / f"p{n}.html"
        page.write_text(f"<html><body><p>Police arrested {n + 5} people for fraud in 2024, officers said.</p>"
                        f"</body></html>")
        pages.append(PageRef("s", str(page), str(tmp_path), None, None, None, "CN"))
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        try:
            pool.submit(os._exit, 1).result()
        except Exception:  # noqa: BLE001 - the pool is broken now, as intended
            pass
        batch = fetch_and_process(Settings(), pages, pool)
    assert batch.articles == [] and len(batch.failures) == 3
    assert all(f.transient and "worker" in f.error for f in batch.failures)
