"""How far a class's raters agree: per item (modal rating, spread, agreeing pairs) and overall (Fleiss' kappa)."""

from __future__ import annotations

import numbers

import pandas as pd

from healthclaims.agreement import Kappa, fleiss_item_agreement, fleiss_kappa
from healthclaims.instrument_items import load_instrument
from healthclaims.rating_files import ClassRatings


def item_agreement(class_ratings: ClassRatings) -> pd.DataFrame:
    """Per item: the modal rating, the share of raters choosing it, the range, and the share of agreeing pairs.

    ``mode`` is the lowest of tied ratings. ``pair_agreement`` is the share of pairs of raters who gave the item
    the same rating: the per-item quantity that Fleiss' kappa averages.
    """
    counts = class_ratings.counts
    if class_ratings.n_raters < 2:
        print(f"ℹ Agreement needs at least two usable rating files; there are {class_ratings.n_raters}.")
        return pd.DataFrame(columns=["short_title", "raters", "mode", "modal_share", "pair_agreement"])
    m = counts.sum(axis=1)
    table = pd.DataFrame(
        {
            "raters": m,
            "mode": counts.idxmax(axis=1),
            "modal_share": counts.max(axis=1) / m,
            "pair_agreement": pd.Series(fleiss_item_agreement(counts), index=counts.index),
        }
    )
    if all(isinstance(v, numbers.Real) for v in counts.columns):
        ratings = class_ratings.ratings.astype(float)
        table["lowest"] = ratings.min(axis=1).astype(int)
        table["highest"] = ratings.max(axis=1).astype(int)
        table["spread"] = table["highest"] - table["lowest"]
    titles = load_instrument(class_ratings.instrument).set_index("item")["short_title"]
    table.insert(0, "short_title", titles.reindex(table.index))
    return table


def class_kappa(class_ratings: ClassRatings) -> Kappa | None:
    """Return Fleiss' kappa for a class's ratings, or print why it cannot be computed and return None."""
    if class_ratings.n_raters < 2:
        print(f"ℹ Fleiss' kappa needs at least two usable rating files; there are {class_ratings.n_raters}.")
        return None
    if (class_ratings.counts.sum(axis=0) > 0).sum() < 2:
        print("ℹ Every rater gave every item the same rating, so chance agreement is 100 % and kappa is undefined.")
        return None
    return fleiss_kappa(class_ratings.counts)
