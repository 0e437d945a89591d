"""Score extraction against ground truth, ours and trafilatura alone side by side.

Full-text truth: word 4-gram shingles, as the common article-extraction benchmark does
(precision, recall, F1 per page, averaged over pages). Snippet truth: must-contain and
must-not-contain. Metadata: exact title, published day, author, tags.

Cases are read from fixture folders:
- `rtarabic/<case>.json` golden records (status `ok`): body, title, published, author, tags;
- `realpages/<name>.source.json` pages with the truth their source repository ships
  (`.gt.txt` full text, fundus `.gt.json`, htmldate `.gt.json` dates, newspaper4k
  `.metadata.json`) and our own `<name>.truth.json` on top (snippets, metadata, body file).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from extraction.article import extract_article as extract
from extraction.sites import get_site
from extraction.trafilatura_text import TRAFILATURA_OPTIONS

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4

# Phrases that only boilerplate holds on Arabic news pages. A case's body must not contain
# one unless its truth body does (a real paragraph may mention one).
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "أضف تعليق", "تعليقك سوف يظهر", "كل التعليقات", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا",
    "إقرأ أيضاً", "إقرأ المزيد", "اقرأ المزيد", "ذات صلة", "الأكثر قراءة", "مقالات مشابهة",
    "مواضيع ذات صلة", "كلمات دلالية", "الكلمات الدالة", "وسوم", "المصدر:", "المصدر: وكالات",
    "تابعوا", "تابعونا على", "شارك عبر", "صورة أرشيفية", "صورة تعبيرية", "سياسة الخصوصية",
    "إرشادات الاستخدام",
)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams of `text` (case-folded words, punctuation ignored)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def score_text(extracted: str, truth: str) -> Score:
    """Precision, recall and F1 of `extracted` against `truth` on word 4-gram shingles."""
    got, want = shingles(extracted), shingles(truth)
    if not got and not want:
        return Score(1.0, 1.0, 1.0)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


@dataclass
class Case:
    """One page with what is known to be right about it (None: not known)."""

    name: str
    url: str
    html: Path
    site: str = "generic"
    body: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    tags: list[str] | None = None
    language: str | None = None
    must_contain: list[str] = field(default_factory=list)
    must_not_contain: list[str] = field(default_factory=list)
    held_out: bool = False  # a template no rule was written against
    template_set: str | None = None  # dev, heldout or fresh (None: derived from held_out)


@dataclass
class Extracted:
    """What one extractor gave for a page, in the fields the truth speaks about."""

    body: str
    title: str | None
    published: str | None
    author: str | None
    tags: list[str]


@dataclass
class Result:
    """One extractor's scores on one case; None where the case has no truth for it."""

    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    snippets_failed: list[str] = field(default_factory=list)
    snippets_checked: int = 0
    title: bool | None = None
    published: bool | None = None
    author: bool | None = None
    tags: bool | None = None


# ---------------------------------------------------------------- cases

def load_cases(fixtures: Path) -> list[Case]:
    """Every case under `fixtures` (rtarabic/, realpages/, templates/), sorted by name."""
    cases = [*_rt_cases(fixtures / "rtarabic"), *_real_cases(fixtures / "realpages"),
             *_template_cases(fixtures / "templates")]
    return sorted(cases, key=lambda c: c.name)


def _rt_cases(folder: Path) -> Iterable[Case]:
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("status") != "ok":
            continue
        yield Case(name=f"rtarabic/{path.stem}", url=record["url"], html=path.with_suffix(".html"),
                   site="rtarabic", body=record["body"], title=record.get("title"),
                   published=(record.get("published") or "")[:10] or None,
                   author=record.get("author"), tags=record.get("tags"), language="ar",
                   must_not_contain=_absent_phrases(record["body"]))


def _absent_phrases(body: str) -> list[str]:
    return [p for p in BOILERPLATE_PHRASES if p not in body]


def _real_cases(folder: Path) -> Iterable[Case]:
    for source_path in sorted(folder.glob("*.source.json")):
        name = source_path.name.removesuffix(".source.json")
        source = json.loads(source_path.read_text(encoding="utf-8"))
        case = Case(name=f"realpages/{name}", url=source["url"], html=folder / f"{name}.html")
        _read_upstream_truth(folder, name, case)
        _read_our_truth(folder, name, case)
        if case.body is not None and case.language == "ar":
            case.must_not_contain = list(dict.fromkeys(
                [*case.must_not_contain, *_absent_phrases(case.body)]))
        yield case


