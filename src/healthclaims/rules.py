"""Clause-aware rules that label each sentence with its roles, claim strength and kind of evidence.

Notebook 03 shows that a word list reads words, not meaning. These rules are still readable word
patterns, one compiled regular expression per category, but each cue is checked against the clause
it sits in before it counts:

- a **negated** harm ("not addictive", "no side effects", "does not carry the same risk") is a
  safety reassurance, and a negated benefit ("did not improve") is no benefit;
- a **reported or distanced** claim ("the companies claimed that ...", "so-called", "purported",
  "the website says ...") is the text describing a claim, not making one: it gets no benefit,
  safety, harm or promotion label;
- a claim inside **whether / if / unless**, in a purpose clause ("to make sure it is safe") or after
  "not intended to" is not asserted, and the condition a product is used to treat ("to manage
  withdrawal symptoms") is not a harm;
- connectives are not concessions: "but", "while" (often temporal) and "although" (often before a
  background fact) count for nothing; a concession needs a limitation stated as a proposition
  (limited evidence, unknown, not tested, needs research, results vary, caution);
- **advice** is an imperative ("speak to", "ask your pharmacist", "do not take"), a "you should" or
  "it is essential to"; advice to consult tied to a group at risk is also a concession;
- a **disparaging comparison** with medicines ("unlike opioids", "conventional painkillers") is
  promotion, and the harms it names belong to the other product;
- a **question** asserts nothing, and a headline is read like any other sentence.

The patterns are written in lower case and run over a lower-case copy of the text (same offsets).

Claim strength follows notebook 03: ``none``, ``hedged`` (may, could, potential, promising),
``can`` (can, helps) or ``direct``, read from the main claim: the first clause that carries a
claim, skipping an opening "When ...", "While ...", "By ..." clause and appositives ("a natural
herb ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from healthclaims.trie import trie_regex

try:  # the regular-expression parser, to read where each pattern's matches can start (Python 3.11+)
    from re import _constants as _sre
    from re import _parser
except ImportError:  # a future Python may move them: find_cues then searches every pattern in full
    _sre = _parser = None

ROLES = (
    "benefit",
    "mechanism",
    "safety_reassurance",
    "harm",
    "concession",
    "advice",
    "promotion",
    "evidence",
    "question",
    "background",
)
"""Every role a sentence can carry, in the order the course lists them."""

STRENGTHS = ("none", "hedged", "can", "direct")
EVIDENCE_KINDS = ("none", "vague", "named")

_I = re.IGNORECASE

PATTERNS: dict[str, re.Pattern[str]] = {
    # Claims that something works or does good.
    "benefit": re.compile(
        r"\b(?:(?<!medical )(?<!seek )(?<!get )help(?:s|ed|ing)?\b(?![ \t]*(?:\n|$))"  # "seek help", "things that help"
        r"|improv(?:e|es|ed|ing|ement)|reliev(?:e|es|ed|ing)|relief|pain[- ]relieving"
        r"|eas(?:e|es|ed|ing) (?:\w+ )?(?:pain|aches|discomfort|symptoms|anxiety|stress)|sooth(?:e|es|ed|ing)"
        r"|alleviat\w+|reduc(?:e|es|ed|ing) (?:\w+ ){0,2}(?:pain|stress|anxiety|symptoms|discomfort)|boost\w*"
        r"|(?:ends?|stops?|beats?|banish\w*|eliminat\w*|kills?) (?:\w+ )?(?:pain|aches|insomnia|anxiety|stress)"
        r"|(?:pain|aches?|symptoms|insomnia) (?:was|were|is|are) gone"
        r"|sleep(?:s|ing)? (?:well|better|soundly|like a baby)"
        r"|enhanc\w+|restor(?:e|es|ed|ing)|calm(?:s|ed|ing)? (?:\w+ )?(?:mind|nerves|anxiety)|fight(?:s)? off"
        r"|protects?|strengthen\w*|promot(?:e|es|ing) (?:\w+ )?sleep|benefits?|beneficial|advantageous|effective"
        r"|works?(?! less)|worked|treats?|cures?|prevents?|heals?|healing"
        r"|(?:changed|saved) (?:my|her|his|their) li(?:fe|ves)"
        r"|changed everything|made (?:the|a) (?:\w+ )?difference|feel (?:stronger|better|the difference)"
        r"|fall asleep (?:faster|sooner|in minutes)|asleep within|sleep through the night|wake up refreshed"
        r"|deep(?:er)? sleep|analgesi[ac]|game[- ]changer|offer(?:s|ing)? (?:\w+ ){0,3}(?:relief|solution|approach"
        r"|benefits?)|address(?:es)? (?:\w+ ){0,2}symptoms|quality of life|well-being|lifts? your mood"
        r"|say goodbye to|pain[- ]free|without pain|(?:all-day|lasting|long-lasting) (?:comfort|relief)"
        r"|supports? (?:your|healthy)|support(?:s|ing)? (?:\w+ ){0,2}(?:energy|focus|relaxation|sleep|immun\w*|mood"
        r"|joints?|digestion|recovery|wellness)|stronger)\b",
    ),
    # Claims about how something acts in the body.
    "mechanism": re.compile(
        r"\b(?:bind(?:s|ing)? to|receptors?|activat(?:e|es|ed|ing)|block(?:s|ing)? (?:\w+ )?signals"
        r"|(?:pain|nerve) signals|regulat(?:e|es|ing)"
        r"|nervous system|pathways?|anti-inflammatory|antioxidants?|plays? a (?:\w+ )?role|inflammation"
        r"|white blood cells|alkaloids?|affects? nerve cells|internal clock)\b",
    ),
    # Words that say something is safe; negated ("not necessarily safe") they become a harm.
    "safe": re.compile(
        r"\b(?:safe|safer|harmless|risk[- ]free|well[- ]tolerated|non[- ]addictive|non[- ]habit[- ]forming"
        r"|gentle enough|gentle on"
        r"|free (?:from|of)|(?:lab|third[- ]party)[- ]tested|tested for (?:purity|safety)"
        r"|(?:used|taken|consumed) safely"
        r"|no (?:fillers|artificial|harsh|\w+ chemicals|chemicals"
        r"|additives|problems)|(?:no|zero) (?:issues|problems)"
        r"|risks? (?:are|is) minimi[sz]ed|minimi[sz]e (?:the )?risks?"
        r"|(?:side effects|reactions) (?:were|are|was) (?:mild|rare|minor)|mild side effects)\b",
    ),
    # Words that name a harm or risk; negated ("no side effects") they become a safety reassurance.
    "harm": re.compile(
        r"\b(?:side[- ]effects?|adverse|toxic\w*|liver (?:injury|injuries|damage|problems|failure)|seizures?"
        r"|vomiting|overdoses?|deaths?|dangerous|danger|harm|harms|harmed|harmful|risks?|risky"
        r"|interact(?:s|ions?)? with (?:\w+ ){0,3}?(?:medicines|medications|drugs|antidepressants|alcohol|sedatives"
        r"|prescription|other|blood thinners|contracepti\w+|painkillers)"
        r"|(?:increase|reduce|change)s? the effects? of (?:\S+ ){0,3}?(?:medicines|medications|drugs)"
        r"|interfer\w* with|drows(?:y|iness)|addict\w*|habit[- ]forming|dependen(?:ce|t)|withdrawal|palpitations"
        r"|racing heart|blood pressure|heart rate|headaches?|upset stomach|diarrho?ea|cramps|grogg(?:y|iness)|redness"
        r"|rash|itching|irritation|nausea|unsafe|undeclared|hidden (?:\w+ )?ingredients?|allergic reactions?"
        r"|not listed on the label|different from what the label"
        r"|(?:different|more|less|lower|higher) (?:\w+ ){0,4}than (?:their |the )?labels?|work less well"
        r"|less effective|reduce the absorption|delay (?:\w+ )?care)\b",
    ),
    # The text limits its own claims: thin or poor evidence, unknowns, untested, needs research, variation, caution.
    "concession": re.compile(
        r"\b(?:(?:limited|little|less|not much|no|not enough|insufficient|scant|hardly any|few|weak|poor|inconclusive"
        r"|conflicting|mixed|lack of|no good|no reliable|no clear)\s+(?:\w+\s+){0,2}"
        r"(?:evidence|research|stud(?:y|ies)|data|trials?|proof|information)"
        r"|(?:evidence|research|studies|data|trials|results|findings)\b(?:\s+\w+){0,10}?\s+(?:is|are|was|were|remains?)"
        r"\s+(?:\w+\s+)?"
        r"(?:limited|lacking|scarce|sparse|inconclusive|mixed|conflicting|weak|small|poor|short)"
        r"|poorly designed|conflicting results|unknown|unclear|uncertain\w*"
        r"|not (?:yet |fully |well |clearly )*(?:known|understood|clear|established)"
        r"|(?:do|does|did)(?: not|n't) know|no one knows|nobody knows"
        r"|(?:do|does|did)(?: not|n't) (?:\w+ ){0,2}understand"
        r"|(?:nobody|no one|no study|no trial) (?:has|have) (?:yet )?(?:\w+ )?(?:tested|studied|shown|proven|compared)"
        r"|(?:has|have|had)(?: not|n't| never)(?: yet)?(?: been)? (?:\w+ )?(?:tested|studied|shown|proven|evaluated"
        r"|assessed|approved|compared|published|established|reviewed)"
        r"|not (?:yet )?(?:approved|licensed|evaluated|proven)|unlicensed|not a licensed"
        r"|no (?:[^\s-]+[ -]){0,2}?approved"
        r"|did(?: not|n't) (?:test|study|include|measure)|not supported by (?:the )?evidence"
        r"|(?:does|do|did|can)(?: not|n't)\s+(?:\w+\s+){0,2}(?:show|prove|establish)|cannot (?:show|prove|establish)"
        r"|(?:could|can)(?: not|n't) rule out"
        r"|cannot rule out|due to chance|by chance"
        r"|(?:more|further|additional|larger) (?:\w+ )?(?:research|studies|trials|testing|evidence) (?:is |are )?"
        r"(?:needed|required|necessary)|needs? (?:\w+ ){0,3}(?:research|testing|tests?|study|studies|trials)"
        r"|too early|(?:results|responses|effects|reactions) (?:\w+ )?(?:may |can )?vary|individual results"
        r"|every (?:\w+ )?(?:person|child|body|one|patient) is different|caution\w*|cautious\w*|careful|wary"
        r"|not intended to|not a (?:doctor|medical professional)|not medical advice"
        r"|funded by the (?:company|manufacturer|maker|seller)|(?:not|n't) need (?:\w+ )?approv\w*"
        r"|hard(?:er)? to (?:know|tell|say)|not possible to (?:say|know|tell)|can(?:not|'t) (?:tell|say|know)"
        r"|no (?:clear |significant |real )?difference|no better than|(?:did|does|do)(?: not|n't) (?:help|improve|work"
        r"|reduce)|no (?:better|more \w+|less \w+) than|no more likely|not (?:any )?(?:better|more effective) than"
        r"|only (?:\w+ ){0,2}(?:studies|study|trials|trial))\b",
    ),
    # Evaluative or selling language: nature appeal, hype, testimonial framing, calls to buy.
    "promotion": re.compile(
        r"(?:\b(?:natural(?! history| course| experiment| killer| light| causes)"  # not "natural course" of a disease
        r"|naturally (?:sourced|derived|safe|gentle|effective|pure|powerful|healthy)"
        r"|nature|premium|finest|signature|miracle|breakthrough|game[- ]changer|revolutionary"
        r"|powerful|amazing|incredible|superfruit|superfood|pure|purest|clinically proven|scientifically proven"
        r"|guaranteed|time[- ]honou?red|ancient|holistic|mind[- ]body|much[- ]needed|comprehensive|unconventional"
        r"|promising|offers? hope|new hope|wonders|life[- ]changing|changed (?:my|her|his|their) li(?:fe|ves)"
        r"|changed everything|(?:happy|satisfied) customers?|customers love|love the taste|made the switch"
        r"|(?:thousands|millions) of (?:happy |satisfied )?customers|plant[- ]based|plant medicine|harsh chemicals"
        r"|chemical[- ]free|gentle|gently|trusted by|(?:you|they|your \w+(?: \w+)?) deserves?|in harmony with"
        r"|works? with your body|backed by science|doctor[- ]recommended|clinically studied"
        r"|gained attention|alternatives?|order (?:now|today)"
        r"|buy (?:now|today)|subscribe|free (?:bottle|shipping|trial|gift)|second bottle free|money[- ]back"
        r"|discount|limited time|join (?:over |more than )?(?:thousands|millions))\b"
        r"|\b(?:save|join (?:over |more than )?)\d[\d,]*\s?%?|\b100\s?%)",
    ),
    # Comparisons that run down medicines to sell the product.
    "disparage": re.compile(
        r"\b(?:unlike (?:\w+ ){0,2}(?:opioids|drugs|medicines|medications|pills|painkillers|pharmaceuticals|tablets)"
        r"|(?:traditional|conventional|synthetic|harsh|chemical|big) (?:\w+ )?(?:pharmaceuticals|medicines"
        r"|medications|drugs|painkillers|pills|pharma|opioids)|(?:medicines|medications|pills|drugs|painkillers"
        r"|tablets)(?:\s+\w+){0,3}\s+(?:only mask|fail|let you down)|only mask|let down by)\b",
    ),
    # Someone else's claim, reported or kept at a distance: what follows is not the text's own claim.
    "reported": re.compile(
        r"\b(?:claim(?:s|ed|ing)?|alleg\w+|purport\w*|so[- ]called|tout(?:s|ed|ing)?|swears? by|supposed(?:ly)?"
        r"|report(?:s|ed)? (?:using|taking)"
        r"|promis(?:e|es|ed|ing)\s+(?:to|that)|that promise|(?:marketed|sold|advertised|described|presented"
        r"|labell?ed|branded|billed|pitched)\s+(?:\S+\s+){0,8}?as\b|calls? (?:it|itself|them|themselves)"
        r"|assumes?|assumed|believes? that"
        r"|(?<!our )(?:company|companies|seller|sellers|vendor|vendors|maker|makers|manufacturers?|websites?"
        r"|site|label|labels|packaging|advert|adverts|advertisement|brand|friend|marketing|users|customers|reviewers"
        r"|fans|buyers)(?:'s)?\s+(?:\w+\s+){0,3}?"
        r"(?:says?|said|claims?|describes?|states?|tells?))\b",
    ),
    # Conditions and open questions inside a sentence: their content is not asserted.
    "hypothetical": re.compile(
        r"\b(?:whether|if|unless|when you|in case|(?:to )?(?:make|making) sure|ensur(?:e|es|ing) that"
        r"|(?:not|never|n't|nobody|no one)\s+(?:\w+\s+){0,3}(?:show|prove|demonstrate)\w*(?:\s+that)?"
        r"|(?:no|little|limited|not enough|insufficient|scant|weak|any)\s+(?:\w+\s+){0,2}(?:evidence|proof|data)"
        r" (?:that|to say|to show))\b",
    ),
    # The text describing itself ("this article explores", "we delve into"): what follows is a topic, not a claim.
    "mention": re.compile(
        r"\b(?:this (?:article|page|guide|post|leaflet) (?:explores|covers|discusses|describes|looks at|explains)"
        r"|we (?:delve|dive|look|explore|discuss|explain|cover)\w*|(?:learn|read|find out) (?:more )?(?:about|how)"
        r"|not intended to)\b",
    ),
    # Advice not in the imperative: "you should", "it is essential to", "should only be given".
    "advice": re.compile(
        r"(?:(?<!what )\b(?:you|people|patients|parents|consumers|anyone|everyone|adults|women|those)\b(?:\s+\w+){0,6}?"
        r"\s+(?:should|must|need to|ought to)\b|\bshould (?:only |always |never |not )?be (?:given|used|taken|treated"
        r"|avoided|kept|stored|discussed|checked)\b|\b(?:is|are|it's)\s+(?:\w+\s+)?(?:crucial|essential|important|vital"
        r"|advisable|wise|best|recommended)\s+(?:to|before|that)\b|\bi (?:would|'d) (?:be careful|be cautious|avoid"
        r"|stay away|recommend|suggest|not take|not use|not buy|check|talk|ask)\b"
        r"|\b(?:i|we) (?:recommend|suggest|advise)\b"
        r"|\byou can (?:report|ask|talk|speak|call|contact|get help|check)\b)",
    ),
    # Advice to consult, tied to a group at risk: also a concession (the course codebook, rule R5).
    "at_risk": re.compile(
        r"\b(?:(?:especially|particularly) (?:if|for|when|those)|pregnan\w+|breastfeeding|nursing|other medicines"
        r"|other medications|(?:regular|prescription|any) medicines|underlying|long-term condition|existing health)\b",
    ),
    "consult": re.compile(r"\b(?:consult\w*|talk\w* to|speak\w* to|ask\w*|check\w* with|tell)\b"),
    # Evidence offered for a claim: vague ("studies show") or named (an organisation, a person, a date, a number).
    "evidence": re.compile(
        r"\b(?:stud(?:y|ies)|studied|research(?:ers)?|trials?|evidence|experts?|scientists?|doctors recommend"
        r"|doctor[- ]recommended|backed by (?:science|research)"
        r"|clinically proven|scientifically proven|(?:has|have) (?:been )?shown|shown to|data|review"
        r"|reports? of|reported|according to|tests? found|found that|findings|(?:have |'ve )?read"
        r"|(?:pharmacist|gp|doctor|nurse|physician)s?\b(?:\s+\S+){0,6}?\s+(?:told|said|says|advised))\b",
    ),
    "named": re.compile(
        r"(?:\b(?:University|Institute|Journal|Centre|Center|Office|Authority|Agency|Administration|Society|Council"
        r"|Ministry|Department|Hospital|College|Foundation|Organi[sz]ation|Commission|Board)\b|\bDr\. [A-Z]"
        r"|\bProfessor [A-Z]|\bet al\b|\b(?:19|20)\d\d\b"
        r"|\b\d+ (?:adults|people|participants|patients|children|volunteers|women|men)\b"
        r"|\b(?:the|our|this) (?:study|trial|studies|trials|review)\b|\bpublished (?:in|this)\b"
        r"|[.!?]\d{1,3}(?:[,–-]\d{1,3})*$|\[\d{1,3}(?:[,–-]\d{1,3})*\]$)"
    ),
    # Modality of a claim: a hedge lowers it to "hedged"; "can"/"helps" make it "can".
    "hedge": re.compile(
        r"\b(?:may|might|could(?! not)(?!n't)|possibl\w*|potential\w*|perhaps|probabl\w*|likely|unlikely|suggests?"
        r"|suggested|appears? to|seems?|seemingly|promising|promise|linked (?:to|with)|associated with"
        r"|not necessarily|maybe)\b",
    ),
    "can": re.compile(r"\b(?:can(?!not)(?!'t)|helps?|helped|able to)\b"),
    # Negators, for the scope rules (not "not only ... but also").
    "negation": re.compile(
        r"\b(?:not(?! only)|no|never|neither|nor|without|nothing|none|cannot|non|free (?:from|of)"
        r"|(?:do|does|did|is|are|was|were|wo|would|ca|could|should|has|have|had|must|need)n't)\b"
    ),
}
"""One compiled pattern per category of cue, run once over the whole text in lower case ("named" keeps its capitals)."""

# Where a clause ends, for the scope of a negation or a condition.
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s|\b(?:and|but|or|so|because|while|which|who|although|though)\b", _I)
# Where a main claim segment ends, for reading claim strength.
_SEGMENT_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:but|however|whereas|yet)\b", _I)
# An opening subordinate clause ("When combined ...", "While ...", "By activating ...") or an appositive.
_SIDE_SEGMENT = re.compile(
    r"^\W*(?:by|when|while|if|as|although|though|because|since|after|before|unless|with|for|once|despite|a|an"
    r"|often|known|scientifically|especially|particularly)\b",
    _I,
)
_IMPERATIVE = re.compile(
    r"^\W*(?:(?:please|always|never|definitely|just|also|then|so|now|simply|first|instead)\s+)?"
    r"(?:do not|don't|never|speak|talk|ask|consult|see|tell|check|stop|avoid|take|use|add|chew|keep|try|go|get|seek"
    r"|report|call|contact|visit|read|discover|learn|find out|follow|choose|order|buy|subscribe|join|give|make sure"
    r"|be (?:cautious|careful|aware|wary|sure)|discuss|remember|store|limit|drink|eat|wait|look for|start|switch"
    r"|protect|swallow|dissolve|apply)\b",
    _I,
)
_INTRO = re.compile(
    r"^\W*(?:if|when|before|after|unless|until|for|as|while|once|to|in|now|meanwhile|finally|instead|otherwise)\b[^,]*,",
    _I,
)
_CALL_TO_READ = re.compile(r"^\W*discover\b", _I)  # "Discover how ...": a sales call (codebook R6); "Learn more" is not
_LIST_MARKER = re.compile(r"^(?:[-*•]|\d+[.)])\s+")
_QUESTION_END = re.compile(r"\?[\"'”’)\]]*$")
_TESTIMONIAL = re.compile(r"^[\"“].*\b(?:I|my|me)\b", _I)
_SHORT_QUOTE = re.compile(r"[\"“‘'](?:\S+ ){0,3}\S+[\"”’']")  # 'labelled "natural"': a word mentioned, not used
_TREATED = re.compile(  # "to manage withdrawal symptoms": the condition treated, not a harm caused
    r"\b(?:manag|treat|eas|reliev|reduc|prevent|help\w* with)\w*\s+(?:[\w'-]+,?\s+){0,12}?(?:and |or )?$", _I
)
_NEGATOR = re.compile(r"\b(?:without|not|no|never|nor)\b", _I)


def _treated(text: str, start: int) -> bool:
    """Return True if the harm word at ``start`` names what a product is used to treat ("to treat pain, nausea")."""
    m = _TREATED.search(text[max(0, start - 120) : start])
    return bool(m) and not _NEGATOR.search(m.group())  # "reducing pain without the addictive effects" is no list


_TOPIC = re.compile(  # words that name a section's topic in a headline without a verb
    r"^(?:side[- ]effects?|risks?|interactions?|benefits?|safety|dangers?|harms?|warnings?|precautions?|dependence"
    r"|addiction|withdrawal|overdoses?|toxicity)$",
    _I,
)
_FINITE = re.compile(  # a verb that makes a headline a statement ("Kratom Cures Pain", "Recall: X contains Y")
    r"\b(?:is|are|was|were|be|can|could|may|might|will|would|should|must|does|do|did|has|have|had|causes?|contains?"
    r"|helps?|works?|cures?|ends?|stops?|beats?|boosts?|eases?|relieves?|fights?|reduces?|raises?|increases?"
    r"|protects?|makes?|gives?|brings?|treats?|heals?)\b",
    _I,
)
_SPEECH_END = re.compile(r"[.,!?]['\"”’]$")  # '"It changed my life," writes Tom': speech, not a scare quote
_REPORTED_COUNT = re.compile(r"\breported\b", _I)  # "no deaths have been reported": a count, not a reassurance
_BODILY = re.compile(r"(?:your|body's|its own)\s+$", _I)
_BODY_CLOCK = re.compile(r"\s+(?:rhythm|cycle|clock|defen)", _I)
_GENERIC = re.compile(
    r"\b(?:any|(?:report|reporting|have|get|notice)\s+(?:a|an))\s+$", _I
)  # "report any side effects": a kind of harm, not a claim that it happens


@dataclass(frozen=True)
class Label:
    """The roles, claim strength, evidence kind and cue words the rules give one sentence."""

    roles: tuple[str, ...]
    strength: str
    evidence: str
    cues: tuple[str, ...]


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
"""A-Z to a-z, and nothing else, so that every offset stays the same."""


def _plain(text: str) -> str:
    """The text with straight apostrophes and line breaks or tabs as spaces: the same length, so offsets hold."""
    return text.replace("’", "'").replace("\n", " ").replace("\t", " ").replace("\r", " ")


_LEAD_LENGTH = 8
"""Letters of a cue's beginning that the gate checks: longer leads send fewer false starts to the patterns."""


