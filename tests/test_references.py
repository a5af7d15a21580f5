"""Citations point where a reader would look: canonical records, identifiers for studies, no internal names."""

import re
from pathlib import Path

import pandas as pd
import pytest
from series import NOTEBOOKS

from healthclaims.citations import identifier_link, vancouver

ROOT = Path(__file__).resolve().parents[1]
MIRRORS = re.compile(
    r"//(?:\d{1,3}\.){3}\d{1,3}|scribd|dokumen|pdfslide|docslib|datapdf|docest|documentine|readkong|blogspot|wordpress"
    r"|medworm|erowid|salmonellablog|zhixidata|wilddata|questionsmedicales|scite\.ai|c19early|scilit|openaire|repec"
    r"|bvsalud|safetylit|metajournal|eurekaselect|prolekare|brightsurf|empr\.com|rxreasoner|justia|thefederalregister"
    r"|researchprofiles|research\.monash|experts\.mcmaster|westernsydney|drugsandalcohol|mafiadoc|ouci\.dntb",
    re.I,
)
STUDIES = {"randomised trial", "meta-analysis", "systematic review", "cohort study", "survey", "case report",
           "case series", "in-vitro study", "animal study"}  # fmt: skip
# Words that would tell a learner how the course was built rather than where to check it.
INTERNAL = re.compile(
    r"corpus|FACTS\.md|stored cop(?:y|ies)|stored source|stored material|find_string|read_file|file ids?\b"
    r"|evidence sheet|working sheet|search tool|\b(?:pages|docs|code): (?:https?://|find_string)",
    re.I,
)


@pytest.fixture(scope="module")
def references():
    return pd.read_csv(ROOT / "data" / "references.csv", dtype=str, keep_default_na=False)


def test_no_citation_is_a_mirror_an_aggregator_or_an_ip_address(references):
    cited = references[references["url"].str.contains(MIRRORS)]
    assert cited.empty, cited[["id", "url"]].values.tolist()


def test_the_url_is_the_doi_link_then_the_pubmed_record(references):
    for row in references.itertuples():
        assert row.url, row.id
        if row.doi:
            assert row.url == f"https://doi.org/{row.doi}", row.id
        elif row.pmid and "/books/" not in row.url:
            assert row.url == f"https://pubmed.ncbi.nlm.nih.gov/{row.pmid}/", row.id
    assert references["pmid"].str.fullmatch(r"\d*").all()
    assert not references["doi"].str.startswith("http").any()


def test_every_study_has_a_doi_or_a_pmid_or_says_why_not(references):
    studies = references[references["type"].isin(STUDIES)]
    assert len(studies) > 40
    missing = studies[(studies["doi"] == "") & (studies["pmid"] == "")]
    unexplained = missing[~missing["notes"].str.contains(r"No DOI or PMID|no DOI or PMID")]
    assert unexplained.empty, unexplained["id"].tolist()


def test_learner_visible_fields_name_no_internal_tool_or_working_file(references):
    for column in ("title", "container", "checked_at", "notes"):
        hits = references[references[column].str.contains(INTERNAL)]
        assert hits.empty, (column, hits["id"].tolist())
    assert references["checked_at"].str.contains(r"\d{4}-\d{2}-\d{2}").all()


def learner_visible_files() -> list[Path]:
    """Every file a learner or instructor reads: notebooks, data, instructor guide, website pages, READMEs."""
    files = [
        *(ROOT / "notebooks").glob("*.ipynb"),
        *(ROOT / "data").rglob("*.*"),
        *(ROOT / "instructor").rglob("*.md"),
        *(ROOT / "book").rglob("*.md"),
        ROOT / "README.md",
        ROOT / "seeds" / "README.md",
        ROOT / "CONTRIBUTING.md",
    ]
    return [f for f in files if f.suffix in {".ipynb", ".csv", ".md", ".txt", ".html"}]


@pytest.mark.parametrize("path", learner_visible_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_learner_visible_file_names_internal_tools(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r'"image/png": "[^"]*"', "", text)  # figure data is not prose
    found = [m.group(0) for m in INTERNAL.finditer(text)]
    assert not found, found[:5]


def test_the_scan_would_catch_an_internal_name():
    assert INTERNAL.search("Searched pages corpus on 2026-11-26")
    assert INTERNAL.search("see FACTS.md item H10")
    assert not INTERNAL.search("PubMed record PMID 31523332, 2026-12-01")


def test_vancouver_style_with_a_live_link():
    ref = {"authors": "Aldyab M; Ells PF; Bui R; Chapman TD; Lee H", "year": "2019",
           "title": "Kratom-Induced Cholestatic Liver Injury", "container": "Gastroenterology Res 12(4):211-215",
           "doi": "10.14740/gr1204", "pmid": "31523332", "url": "https://doi.org/10.14740/gr1204"}  # fmt: skip
    assert vancouver(ref) == (
        "Aldyab M, Ells PF, Bui R, Chapman TD, Lee H. Kratom-Induced Cholestatic Liver Injury. "
        "Gastroenterology Res 12(4):211-215; 2019. doi:10.14740/gr1204. PMID: 31523332."
    )
    assert identifier_link(ref) == "https://doi.org/10.14740/gr1204"
    assert identifier_link({"pmid": "31643556", "url": "x"}) == "https://pubmed.ncbi.nlm.nih.gov/31643556/"


NAMED = re.compile(r"[a-z][a-z0-9_]*\d{4}[a-z0-9_]*|[a-z][a-z_]*_[a-z0-9_]+")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_lists_exactly_the_sources_it_names(path, references):
    import nbformat

    cells = nbformat.read(path, as_version=4).cells
    listing = [c.source for c in cells if "reference_list(" in c.source]
    text = "\n".join(c.source for c in cells if "reference_list(" not in c.source)
    named = {w for w in NAMED.findall(text) if w in set(references["id"])}
    if not named:
        assert not listing
        return
    assert len(listing) == 1, "one References cell"
    listed = set(re.findall(r'"([a-z0-9_]+)"', listing[0]))
    assert listed == named, (sorted(named - listed), sorted(listed - named))


def test_et_al_ends_with_one_full_stop():
    ref = {
        "authors": "Kruegel AC; Gassaway MM; et al.",
        "title": "Mitragynine",
        "container": "J Am Chem Soc",
        "year": "2016",
    }
    assert vancouver(ref).startswith("Kruegel AC, Gassaway MM, et al. Mitragynine. J Am Chem Soc; 2016.")


def test_notes_never_say_a_filled_field_was_left_blank(references):
    for row in references.itertuples():
        text = f"{row.notes} {row.checked_at}"
        for field, word in (("doi", "DOI"), ("pmid", "PMID")):
            if getattr(row, field):
                assert not re.search(rf"{word}[^.]*?(left blank|is blank|blanked|emptied)", text), (row.id, field)


def test_a_study_without_authors_says_so(references):
    studies = references[references["type"].isin(STUDIES | {"report"})]
    blank = studies[studies["authors"] == ""]
    assert blank["notes"].str.contains("uthors").all(), blank["id"].tolist()
