"""The clause-aware rules: one case per rule, each with the roles and strength a careful reader gives."""

import pandas as pd
import pytest

from healthclaims.analyze import analyze, overclaim_index
from healthclaims.article import parse_article
from healthclaims.rules import PATTERNS, ROLES, label_sentence, label_sentences

CASES = [
    # "not only ... but also" is two claims, not a negation and not a concession
    ("Melatonin not only promotes better sleep but also eases pain.", ("benefit",), "direct"),
    # temporal "while" is not a concession
    ("While taking melatonin, some people feel drowsy the next day.", ("harm",), "direct"),
    # "although" before a background fact is not a concession
    ("Although it is sold as a tea, the root does not belong to the ginseng family.", ("background",), "none"),
    # a negated harm is a safety reassurance, not a caveat
    (
        "However, unlike opioids, kratom is not considered addictive and does not have the same risk of overdose.",
        ("safety_reassurance", "promotion"),
        "direct",
    ),
    ("Our capsules have no side effects.", ("safety_reassurance",), "direct"),
    ("Calmora is not habit-forming.", ("safety_reassurance",), "direct"),
    # a negated safety word is a harm
    ('Products labelled "natural" are not necessarily safe.', ("harm",), "hedged"),
    # a reported claim is described, not made
    ("The companies claimed that their products could treat or cure cancer.", ("background",), "none"),
    ("Products that claim to treat or cure a disease must be approved before they are sold.", ("background",), "none"),
    ("The website says the capsules are completely natural and not addictive at all.", ("background",), "none"),
    # distancing words
    ("The purported benefits of so-called detox teas have never been shown.", ("concession",), "direct"),
    # imperative and modal advice
    ("Speak to your doctor and/or pharmacist before taking it.", ("advice",), "none"),
    ("Ask your pharmacist.", ("advice",), "none"),
    ("Do not take any herbal remedies if you are pregnant.", ("advice",), "none"),
    ("If you get yellow skin, stop taking it and see a doctor.", ("advice",), "none"),
    ("1. Talk to a pharmacist before combining supplements.", ("advice",), "none"),
    ("People with back pain should stay active.", ("advice",), "none"),
    # advice to consult tied to a group at risk is also a concession (codebook R5)
    ("Talk to your doctor first, especially if you take other medicines.", ("concession", "advice"), "none"),
    # comparisons that disparage medicines
    ("Traditional pharmaceuticals come with a long list of side effects.", ("promotion",), "none"),
    # questions assert nothing
    ("Is kratom safe?", ("question",), "none"),
    ("Can melatonin help with chronic pain?", ("question",), "none"),
    # "herbal" and "botanical" are descriptions, not promotion
    ("Herbal and botanical products are sold in many pharmacies.", ("background",), "none"),
    # concessions: limitations stated as propositions
    ("Studies on the combination are limited, and individual responses may vary.", ("concession",), "direct"),
    ("Further research is needed to find a safe dose.", ("concession",), "direct"),
    ("The trial found no clear difference between the extract and a placebo.", ("concession", "evidence"), "direct"),
    ("There is not enough evidence to say whether it helps with anxiety.", ("concession",), "direct"),
    # claim strength
    ("Melatonin may improve sleep.", ("benefit",), "hedged"),
    ("Melatonin can improve sleep.", ("benefit",), "can"),
    ("Melatonin improves sleep.", ("benefit",), "direct"),
    ("When combined with melatonin, it may offer longer-lasting benefits.", ("benefit",), "hedged"),
    ("Marrowleaf can cause diarrhoea and stomach cramps.", ("harm",), "can"),
    # generic mentions of harm in advice are not claims that harm happens
    ("Report any side effects to your pharmacist.", ("advice",), "none"),
    # background facts
    ("Kratom is a tropical tree native to Southeast Asia.", ("background",), "none"),
]


@pytest.mark.parametrize(("text", "roles", "strength"), CASES, ids=[c[0][:40] for c in CASES])
def test_rules_label_each_case_as_a_reader_would(text, roles, strength):
    label = label_sentence(text)
    assert (label.roles, label.strength) == (roles, strength), label.cues


def test_evidence_is_named_or_vague():
    assert label_sentence("A 2021 trial at Northfield University found that it did not help.").evidence == "named"
    assert label_sentence("Studies show that herbal blends can improve sleep.").evidence == "vague"
    assert label_sentence("Kratom is a tree.").evidence == "none"
    assert label_sentence("Back pain is one of the most common reasons for time off work.2,3").evidence == "named"