def _leads(seq: list, i: int = 0, lead: str = "", anchored: bool = False) -> set[tuple[str, bool]]:
    """Return the letters a pattern's match can start with (up to 8), and whether a word boundary comes first.

    It reads the compiled pattern's parse tree, so the speed-up in find_cues follows the patterns
    above by itself: nobody has to keep a second word list in step with them.
    """
    if len(lead) >= _LEAD_LENGTH or i >= len(seq):
        return {(lead, anchored)}
    op, av = seq[i]
    rest = list(seq[i + 1 :])
    if op is _sre.LITERAL:
        return _leads(seq, i + 1, lead + chr(av), anchored)
    if op is _sre.AT:
        return _leads(seq, i + 1, lead, anchored or (not lead and av is _sre.AT_BOUNDARY))
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):  # look-behinds and look-aheads take no letters
        return _leads(seq, i + 1, lead, anchored)
    if op is _sre.SUBPATTERN:
        return _leads(list(av[3]) + rest, 0, lead, anchored)
    if op is _sre.BRANCH:
        return {found for alternative in av[1] for found in _leads(list(alternative) + rest, 0, lead, anchored)}
    if op is _sre.IN and len(av) <= 3 and all(kind is _sre.LITERAL for kind, _ in av):  # [sz], [- ]
        return {found for _, ch in av for found in _leads(seq, i + 1, lead + chr(ch), anchored)}
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _, body = av
        found = _leads(list(body), 0, lead, anchored)  # stop after one round: the lead is only shorter
        return found | (_leads(seq, i + 1, lead, anchored) if low == 0 else set())
    return {(lead, anchored)}


