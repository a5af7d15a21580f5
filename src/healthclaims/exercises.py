"""The course's exercises: expected answers (computed from the data where possible) and hints.

Each key is ``"<notebook>.<name>"``. A hint points the way without giving the answer away.
"""

from __future__ import annotations

from healthclaims.article import load_seed
from healthclaims.coverage import COVERAGE
from healthclaims.instrument_items import EXAMPLE_FOLDER, instruments_path, load_course_ratings
from healthclaims.instrument_scores import score_discern, score_hnr
from healthclaims.questions import Question, chose
from healthclaims.rating_agreement import item_agreement
from healthclaims.rating_files import read_rating_folder
from healthclaims.readability import readability


def _listed_ids(table: str, id_column: str, column: str, value: str) -> list[str]:
    """The ids of the rows of a course table (in data/) whose ``column`` holds ``value``."""
    import csv

    from healthclaims.paths import project_root

    with (project_root() / "data" / table).open(encoding="utf-8", newline="") as handle:
        return [row[id_column] for row in csv.DictReader(handle) if row[column] == value]


def _sentences():
    """The seed's sentence table."""
    return load_seed().sentences


QUESTIONS: dict[str, Question] = {
    # 00 Start here
    "00.sentences": Question(
        expected=lambda: len(_sentences()),
        kind="int",
        objective=2,
        nudge="Each row of the sentence table is one sentence: how do you count the rows of a table?",
        hint="Each row of article.sentences is one sentence; len(article.sentences) counts the rows.",
        confirm="Headings and contents lines are not sentences, so they are not counted.",
    ),
    "00.most_common_kind": Question(
        expected="body",
        kind="choice",
        objective=2,
        choices=("summary", "contents", "heading", "body"),
        nudge="The kind column of article.parts says what each part is; pandas can count how often each value occurs.",
        hint="Count each kind with article.parts['kind'].value_counts().",
        confirm="8 of the 15 parts are body paragraphs.",
    ),
    # 01 Python and pandas on-ramp
    "01.short_sentences": Question(
        expected=lambda: int((_sentences()["n_words"] < 12).sum()),
        kind="int",
        objective=3,
        nudge="Inside the square brackets goes a condition on the n_words column; 'fewer than' is one character.",
        hint="short = sentences[sentences['n_words'] < 12], then len(short) counts its rows.",
        confirm="Short sentences are rare here: most of the article is long, technical sentences.",
        mistakes=(
            (
                lambda a: int(a) == int((_sentences()["n_words"] <= 12).sum()),
                "<= also keeps sentences of exactly 12 words; 'fewer than 12' is <.",
            ),
            (
                lambda a: int(a) == int(_sentences().loc[_sentences()["n_words"] < 12, "n_words"].sum()),
                "That is how many words the short sentences hold; len() of the filtered table counts sentences.",
            ),
            (
                lambda a: int(a) == len(_sentences()),
                "That is every sentence: the filter kept all the rows. Check the condition inside the brackets.",
            ),
            (
                lambda a: int(a) == int((_sentences()["n_words"] >= 12).sum()),
                "That counts the sentences of 12 words or more: the comparison points the other way.",
            ),
        ),
    ),
    "01.error_cause": Question(
        expected="unknown name",
        kind="choice",
        objective=4,
        choices=("missing file", "unknown name", "missing column", "not installed"),
        nudge="Read the first word of the last line: which kind of error is it, and what does it say is not defined?",
        hint="A NameError means Python has never been given that name in this session: run the cell that makes it.",
        confirm="Run the setup cell (or Run All Cells) and the name exists again; the data were never the problem.",
        mistakes=(
            (
                chose("missing column"),
                "A missing column gives a KeyError that names the column; a NameError is about a name Python "
                "has never been given.",
            ),
            (
                lambda a: str(a).strip().lower() in {"missing file", "not installed"},
                "Those give other errors (FileNotFoundError, ModuleNotFoundError); the last line here says "
                "NameError: a name is not defined.",
            ),
        ),
    ),
    # 02 Anatomy of the article
    "02.total_words": Question(
        expected=lambda: int(_sentences()["n_words"].sum()),
        kind="int",
        objective=1,
        nudge="Every sentence has its word count in the n_words column: add the whole column up.",
        hint="Add up the n_words column: sentences['n_words'].sum().",
        confirm="About as long as two pages of a textbook.",
    ),
    "02.why_longest": Question(
        expected=lambda: (
            "more sentences"
            if _sentences().groupby("section")["n_words"].mean().loc[3] <= _sentences()["n_words"].mean()
            else "longer sentences"
        ),
        kind="choice",
        objective=1,
        choices=("more sentences", "longer sentences"),
        nudge="Compare the mean words per sentence of section 3 with the other sections.",
        hint=(
            "sentences.groupby('section')['n_words'].mean() gives each section's mean; "
            "compare section 3's with the mean of all sentences."
        ),
        confirm=(
            "Its 13 sentences average about 18 words, fewer than sections 0 and 1: it is long because it "
            "says more things, not because it explains each one at length."
        ),
        mistakes=(
            (
                chose("longer sentences"),
                "The section has the most words, but divide by its 13 sentences: the mean is what decides.",
            ),
        ),
    ),
    "02.longest_sentence": Question(
        expected=lambda: [_sentences().set_index("sentence_id")["n_words"].idxmax()],
        kind="ids",
        objective=1,
        nudge="Find the row with the largest n_words, then read its sentence_id.",
        hint="idxmax() gives the row label of the largest value; sentences.loc[that, 'sentence_id'] gives its id.",
        confirm="It holds a benefit claim, a concession and advice all at once.",
    ),
    "02.summary_reading_ease": Question(
        expected=lambda: readability(_sentences().query("part_id == 'p01'")["text"].tolist())["flesch_reading_ease"],
        kind="float",
        objective=2,
        tolerance=0.5,
        hint="readability(list_of_sentences) returns a dictionary; take its 'flesch_reading_ease' entry.",
        confirm="Below zero: even harder than the whole article, with three long sentences full of long words.",
    ),
    "02.understanding": Question(
        expected=lambda: (
            _sentences()
            .loc[_sentences()["text"].str.contains("understand|understood", case=False), "sentence_id"]
            .tolist()
        ),
        kind="ids",
        objective=1,
        hint="'underst' matches both 'understanding' and 'understood'; list the sentence_id of every match.",
        confirm="Side by side: one says the interaction is not understood, the other relies on understanding it.",
    ),
    "02.natural_sentences": Question(
        expected=lambda: int(_sentences()["text"].str.contains(r"\bnatural\b|\bholistic\b", case=False).sum()),
        kind="int",
        objective=5,
        nudge="Count sentences, not uses of the words: a sentence that has both words counts once.",
        hint="Use the pattern r'\\bnatural\\b|\\bholistic\\b' with str.contains; .sum() counts the Trues.",
        confirm="Nine uses in eight sentences: almost one sentence in four appeals to nature or to 'holistic' care.",
        mistakes=(
            (lambda a: a == 9, "9 counts the uses of the two words; one sentence has both, and it counts once."),
        ),
    ),
    # 03 Assertions against concessions
    "03.my_plot": Question(
        expected=lambda: [
            int(((_coding()["primary_role"] == "benefit") & (_coding()["subject"] == "combination")).sum()),
            int((_coding()["primary_role"] == "concession").sum()),
        ],
        kind="figure",
        objective=2,
        nudge="Plot the row 'by main clause' of the counts table: counts.loc['by main clause'].",
        hint="ax.barh(counts.columns, counts.loc['by main clause']) draws one bar per column of that row.",
        confirm="Bars readable without colour, an axis that says what is counted, a title that says what it shows.",
    ),
    "03.undercuts_s33": Question(
        expected=["s28"],
        kind="ids",
        objective=3,
        hint=(
            "Search the sentences for 'understood', or find the ledger row with s33 in assertion_ids"
            " and kind 'understanding_vs_not_understood'."
        ),
        confirm="s28: 'their interaction is not yet fully understood'.",
        mistakes=(
            (
                lambda a: any(str(x).lower().startswith("c") for x in ([a] if isinstance(a, str) else a)),
                "That is a ledger row id (c…); the question wants the id of the sentence (s…) that row points to.",
            ),
        ),
    ),
    "03.false_hedges": Question(
        expected=lambda: int((_word_flags()["hedge"] & (_coding()["claim_strength"] != "hedged")).sum()),
        kind="int",
        objective=4,
        nudge="Count the sentences where the word list finds a hedge but the key does not code the sentence as hedged.",
        hint="(found_hedge & ~is_hedged) is True where the list says hedge and the key does not; .sum() counts them.",
        confirm="'often', 'tends to', 'generally' and a side-clause 'potential' all look like hedges to a word list.",
    ),
    "03.s21_strength": Question(
        expected="hedged",
        kind="choice",
        objective=1,
        choices=("none", "hedged", "can", "direct"),
        hint="What does the sentence say the evidence has shown: an effect, or only promise? See rule C7.",
        confirm="'Has shown promise' reports only promise, so the claim itself is hedged; the evidence is vague.",
    ),
    # 13 Capstone: your own article
    "13.nature_sentences": Question(
        expected=lambda: int((_practice_table()["nature_appeal"] > 0).sum()),
        kind="int",
        objective=1,
        nudge="Count the sentences whose nature_appeal column is above zero.",
        hint="table['nature_appeal'] > 0 is True for each sentence with a nature marker; .sum() counts the Trues.",
        confirm=(
            "Natural, herbs, ancient healers: the page sells origin as if it were safety. One of the three,"
            " s05's 'natural rhythm', is about the body clock, not the product: read before you count."
        ),
    ),
    "13.testimonials": Question(
        expected=lambda: _practice_table().loc[_practice_table()["text"].str.contains('"'), "sentence_id"].tolist(),
        kind="ids",
        objective=2,
        hint="Quoted speech starts with a quotation mark; list the sentence_id of every sentence that contains one.",
        confirm="Two customers, no comparison group: stories cannot show what caused the change.",
    ),
    # 04 The claims meet the evidence
    "04.weakest_domain": Question(
        expected=lambda: (
            _certainty().set_index("claim_id").loc["k02", list(_DOMAINS)].eq("very serious").idxmax().replace("_", " ")
        ),
        kind="choice",
        objective=3,
        choices=("risk of bias", "inconsistency", "indirectness", "imprecision", "publication bias"),
        nudge="Read the population and design columns: who took part, and what kind of pain was measured?",
        hint="Healthy young men who already used kratom; cold-water pain for seconds: the claim's people and outcome?",
        confirm="The people and the pain measured are not the ones the claim is about: that is indirectness.",
    ),
    "04.k18_says": Question(
        expected=lambda: _certainty().set_index("claim_id").loc["k18", "evidence_says"],
        kind="choice",
        objective=3,
        choices=("supports", "contradicts", "mixed", "indirect only", "no study"),
        nudge="What did the trials measure: pain, or something else?",
        hint="Disease activity (DAS-28) and blood markers are not pain; no trial tested inflammation as the route.",
        confirm="The trials answer a neighbouring question (disease activity), not the claim's own (pain).",
    ),
    "04.counting_misleads": Question(
        expected=lambda: _counting_misleads(),
        example="['k01']",
        kind="ids",
        objective=4,
        nudge="Find a row of side_by_side whose vote_count starts with 'contradicted' and evidence_says is 'supports'.",
        hint="Keep rows whose vote_count is 'contradicted' or 'contradicted by most' and evidence_says is 'supports'.",
        confirm="The rows counted against it answer other questions (labels, children, fluvoxamine): indirectness.",
        mistakes=(
            (
                lambda a: "k13" in ([a] if isinstance(a, str) else list(a)),
                "For k13 the count and the review agree (both say contradicted); look for a claim where they disagree.",
            ),
        ),
    ),
    # 05 What would prove synergy
    "05.combination_index": Question(
        expected=lambda: float(_sim().combination_index(4, 10, 8, 20)),
        kind="float",
        objective=2,
        tolerance=0.01,
        hint="Divide each dose in the mixture by the dose of that drug alone that gives the same effect, then add.",
        confirm="CI = 1: the mixture lies on the additivity line. It works, and it is exactly what addition predicts.",
    ),
    "05.bliss_expected": Question(
        expected=lambda: float(_sim().bliss_expected(0.4, 0.5)),
        example="0.25 (a fraction)",
        kind="float",
        objective=2,
        tolerance=0.005,
        hint="Add the two effects, then subtract their product, which the sum counts twice.",
        confirm="Less than the simple sum of 0.9: independent drugs partly relieve the same pain.",
    ),
    "05.interaction_estimate": Question(
        expected=lambda: _trial_04_interaction(),
        kind="float",
        objective=3,
        tolerance=0.01,
        hint=(
            "Copy the simulate_factorial_trial call of section 5, change the effects and the seed as asked, "
            "then read the 'interaction' row of estimate_effects(...)."
        ),
        confirm="Look at its 95% CI: at 40 per arm even a built-in synergy of 1.5 points is easily missed.",
    ),
    "05.n_for_interaction": Question(
        expected=lambda: _sim().n_for_power(2.0, 2.0, _sim().CONTRASTS["interaction"]),
        kind="int",
        objective=4,
        tolerance=4,
        hint="Use n_for_power as in the cell above, with the interaction's weights and the new effect size.",
        confirm="Doubling the effect quarters the patients needed: n grows with 1/effect².",
        mistakes=(
            (
                lambda a: abs(a - 4 * _interaction_n()) < 1,
                "That looks like the total for the four arms of the 2×2 trial; the question asks for one arm.",
            ),
        ),
    ),
    # 06 Why it seems to work
    "06.rtm_threshold_8": Question(
        expected=lambda: _rtm_05(8.0),
        kind="float",
        objective=2,
        tolerance=0.02,
        nudge="Use the formula of the cell above again, changing only the threshold.",
        hint="rtm_expected_improvement(mean_on_start, sd_total, rho, threshold) with the new threshold.",
        confirm="A stricter threshold selects more extreme days, and so more regression to the mean.",
    ),
    "06.biggest_part": Question(
        expected="regression to the mean",
        kind="choice",
        objective=3,
        choices=("regression to the mean", "natural history", "placebo response", "the remedy"),
        hint="Look at the values in parts, or at the widest segment of the figure.",
        confirm="Selecting people on a bad day does most of the work; the remedy does none.",
    ),
    "06.share_3_points": Question(
        expected=lambda: float((_study_05()["improvement"] >= 3).mean()),
        example="0.25 (a fraction)",
        kind="float",
        objective=4,
        tolerance=0.005,
        nudge="Out of all takers in study_placebo, what fraction improved by 3 points or more?",
        hint="study_placebo['improvement'] >= 3 is True or False for each person; its mean is the share of Trues.",
        confirm="Still a sizeable minority, all with an inert remedy.",
    ),
    "06.randomised_difference": Question(
        expected=lambda: _randomised_05(1.0),
        kind="float",
        objective=5,
        tolerance=0.05,
        hint=(
            "Copy the start_on_bad_day call of section 7 with remedy_effect=1.0 and rng=np.random.default_rng(7); "
            "then take group_difference(...)['difference']."
        ),
        confirm="Close to the true 1 point: randomisation cancels everything the two groups share.",
    ),
    # 12 Rating with instruments
    "12.discern_total": Question(
        expected=lambda: score_discern(load_course_ratings("discern"))["total"],
        kind="int",
        objective=2,
        nudge="Add up the 16 ratings of the course's DISCERN table.",
        hint="discern['rating'].astype(int).sum() adds the 16 ratings; score_discern(discern) shows the same total.",
        confirm="36 on a range of 16–80: a third of the way up from the worst possible score.",
        mistakes=((lambda a: a == 16, "16 is the number of questions; add up the ratings they were given."),),
    ),
    "12.hnr_stars": Question(
        expected=lambda: score_hnr(
            load_course_ratings("healthnewsreview").set_index("item")["rating"].to_dict()
            | {4: "satisfactory", 7: "satisfactory"}
        )["stars"],
        kind="int",
        objective=2,
        hint="Count the satisfactory criteria after the change, divide by the applicable ones, find the star band.",
        confirm="30 % is in the 21–40 % band: two close calls out of ten move the article a whole star.",
    ),
    "12.not_covered": Question(
        expected=lambda: next(i for i in ("sources named", "dates shown", "harms", "dose") if not COVERAGE[i]),
        kind="choice",
        objective=3,
        choices=("sources named", "dates shown", "harms", "dose"),
        hint="Find the row of coverage_table() with a dash under all three instruments.",
        confirm="Yet the article itself concedes that the optimal dose is unknown (s34).",
    ),
    "12.least_agreement": Question(
        expected=lambda: int(
            item_agreement(read_rating_folder(instruments_path(EXAMPLE_FOLDER), quiet=True))["pair_agreement"].idxmin()
        ),
        kind="int",
        objective=4,
        hint="The table above is sorted with the least agreed question first; its row label is the question number.",
        confirm="'How it works': raters split on whether an unsourced mechanism counts as describing it.",
    ),
    # 07 The pharmacist's view
    "07.moderate_or_severe": Question(
        expected=lambda: _percent_06("e015", "moderate") + _percent_06("e015", "severe"),
        example="12.5 (a percentage)",
        kind="float",
        objective=1,
        tolerance=0.05,
        hint="garciaromeu2020 counted only moderate or severe disorder: which levels in severity does that leave out?",
        confirm="Same people, narrower definition, and the figure nearly halves: definitions move prevalence.",
        mistakes=((lambda a: abs(a - 29.5) < 0.05, "29.5% counts every severity; keep only moderate and severe."),),
    ),
    "07.tolerance_denominator": Question(
        expected=lambda: int(_number_06("e016", r"\(n = (\d+)\)")),
        kind="int",
        objective=1,
        hint="Divide the count by its share as a fraction (81.3% is 0.813), then look for that n in the finding.",
        confirm="81.3% is a share of those who met the criteria, not of everyone surveyed.",
        mistakes=(
            (lambda a: a == 2061, "2,061 is everyone surveyed; 81.3% is a share of those who met the criteria."),
        ),
    ),
    # 08 Interactions and liver injury
    "08.overprediction": Question(
        expected=lambda: (
            _number_06("e091", r"and ([\d.]+)-fold") / _number_06("e092", r"midazolam AUC and Cmax \(([\d.]+)")
        ),
        kind="float",
        objective=1,
        tolerance=0.05,
        hint="Divide the predicted AUC ratio by the measured one, both for midazolam (the first row of interactions).",
        confirm="The model flagged a real CYP3A interaction but over-predicted its size several-fold.",
    ),
    # 09 Behind the shelf
    "09.disease_claims": Question(
        expected=lambda: _listed_ids("claim_practice.csv", "claim_id", "kind", "disease"),
        kind="ids",
        objective=2,
        nudge="Look for a named disease together with a verb such as relieves, cures or prevents.",
        hint="A disease claim names a disease (arthritis, fibromyalgia, migraine) and says the product acts on it.",
        confirm=(
            "Sleep, relaxation and a healthy cycle are normal functions; "
            "arthritis, fibromyalgia, migraine are diseases."
        ),
        mistakes=(
            (
                lambda a: "c1" in a or "c3" in a,
                "Sleep is a normal function of the body: 'supports restful sleep' names no disease.",
            ),
            (
                lambda a: "c6" not in a,
                "Prevention counts: a claim to prevent a named disease (migraine) is a disease claim.",
            ),
        ),
    ),
    "09.report_count": Question(
        expected="a minimum",
        kind="choice",
        objective=3,
        choices=("how many were harmed", "a minimum", "supplements are safe", "proof of harm"),
        nudge="Who sends a report, and is anyone required to? What happens to a harm nobody links to the product?",
        hint=(
            "Patients and professionals report voluntarily, and many harms go elsewhere or nowhere: a count is a floor."
        ),
        confirm=(
            "A floor, not a rate: it says nothing of how many took the products, or how many harms went unreported."
        ),
        mistakes=(
            (
                chose("how many were harmed"),
                "Reporting is voluntary for patients and professionals, so the "
                "count is below the harms, by an unknown amount.",
            ),
            (
                chose("supplements are safe"),
                "Without the number of users, or of unreported harms, a count cannot show that anything is safe.",
            ),
            (
                chose("proof of harm"),
                "A report records a suspicion: the product was taken and something happened. It does not show the "
                "product caused it.",
            ),
        ),
    ),
    "09.best_query": Question(
        expected="q3",
        kind="choice",
        objective=4,
        choices=("q1", "q2", "q3", "q4"),
        nudge="Two concepts: the plant, under its names, and liver injury, under its names. How is each block joined?",
        hint=(
            "OR inside a block of synonyms, in parentheses; AND between blocks; no limit the question did not ask for."
        ),
        confirm="Each block catches every name of one concept, and AND keeps only studies that have both.",
        mistakes=(
            (
                chose("q1"),
                "One word per concept misses studies that say Mitragyna, mitragynine or hepatotoxicity instead.",
            ),
            (
                chose("q2"),
                "OR between the concepts finds everything about either the plant or the liver: thousands of records.",
            ),
            (
                chose("q4"),
                'Adding "case report" drops the reviews and series the colleague also asked for.',
            ),
        ),
    ),
    # 10 Numbers, motives and a way to counsel
    "10.nnt_halved": Question(
        expected=1000.0,
        kind="float",
        tolerance=0.5,
        objective=1,
        nudge="The NNT comes from the absolute difference between the two risks, not from the word 'halves'.",
        hint="nnt = 1 / (risk_without - risk_with): one divided by 0.001.",
        confirm="Halving a risk of 2 in 1,000 means treating about 1,000 people for one of them to benefit.",
        mistakes=(
            (
                lambda a: abs(float(a) - 2) < 0.01,
                "That is 1 divided by the relative reduction (50%): use the absolute one.",
            ),
            (
                lambda a: abs(float(a) - 0.001) < 1e-6,
                "That is the absolute difference itself: the NNT is 1 divided by it.",
            ),
            (
                lambda a: abs(float(a) - 500) < 0.5,
                "That is 1 divided by the risk without the supplement, not by the difference.",
            ),
            (
                lambda a: abs(float(a) - 50) < 0.01,
                "That is the relative reduction in per cent; the NNT divides 1 by the difference.",
            ),
        ),
    ),
    "10.money_lines": Question(
        expected=lambda: _listed_ids("profit_practice.csv", "line_id", "signal", "yes"),
        kind="ids",
        objective=2,
        nudge="For each line ask: does the page or its author gain something when the reader buys?",
        hint="Look for a discount code, a link that 'supports the blog', a free product and who wrote it.",
        confirm="A code, an affiliate link, a free bottle and a seller as author: four ways to gain from a sale.",
        mistakes=(
            (lambda a: "p3" in a, "A testimonial is weak evidence, but it does not show that anyone was paid."),
            (lambda a: "p8" not in a, "Look at who posted it: an article by the seller's own team is advertising."),
        ),
    ),
    "10.teach_back": Question(
        expected="t3",
        kind="choice",
        objective=3,
        choices=("t1", "t2", "t3", "t4"),
        nudge="Teach-back asks the patient to say it in their own words; a yes or no shows nothing.",
        hint="Choose the open question that asks the patient to explain, and takes the responsibility for clarity.",
        confirm="It asks for the patient's own words and makes clear explanation the pharmacist's job, not a test.",
        mistakes=(
            (
                lambda a: str(a).strip().lower() in {"t1", "t2"},
                "A yes-or-no question: most people say yes, understood or not.",
            ),
            (
                chose("t4"),
                "A leading question gives the answer away: the patient only has to agree.",
            ),
        ),
    ),
    # 11 At the counter
    "11.times_label": Question(
        expected=lambda: 1 + _number_06("e100", r"\+(\d+)% of the label") / 100,
        kind="float",
        objective=1,
        tolerance=0.01,
        hint="'+478%' is measured from the label: add the label back before turning the percentage into a multiple.",
        confirm="The top product held several times the labelled dose: the label is not the dose.",
    ),
    "11.only_kratom_percent": Question(
        expected=lambda: (
            100
            * _word_number_06("e066", r"including (\w+) in which")
            / _number_06("e066", r"(\d+) \([\d.]+%\) tested positive")
        ),
        example="12.5 (a percentage)",
        kind="float",
        objective=3,
        tolerance=0.05,
        hint="Divide the deaths with kratom the only substance detected by the deaths with kratom detected, times 100.",
        confirm="And even in those, the report says other substances could not be ruled out.",
        mistakes=(
            (
                lambda a: abs(a - 100 * 7 / 27338) < 0.01,
                "That is a share of all 27,338 overdose deaths; the question asks for a share of the 152 with kratom.",
            ),
        ),
    ),
}


