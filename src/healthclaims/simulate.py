"""Simulations for notebooks 05 and 06: dose–response, synergy reference models, factorial trials, pain diaries.

Every number these functions produce follows from parameters the caller chooses. None of them is a fact
about kratom, melatonin or any other substance: they show how study designs behave, not what drugs do.
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np
import pandas as pd

ARMS = ("placebo", "kratom", "melatonin", "both")
"""The four arms of the 2×2 factorial trial, in a fixed order."""

FACTORS = {"placebo": (0, 0), "kratom": (1, 0), "melatonin": (0, 1), "both": (1, 1)}
"""Whether each arm gets factor A (kratom) and factor B (melatonin): 1 = active, 0 = its placebo."""

CONTRASTS = {
    "kratom main effect": np.array([-0.5, 0.5, -0.5, 0.5]),
    "melatonin main effect": np.array([-0.5, -0.5, 0.5, 0.5]),
    "interaction": np.array([1.0, -1.0, -1.0, 1.0]),
}
"""Weights on the arm means (placebo, kratom, melatonin, both) for each effect of the factorial trial.

A main effect is the average over the other factor: (kratom + both)/2 − (placebo + melatonin)/2.
The interaction is both − kratom − melatonin + placebo: how far the combination exceeds the sum of its parts.
"""

Z_95 = NormalDist().inv_cdf(0.975)
"""1.96: the normal quantile for a two-sided 95% interval (normal approximation throughout)."""


# Dose–response and the two reference models for "no interaction"


def hill(dose: float | np.ndarray, emax: float, ec50: float, hill_coef: float = 1.0) -> np.ndarray:
    """Effect of a dose under the Hill (Emax) model: emax · dose^h / (ec50^h + dose^h)."""
    dose = np.asarray(dose, dtype=float)
    return emax * dose**hill_coef / (ec50**hill_coef + dose**hill_coef)


def hill_dose(effect: float | np.ndarray, emax: float, ec50: float, hill_coef: float = 1.0) -> np.ndarray:
    """Dose that gives ``effect`` under the Hill model (the inverse of ``hill``; effect below emax)."""
    effect = np.asarray(effect, dtype=float)
    return ec50 * (effect / (emax - effect)) ** (1.0 / hill_coef)


def loewe_isobole(dose_a: float | np.ndarray, alone_a: float, alone_b: float) -> np.ndarray:
    """Dose of B that, added to ``dose_a`` of A, lies on the Loewe additivity line (the isobole)."""
    return alone_b * (1.0 - np.asarray(dose_a, dtype=float) / alone_a)


def combination_index(
    dose_a: float | np.ndarray, dose_b: float | np.ndarray, alone_a: float, alone_b: float
) -> np.ndarray:
    """Loewe combination index a/A + b/B of a dose pair that gives the effect A and B give alone (<1 synergy)."""
    return np.asarray(dose_a, dtype=float) / alone_a + np.asarray(dose_b, dtype=float) / alone_b


def loewe_expected_effect(
    dose_a: float | np.ndarray,
    dose_b: float | np.ndarray,
    emax: float,
    ec50_a: float,
    ec50_b: float,
    hill_coef: float = 1.0,
) -> np.ndarray:
    """Effect of a dose pair under Loewe additivity, for two Hill curves with the same emax and slope."""
    a_equivalents = np.asarray(dose_a, dtype=float) / ec50_a + np.asarray(dose_b, dtype=float) / ec50_b
    return hill(a_equivalents, emax, 1.0, hill_coef)


def bliss_expected(effect_a: float | np.ndarray, effect_b: float | np.ndarray) -> np.ndarray:
    """Combined effect under Bliss independence, for effects as fractions of the maximum: a + b − a·b."""
    effect_a, effect_b = np.asarray(effect_a, dtype=float), np.asarray(effect_b, dtype=float)
    return effect_a + effect_b - effect_a * effect_b


# The 2×2 factorial trial


def arm_means(placebo: float, effect_a: float, effect_b: float, interaction: float) -> np.ndarray:
    """True mean outcome of the four arms (placebo, kratom, melatonin, both) from the effects chosen."""
    a = np.array([FACTORS[arm][0] for arm in ARMS])
    b = np.array([FACTORS[arm][1] for arm in ARMS])
    return placebo + effect_a * a + effect_b * b + interaction * a * b


def simulate_factorial_trial(
    n_per_arm: int,
    effect_a: float,
    effect_b: float,
    interaction: float,
    sd: float,
    rng: np.random.Generator,
    placebo: float = 0.0,
) -> pd.DataFrame:
    """One simulated 2×2 trial: one row per patient with arm, kratom (0/1), melatonin (0/1) and outcome."""
    means = arm_means(placebo, effect_a, effect_b, interaction)
    outcome = rng.normal(np.repeat(means, n_per_arm), sd)
    arm = np.repeat(ARMS, n_per_arm)
    return pd.DataFrame(
        {
            "patient": np.arange(1, len(arm) + 1),
            "arm": pd.Categorical(arm, categories=ARMS),
            "kratom": [FACTORS[a][0] for a in arm],
            "melatonin": [FACTORS[a][1] for a in arm],
            "outcome": outcome,
        }
    )


def estimate_effects(trial: pd.DataFrame) -> pd.DataFrame:
    """Main effects and interaction with standard errors and 95% normal-approximation CIs (pooled SD)."""
    by_arm = trial.groupby("arm", observed=False)["outcome"]
    means, variances, counts = (
        by_arm.mean().reindex(ARMS),
        by_arm.var().reindex(ARMS),
        by_arm.size().reindex(ARMS),
    )
    pooled_var = ((counts - 1) * variances).sum() / (counts - 1).sum()
    rows = []
    for name, weights in CONTRASTS.items():
        estimate = float(weights @ means.to_numpy())
        se = float(np.sqrt(pooled_var * (weights**2 / counts.to_numpy()).sum()))
        rows.append({"effect": name, "estimate": estimate, "se": se})
    table = pd.DataFrame(rows).set_index("effect")
    table["lower"] = table["estimate"] - Z_95 * table["se"]
    table["upper"] = table["estimate"] + Z_95 * table["se"]
    return table


def _draw_trials(means: np.ndarray, sd: float, n_sims: int, n_per_arm: int, rng: np.random.Generator) -> np.ndarray:
    """Outcomes of ``n_sims`` trials as (n_sims, 4, n): the same numbers as rng.normal(means, sd), drawn faster."""
    outcomes = rng.standard_normal(size=(n_sims, len(ARMS), n_per_arm))  # normal(m, sd) is m + sd · z, z by z
    outcomes *= sd
    outcomes += means[None, :, None]
    return outcomes


def _contrast_tests(outcomes: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Estimate and pooled-SD standard error of one contrast in each simulated trial."""
    n_per_arm = outcomes.shape[2]
    pooled_var = outcomes.var(axis=2, ddof=1).mean(axis=1)
    return outcomes.mean(axis=2) @ weights, np.sqrt(pooled_var * (weights**2).sum() / n_per_arm)


