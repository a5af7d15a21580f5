"""The simulations behave as theory says: hand-worked values, unbiased estimates, power, regression to the mean."""

import numpy as np
import pandas as pd
import pytest

from healthclaims.simulate import (
    ARMS,
    CONTRASTS,
    PAIN_MODEL,
    analytic_power,
    bliss_expected,
    combination_index,
    day_correlation,
    estimate_effects,
    group_difference,
    hill,
    hill_dose,
    loewe_expected_effect,
    loewe_isobole,
    n_for_power,
    n_reaching_power,
    power_curve,
    rtm_expected_improvement,
    select_testimonials,
    simulate_contrasts,
    simulate_factorial_trial,
    simulate_pain_diaries,
    start_on_bad_day,
)

# Dose–response and reference models, on numbers worked by hand


@pytest.mark.parametrize(("emax", "ec50", "hill_coef"), [(1.0, 10.0, 1.0), (80.0, 3.0, 2.5), (4.0, 0.2, 0.7)])
def test_hill_gives_half_the_maximum_at_the_ec50(emax, ec50, hill_coef):
    assert hill(ec50, emax, ec50, hill_coef) == pytest.approx(emax / 2)
    assert hill(0.0, emax, ec50, hill_coef) == 0.0
    assert hill(1e9, emax, ec50, hill_coef) == pytest.approx(emax, rel=1e-3)


def test_hill_values_worked_by_hand_and_its_inverse():
    # 30 / (10 + 30) = 0.75; with h = 2: 900 / (100 + 900) = 0.9
    assert hill(30.0, 1.0, 10.0) == pytest.approx(0.75)
    assert hill(30.0, 1.0, 10.0, 2.0) == pytest.approx(0.9)
    assert hill_dose(0.75, 1.0, 10.0) == pytest.approx(30.0)
    doses = np.array([0.5, 3.0, 12.0, 70.0])
    assert hill_dose(hill(doses, 2.0, 8.0, 1.7), 2.0, 8.0, 1.7) == pytest.approx(doses)


def test_bliss_on_hand_worked_numbers():
    # 0.3 + 0.5 - 0.15 = 0.65, not the sum 0.8; 0.4 + 0.5 - 0.2 = 0.7
    assert bliss_expected(0.3, 0.5) == pytest.approx(0.65)
    assert bliss_expected(0.4, 0.5) == pytest.approx(0.7)
    assert bliss_expected(0.0, 0.6) == pytest.approx(0.6)
    assert bliss_expected(1.0, 0.2) == pytest.approx(1.0)


def test_loewe_on_hand_worked_numbers():
    # A alone needs 10 units and B alone 40 units for the effect: half of each is on the additivity line.
    assert combination_index(5.0, 20.0, 10.0, 40.0) == pytest.approx(1.0)
    assert combination_index(2.5, 10.0, 10.0, 40.0) == pytest.approx(0.5)  # synergy: half the drug needed
    assert combination_index(4.0, 10.0, 8.0, 20.0) == pytest.approx(1.0)
    assert loewe_isobole(np.array([0.0, 5.0, 10.0]), 10.0, 40.0) == pytest.approx([40.0, 20.0, 0.0])
    # Same Emax and slope: 5/10 + 20/40 = 1 EC50-equivalent -> half the maximum; 5/10 + 10/40 = 0.75 -> 0.75/1.75
    assert loewe_expected_effect(5.0, 20.0, 1.0, 10.0, 40.0) == pytest.approx(0.5)
    assert loewe_expected_effect(5.0, 10.0, 1.0, 10.0, 40.0) == pytest.approx(0.75 / 1.75)


def test_a_drug_combined_with_itself_is_loewe_additive_but_not_bliss_independent():
    # A "sham combination": 5 units of A plus 5 more units of A is 10 units of A.
    assert loewe_expected_effect(5.0, 5.0, 1.0, 10.0, 10.0) == pytest.approx(hill(10.0, 1.0, 10.0))
    one = hill(5.0, 1.0, 10.0)  # 1/3
    assert bliss_expected(one, one) == pytest.approx(5 / 9)
    assert bliss_expected(one, one) > hill(10.0, 1.0, 10.0)


# The factorial trial


def test_trial_table_has_one_row_per_patient_and_the_right_factors():
    trial = simulate_factorial_trial(7, 1.0, 0.5, 0.0, 2.0, np.random.default_rng(1))
    assert len(trial) == 28 and list(trial.columns) == ["patient", "arm", "kratom", "melatonin", "outcome"]
    assert trial["patient"].is_unique
    assert trial.groupby("arm", observed=False).size().to_dict() == dict.fromkeys(ARMS, 7)
    factors = trial.groupby("arm", observed=False)[["kratom", "melatonin"]].first()
    assert factors.loc["both"].tolist() == [1, 1] and factors.loc["placebo"].tolist() == [0, 0]
    assert factors.loc["kratom"].tolist() == [1, 0] and factors.loc["melatonin"].tolist() == [0, 1]