def _coding():
    """The hand coding (data/sentences.csv)."""
    from healthclaims.coding import load_coding

    return load_coding()


def _word_flags():
    """For each sentence, whether the lexicon finds a term of each category."""
    from healthclaims.lexicon import load_lexicon, marker_counts

    coded = _coding()
    return marker_counts(coded.set_index("sentence_id")["text"], load_lexicon()).reset_index(drop=True) > 0


def _practice_table():
    """The analysis table of the invented practice product page used in notebook 13."""
    from healthclaims.analyze import analyze
    from healthclaims.article import parse_article
    from healthclaims.paths import data_path
    from healthclaims.textio import read_document

    return analyze(parse_article(read_document(data_path("practice/restaleaf_marketing.html")).text)).sentences


def _sim():
    """The simulation module (imported only when a simulation exercise is checked)."""
    from healthclaims import simulate

    return simulate


def _rng(seed: int):
    """A seeded numpy generator."""
    import numpy as np

    return np.random.default_rng(seed)


def _trial_04_interaction() -> float:
    """The interaction estimate of exercise 05.interaction_estimate."""
    sim = _sim()
    trial = sim.simulate_factorial_trial(40, 0.5, 0.5, 1.5, 2.0, _rng(11), placebo=1.0)
    return float(sim.estimate_effects(trial).loc["interaction", "estimate"])