def _read_upstream_truth(folder: Path, name: str, case: Case) -> None:
    """The truth the source repository ships, in its own format."""
    text = folder / f"{name}.gt.txt"
    if text.exists():
        case.body = text.read_text(encoding="utf-8")
    data_path = folder / f"{name}.gt.json"
    data = json.loads(data_path.read_text(encoding="utf-8")) if data_path.exists() else {}
    if "V1" in data:  # fundus: title, paragraphs by section, publishing date
        fundus = data["V1"]
        case.body = "\n\n".join(p for s in fundus["body"]["sections"] for p in s["paragraphs"])
        case.title = fundus.get("title")
        case.published = (fundus.get("publishing_date") or "")[:10] or None
    elif "date" in data:  # htmldate: the publication day
        case.published = data["date"]
    meta_path = folder / f"{name}.metadata.json"
    if meta_path.exists():  # newspaper4k: title (its authors and date are empty here)
        case.title = json.loads(meta_path.read_text(encoding="utf-8")).get("title")


def _read_our_truth(folder: Path, name: str, case: Case) -> None:
    """`<name>.truth.json`, written by reading the page: overrides and adds fields."""
    path = folder / f"{name}.truth.json"
    if not path.exists():
        return
    truth = json.loads(path.read_text(encoding="utf-8"))
    if "body_file" in truth:
        case.body = (folder / truth["body_file"]).read_text(encoding="utf-8")
    for key in ("title", "published", "author", "tags", "language", "must_contain",
                "must_not_contain"):
        if key in truth:
            setattr(case, key, truth[key])


