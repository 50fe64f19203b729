"""make bench-parse: main-text extraction of newsmon (BeautifulSoup) beside trafilatura.

Both run over the 92 real news pages of ../shared/corpus/html/news/ in one process, are
scored by ../shared/corpus/score_maintext.py, and their pages/s are printed side by side.
trafilatura is a dev-only comparison dependency (the `bench` extra); newsmon never uses it.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from parsers.articles import parse_article_html  # noqa: E402
from parsers.errors import ArticleParseError  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "bench-out"


def newsmon(html: bytes) -> str | None:
    try:
        return parse_article_html(html).text
    except ArticleParseError:
        return None


def trafilatura_text(html: bytes) -> str | None:
    import trafilatura
    return trafilatura.extract(html.decode("utf-8", errors="replace"))


def run(name: str, extract, pages: list[tuple[str, bytes]]) -> None:
    start = time.perf_counter()
    rows = [{"file": file, "text": extract(html)} for file, html in pages]
    elapsed = time.perf_counter() - start
    OUT.mkdir(exist_ok=True)
    out = OUT / f"maintext-{name}.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    score = subprocess.run([sys.executable, str(CORPUS / "score_maintext.py"), str(out)],
                           capture_output=True, text=True, check=True).stdout.strip().splitlines()
    f1 = score[-1].split()[-1]
    print(f"{name:<12} F1 {f1}  {score[-2]}  {len(pages) / elapsed:6.1f} pages/s", flush=True)


def main() -> int:
    if not (CORPUS / "score_maintext.py").exists():
        print("bench-parse: ../shared/corpus is not present; nothing to score")
        return 0
    pages = [(p.name, p.read_bytes()) for p in sorted((CORPUS / "html" / "news").glob("*.html"))]
    print(f"{len(pages)} pages, {sum(len(h) for _, h in pages) / 1e6:.1f} MB of HTML")
    import importlib.util
    if importlib.util.find_spec("trafilatura"):
        run("trafilatura", trafilatura_text, pages)
    else:
        print("trafilatura      not installed (pip install '.[bench]')")
    run("newsmon", newsmon, pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