# Notebook 06's simulated diaries: 20,000 people, days 0-42, start on day 28 if pain > 7, follow up 14 days.
_N_PEOPLE_05, _N_DAYS_05, _START_05, _FOLLOW_UP_05, _THRESHOLD_05, _PLACEBO_05 = 20_000, 43, 28, 14, 7.0, 0.5


def _diaries_05():
    """The diaries of notebook 06."""
    sim = _sim()
    return sim.simulate_pain_diaries(_N_PEOPLE_05, _N_DAYS_05, _rng(2026), **sim.PAIN_MODEL)


def _rtm_05(threshold: float) -> float:
    """Expected regression to the mean in notebook 06's diary model for a starting threshold."""
    sim = _sim()
    model = sim.PAIN_MODEL
    sd = (model["person_sd"] ** 2 + model["day_sd"] ** 2) ** 0.5
    rho = sim.day_correlation(model["person_sd"], model["day_sd"], model["ar"], _FOLLOW_UP_05)
    return sim.rtm_expected_improvement(model["mean_pain"] + _START_05 * model["drift_per_day"], sd, rho, threshold)


def _study_05():
    """Notebook 06's uncontrolled study: everyone above the threshold takes an inert remedy, with placebo response."""
    return _sim().start_on_bad_day(
        _diaries_05(), _START_05, _FOLLOW_UP_05, _THRESHOLD_05, _rng(1), placebo_response=_PLACEBO_05
    )


