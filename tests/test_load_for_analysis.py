"""Loading an article in a notebook: notices and one-line messages, never a traceback."""

from healthclaims.analyze import analyze, load_for_analysis


def test_pasted_headings_only_are_analysed_as_headlines_with_a_note(capsys):
    article = load_for_analysis("Kratom Cures Pain\nThe Natural Way to Sleep")
    assert capsys.readouterr().out == (
        "note: no sentences found, only 2 headings (short lines without a full stop); they are analysed as headlines.\n"
    )
    assert analyze(article).sentences["sentence_id"].tolist() == ["h01", "h02"]


def test_pasted_lines_without_sentence_ends_get_a_note(capsys):
    article = load_for_analysis("my notes\n\nit helps my back a lot\nit made me sick once\n")
    assert "2 lines had no sentence end (. ! ?), so each line was read as one sentence." in capsys.readouterr().out
    assert article.sentences["text"].tolist() == ["it helps my back a lot", "it made me sick once"]


def test_a_pdf_file_gets_one_line(tmp_path, capsys):
    path = tmp_path / "page.pdf"
    path.write_bytes(b"%PDF-1.7\nsome text\n")
    assert load_for_analysis(str(path)) is None
    assert capsys.readouterr().out == f"ℹ {path}: PDF is not supported: save the page as text or HTML.\n"


def test_punctuation_only_has_no_words(capsys):
    assert load_for_analysis("...\n!!! ???") is None
    assert capsys.readouterr().out == "ℹ no sentences found (no words at all), so there is nothing to analyse.\n"