def test_estimates_recover_the_chosen_effects_in_a_huge_trial():
    trial = simulate_factorial_trial(20_000, 1.0, 0.5, 0.8, 2.0, np.random.default_rng(2), placebo=1.5)
    table = estimate_effects(trial)
    # SE of a main effect = 2/sqrt(20000) = 0.014; of the interaction 0.028. Tolerance: 4 SE.
    assert table.loc["kratom main effect", "se"] == pytest.approx(2 / np.sqrt(20_000), rel=0.02)
    assert table.loc["interaction", "se"] == pytest.approx(4 / np.sqrt(20_000), rel=0.02)
    # A main effect averages over the other factor: kratom adds 1.0 without melatonin and 1.8 with it.
    assert table.loc["kratom main effect", "estimate"] == pytest.approx(1.4, abs=0.06)
    assert table.loc["melatonin main effect", "estimate"] == pytest.approx(0.9, abs=0.06)
    assert table.loc["interaction", "estimate"] == pytest.approx(0.8, abs=0.12)
    half_width = table["upper"] - table["estimate"]
    assert half_width.to_numpy() == pytest.approx(1.959964 * table["se"].to_numpy())


def test_estimates_on_a_hand_made_trial():
    trial = pd.DataFrame(
        {
            "arm": pd.Categorical(["placebo"] * 2 + ["kratom"] * 2 + ["melatonin"] * 2 + ["both"] * 2, ARMS),
            "outcome": [0.0, 2.0, 2.0, 4.0, 1.0, 3.0, 5.0, 7.0],
        }
    )
    # Arm means 1, 3, 2, 6; every arm has variance 2, so the pooled SD is sqrt(2).
    table = estimate_effects(trial)
    assert table.loc["interaction", "estimate"] == pytest.approx(6 - 3 - 2 + 1)
    assert table.loc["kratom main effect", "estimate"] == pytest.approx((3 + 6) / 2 - (1 + 2) / 2)
    assert table.loc["interaction", "se"] == pytest.approx(np.sqrt(2 * 4 / 2))
    assert table.loc["kratom main effect", "se"] == pytest.approx(np.sqrt(2 * 1 / 2))


def test_with_no_true_interaction_the_mean_estimate_is_zero():
    sims = simulate_contrasts(30, 1.0, 1.0, 0.0, 2.0, 4000, np.random.default_rng(3))
    estimates = sims.loc[sims["effect"] == "interaction", "estimate"]
    # Each estimate has SE 2*2/sqrt(30) = 0.73; the mean of 4000 has SE 0.73/sqrt(4000) = 0.0115.
    standard_error = 4 / np.sqrt(30) / np.sqrt(4000)
    assert abs(estimates.mean()) < 4 * standard_error
    assert estimates.std() == pytest.approx(4 / np.sqrt(30), rel=0.05)
    # and the false-positive rate is the nominal 5% (binomial SE 0.0034; tolerance 4 SE)
    assert sims.loc[sims["effect"] == "interaction", "significant"].mean() == pytest.approx(0.05, abs=0.014)


def test_power_rises_with_sample_size():
    curve = power_curve([10, 40, 160], 1.0, 2.0, 2000, np.random.default_rng(4))
    for effect in ("interaction", "main effect"):
        power = curve.loc[curve["effect"] == effect, "power"].to_numpy()
        assert (np.diff(power) > 0.1).all(), (effect, power)
    # and matches the normal approximation (binomial SE at most 0.011; tolerance 0.04)
    expected = [analytic_power(n, 1.0, 2.0, CONTRASTS["interaction"]) for n in (10, 40, 160)]
    got = curve.loc[curve["effect"] == "interaction", "power"].to_numpy()
    assert got == pytest.approx(expected, abs=0.04)