def _randomised_05(remedy_effect: float) -> float:
    """Notebook 06's randomised comparison: remedy minus placebo improvement."""
    sim = _sim()
    study = sim.start_on_bad_day(
        _diaries_05(),
        _START_05,
        _FOLLOW_UP_05,
        _THRESHOLD_05,
        _rng(7),
        placebo_response=_PLACEBO_05,
        remedy_effect=remedy_effect,
        randomise=True,
    )
    return float(sim.group_difference(study)["difference"])


def _evidence():
    """The evidence table (data/evidence.csv)."""
    import pandas as pd

    from healthclaims.paths import data_path

    return pd.read_csv(data_path("evidence.csv"))


_DOMAINS = ("risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias")


def _interaction_n() -> int:
    """The per-arm answer of exercise 05.n_for_interaction, for naming the total-for-four-arms mistake."""
    return int(QUESTIONS["05.n_for_interaction"].answer())


def _certainty():
    """The course's certainty review (data/certainty.csv)."""
    from healthclaims.evidence import load_table

    return load_table("certainty")


def _counting_misleads() -> list[str]:
    """Claims that vote counting calls contradicted while the certainty review finds support."""
    from healthclaims.evidence import load_table, vote_counts

    claims = load_table("claims")["claim_id"].tolist()
    votes = vote_counts(load_table("evidence"), claims)
    says = _certainty().set_index("claim_id")["evidence_says"]
    return [c for c in claims if votes[c] in ("contradicted", "contradicted by most") and says[c] == "supports"]


def _finding_06(evidence_id: str) -> str:
    """The finding of one row of data/evidence.csv."""
    return str(_evidence().set_index("evidence_id").loc[evidence_id, "finding"])


_WORDS_06 = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
"""Number words that evidence.csv findings use for small counts."""


def _number_06(evidence_id: str, pattern: str) -> float:
    """The first number that pattern captures in the finding of an evidence row."""
    import re

    return float(re.search(pattern, _finding_06(evidence_id)).group(1))


def _word_number_06(evidence_id: str, pattern: str) -> int:
    """A count written as a word (e.g. 'seven') that pattern captures in an evidence row's finding."""
    import re

    return _WORDS_06[re.search(pattern, _finding_06(evidence_id)).group(1)]


def _percent_06(evidence_id: str, level: str) -> float:
    """The percentage written just before a word (e.g. '7.0% moderate') in an evidence row's finding."""
    return _number_06(evidence_id, r"([\d.]+)% " + level)