def simulate_contrasts(
    n_per_arm: int,
    effect_a: float,
    effect_b: float,
    interaction: float,
    sd: float,
    n_sims: int,
    rng: np.random.Generator,
) -> pd.DataFrame:
    """Estimate and SE of every effect in ``n_sims`` simulated trials, drawn at once as (n_sims, 4, n)."""
    outcomes = _draw_trials(arm_means(0.0, effect_a, effect_b, interaction), sd, n_sims, n_per_arm, rng)
    frames = []
    for name, weights in CONTRASTS.items():
        estimate, se = _contrast_tests(outcomes, weights)
        frames.append(pd.DataFrame({"sim": np.arange(n_sims), "effect": name, "estimate": estimate, "se": se}))
    table = pd.concat(frames, ignore_index=True)
    table["significant"] = (table["estimate"].abs() / table["se"]) > Z_95
    return table


def _power(n_per_arm: int, means: np.ndarray, effect: str, sd: float, n_sims: int, rng: np.random.Generator) -> float:
    """Share of ``n_sims`` simulated trials in which one effect's 95% CI excludes zero (only that effect computed)."""
    estimate, se = _contrast_tests(_draw_trials(means, sd, n_sims, n_per_arm, rng), CONTRASTS[effect])
    return float(np.mean(np.abs(estimate) / se > Z_95))


