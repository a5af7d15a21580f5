"""References in one standard style (Vancouver), each with a live link to its canonical record."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd
from IPython.display import Markdown

from healthclaims.paths import data_path


def load_references() -> pd.DataFrame:
    """The course's reference table, indexed by id, with blank fields as empty strings."""
    return pd.read_csv(data_path("references.csv"), dtype=str, keep_default_na=False).set_index("id")


def identifier_link(ref: Mapping[str, str]) -> str:
    """The canonical link of a reference: its DOI, else its PubMed record, else its URL."""
    if ref.get("doi"):
        return f"https://doi.org/{ref['doi']}"
    if ref.get("pmid"):
        return f"https://pubmed.ncbi.nlm.nih.gov/{ref['pmid']}/"
    return ref.get("url", "")


def vancouver(ref: Mapping[str, str], with_url: bool = True) -> str:
    """One reference in Vancouver style, plain text: authors. Title. Container; year. doi/PMID (or URL)."""
    authors = ref.get("authors", "").replace("; ", ", ").replace(";", ",")
    title = ref.get("title", "").rstrip(".")
    parts = [authors if authors.endswith(".") else f"{authors}." if authors else "", f"{title}." if title else ""]
    container, year = ref.get("container", ""), ref.get("year", "")
    if container and year and year not in container:
        parts.append(f"{container}; {year}.")
    elif container or year:
        parts.append(f"{container or year}.")
    if ref.get("doi"):
        parts.append(f"doi:{ref['doi']}.")
    if ref.get("pmid"):
        parts.append(f"PMID: {ref['pmid']}.")
    if with_url and not ref.get("doi") and not ref.get("pmid") and ref.get("url"):
        parts.append(f"Available from: {ref['url']}")
    return " ".join(p for p in parts if p)


def reference_list(ids: Iterable[str], references: pd.DataFrame | None = None) -> Markdown:
    """A numbered Vancouver reference list for these ids, each ending in a live link, for display in a notebook."""
    table = load_references() if references is None else references
    lines = []
    for n, ref_id in enumerate(dict.fromkeys(ids), start=1):
        ref = table.loc[ref_id].to_dict()
        link = identifier_link(ref)
        lines.append(f"{n}. {vancouver(ref, with_url=False)} Available from: [{link}]({link}) `{ref_id}`")
    return Markdown("\n".join(lines))
