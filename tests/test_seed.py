"""The seed article is kept byte for byte: its typos and repetitions are teaching material."""

import hashlib

SEED_SHA256 = "218d434ccf6f010a60e6d37f3a18b4d0e57b3de9631d58b36679c7d5ead16f8a"


def test_seed_is_byte_identical_to_the_article_as_received(root):
    data = (root / "seeds" / "kratom_melatonin_article.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    assert len(data) == 4999


def test_seed_matches_the_shared_copy_when_it_is_beside_the_course(root):
    shared = root.parent / "shared" / "seeds" / "kratom_melatonin_article.txt"
    ours = (root / "seeds" / "kratom_melatonin_article.txt").read_bytes()
    if shared.exists():  # present in the developers' workplace and in CI
        assert shared.read_bytes() == ours
    else:  # a learner's clone: the recorded hash is the reference
        assert hashlib.sha256(ours).hexdigest() == SEED_SHA256


def test_seed_shape_is_as_documented_in_seeds_readme(root):
    text = (root / "seeds" / "kratom_melatonin_article.txt").read_text(encoding="utf-8")
    assert text.count("\n") == 14 and not text.endswith("\n")  # 15 lines, no final newline
    assert text.count("\u2019") == 5  # curly apostrophes: kratom’s ×2, body’s, It’s, you’re
    assert text.count("'") == 3  # straight apostrophes, all in the summary: body's, Kratom's, body's
    readme = (root / "seeds" / "README.md").read_text(encoding="utf-8")
    assert SEED_SHA256 in readme
