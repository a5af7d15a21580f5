"""Faded scaffolds in notebook 02: each template, filled in as intended, gives the expected answer."""

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from series import cells, source  # noqa: E402

from healthclaims.article import load_seed  # noqa: E402
from healthclaims.exercises import QUESTIONS  # noqa: E402

NOTEBOOK = ROOT / "notebooks" / "02_anatomy_of_the_article.ipynb"
# exercise id → (the idea it scaffolds, the blanks filled in order, the variable the template sets)
SCAFFOLDS = {
    "02.total_words": ("a column", ["n_words"], "total_words"),
    "02.why_longest": ("a groupby", ["section", "mean"], "mean_words"),
    "02.understanding": ("a filter", ['"understand|understood"', "sentence_id"], "understanding_ids"),
}


def _template(variable: str) -> str:
    """Return the commented template lines that assign ``variable`` and the lines before it, uncommented."""
    for cell in cells(NOTEBOOK):
        text = source(cell)
        if cell["cell_type"] == "code" and f"{variable} = None" in text and "___" in text:
            lines = [ln[2:] for ln in text.splitlines() if ln.startswith("# ")]
            return "\n".join(ln for ln in lines if " = " in ln and "___" in ln)
    raise AssertionError(f"no scaffold for {variable}")


@pytest.mark.parametrize("name", SCAFFOLDS)
def test_scaffold_filled_in_gives_the_answer(name):
    _, fills, variable = SCAFFOLDS[name]
    template = _template(variable)
    assert template.count("___") == len(fills)
    code = template
    for fill in fills:
        code = code.replace("___", fill, 1)
    namespace = {"sentences": load_seed().sentences}
    exec(compile(code, name, "exec"), namespace)  # the course's own template, never learner input
    value = namespace[variable]
    if name == "02.why_longest":
        value = "more sentences" if value.loc[3] <= namespace["sentences"]["n_words"].mean() else "longer sentences"
    assert value == QUESTIONS[name].answer()


def test_scaffolds_fade():
    """Blanks per template: the first exercise leaves one, later ones leave two."""
    counts = [_template(variable).count("___") for _, _, variable in SCAFFOLDS.values()]
    assert counts == [1, 2, 2]
    assert {idea for idea, _, _ in SCAFFOLDS.values()} == {"a column", "a groupby", "a filter"}
    assert all(re.search(r"\.groupby\(|\.str\.contains\(|\.sum\(\)", _template(v)) for _, _, v in SCAFFOLDS.values())


def test_plot_scaffold_filled_in_passes_its_check(capsys):
    """Notebook 03's faded plot: the template filled in as intended draws a figure the check accepts."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from healthclaims import check
    from healthclaims.coding import load_coding

    path = ROOT / "notebooks" / "03_assertions_vs_concessions.ipynb"
    (text,) = [source(c) for c in cells(path) if c["cell_type"] == "code" and source(c).startswith("ax = None")]
    template = "\n".join(ln[2:] for ln in text.splitlines() if ln.startswith("# ") and "___" not in ln[:12])
    template = "\n".join(ln for ln in template.splitlines() if not ln.startswith("Complete"))
    assert template.count("___") == 3
    fills = ["by main clause", "number of sentences", "By main clause, claims outnumber concessions 11 to 4"]
    for fill in fills:
        template = template.replace("___", fill, 1)
    coded = load_coding()
    main = [
        int(((coded["primary_role"] == "benefit") & (coded["subject"] == "combination")).sum()),
        int((coded["primary_role"] == "concession").sum()),
    ]
    counts = pd.DataFrame({"assert the combination helps": [0, main[0]], "concede": [0, main[1]]},
                          index=["in any clause", "by main clause"])  # fmt: skip
    namespace = {"plt": plt, "counts": counts}
    exec(compile(template, "03 plot scaffold", "exec"), namespace)  # the course's own template, not learner input
    capsys.readouterr()
    check("03.my_plot", namespace["ax"])
    assert capsys.readouterr().out.startswith("✔ Correct.")
    plt.close("all")


def test_on_ramp_filter_scaffold_filled_in_gives_the_answer():
    """Notebook 01's one-blank filter: with '<' it counts the short sentences; with '<=' the check names the slip."""
    path = ROOT / "notebooks" / "01_python_on_ramp.ipynb"
    template = next(
        source(c)
        for c in cells(path)
        if c["cell_type"] == "code" and "n_short = None" in source(c) and "___" in source(c)
    )
    lines = [ln[2:] for ln in template.splitlines() if ln.startswith("# ") and " = " in ln]
    assert sum(ln.count("___") for ln in lines) == 1
    namespace = {"sentences": load_seed().sentences}
    exec(compile("\n".join(lines).replace("___", "<"), "01 filter scaffold", "exec"), namespace)  # course template
    question = QUESTIONS["01.short_sentences"]
    assert namespace["n_short"] == question.answer() == 5
    exec(compile("\n".join(lines).replace("___", "<="), "01 filter scaffold", "exec"), namespace)
    assert namespace["n_short"] != question.answer()
    assert "<=" in question.mistake(namespace["n_short"])
