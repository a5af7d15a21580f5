"""The drawing helpers behind the notebooks' longer figures put the right marks on the axes."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from healthclaims.figures import (  # noqa: E402
    draw_before_after,
    draw_cascade,
    draw_interactions,
    draw_label_ranges,
    draw_rating_counts,
    draw_testimonials,
    plain_log_ticks,
)


@pytest.fixture
def ax():
    fig, axes = plt.subplots()
    yield axes
    plt.close(fig)


def _texts(ax):
    return [t.get_text() for t in ax.texts]


def test_cascade_draws_one_labelled_bar_per_step(ax):
    cascade = pd.DataFrame({"step": ["all", "detected", "cause", "alone"], "deaths": [27338, 152, 91, 7]})
    draw_cascade(ax, cascade)
    widths = sorted(round(p.get_width()) for p in ax.patches)
    assert widths == [7, 91, 152, 27338]
    assert {" 27,338", " 152", " 91", " 7"} <= set(_texts(ax))
    assert len({p.get_hatch() for p in ax.patches}) == 4  # each step has its own hatch, not only its own colour
    assert ax.get_xscale() == "log"
    assert ax.xaxis.get_major_formatter().format_ticks([1, 10, 100, 1000]) == ["1", "10", "100", "1,000"]
    assert ax.xaxis.get_minor_formatter().format_ticks([2, 3, 20]) == ["", "", ""]  # not 10⁰, 2×10⁰ …


def test_plain_log_ticks_write_small_and_large_numbers_in_full(ax):
    ax.plot([0.1, 1_000_000], [0, 1])
    ax.set_xscale("log")
    plain_log_ticks(ax.xaxis)
    ax.set_xlim(0.1, 1_000_000)
    ticks = [0.1, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 2.5]
    labels = ax.xaxis.get_major_formatter().format_ticks(ticks)
    assert labels == ["0.1", "1", "10", "100", "1,000", "10,000", "100,000", "1,000,000", "2.5"]


def test_interactions_label_measured_and_predicted_values(ax):
    table = pd.DataFrame(
        {
            "pair": ["a", "b", "c"],
            "predicted": [5.69, 1.06, 1.01],
            "measured": [1.39, 0.99, np.nan],
            "ci_low": [1.23, 0.83, np.nan],
            "ci_high": [1.57, 1.19, np.nan],
        }
    )
    draw_interactions(ax, table)
    texts = _texts(ax)
    assert {"1.39×", "0.99×", "5.69× predicted", "1.06× predicted"} <= set(texts)
    assert "1.01× predicted" not in texts  # a prediction with nothing measured beside it is left to the notebook
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "measured in people",
        "predicted from laboratory data",
    ]


def test_label_ranges_draw_each_study_from_lowest_to_highest(ax):
    content = pd.DataFrame({"study": ["one", "two"], "lowest": [17, 74], "highest": [578, 347]})
    draw_label_ranges(ax, content)
    lines = [line for line in ax.lines if len(line.get_xdata()) == 2 and line.get_xdata()[0] != line.get_xdata()[1]]
    assert [list(line.get_xdata()) for line in lines] == [[17, 578], [74, 347]]
    assert {"17%", "578%", "74%", "347%", "label ±10%"} <= set(_texts(ax))


def test_rating_counts_stack_to_the_number_of_raters(ax):
    counts = pd.DataFrame({1: [2, 0], 2: [1, 0], 3: [0, 4], 4: [1, 0], 5: [0, 0]}, index=[1, 2])
    draw_rating_counts(ax, counts, ["Q1", "Q2"])
    right_edges = {}
    for bar in ax.patches:
        y = round(bar.get_y() + bar.get_height() / 2)
        right_edges[y] = max(right_edges.get(y, 0), bar.get_x() + bar.get_width())
    assert sorted(right_edges.values()) == [4, 4]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "1 definite no",
        "2",
        "3 partly",
        "4",
        "5 definite yes",
    ]


def test_before_after_marks_the_average_of_all_starters(ax):
    starters = pd.DataFrame(
        {"pain_before": np.full(500, 8.0), "pain_after": np.r_[np.full(250, 4.0), np.full(250, 6.0)]}
    )
    draw_before_after(ax, pd.Series([1.0, 2.0]), pd.Series([1.5, 2.5]), starters, threshold=7)
    assert "starters' average:\n8.0 → 5.0" in _texts(ax)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "all people (2 shown)" in labels and "started on a bad day (400 shown)" in labels


def test_testimonials_hatch_the_writers(ax):
    bins = np.arange(-4, 8.5, 0.5)
    draw_testimonials(ax, pd.Series([-1.0, 0.0, 1.0]), pd.Series([2.0, 3.5]), bins, min_improvement=2)
    hatched = [p for p in ax.patches if p.get_hatch() == "//"]
    assert sum(p.get_height() for p in hatched) == 2
    assert "writes a testimonial (improved by 2+ points)" in [t.get_text() for t in ax.get_legend().get_texts()]