def _gate() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """One pattern that finds each word start where a cue could begin, and which categories to try there."""
    by_lead: dict[str, set[str]] = {}
    ungated = []
    for category, pattern in PATTERNS.items():
        if category == "named":
            continue
        leads = _leads(list(_parser.parse(pattern.pattern, pattern.flags)))
        if all(anchored and len(lead) >= 2 for lead, anchored in leads):
            for lead, _ in leads:
                by_lead.setdefault(lead, set()).add(category)
        else:
            ungated.append(category)  # a cue that can start inside a word: searched in full
    order = list(PATTERNS)
    categories = {  # the longest lead found at a place stands for every shorter lead that starts there too
        lead: tuple(
            sorted(set().union(*(by_lead.get(lead[:n], ()) for n in range(1, _LEAD_LENGTH + 1))), key=order.index)
        )
        for lead in by_lead
    }
    return re.compile(r"\b(?=(" + trie_regex(list(by_lead)) + "))"), categories, tuple(ungated)


try:
    _GATE, _CATEGORIES_AT, _UNGATED = _gate()
except (AttributeError, TypeError, ValueError):  # the parser changed or is missing: search in full
    _GATE, _CATEGORIES_AT, _UNGATED = re.compile(r"(?!)"), {}, tuple(c for c in PATTERNS if c != "named")


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    """Join the texts (a blank line between) in lower case; return the joined text and where each text starts."""
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 2
    # One apostrophe and one kind of space for the patterns (a sentence may wrap over lines); offsets stay the same.
    return "\n\n".join(_plain(t) for t in texts).translate(_ASCII_LOWER), starts


