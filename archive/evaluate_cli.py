"""`python -m archive evaluate`: extraction quality, ours and trafilatura alone side by side."""

from __future__ import annotations

import json
from pathlib import Path

import click

from extraction.evaluate import evaluate as run_evaluation
from extraction.evaluate import floors, format_table, load_cases, regressions, summary
from extraction.evaluate_sets import SETS, format_templates, in_set, template_summary


@click.command()
@click.option("--fixtures", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=Path("tests/fixtures"), show_default=True,
              help="Folder holding rtarabic/ and realpages/ cases.")
@click.option("--only", help="Evaluate only cases whose name contains this text.")
@click.option("--set", "which", type=click.Choice(SETS), default="all", show_default=True,
              help="dev: every case but the held-out templates; heldout: the first four "
                   "held-out templates; fresh, unseen3 to unseen32: later held-out "
                   "sets, each written after the rules of the one before.")
@click.option("--json", "as_json", is_flag=True, help="Machine output: rows and summaries.")
@click.option("--no-trafilatura", is_flag=True, help="Score ours only (faster).")
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Fail (exit 1) when a score pinned in this file drops.")
@click.option("--write-floors", type=click.Path(dir_okay=False, path_type=Path),
              help="Pin today's scores of ours as floors in this file.")
def evaluate(fixtures: Path, only: str | None, which: str, as_json: bool, no_trafilatura: bool,
             floors_path: Path | None, write_floors: Path | None) -> None:
    """Score extraction against ground truth, per page and overall, with trafilatura alone.

    Template pages (tests/fixtures/templates) are also summed up per template and per set
    (dev templates, heldout templates, fresh templates).

    Example: python -m archive evaluate --floors tests/eval_baseline.json
    """
    cases = [c for c in load_cases(fixtures)
             if (not only or only in c.name) and in_set(c, which)]
    rows = run_evaluation(cases, with_trafilatura=not no_trafilatura)
    if as_json:
        click.echo(json.dumps({"rows": rows, "ours": summary(rows, "ours"),
                               "trafilatura": None if no_trafilatura
                               else summary(rows, "trafilatura"),
                               "templates": template_summary(rows)},
                              ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(rows))
        by_template = format_templates(rows)
        if by_template:
            click.echo("\n" + by_template)
    if write_floors:
        write_floors.write_text(json.dumps(floors(rows), ensure_ascii=False, indent=1,
                                           sort_keys=True) + "\n", encoding="utf-8")
    if floors_path:
        problems = regressions(rows, json.loads(floors_path.read_text(encoding="utf-8")))
        for problem in problems:
            click.echo(f"REGRESSION {problem}", err=True)
        if problems:
            raise SystemExit(1)