def test_promotion_cues_nature_hype_and_calls_to_buy():
    assert "promotion" in label_sentence("Our 100% natural formula works wonders.").roles
    assert "promotion" in label_sentence("Order today and get a second bottle free!").roles
    assert "promotion" not in label_sentence("Melatonin helps restore your natural rhythm.").roles  # the body's


def test_curly_apostrophes_read_like_straight_ones():
    assert label_sentence("It’s crucial to consult a pharmacist, especially if you’re pregnant.").roles == (
        "concession",
        "advice",
    )


def test_cue_words_are_reported_for_checking_by_reading():
    label = label_sentence("Our capsules have no side effects.")
    assert "harm: side effects" in label.cues


def test_many_sentences_label_the_same_as_one_at_a_time():
    texts = [c[0] for c in CASES]
    assert label_sentences(texts) == [label_sentence(t) for t in texts]


def test_every_pattern_is_compiled_once_and_roles_are_listed_in_order():
    assert all(hasattr(p, "finditer") for p in PATTERNS.values())
    assert ROLES[0] == "benefit" and ROLES[-1] == "background" and len(ROLES) == 10


def test_headlines_are_analysed_like_sentences():
    article = parse_article("Kratom Cures Chronic Pain\n\nSome people say so. Studies are limited.\n")
    table = analyze(article).sentences
    assert table["sentence_id"].tolist() == ["h01", "s01", "s02"]
    assert table.loc[0, "kind"] == "heading" and table.loc[0, "roles"] == "benefit"
    assert table.loc[2, "roles"] == "concession"


def test_overclaim_index_follows_its_formula():
    table = pd.DataFrame(
        {
            "roles": ["benefit;promotion", "safety_reassurance", "concession", "harm", "background"],
            "strength": ["direct", "can", "direct", "hedged", "none"],
            "evidence": ["none", "named", "none", "none", "none"],
        }
    )
    pressure = 1.0 * 1.0 + 0.75 * 0.25 + 0.5  # direct unsourced benefit; can + named safety; one promotion
    assert overclaim_index(table) == round(100 * pressure / (pressure + 2), 1) == 45.8
    assert overclaim_index(table.iloc[[4]]) == 0.0


def test_a_sales_page_scores_above_a_fact_sheet():
    sales = parse_article(
        "Our natural drops help you sleep. They have no side effects. Unlike sleeping pills, they are not addictive. "
        "Order today!\n"
    )
    sheet = parse_article(
        "There is little evidence that the drops help. They can cause drowsiness. Their long-term safety is unknown. "
        "Talk to a pharmacist before you take them, especially if you take other medicines.\n"
    )
    high, low = analyze(sales).summary["overclaim_index"], analyze(sheet).summary["overclaim_index"]
    assert high == 100.0 and low == 0.0


AGENCY_WORDINGS = [
    # descriptive uses of "natural", links to read more and approval status are not selling
    ("Kratom is a tree that grows naturally in Southeast Asia.", ("background",)),
    ("Back pain often follows a natural course of recovery.", ("background",)),
    ("Learn more about dietary supplements.", ("advice",)),
    ("There are no FDA-approved uses for kratom.", ("concession",)),
    ("Talk with your health care provider before taking melatonin.", ("advice",)),
    ("Melatonin supplements may interact with medicines such as blood thinners.", ("harm",)),
]


@pytest.mark.parametrize(("text", "roles"), AGENCY_WORDINGS, ids=[c[0][:40] for c in AGENCY_WORDINGS])
def test_agency_wordings_get_no_false_labels(text, roles):
    assert label_sentence(text).roles == roles


MORE_WORDINGS = [
    ("Less information is available on its long-term safety.", ("concession",)),
    ("Possible side effects include headache, dizziness and nausea.", ("harm",)),
    ("The study was observational, so it cannot prove cause and effect.", ("concession", "evidence")),
    ("People who took melatonin were no more likely to sleep longer than those who took a placebo.", ("concession",)),
    ("The extract worked better than a placebo.", ("benefit",)),  # a positive comparison is no concession
    ("I've been taking it for a year with zero issues.", ("safety_reassurance",)),
    ("Honestly it saved my life.", ("benefit",)),
    ("Many customers use our capsules to support energy and focus.", ("benefit",)),
    ("Be careful, it can be habit forming if you take it every day.", ("harm", "concession", "advice")),
]


@pytest.mark.parametrize(("text", "roles"), MORE_WORDINGS, ids=[c[0][:40] for c in MORE_WORDINGS])
def test_more_wordings_from_other_styles(text, roles):
    assert label_sentence(text).roles == roles