def _by_text(texts: list[str], starts: list[int], spans: dict[str, list[tuple[int, int]]]) -> list[dict]:
    """Share the matches of the joined text out to the texts, with offsets inside each text."""
    found: list[dict[str, list[tuple[int, int]]]] = [{} for _ in texts]
    for category in PATTERNS:
        for a, b in sorted(spans.get(category, ())):
            i = bisect_right(starts, a) - 1
            if b - starts[i] <= len(texts[i]):
                found[i].setdefault(category, []).append((a - starts[i], b - starts[i]))
    for i, text in enumerate(texts):  # named sources: a short search per sentence that has evidence
        if "evidence" in found[i] or text.rstrip()[-1:].isdigit() or text.rstrip().endswith("]"):
            named = [m.span() for m in PATTERNS["named"].finditer(_plain(text))]
            if named:
                found[i]["named"] = named
    return found


def find_cues(texts: list[str]) -> list[dict[str, list[tuple[int, int]]]]:
    """Find every category's cues in all the texts at once; return, per text, category → (start, end) offsets.

    The texts are joined and scanned once for the word starts where some cue could begin; only
    there is each category's pattern tried. The result is what each pattern would find over the
    whole text (find_cues_in_full, checked by the tests), in a fraction of the time.
    """
    joined, starts = _joined(texts)
    spans: dict[str, list[tuple[int, int]]] = {c: [m.span() for m in PATTERNS[c].finditer(joined)] for c in _UNGATED}
    last_end = dict.fromkeys(PATTERNS, 0)
    for gate in _GATE.finditer(joined):
        p = gate.start()
        for category in _CATEGORIES_AT[gate.group(1)]:
            if p >= last_end[category]:  # as a search does, never look inside this category's previous match
                m = PATTERNS[category].match(joined, p)
                if m:
                    last_end[category] = max(m.end(), p + 1)
                    spans.setdefault(category, []).append(m.span())
    return _by_text(texts, starts, spans)


