"""Every numbered section of every notebook runs after the notebook's setup cells alone, so a plan can pick any."""

import os

import matplotlib
import pytest
from series import NOTEBOOK_DIR, NOTEBOOKS, sections

matplotlib.use("Agg")


def run_section(setup: str, code: list[str]) -> None:
    """Run the setup code, then one section's code cells, in a fresh namespace."""
    import matplotlib.pyplot as plt

    namespace: dict = {"__name__": "__main__"}
    for number, text in enumerate([setup, *code]):
        exec(compile(text, f"<cell {number}>", "exec"), namespace)  # noqa: S102 - the course's own notebook code
    plt.close("all")


CASES = [(path, number, code) for path in NOTEBOOKS for number, _, code in sections(path)[1]]


@pytest.mark.parametrize("path, number, code", CASES, ids=[f"{p.stem[:2]}§{n}" for p, n, _ in CASES])
def test_section_runs_after_setup_alone(path, number, code, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(NOTEBOOK_DIR)
    monkeypatch.setenv("HEALTHCLAIMS_LEARNER_DIR", str(tmp_path))
    run_section(sections(path)[0], code)


def test_every_notebook_after_00_has_setup_and_numbered_sections():
    for path in NOTEBOOKS[1:]:
        setup, found = sections(path)
        assert "import" in setup and len(found) >= 2, path.name
        assert [n for n, _, _ in found] == [str(i) for i in range(1, len(found) + 1)], path.name


def test_a_section_that_needs_an_earlier_one_fails(tmp_path):
    with pytest.raises(NameError):
        run_section("x = 1", ["y = x + undefined_name"])
    assert os.path.isdir(tmp_path)
