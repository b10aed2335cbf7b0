"""Quality and speed of 推荐阅读 (xuanyong.content.recommendations) against a TF-IDF baseline.

Quality: every row of a labelled public data set is an article; for each, the five nearest
neighbours are computed and precision@5 is the share of them with the same label.
- iflytek/apps.jsonl: 4,640 app descriptions, label = one of 119 app categories.
- csl/papers.jsonl: 1,000 paper abstracts with titles and keywords, label = one of 67 disciplines.
The baseline is a plain TF-IDF cosine (raw tf × log N/df over the analyzer's words, every term
kept, exact). Ours is the production code: sublinear TF × IDF over words and character bigrams,
title and keyword boosts, pruned vectors, through the same inverted index.

Speed: 10⁵ synthetic articles (real sentences from both sets, recombined with a fixed seed),
timed from text to neighbour lists on one core. Segmenting, weighting and indexing are timed
whole; the neighbour search is timed on a random sample (``--sample``) and scaled to all articles.

    .venv/bin/python bench/recommendations.py [--scale 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from xuanyong.content.recommendations import (  # noqa: E402
    DEFAULT,
    LARGE_SITE,
    LARGE_SITE_ARTICLES,
    Index,
    Params,
    Vector,
    features,
    term_vectors,
    tfidf_vectors,
)
from xuanyong.search.analyzer import analyze  # noqa: E402

DATA = Path(os.environ.get("XUANYONG_SHARED_DATA", REPO.parent / "shared" / "data"))
K = 5
_CLAUSE = re.compile(r"[，。,.！!？?；;:：\s]")


class Row:
    def __init__(self, title: str, text: str, keywords: Sequence[str], label: str) -> None:
        self.title, self.text, self.keywords, self.label = title, text, keywords, label


def load_iflytek() -> list[Row]:
    rows = []
    for line in (DATA / "iflytek" / "apps.jsonl").read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        item = json.loads(line)
        sentence = item["sentence"]
        # App descriptions have no title: their first clause names the app, as a title would.
        title = _CLAUSE.split(sentence, maxsplit=1)[0][:30]
        rows.append(Row(title, sentence, (), str(item["label"])))
    return rows


def load_csl() -> list[Row]:
    rows = []
    for line in (DATA / "csl" / "papers.jsonl").read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        item = json.loads(line)
        rows.append(Row(item["title"], item["abstract"], item["keywords"], item["discipline"]))
    return rows


def precision_at_k(rows: Sequence[Row], neighbours: Sequence[Sequence[tuple[int, float]]]) -> float:
    hits = total = 0
    for i, found in enumerate(neighbours):
        top = found[:K]
        hits += sum(1 for j, _ in top if rows[j].label == rows[i].label)
        total += K
    return hits / total


def baseline(rows: Sequence[Row]) -> list[list[tuple[int, float]]]:
    docs = [_counts(analyze(f"{r.title} {r.text}")) for r in rows]
    return Index(tfidf_vectors(docs), posting_cap=0).all_neighbours(K)


def ours(rows: Sequence[Row], params: Params = DEFAULT) -> list[list[tuple[int, float]]]:
    vectors = ours_vectors(rows, params)
    return Index(vectors, posting_cap=params.posting_cap).all_neighbours(K)


def ours_vectors(rows: Sequence[Row], params: Params = DEFAULT) -> list[Vector]:
    docs = [features(r.title, r.text, r.keywords, params) for r in rows]
    return term_vectors(docs, params)


def _counts(tokens: list[str]) -> dict[str, float]:
    counts: dict[str, float] = {}
    for t in tokens:
        counts[t] = counts.get(t, 0.0) + 1.0
    return counts


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def synthetic(rows: Sequence[Row], n: int, seed: int = 20201202) -> list[Row]:
    """``n`` articles of real sentences: a row's title and text plus a sentence of another row."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        base = rows[rng.randrange(len(rows))]
        extra = rows[rng.randrange(len(rows))].text[:120]
        out.append(Row(f"{base.title}{i % 97}", f"{base.text}\n{extra}", base.keywords, base.label))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100_000, help="articles for the timing (0 skips it)")
    parser.add_argument("--sample", type=int, default=2_000, help="articles whose neighbours are timed")
    args = parser.parse_args()
    if not (DATA / "iflytek" / "apps.jsonl").exists() or not (DATA / "csl" / "papers.jsonl").exists():
        print(
            f"bench/recommendations.py: the public data sets are not at {DATA} "
            "(need iflytek/apps.jsonl and csl/papers.jsonl; set XUANYONG_SHARED_DATA). Nothing measured.",
            file=sys.stderr,
        )
        return 2

    print(f"precision@{K} of same-label neighbours (higher is better)\n")
    print(
        "| data set | articles | labels | TF-IDF cosine (baseline) | ours (sublinear TF-IDF, bigrams, boosts) "
        f"| change | ours, postings capped at {LARGE_SITE.posting_cap} (large sites) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, loader in (
        ("iflytek apps → same category", load_iflytek),
        ("csl papers → same discipline", load_csl),
    ):
        rows = loader()
        base = precision_at_k(rows, baseline(rows))
        mine = precision_at_k(rows, ours(rows))
        capped = precision_at_k(rows, ours(rows, LARGE_SITE))
        labels = len({r.label for r in rows})
        print(
            f"| {name} | {len(rows):,} | {labels} | {base:.3f} | {mine:.3f} | {mine - base:+.3f} | {capped:.3f} |"
        )

    if args.scale:
        rows = synthetic(load_iflytek() + load_csl(), args.scale)
        docs, t_features = timed(lambda: [features(r.title, r.text, r.keywords) for r in rows])
        vectors, t_vectors = timed(lambda: term_vectors(docs))  # type: ignore[arg-type]
        cap = LARGE_SITE.posting_cap if args.scale > LARGE_SITE_ARTICLES else 0
        index, t_index = timed(lambda: Index(vectors, posting_cap=cap))  # type: ignore[arg-type]
        sample = random.Random(7).sample(range(args.scale), min(args.sample, args.scale))
        _, t_sample = timed(lambda: [index.neighbours(vectors[i], 12, exclude=i) for i in sample])  # type: ignore[attr-defined, index]
        per_query = t_sample / len(sample)
        t_all = per_query * args.scale
        total = t_features + t_vectors + t_index + t_all
        print(f"\ntime to compute neighbours for {args.scale:,} articles (one core, pure Python)\n")
        print("| step | seconds |")
        print("|---|---:|")
        print(f"| analyze text into terms (rjieba + bigrams) | {t_features:.1f} |")
        print(f"| TF-IDF vectors | {t_vectors:.1f} |")
        print(f"| inverted index (postings capped at {cap or 'no cap'}) | {t_index:.1f} |")
        print(
            f"| 12 neighbours for every article ({per_query * 1000:.1f} ms each, measured on "
            f"{len(sample):,} random articles × {args.scale // len(sample)}) | {t_all:.1f} |"
        )
        print(f"| **full rebuild** | **{total:.1f}** |")
        print(f"| one article's update on publish (index ready) | {per_query * 1000:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
