"""The marks of the course's longer figures: each function draws data onto an axes and leaves the
axis labels and the title, the part that teaches, to the notebook."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.ticker import FuncFormatter, NullFormatter

from healthclaims.simulate import loewe_isobole
from healthclaims.style import OKABE_ITO

_OFFSET = {"textcoords": "offset points"}


def _plain_number(value: float, _position: int | None = None) -> str:
    """A tick label in plain figures with thousands separators: 0.1, 1, 10, 1,000 (not 10⁻¹ … 10³)."""
    return f"{value:,.0f}" if value >= 1 and value == round(value) else f"{value:g}"


def plain_log_ticks(axis: Axis) -> None:
    """Label a log-scale axis in plain numbers (1, 10, 100, 1,000) and leave its minor ticks unlabelled."""
    axis.set_major_formatter(FuncFormatter(_plain_number))
    axis.set_minor_formatter(NullFormatter())


def draw_isobologram(ax: Axes, experiments: pd.DataFrame, alone_a: float, alone_b: float) -> None:
    """Draw the Loewe additivity line and each experiment's doses, labelled with its combination index."""
    dose_a = np.linspace(0, alone_a, 50)
    line = loewe_isobole(dose_a, alone_a, alone_b)
    ax.plot(dose_a, line, color="black", label="Loewe additivity line (CI = 1)")
    ax.fill_between(dose_a, 0, line, color=OKABE_ITO["bluish_green"], alpha=0.15, hatch="//")
    styles = zip(["^", "o", "s"], [OKABE_ITO["bluish_green"], OKABE_ITO["blue"], OKABE_ITO["vermillion"]], strict=True)
    for (name, row), (marker, colour) in zip(experiments.iterrows(), styles, strict=False):
        ax.plot(row["dose_a"], row["dose_b"], marker=marker, color=colour, markersize=11, linestyle="none")
        text = f"{name}: CI = {row['combination_index']:.1f}, {row['verdict (Loewe)']}"
        ax.annotate(text, (row["dose_a"], row["dose_b"]), xytext=(10, 4), **_OFFSET)
    ax.text(0.3, 1.5, "below the line: less drug than\nadditivity predicts = synergy", fontsize=9)
    ax.legend(loc="upper right")


def draw_interaction_plot(ax: Axes, trial: pd.DataFrame, additive: float) -> None:
    """Draw each arm's mean outcome (±1.96 SE), one line per kratom arm, and where 'both' would sit if effects add."""
    summary = trial.groupby(["kratom", "melatonin"])["outcome"].agg(["mean", "sem"]).reset_index()
    for kratom, marker, style, colour in [(0, "o", "-", OKABE_ITO["blue"]), (1, "s", "--", OKABE_ITO["orange"])]:
        rows = summary[summary["kratom"] == kratom]
        x = rows["melatonin"] + 0.04 * (kratom - 0.5)  # nudged apart so the error bars do not overlap
        label = "kratom" if kratom else "kratom placebo"
        style_kw = {"marker": marker, "linestyle": style, "color": colour, "capsize": 4, "markersize": 8}
        ax.errorbar(x, rows["mean"], yerr=1.96 * rows["sem"], label=label, **style_kw)
    ax.plot([1.08], [additive], "x", color="black", markersize=10, label="'both' if the effects add up")
    ax.set_xticks([0, 1], ["melatonin placebo", "melatonin"])
    ax.set_xlim(-0.3, 1.4)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=3, fontsize=9)


def draw_diaries(ax: Axes, diaries: pd.DataFrame, people: list, start_day: int, threshold: float) -> None:
    """Draw a few people's pain diaries (the first starts on a bad day), the starting day and the cut-off."""
    colours = [OKABE_ITO[c] for c in ("vermillion", "blue", "bluish_green")]
    styles = zip(["o", "s", "^"], ["-", "--", ":"], colours, strict=True)
    for n, (person, (marker, style, colour)) in enumerate(zip(people, styles, strict=False)):
        label = f"person {person}" + (f" (bad day on day {start_day})" if n == 0 else "")
        ax.plot(diaries.columns, diaries.loc[person], marker=marker, markersize=4, ls=style, color=colour, label=label)
    ax.axhline(threshold, color="grey", linewidth=1)
    ax.axvline(start_day, color="black", linestyle="--", linewidth=1)
    ax.text(start_day + 0.5, 9.4, f"day {start_day}", fontsize=9)
    ax.text(0.5, threshold + 0.15, f"pain {threshold:g}", fontsize=9)
    ax.set_ylim(0, 10)
    ax.legend(loc="lower left", ncols=3, fontsize=9)


