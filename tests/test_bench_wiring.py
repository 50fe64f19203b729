"""The stage benchmark patches the extractor's stages by name: each name must still be where it looks."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import bench_extract_stages  # noqa: E402


def test_every_stage_the_stage_bench_patches_is_a_function_of_its_module() -> None:
    missing = [name for name in bench_extract_stages.STAGES
               if not callable(getattr(bench_extract_stages._HOME.get(name, bench_extract_stages.metrics), name, None))]
    assert missing == []