def find_cues_in_full(texts: list[str]) -> list[dict[str, list[tuple[int, int]]]]:
    """The same as find_cues, every pattern searched over the whole text: slower, kept to check find_cues."""
    joined, starts = _joined(texts)
    spans = {c: [m.span() for m in p.finditer(joined)] for c, p in PATTERNS.items() if c != "named"}
    return _by_text(texts, starts, spans)


def _clause_start(text: str, pos: int) -> int:
    """Return where the clause holding ``pos`` begins."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = m.end()
    return start


def _negated(text: str, start: int, cues: dict[str, list[tuple[int, int]]]) -> bool:
    """Return True if a negator stands earlier in the same clause as the cue at ``start``."""
    clause = _clause_start(text, start)
    return any(clause <= a < start for a, _ in cues.get("negation", ()))


def _in_scope(text: str, start: int, frames: list[tuple[int, int]], to_clause_end: bool) -> bool:
    """Return True if ``start`` falls after a frame: to the sentence end, or only to the end of the frame's clause."""
    for a, b in frames:
        if start >= a and (start < b or not to_clause_end):
            return True
        if to_clause_end and start >= b:
            between = text[b:start]
            if not _CLAUSE_BREAK.search(between.replace(" and ", " ").replace(" or ", " ")):
                return True
    return False


