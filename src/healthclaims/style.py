"""One plotting style for every figure in the course: Okabe–Ito colours, readable sizes."""

from __future__ import annotations

import matplotlib as mpl
from cycler import cycler
from matplotlib.figure import Figure

OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
"""The eight colours of Okabe and Ito's Color Universal Design palette (reference `okabe2008`)."""

PALETTE = [
    OKABE_ITO[name]
    for name in ("blue", "orange", "bluish_green", "vermillion", "reddish_purple", "sky_blue", "yellow", "black")
]
"""Colour order used for successive series: the most distinct pairs come first."""

MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
"""Marker shapes to pair with PALETTE so points and lines differ by more than colour."""


def figure_text(fig: Figure) -> str:
    """Return a plain-text stand-in for a figure: its axes' titles."""
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    return f"[Figure: {'; '.join(titles) if titles else 'untitled'}]"


def _repr_pretty_(fig: Figure, printer, cycle: bool) -> None:
    """IPython's plain-text view of a figure: its titles (see figure_text)."""
    printer.text(figure_text(fig))


def use_course_style() -> None:
    """Apply the course's matplotlib style: palette, font sizes, light grid, no top/right spines."""
    # A notebook stores a plain-text stand-in beside every figure image. IPython's default is
    # "<Figure size 700x400 with 1 Axes>"; the title says what the figure shows. (The inline
    # backend resets IPython's figure formatters when it loads, so the hook goes on the class.)
    Figure._repr_pretty_ = _repr_pretty_
    mpl.rcParams.update(
        {
            "figure.figsize": (7.0, 4.0),
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "savefig.bbox": "tight",
            "font.size": 11,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.labelsize": 11,
            "xtick.labelsize": 10,
            "ytick.labelsize": 10,
            "legend.fontsize": 10,
            "legend.frameon": False,
            "axes.prop_cycle": cycler(color=PALETTE),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "axes.axisbelow": True,
            "image.cmap": "cividis",
        }
    )
