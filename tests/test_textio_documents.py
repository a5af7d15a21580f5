"""Reading real-world documents: HTML reduced to visible text, cp1252 with a notice."""

import pytest

from healthclaims import InputError
from healthclaims.htmltext import html_to_text, looks_like_html
from healthclaims.textio import read_document


def test_html_to_text_drops_scripts_styles_and_keeps_blocks():
    page = (
        "<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script>"
        "<h1>Melatonin &amp; sleep</h1><p>It is a hormone.<br>It may help.</p>"
        "<ul><li>Start low.</li><li>Ask a pharmacist.</li></ul><noscript>Enable JS</noscript></body></html>"
    )
    assert html_to_text(page) == (
        "Melatonin & sleep\n\nIt is a hormone.\nIt may help.\n\n- Start low.\n\n- Ask a pharmacist."
    )


def test_looks_like_html():
    assert looks_like_html("<!DOCTYPE html><html>")
    assert looks_like_html("<div><p>Hello</p></div>")
    assert not looks_like_html("Kratom (Mitragyna speciosa) and melatonin <3")


def test_read_document_plain_utf8_has_no_notices(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("One sentence.\r\nTwo.", encoding="utf-8")
    document = read_document(path)
    assert document.text == "One sentence.\nTwo." and document.notices == ()


def test_read_document_falls_back_to_cp1252_with_a_notice(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("“Natural” – café.".encode("cp1252"))
    document = read_document(path)
    assert document.text == "“Natural” – café."
    assert document.notices == (f"{path} is not UTF-8; it was read as cp1252 (Windows Western European).",)


def test_read_document_html_by_extension(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<p>Plain words here.</p>", encoding="utf-8")
    document = read_document(path)
    assert document.text == "Plain words here." and "is HTML" in document.notices[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x81\x8d", "not UTF-8 or cp1252"), (b"<html><script>x</script></html>", "no visible text")],
)
def test_read_document_refusals(tmp_path, content, message):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)