def draw_before_after(ax: Axes, before: pd.Series, after: pd.Series, starters: pd.DataFrame, threshold: float) -> None:
    """Scatter everyone's pain before against after, then 400 of the starters (columns pain_before, pain_after).

    The starters' average is marked from all of them, not only the 400 drawn.
    """
    ax.scatter(before, after, s=6, color="#999999", marker=".", label=f"all people ({len(before):,} shown)")
    shown = starters.sample(min(400, len(starters)), random_state=1)
    label = f"started on a bad day ({len(shown):,} shown)"
    ax.scatter(shown["pain_before"], shown["pain_after"], s=14, color=OKABE_ITO["vermillion"], marker="^", label=label)
    ax.plot([0, 10], [0, 10], color="black", linestyle="--", linewidth=1, label="no change")
    ax.axvline(threshold, color="grey", linewidth=1)
    mean_before, mean_after = starters["pain_before"].mean(), starters["pain_after"].mean()
    ax.plot(mean_before, mean_after, "D", color="black", markersize=10, label="starters' average")
    text = f"starters' average:\n{mean_before:.1f} → {mean_after:.1f}"
    arrow = {"arrowstyle": "->"}
    ax.annotate(text, (mean_before, mean_after), xytext=(7.6, 0.6), textcoords="data", arrowprops=arrow)
    ax.set(xlim=(0, 10), ylim=(0, 10))
    ax.legend(loc="upper left", fontsize=9)


def draw_testimonials(ax: Axes, quiet: pd.Series, writers: pd.Series, bins: np.ndarray, min_improvement: float) -> None:
    """Stack two histograms of improvement: people who write no testimonial (grey) and people who do (hatched)."""
    ax.hist(quiet, bins=bins, color="#BBBBBB", edgecolor="black", label="no testimonial")
    label = f"writes a testimonial (improved by {min_improvement:g}+ points)"
    ax.hist(writers, bins=bins, color=OKABE_ITO["orange"], hatch="//", edgecolor="black", label=label)
    ax.axvline(0, color="black", linewidth=1)
    ax.text(-0.15, ax.get_ylim()[1] * 0.6, "no change", fontsize=9, ha="right")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=2, fontsize=9)


def draw_interactions(ax: Axes, interactions: pd.DataFrame) -> None:
    """Draw measured exposure ratios (filled, with their CI) and laboratory predictions (hollow) on a log scale.

    ``interactions`` has columns pair, predicted, measured, ci_low and ci_high (NaN where there is none).
    """
    y = np.arange(len(interactions))[::-1]
    ax.axvline(1, color="black", linestyle="--", linewidth=1)
    has_ci = interactions["ci_low"].notna()
    measured = interactions["measured"]
    errors = [(measured - interactions["ci_low"])[has_ci], (interactions["ci_high"] - measured)[has_ci]]
    ax.errorbar(measured[has_ci], y[has_ci], xerr=errors, fmt="none", ecolor=OKABE_ITO["blue"], capsize=4)
    ax.scatter(measured, y, s=80, marker="o", color=OKABE_ITO["blue"], label="measured in people", zorder=3)
    ax.scatter(interactions["predicted"], y, s=90, marker="D", facecolor="white", edgecolor=OKABE_ITO["orange"])
    ax.collections[-1].set(linewidth=2, zorder=3, label="predicted from laboratory data")
    for xi, predicted, yi in zip(measured, interactions["predicted"], y, strict=True):
        if not np.isnan(xi):
            left = xi < 1
            ax.annotate(
                f"{xi:g}×", (xi, yi), xytext=(-6 if left else 0, 9), ha="right" if left else "center", **_OFFSET
            )
        if not np.isnan(predicted) and not np.isnan(xi):
            near_one = abs(np.log(predicted)) < 0.2  # beside the dashed line: write to the right of it
            where = {"xytext": (12, -16), "ha": "left"} if near_one else {"xytext": (0, -16), "ha": "center"}
            ax.annotate(f"{predicted:g}× predicted", (predicted, yi), **where, **_OFFSET)
    ax.set_xscale("log")
    ax.set_xticks([0.5, 1, 2, 5, 10, 20], ["0.5", "1", "2", "5", "10", "20"])
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_yticks(y, interactions["pair"])
    ax.set(xlim=(0.5, 30), ylim=(-0.6, len(y) - 0.4))
    ax.legend(loc="upper right", bbox_to_anchor=(1.0, -0.16), ncols=2)