def label_sentence(text: str, cues: dict[str, list[tuple[int, int]]] | None = None, heading: bool = False) -> Label:
    """Label one sentence or headline (cues as from find_cues; found here if not given)."""
    cues = find_cues([text])[0] if cues is None else cues
    text = _plain(text)
    plain = _LIST_MARKER.sub("", text.strip(), count=1)
    fired: list[str] = []

    def words(category: str) -> list[str]:
        return [text[a:b].lower() for a, b in cues.get(category, ())]

    if _QUESTION_END.search(plain):
        return Label(("question",), "none", "none", ("question: ?",))

    reported = cues.get("reported", [])
    mentioned = reported + cues.get("mention", [])  # "this article explores ...": a topic, not a claim
    hypothetical = cues.get("hypothetical", [])
    concession_spans = cues.get("concession", [])

    quotes = [m.span() for m in _SHORT_QUOTE.finditer(text) if not _SPEECH_END.search(m.group())]

    def asserted(category: str) -> list[tuple[int, int]]:
        """Cues of a category that the text itself asserts (not reported, not conditional, not in scare quotes)."""
        if category not in cues:
            return []
        kept = []
        frames = reported if category == "promotion" else mentioned  # hype words still sell in a self-description
        for a, b in cues.get(category, ()):
            if _in_scope(text, a, frames, to_clause_end=False) or _in_scope(text, a, hypothetical, True):
                continue
            if any(qa < a and b < qb for qa, qb in quotes):
                continue
            kept.append((a, b))
        return kept

    roles: set[str] = set()
    concession = bool(concession_spans)
    safe_spans = asserted("safe")
    # "unlike opioids, ..." runs medicines down only when it goes on to a harm or a safety claim
    disparage = any(
        not text[x:y].lower().startswith("unlike") or cues.get("harm") or cues.get("safe")
        for x, y in asserted("disparage")
    )
    harm_spans = [
        (a, b)
        for a, b in asserted("harm")
        if not any(sa <= a < sb or a <= sa < b for sa, sb in safe_spans)
        and not any(ca <= a < cb for ca, cb in concession_spans)
        and not _GENERIC.search(text[max(0, a - 20) : a])
        and not _treated(text, a)
    ]
    for a, _ in safe_spans:
        if _negated(text, a, cues):
            roles.add("harm")  # "not necessarily safe", "would not call them non-addictive"
        elif not any(ca <= a for ca, _ in concession_spans):  # "more research is needed to find a safe dose"
            roles.add("safety_reassurance")
    for a, b in harm_spans:
        reported_count = _REPORTED_COUNT.search(text, b)
        if _negated(text, a, cues):
            if not concession and not reported_count:
                roles.add("safety_reassurance")  # "no side effects", "not addictive": a reassurance
        elif not disparage:  # in "unlike opioids, ..." the harm belongs to the medicine being run down
            roles.add("harm")
    inside_other = concession_spans + harm_spans  # "delay effective care": part of a harm phrase
    benefit_spans = [
        (a, b)
        for a, b in asserted("benefit")
        if not _negated(text, a, cues) and not any(oa <= a < ob for oa, ob in inside_other)
    ]
    if benefit_spans:
        roles.add("benefit")
    if asserted("mechanism"):
        roles.add("mechanism")
    if concession:
        roles.add("concession")

    imperative = bool(_IMPERATIVE.match(plain)) or bool(
        (intro := _INTRO.match(plain)) and _IMPERATIVE.match(plain[intro.end() :])
    )
    if imperative or cues.get("advice"):
        roles.add("advice")
        if cues.get("at_risk") and cues.get("consult"):
            roles.add("concession")  # consult advice tied to a group at risk (codebook R5)
    if _CALL_TO_READ.match(plain):
        roles.add("promotion")

    promotion = [
        (a, b)
        for a, b in asserted("promotion")
        if not _BODILY.search(text[max(0, a - 12) : a])  # "your natural rhythm"
        and not any(sa <= a < sb for sa, sb in safe_spans)  # "gentle enough": counted as a safety claim
        and not (text[a:b].lower().startswith("natur") and _BODY_CLOCK.match(text, b))
    ]
    if promotion or disparage or (_TESTIMONIAL.match(plain) and "benefit" in roles):
        roles.add("promotion")

    evidence = "none"
    evidence_spans = [
        (a, b)
        for a, b in cues.get("evidence", ())
        if not any(ca <= a < cb for ca, cb in concession_spans) and not _negated(text, a, cues)
    ]
    if evidence_spans or cues.get("named", []) and text.rstrip()[-1:] in "0123456789]":
        evidence = "named" if cues.get("named") else "vague"
        roles.add("evidence")

    if not roles - {"evidence"}:
        roles.add("background")
    claim_spans = benefit_spans + asserted("mechanism") + safe_spans + harm_spans + concession_spans
    modal = {
        c: [(a, b) for a, b in asserted(c) if not any(ca <= a < cb for ca, cb in concession_spans)]
        for c in ("hedge", "can")
    }
    strength = _strength(text, roles, claim_spans, modal)
    for category in ("benefit", "mechanism", "safe", "harm", "concession", "promotion", "disparage", "reported"):
        if category in cues:
            fired += [f"{category}: {w}" for w in dict.fromkeys(words(category))]
    if "advice" in roles:
        fired.append("advice: " + (plain.split()[0].strip("\"'“").lower() if imperative else words("advice")[0]))
    if heading and not _FINITE.search(text):  # "Side effects and interactions": a topic, not a claim
        for role, category in (("harm", "harm"), ("benefit", "benefit"), ("safety_reassurance", "safe")):
            found = [text[x:y] for x, y in cues.get(category, ())]
            if role in roles and found and all(_TOPIC.match(w) for w in found):
                roles.discard(role)
        if not roles - {"evidence"}:
            roles.add("background")
        strength = _strength(text, roles, claim_spans, modal)
    return Label(tuple(r for r in ROLES if r in roles), strength, evidence, tuple(fired))


