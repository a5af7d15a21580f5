"""Bad input gets a clear one-line InputError, never a traceback-worthy crash."""

import pytest

from healthclaims import InputError, load_article
from healthclaims.textio import MAX_BYTES, decode_text, read_text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
    ],
)
def test_bad_files_raise_one_line_input_errors(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_text(path)
    assert "\n" not in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_article(tmp_path)


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(InputError, match="the limit is"):
        read_text(path)


def test_bom_and_windows_line_endings_are_normalised():
    assert decode_text("\ufeffOne.\r\nTwo.\rThree.".encode()) == "One.\nTwo.\nThree."
