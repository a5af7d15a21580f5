"""The shared plotting style."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from healthclaims.style import OKABE_ITO, PALETTE, figure_text, use_course_style  # noqa: E402


def test_palette_is_okabe_ito():
    assert OKABE_ITO["orange"] == "#E69F00" and OKABE_ITO["reddish_purple"] == "#CC79A7"
    assert sorted(PALETTE) == sorted(OKABE_ITO.values()) and len(PALETTE) == 8


def test_style_sets_the_colour_cycle_and_sizes():
    use_course_style()
    assert plt.rcParams["axes.prop_cycle"].by_key()["color"] == PALETTE
    assert plt.rcParams["font.size"] == 11 and plt.rcParams["axes.spines.top"] is False


def test_figures_read_as_their_titles_in_text():
    fig, ax = plt.subplots()
    assert figure_text(fig) == "[Figure: untitled]"
    ax.set_title("Most sentences restate one claim")
    assert figure_text(fig) == "[Figure: Most sentences restate one claim]"
    plt.close(fig)


def test_ipython_plain_text_of_a_figure_is_its_title():
    from IPython.lib.pretty import pretty

    use_course_style()
    fig, ax = plt.subplots()
    ax.set_title("Two concessions against seventeen claims")
    assert pretty(fig) == "[Figure: Two concessions against seventeen claims]"
    plt.close(fig)