def power_curve(
    n_values: list[int] | np.ndarray, effect: float, sd: float, n_sims: int, rng: np.random.Generator
) -> pd.DataFrame:
    """Simulated power at each n per arm: an interaction of size ``effect`` against a main effect of that size."""
    rows = []
    for n in n_values:
        interaction = _power(int(n), arm_means(0.0, 0.0, 0.0, effect), "interaction", sd, n_sims, rng)
        main = _power(int(n), arm_means(0.0, effect, 0.0, 0.0), "kratom main effect", sd, n_sims, rng)
        rows.append({"n_per_arm": int(n), "effect": "interaction", "power": interaction})
        rows.append({"n_per_arm": int(n), "effect": "main effect", "power": main})
    return pd.DataFrame(rows)


def analytic_power(n_per_arm: float | np.ndarray, effect: float, sd: float, weights: np.ndarray) -> np.ndarray:
    """Normal-approximation power of a two-sided 5% test of one contrast of the four arm means."""
    se = sd * np.sqrt((np.asarray(weights) ** 2).sum() / np.asarray(n_per_arm, dtype=float))
    shift = abs(effect) / se
    cdf = np.vectorize(NormalDist().cdf)
    return cdf(shift - Z_95) + cdf(-shift - Z_95)


def n_for_power(effect: float, sd: float, weights: np.ndarray, power: float = 0.8) -> int:
    """Smallest n per arm that gives ``power`` for one contrast (normal approximation, two-sided 5%)."""
    z_power = NormalDist().inv_cdf(power)
    return int(np.ceil((Z_95 + z_power) ** 2 * (np.asarray(weights) ** 2).sum() * sd**2 / effect**2))


def n_reaching_power(curve: pd.DataFrame, power: float = 0.8) -> pd.Series:
    """For each effect in a power curve, the n per arm where simulated power first reaches ``power`` (interpolated)."""
    result = {}
    for effect, rows in curve.sort_values("n_per_arm").groupby("effect"):
        n, p = rows["n_per_arm"].to_numpy(dtype=float), rows["power"].to_numpy()
        above = np.flatnonzero(p >= power)
        if len(above) == 0:
            result[effect] = np.nan
        elif above[0] == 0:
            result[effect] = n[0]
        else:
            i = above[0]
            result[effect] = n[i - 1] + (power - p[i - 1]) * (n[i] - n[i - 1]) / (p[i] - p[i - 1])
    return pd.Series(result, name="n_per_arm").rename_axis("effect")


# Fluctuating pain, bad days and regression to the mean

PAIN_MODEL = {"mean_pain": 5.0, "person_sd": 1.0, "day_sd": 1.2, "ar": 0.6, "drift_per_day": -0.02}
"""The course's illustrative diary model (notebook 06): average pain 5 of 10, people differ by SD 1, days swing
by SD 1.2 with day-to-day correlation 0.6, and the condition eases by 0.02 points a day. Chosen for teaching."""


def simulate_pain_diaries(
    n_people: int,
    n_days: int,
    rng: np.random.Generator,
    mean_pain: float = 5.0,
    person_sd: float = 1.0,
    day_sd: float = 1.2,
    ar: float = 0.6,
    drift_per_day: float = 0.0,
) -> pd.DataFrame:
    """Daily pain (0–10) per person: own mean + AR(1) day-to-day swings + slow drift; rows people, columns days."""
    person_mean = rng.normal(mean_pain, person_sd, size=n_people)
    swings = np.empty((n_people, n_days))
    swings[:, 0] = rng.normal(0.0, day_sd, size=n_people)
    innovation_sd = day_sd * np.sqrt(1.0 - ar**2)
    for day in range(1, n_days):  # each day depends on the one before; vectorised across people
        swings[:, day] = ar * swings[:, day - 1] + rng.normal(0.0, innovation_sd, size=n_people)
    pain = person_mean[:, None] + swings + drift_per_day * np.arange(n_days)[None, :]
    table = pd.DataFrame(np.clip(pain, 0.0, 10.0), columns=pd.RangeIndex(n_days, name="day"))
    return table.rename_axis(index="person")