def draw_label_ranges(ax: Axes, content: pd.DataFrame) -> None:
    """Draw each study's range of measured content (% of label: columns study, lowest, highest) and the ±10% band."""
    ax.axvspan(90, 110, facecolor="none", edgecolor=OKABE_ITO["bluish_green"], hatch="///", linewidth=0)
    ax.axvline(100, color=OKABE_ITO["bluish_green"], linewidth=1.5)
    ax.text(114, -0.42, "label ±10%", color="black", va="center")
    styles = zip(["s", "o"], [OKABE_ITO["vermillion"], OKABE_ITO["blue"]], strict=False)
    for i, (row, (marker, colour)) in enumerate(zip(content.itertuples(), styles, strict=False)):
        ax.plot([row.lowest, row.highest], [i, i], color=colour, linewidth=4, marker=marker, markersize=10)
        for value in (row.lowest, row.highest):
            ax.annotate(f"{value}%", (value, i), xytext=(0, -18), ha="center", **_OFFSET)
    ax.set_yticks(range(len(content)), content["study"])
    ax.set_ylim(-0.6, len(content) - 0.3)


def draw_cascade(ax: Axes, cascade: pd.DataFrame) -> None:
    """Draw each step of a cascade of counts (columns step, count) as a labelled, hatched bar on a log scale."""
    hatches = ["", "//", "..", "xx"]
    colours = [OKABE_ITO["black"], OKABE_ITO["blue"], OKABE_ITO["orange"], OKABE_ITO["vermillion"]]
    ypos = np.arange(len(cascade))[::-1]
    counts = cascade.iloc[:, 1]
    bars = ax.barh(ypos, counts, color=colours[: len(ypos)], hatch=hatches[: len(ypos)], edgecolor="black", alpha=0.85)
    ax.bar_label(bars, labels=[f" {n:,}" for n in counts], padding=2)
    ax.set_yticks(ypos, cascade["step"].str.replace(" by a", "\nby a").str.replace(" at post", "\nat post"))
    ax.set_xscale("log")
    plain_log_ticks(ax.xaxis)
    ax.set_xlim(1, 10 ** np.ceil(np.log10(counts.max() * 5)))


RATING_SHADES = ["#D55E00", "#E69F00", "#F0E442", "#56B4E9", "#0072B2"]
RATING_HATCHES = ["xx", "//", "", "..", "\\\\"]
RATING_ANCHORS = {1: "1 definite no", 2: "2", 3: "3 partly", 4: "4", 5: "5 definite yes"}


def draw_rating_counts(ax: Axes, counts: pd.DataFrame, labels: list[str]) -> None:
    """Draw one stacked bar per question: how many raters gave each rating 1–5, each with its hatch and its count."""
    left = pd.Series(0, index=counts.index)
    for rating, shade, hatch in zip(counts.columns, RATING_SHADES, RATING_HATCHES, strict=True):
        style = {"color": shade, "hatch": hatch, "edgecolor": "#000000", "linewidth": 0.6}
        bars = ax.barh(labels, counts[rating], left=left, label=RATING_ANCHORS[rating], **style)
        texts = ax.bar_label(bars, labels=[str(n) if n else "" for n in counts[rating]], label_type="center")
        for text in texts:
            text.set_bbox({"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})
        left = left + counts[rating]
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.legend(title="rating", loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=5)