def test_positive_evidence_is_not_read_as_a_condition():
    assert label_sentence("There is some evidence that melatonin may help people with jet lag.").roles == (
        "benefit",
        "evidence",
    )
    assert label_sentence("There is little evidence that it helps.").roles == ("concession",)


def test_the_condition_treated_is_not_a_harm():
    assert label_sentence("Some people use kratom to manage opioid withdrawal symptoms.").roles == ("background",)
    assert label_sentence("Stopping suddenly may cause withdrawal symptoms.").roles == ("harm",)


def test_first_person_plural_advice_and_purity_claims():
    assert label_sentence("We recommend starting with a low dose.").roles == ("advice",)
    assert label_sentence("No nasty chemicals, just pure plant power.").roles == ("safety_reassurance", "promotion")
    assert label_sentence("Scientists still don't fully understand how it works.").roles == ("concession", "evidence")


def test_the_fast_search_finds_exactly_what_a_full_search_finds(root):
    from healthclaims.analyze import units
    from healthclaims.rules import find_cues, find_cues_in_full

    texts = [c[0] for c in CASES + AGENCY_WORDINGS + MORE_WORDINGS]
    for path in sorted((root / "data" / "toolkit_eval" / "texts").glob("*.txt")) + [
        root / "seeds/kratom_melatonin_article.txt"
    ]:
        texts += units(parse_article(path.read_text(encoding="utf-8")))["text"].tolist()
    texts += ["It's NOT addictive, isn't it? Don't worry: we can't say; 100% natural!", "no no no not not"]
    assert find_cues(texts) == find_cues_in_full(texts)


FACT_SHEET_WORDINGS = [
    # a purpose clause is not a claim
    ("To make sure it's safe for you, tell your doctor about any allergies.", ("advice",)),
    ("Manufacturers are responsible for making sure their products are safe.", ("background",)),
    # a disclaimer covers its whole list; "unlike" alone does not run medicines down
    ("Unlike drugs, supplements are not intended to treat, diagnose, prevent, or cure diseases.", ("concession",)),
    # reported use, and the conditions it is used for, are neither benefit nor harm
    ("People have reported using kratom to treat pain, coughing, diarrhea and anxiety.", ("evidence", "background")),
    # more kinds of harm
    ("These products may contain hidden drug ingredients.", ("harm",)),
    ("In rare cases, it's possible to have a serious allergic reaction.", ("harm",)),
    ("Swallow tablets whole with a drink of water.", ("advice",)),
]


@pytest.mark.parametrize(("text", "roles"), FACT_SHEET_WORDINGS, ids=[c[0][:40] for c in FACT_SHEET_WORDINGS])
def test_fact_sheet_wordings(text, roles):
    assert label_sentence(text).roles == roles


def test_vendor_wordings_of_safety_and_popularity():
    assert label_sentence("Each batch is third-party tested for heavy metals.").roles == ("safety_reassurance",)
    assert label_sentence("Kratom has been used safely for hundreds of years.").roles == ("safety_reassurance",)
    assert label_sentence("Join thousands of happy sleepers today.").roles == ("advice", "promotion")


LATER_WORDINGS = [
    ("Their results were mixed.", ("concession",)),
    ("It may increase the effect of blood-thinning medicines.", ("harm",)),
    ("Check with a pharmacist if you take any regular medicines.", ("concession", "advice")),
    ("Our customers tell us they feel the difference.", ("benefit",)),  # the seller speaking, not at a distance
    ("Say goodbye to aching joints.", ("benefit",)),
    ("The berries are rich in antioxidants.", ("mechanism",)),
    ("I can walk again without pain.", ("benefit",)),
]


@pytest.mark.parametrize(("text", "roles"), LATER_WORDINGS, ids=[c[0][:40] for c in LATER_WORDINGS])
def test_later_wordings(text, roles):
    assert label_sentence(text).roles == roles


def test_a_headline_without_a_verb_names_a_topic():
    assert label_sentence("Side effects and interactions", heading=True).roles == ("background",)
    assert label_sentence("Side effects and interactions").roles == ("harm",)  # as a sentence it is a claim
    assert label_sentence("Recall: SlimEase contains an undeclared medicine", heading=True).roles == ("harm",)
    assert label_sentence("Kratom Cures Pain", heading=True).roles == ("benefit",)


def test_sales_tropes_of_entitlement_and_harmony():
    assert label_sentence("Your immune system deserves backup.").roles == ("promotion",)
    assert label_sentence("It works in harmony with your body.").roles == ("benefit", "promotion")
    assert "promotion" not in label_sentence("Patients with chronic pain deserve treatments that work.").roles