def _template_cases(folder: Path) -> Iterable[Case]:
    for path in sorted(folder.glob("*/*.truth.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        n = path.name.removesuffix(".truth.json")
        yield Case(name=f"templates/{path.parent.name}/{n}", url=truth["url"],
                   html=path.with_name(f"{n}.html"), body=truth["body"], title=truth["title"],
                   published=truth["published"], author=truth["author"], tags=truth["tags"],
                   language="ar", held_out=truth["held_out"], template_set=truth.get("set"),
                   must_not_contain=list(
                       dict.fromkeys([*truth["must_not_contain"],
                                      *_absent_phrases(truth["body"])])))


# ---------------------------------------------------------------- extraction

def run_ours(case: Case) -> Extracted:
    article = extract(get_site(case.site), case.url, case.html.read_bytes())
    return Extracted(article.body, article.title, article.published, article.author, article.tags)


def run_trafilatura(case: Case) -> Extracted:
    """trafilatura alone on the same bytes: its text with the options our extraction gives it,
    its metadata from its own metadata extractor."""
    import trafilatura

    html = case.html.read_bytes()
    text = trafilatura.extract(html, url=case.url, **TRAFILATURA_OPTIONS) or ""
    meta = trafilatura.extract_metadata(html, default_url=case.url)
    data = meta.as_dict() if meta is not None else {}
    tags = [t.strip() for value in data.get("tags") or [] for t in re.split(r"[,،]", value)]
    return Extracted(text, data.get("title"), data.get("date"), data.get("author"),
                     [t for t in tags if t])


# ---------------------------------------------------------------- scoring

def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def score_case(case: Case, got: Extracted) -> Result:
    result = Result()
    if case.body is not None:
        score = score_text(got.body, case.body)
        result.precision, result.recall, result.f1 = score.precision, score.recall, score.f1
    body = " ".join(got.body.split())
    result.snippets_failed = [
        *(f"missing: {s}" for s in case.must_contain if " ".join(s.split()) not in body),
        *(f"present: {s}" for s in case.must_not_contain if s in body),
    ]
    result.snippets_checked = len(case.must_contain) + len(case.must_not_contain)
    if case.title is not None:
        result.title = _same(got.title, case.title)
    if case.published is not None:
        result.published = (got.published or "")[:10] == case.published
    if case.author is not None:
        result.author = _same(got.author, case.author)
    if case.tags is not None:
        result.tags = {" ".join(t.split()) for t in got.tags} == {
            " ".join(t.split()) for t in case.tags}
    return result


def evaluate(cases: list[Case], with_trafilatura: bool = True) -> list[dict[str, Any]]:
    """Per case: {"name", "ours": Result, "trafilatura": Result | None} as plain dicts."""
    rows = []
    for case in cases:
        row: dict[str, Any] = {"name": case.name, "held_out": case.held_out,
                               "set": case.template_set,
                               "ours": asdict(score_case(case, run_ours(case)))}
        row["trafilatura"] = (asdict(score_case(case, run_trafilatura(case)))
                              if with_trafilatura else None)
        rows.append(row)
    return rows


_FIELDS = ("title", "published", "author", "tags")


def summary(rows: list[dict[str, Any]], side: str) -> dict[str, Any]:
    """Averages over pages with full-text truth; right/known counts for snippets and metadata."""
    results = [r[side] for r in rows if r.get(side)]
    scored = [r for r in results if r["f1"] is not None]
    out: dict[str, Any] = {"pages": len(results), "full_text_pages": len(scored)}
    for key in ("precision", "recall", "f1"):
        out[key] = sum(r[key] for r in scored) / len(scored) if scored else None
    out["snippets_failed"] = sum(len(r["snippets_failed"]) for r in results)
    out["snippets_checked"] = sum(r["snippets_checked"] for r in results)
    for key in _FIELDS:
        known = [r[key] for r in results if r[key] is not None]
        out[key] = f"{sum(known)}/{len(known)}"
    return out


def floors(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Today's scores of ours, rounded down: the values a regression must not go below."""
    pinned: dict[str, Any] = {}
    for row in rows:
        ours = row["ours"]
        entry: dict[str, Any] = {k: _floor(ours[k]) for k in ("precision", "recall", "f1")
                                 if ours[k] is not None}
        entry["snippets_failed"] = len(ours["snippets_failed"])
        entry.update({k: ours[k] for k in _FIELDS if ours[k]})
        pinned[row["name"]] = entry
    return pinned


def _floor(value: float) -> float:
    return int(value * 1000) / 1000


def regressions(rows: list[dict[str, Any]], pinned: dict[str, Any]) -> list[str]:
    """Every pinned score of ours that the new rows fall below (empty when none)."""
    by_name = {row["name"]: row["ours"] for row in rows}
    problems = []
    for name, entry in pinned.items():
        ours = by_name.get(name)
        if ours is None:
            problems.append(f"{name}: case missing")
            continue
        for key, floor in entry.items():
            value = ours[key]
            if key == "snippets_failed":
                if len(value) > floor:
                    problems.append(f"{name}: {len(value)} snippet failures > {floor}: {value}")
            elif isinstance(floor, bool):
                if value is not True:
                    problems.append(f"{name}: {key} no longer right")
            elif value is None or value < floor:
                problems.append(f"{name}: {key} {value} < floor {floor}")
    return problems


# ---------------------------------------------------------------- report

def _num(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "NO")


def format_table(rows: list[dict[str, Any]]) -> str:
    """Per page: P/R/F1, snippet failures and metadata, ours | trafilatura alone."""
    lines = [f"{'page':58} {'side':5} {'P':>5} {'R':>5} {'F1':>5}  snip  title date author tags"]
    for row in rows:
        for side, label in (("ours", "ours"), ("trafilatura", "traf")):
            r = row.get(side)
            if not r:
                continue
            snip = f"{len(r['snippets_failed'])}/{r['snippets_checked']}"
            lines.append(
                f"{row['name'][:58]:58} {label:5} {_num(r['precision'])} {_num(r['recall'])} "
                f"{_num(r['f1'])}  {snip:5} {_mark(r['title']):5} {_mark(r['published']):4} "
                f"{_mark(r['author']):6} {_mark(r['tags'])}")
    lines.append("")
    for side, label in (("ours", "ours"), ("trafilatura", "trafilatura alone")):
        if any(row.get(side) for row in rows):
            s = summary(rows, side)
            lines.append(
                f"{label}: {s['full_text_pages']} full-text pages: P {_num(s['precision'])} "
                f"R {_num(s['recall'])} F1 {_num(s['f1'])}; snippet failures "
                f"{s['snippets_failed']}/{s['snippets_checked']}; title {s['title']}, "
                f"published {s['published']}, author {s['author']}, tags {s['tags']}")
    return "\n".join(lines)