def test_the_interaction_needs_about_four_times_the_patients():
    # Weights +-1 (sum of squares 4) against +-1/2 (sum of squares 1): twice the SE, so four times the n.
    n_interaction = n_for_power(1.0, 2.0, CONTRASTS["interaction"])
    n_main = n_for_power(1.0, 2.0, CONTRASTS["kratom main effect"])
    assert (n_main, n_interaction) == (32, 126)
    curve = power_curve([8, 16, 24, 32, 40, 64, 96, 128, 160], 1.0, 2.0, 2000, np.random.default_rng(5))
    reached = n_reaching_power(curve, 0.8)
    assert 3.3 < reached["interaction"] / reached["main effect"] < 4.7
    # Power for the interaction at 4n equals power for the main effect at n; at 2n it is clearly lower.
    main = simulate_contrasts(16, 1.0, 0.0, 0.0, 2.0, 3000, np.random.default_rng(6))
    at_4n = simulate_contrasts(64, 0.0, 0.0, 1.0, 2.0, 3000, np.random.default_rng(7))
    at_2n = simulate_contrasts(32, 0.0, 0.0, 1.0, 2.0, 3000, np.random.default_rng(8))
    power_main = main.loc[main["effect"] == "kratom main effect", "significant"].mean()
    power_4n = at_4n.loc[at_4n["effect"] == "interaction", "significant"].mean()
    power_2n = at_2n.loc[at_2n["effect"] == "interaction", "significant"].mean()
    assert power_4n == pytest.approx(power_main, abs=0.05)
    assert power_2n < power_main - 0.15


def test_n_reaching_power_interpolates():
    curve = pd.DataFrame(
        {"n_per_arm": [10, 20, 30, 10, 20], "effect": ["x", "x", "x", "y", "y"], "power": [0.5, 0.7, 0.9, 0.1, 0.2]}
    )
    reached = n_reaching_power(curve, 0.8)
    assert reached["x"] == pytest.approx(25.0) and np.isnan(reached["y"])


# Pain diaries and regression to the mean


def test_diaries_stay_on_the_scale_and_have_the_modelled_correlation():
    diaries = simulate_pain_diaries(20_000, 30, np.random.default_rng(9), mean_pain=5.0, person_sd=1.0, day_sd=1.2)
    assert diaries.shape == (20_000, 30)
    assert diaries.to_numpy().min() >= 0 and diaries.to_numpy().max() <= 10
    rho = day_correlation(1.0, 1.2, 0.6, 14)
    assert rho == pytest.approx((1 + 1.44 * 0.6**14) / 2.44)
    # SE of a correlation near 0.4 with n = 20000 is about 0.006; tolerance 0.03 also covers clipping.
    assert np.corrcoef(diaries[5], diaries[19])[0, 1] == pytest.approx(rho, abs=0.03)
    assert np.corrcoef(diaries[5], diaries[6])[0, 1] == pytest.approx(day_correlation(1.0, 1.2, 0.6, 1), abs=0.03)


def test_rtm_formula_worked_by_hand():
    # threshold at the mean: z = 0, phi(0)/(1 - Phi(0)) = 0.39894/0.5 = 0.79788
    assert rtm_expected_improvement(5.0, 2.0, 0.5, 5.0) == pytest.approx(2.0 * 0.5 * 0.797885, rel=1e-5)
    assert rtm_expected_improvement(5.0, 2.0, 1.0, 7.0) == 0.0
    assert rtm_expected_improvement(5.0, 2.0, 0.3, 8.0) > rtm_expected_improvement(5.0, 2.0, 0.3, 7.0)


def test_with_an_inert_remedy_the_before_after_improvement_is_regression_to_the_mean():
    model = dict(PAIN_MODEL, drift_per_day=0.0)
    diaries = simulate_pain_diaries(60_000, 43, np.random.default_rng(10), **model)
    study = start_on_bad_day(diaries, 28, 14, 7.0, np.random.default_rng(11))
    sd = np.sqrt(model["person_sd"] ** 2 + model["day_sd"] ** 2)
    rho = day_correlation(model["person_sd"], model["day_sd"], model["ar"], 14)
    expected = rtm_expected_improvement(model["mean_pain"], sd, rho, 7.0)
    standard_error = study["improvement"].std() / np.sqrt(len(study))
    assert len(study) > 2000 and expected > 1.5
    assert study["improvement"].mean() == pytest.approx(expected, abs=4 * standard_error)


def test_drift_and_placebo_response_add_to_the_apparent_improvement():
    diaries = simulate_pain_diaries(60_000, 43, np.random.default_rng(12), **PAIN_MODEL)
    study = start_on_bad_day(diaries, 28, 14, 7.0, np.random.default_rng(13), placebo_response=0.5)
    sd = np.sqrt(PAIN_MODEL["person_sd"] ** 2 + PAIN_MODEL["day_sd"] ** 2)
    rho = day_correlation(PAIN_MODEL["person_sd"], PAIN_MODEL["day_sd"], PAIN_MODEL["ar"], 14)
    mean_on_day_28 = PAIN_MODEL["mean_pain"] + 28 * PAIN_MODEL["drift_per_day"]
    expected = rtm_expected_improvement(mean_on_day_28, sd, rho, 7.0) - 14 * PAIN_MODEL["drift_per_day"] + 0.5
    standard_error = study["improvement"].std() / np.sqrt(len(study))
    assert study["improvement"].mean() == pytest.approx(expected, abs=4 * standard_error + 0.02)