def day_correlation(person_sd: float, day_sd: float, ar: float, lag: int) -> float:
    """Correlation between one person's pain on two days ``lag`` days apart, in the diary model (no clipping)."""
    return (person_sd**2 + day_sd**2 * ar**lag) / (person_sd**2 + day_sd**2)


def rtm_expected_improvement(mean: float, sd: float, rho: float, threshold: float) -> float:
    """Expected fall X1 − X2 given X1 > threshold, for normal X1, X2 with correlation rho: sd(1−rho)φ(z)/(1−Φ(z))."""
    z = (threshold - mean) / sd
    normal = NormalDist()
    return sd * (1.0 - rho) * normal.pdf(z) / (1.0 - normal.cdf(z))


def expected_parts(model: dict[str, float], start_day: int, follow_up_days: int, threshold: float) -> dict[str, float]:
    """Expected improvement from regression to the mean and from natural history, for starters above threshold."""
    sd_total = float(np.sqrt(model["person_sd"] ** 2 + model["day_sd"] ** 2))
    rho = day_correlation(model["person_sd"], model["day_sd"], model["ar"], follow_up_days)
    mean_on_start = model["mean_pain"] + start_day * model["drift_per_day"]
    return {
        "regression to the mean": rtm_expected_improvement(mean_on_start, sd_total, rho, threshold),
        "natural history": -follow_up_days * model["drift_per_day"],
    }


def start_on_bad_day(
    diaries: pd.DataFrame,
    start_day: int,
    follow_up_days: int,
    threshold: float,
    rng: np.random.Generator,
    placebo_response: float = 0.0,
    remedy_effect: float = 0.0,
    randomise: bool = False,
) -> pd.DataFrame:
    """Those above ``threshold`` on ``start_day`` start (remedy, or 1:1 remedy/placebo); pain then, later, fall."""
    # Every starter gets the placebo response; the remedy group also gets remedy_effect.
    # improvement = pain before - pain after, so a positive value means less pain.
    before = diaries[start_day]
    starters = before[before > threshold].index
    n = len(starters)
    if randomise:
        group = rng.permutation(np.repeat(["remedy", "placebo"], [n - n // 2, n // 2]))
    else:
        group = np.full(n, "remedy")
    got_remedy = group == "remedy"
    after = diaries.loc[starters, start_day + follow_up_days].to_numpy() - placebo_response - remedy_effect * got_remedy
    study = pd.DataFrame(
        {
            "person": starters,
            "group": group,
            "pain_before": before[starters].to_numpy(),
            "pain_after": np.clip(after, 0.0, 10.0),
        }
    )
    study["improvement"] = study["pain_before"] - study["pain_after"]
    return study


def select_testimonials(study: pd.DataFrame, min_improvement: float = 2.0) -> pd.DataFrame:
    """The remedy-takers who improved by at least ``min_improvement`` points: the only ones who write in."""
    return study[(study["group"] == "remedy") & (study["improvement"] >= min_improvement)]


def group_difference(study: pd.DataFrame) -> pd.Series:
    """Mean improvement with remedy minus with placebo, with its SE and 95% normal-approximation CI."""
    by_group = study.groupby("group")["improvement"]
    means, variances, counts = by_group.mean(), by_group.var(), by_group.size()
    estimate = means["remedy"] - means["placebo"]
    se = float(np.sqrt((variances / counts).sum()))
    return pd.Series({"difference": estimate, "se": se, "lower": estimate - Z_95 * se, "upper": estimate + Z_95 * se})
