"""tools/renumber.py moves every written notebook number and nothing else."""

from renumber import rewrite, shifter


def _shift(text: str, path: str = "notes.md") -> str:
    two, one = shifter(start=1, by=1, mark=False)
    return rewrite(text, path, two, one)


def test_file_names_ids_and_titles_move():
    text = 'See 02_assertions_vs_concessions.ipynb; check("02.my_plot", ax); "# 02 · Assertions"'
    assert _shift(text) == 'See 03_assertions_vs_concessions.ipynb; check("03.my_plot", ax); "# 03 · Assertions"'


def test_exercise_numbers_and_notebook_lists_move():
    assert _shift("In Exercise 6.4, and Exercises 3.1 and 3.2") == "In Exercise 7.4, and Exercises 4.1 and 4.2"
    assert _shift("notebooks 03 and 04; Notebook 08's key; notebook 00") == (
        "notebooks 04 and 05; Notebook 09's key; notebook 00"
    )
    assert (
        _shift("| 06 | `06_x.ipynb` |\n| 5 | x | 06 §2 |\n| 10 | x |")
        == "| 07 | `07_x.ipynb` |\n| 5 | x | 07 §2 |\n| 10 | x |"
    )


def test_numbers_that_are_not_notebooks_stay():
    text = "2016-01-05, 0.05, Q01, s03, e029, 8.1%, 1.06× predicted, 10.1001/jama.01, Exercise 0.1"
    assert _shift(text) == text


def test_notebook_fields_of_the_course_tables_move_and_others_stay():
    assert (
        _shift("notebook,section,minutes\n06,1,05\n", "instructor/timing.csv") == "notebook,section,minutes\n07,1,05\n"
    )
    assert _shift("06,1,Title,05\n", "data/evidence.csv") == "06,1,Title,05\n"


def test_marking_shows_each_rewrite():
    two, one = shifter(start=1, by=1, mark=True)
    assert rewrite("notebook 01 and Exercise 1.2", "x.md", two, one) == "notebook ⟦02⟧ and Exercise ⟦2⟧.2"


def test_notebooks_from_ten_on_and_rubric_lists_move():
    two, one = shifter(start=8, by=2, mark=False)
    text = 'Notebooks: 00, 02, 10\nExercise 10.3 and notebook 11; 10_rating_with_instruments.ipynb; "10.hnr_stars"'
    assert rewrite(text, "x.md", two, one) == (
        'Notebooks: 00, 02, 12\nExercise 12.3 and notebook 13; 12_rating_with_instruments.ipynb; "12.hnr_stars"'
    )


def test_tables_move_notebook_cells_and_leave_minutes():
    two, one = shifter(start=8, by=2, mark=False)
    text = "| 10 | `10_x.ipynb` | 58 + 60 min |\n| 10 | Final rating | 11 |\n| 07 | 08 | 09 | 10 |\n| 10 | x | 09 §2 |"
    assert rewrite(text, "README.md", two, one) == (
        "| 12 | `12_x.ipynb` | 58 + 60 min |\n| 10 | Final rating | 13 |\n| 07 | 10 | 11 | 12 |\n| 10 | x | 11 §2 |"
    )