def test_testimonials_come_only_from_those_who_improved():
    diaries = simulate_pain_diaries(5000, 43, np.random.default_rng(14), **PAIN_MODEL)
    study = start_on_bad_day(diaries, 28, 14, 7.0, np.random.default_rng(15))
    letters = select_testimonials(study, 2.0)
    assert 0 < len(letters) < len(study)
    assert (letters["improvement"] >= 2.0).all() and (study["pain_before"] > 7.0).all()
    assert letters["improvement"].mean() > study["improvement"].mean()


def test_randomised_difference_with_an_inert_remedy_centres_on_zero():
    diaries = simulate_pain_diaries(100_000, 43, np.random.default_rng(16), **PAIN_MODEL)
    study = start_on_bad_day(diaries, 28, 14, 7.0, np.random.default_rng(17), placebo_response=0.5, randomise=True)
    counts = study["group"].value_counts()
    assert abs(counts["remedy"] - counts["placebo"]) <= 1
    result = group_difference(study)
    assert study["improvement"].mean() > 2.0  # both groups "improve" a lot ...
    assert abs(result["difference"]) < 4 * result["se"]  # ... and the difference is zero within 4 SE
    assert result["se"] < 0.05


def test_randomised_difference_recovers_a_real_effect():
    diaries = simulate_pain_diaries(100_000, 43, np.random.default_rng(18), **PAIN_MODEL)
    study = start_on_bad_day(
        diaries, 28, 14, 7.0, np.random.default_rng(19), placebo_response=0.5, remedy_effect=1.0, randomise=True
    )
    result = group_difference(study)
    assert result["difference"] == pytest.approx(1.0, abs=4 * result["se"] + 0.02)


# Reproducibility


def test_same_seed_gives_identical_output():
    def everything(seed):
        trial = simulate_factorial_trial(10, 1.0, 1.0, 0.5, 2.0, np.random.default_rng(seed))
        sims = simulate_contrasts(10, 1.0, 1.0, 0.5, 2.0, 50, np.random.default_rng(seed))
        curve = power_curve([10, 20], 1.0, 2.0, 50, np.random.default_rng(seed))
        diaries = simulate_pain_diaries(50, 20, np.random.default_rng(seed), **PAIN_MODEL)
        study = start_on_bad_day(diaries, 5, 10, 5.0, np.random.default_rng(seed), randomise=True)
        return trial, sims, curve, diaries, study

    for first, second in zip(everything(2026), everything(2026), strict=True):
        pd.testing.assert_frame_equal(first, second)
    assert not everything(2026)[0].equals(everything(2027)[0])


def test_expected_parts_match_the_formula_taught_in_notebook_05():
    from healthclaims.simulate import PAIN_MODEL, day_correlation, expected_parts, rtm_expected_improvement

    parts = expected_parts(PAIN_MODEL, 28, 14, 7.0)
    sd = (PAIN_MODEL["person_sd"] ** 2 + PAIN_MODEL["day_sd"] ** 2) ** 0.5
    rho = day_correlation(PAIN_MODEL["person_sd"], PAIN_MODEL["day_sd"], PAIN_MODEL["ar"], 14)
    mean = PAIN_MODEL["mean_pain"] + 28 * PAIN_MODEL["drift_per_day"]
    assert parts["regression to the mean"] == pytest.approx(rtm_expected_improvement(mean, sd, rho, 7.0))
    assert parts["natural history"] == pytest.approx(0.28)  # 14 days of easing by 0.02 points a day


def test_trials_are_drawn_exactly_as_normal_draws_would_be():
    from healthclaims.simulate import _draw_trials, arm_means

    means = arm_means(1.0, 0.5, 0.25, 1.5)
    fast = _draw_trials(means, 2.0, 50, 7, np.random.default_rng(12))
    assert np.array_equal(fast, np.random.default_rng(12).normal(means[None, :, None], 2.0, size=(50, 4, 7)))


def test_power_curve_is_the_share_of_significant_trials_in_simulate_contrasts():
    curve = power_curve([12, 20], 1.0, 2.0, 300, np.random.default_rng(9))
    rng = np.random.default_rng(9)
    expected = []
    for n in (12, 20):
        interaction = simulate_contrasts(n, 0.0, 0.0, 1.0, 2.0, 300, rng)
        main = simulate_contrasts(n, 1.0, 0.0, 0.0, 2.0, 300, rng)
        expected.append(interaction.loc[interaction["effect"] == "interaction", "significant"].mean())
        expected.append(main.loc[main["effect"] == "kratom main effect", "significant"].mean())
    assert curve["power"].tolist() == expected