def _strength(
    text: str, roles: set[str], claim_spans: list[tuple[int, int]], modal: dict[str, list[tuple[int, int]]]
) -> str:
    """Claim strength of the main claim: the first claim-bearing segment that is not a side clause."""
    claim_roles = {"benefit", "mechanism", "safety_reassurance", "harm", "concession"}
    if not roles & claim_roles or ("advice" in roles and not roles & (claim_roles - {"concession"})):
        return "none"
    bounds = [0, *(m.end() for m in _SEGMENT_BREAK.finditer(text)), len(text) + 1]
    segments = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    with_claims = [(a, b) for a, b in segments if any(a <= s < b for s, _ in claim_spans)]
    main = [(a, b) for a, b in with_claims if not _SIDE_SEGMENT.match(text[a:b])] or with_claims or segments
    a, b = main[0]
    if any(a <= s < b for s, _ in modal["hedge"]):
        return "hedged"
    if any(a <= s < b for s, _ in modal["can"]):
        return "can"
    return "direct"


def label_sentences(texts: list[str], headings: list[bool] | None = None) -> list[Label]:
    """Label many sentences (and headlines): every pattern runs once over all of them, then each is read alone."""
    headings = [False] * len(texts) if headings is None else headings
    return [
        label_sentence(text, cues, heading)
        for text, cues, heading in zip(texts, find_cues(texts), headings, strict=True)
    ]
