"""Names in a sentence: which capitalised runs are people in their context, and the
pronoun that opens a sentence about the person named last.

The words come from ``names.json`` (surnames, words that start bodies' names, credit
words) and ``cues.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..document import PERSON, PLACE, Document, Mention
from ..lexicon import alternatives, wordset
from ..reference import Reference, load_reference
from ..text import capitalise, syllable
from .bodies_rules import patterns
from .chunker import Chunk
from .reading import Reading, grammar_words


def is_person_name(ref: Reference, words: list[str], context: bool) -> bool:
    """True when capitalised words name a person: after a title or an honorific (``context``)
    most runs do; alone, a run must start with a surname and go on with a given name."""
    if not words or any(w.isupper() and len(w.rstrip(".")) > 1 for w in words):  # an acronym; an initial ("A.") may be
        return False
    if context:
        return (len(words) <= 5 and words[0] not in ref.non_name_words) or (words[0] in ref.surnames and len(words) >= 2)
    if any(w in wordset("names", "foreign_org_words") for w in words[1:]):
        return False  # "La Liga", "Man Utd": a surname-like word opens an organisation's name
    return words[0] in ref.surnames and 2 <= len(words) <= 5 and words[1] not in grammar_words().not_given


def runs_into_word(doc: Document, end: int) -> bool:
    """True when the word segmenter joins the last word of a capitalised run to the small
    word after it: "Cộng sản", "Thanh tra", "Quân nhân", "Tổng hợp" are words, so the run
    before them ("Đảng Cộng", "Đoàn Thanh") names no one."""
    tokens = doc.tokens
    i = bisect_right(tokens, end - 1, key=lambda t: t.start) - 1
    if i < 0 or not tokens[i].start < end < tokens[i].end:
        return False
    rest = doc.text[end : tokens[i].end].lstrip()
    return rest[:1].islower()


def _split_word(reading: Reading, ref: Reference, chunk: Chunk, words: list[str], prev: str) -> bool:
    """A capitalised run cut off from the word it begins ("Trưởng khoa Tim mạch", "Đảng Cộng
    sản", "Đoàn Thanh tra"). Trusted as a name after an honorific, or of two words or more after a
    rank ("ông Hứa Ngọc Nghĩa là ..."), when it opens with a surname that starts no body's name and goes on, and when
    its last word is no Vietnamese syllable: the segmenter glues foreign names to the next word
    ("Joe Biden dỡ bỏ")."""
    named = words[0] in ref.surnames and words[0] not in ref.non_name_words and len(words) >= 2
    if prev == "HON" or (prev == "RANK" and len(words) > 1) or named or not syllable(words[-1]):
        return False  # one word after a rank may begin a word ("Đô đốc Hải quân", "Tiến sĩ Truyền thông")
    return runs_into_word(reading.doc, chunk.end)


def _kin_word_opens(ref: Reference, words: list[str], prev: str) -> bool:
    """True when a capitalised word of address ("Anh", "Chị", "Thầy") opens a clause before a
    name that starts with a surname, or before a given name of two words alone ("Chị Thu
    Hoài"), unless those words name a country ("Anh Quốc")."""
    if prev not in ("", "SEP", "LP", "DASH", "COLON") or len(words) < 3 or words[0] not in wordset("names", "kin_words"):
        return False
    if words[1] in ref.surnames:
        return True
    return len(words) == 3 and ref.country(" ".join(words[:2])) is None and ref.country(" ".join(words[1:])) is None


def _foreign_apposed(chunks: list[Chunk], i: int, words: list[str]) -> bool:
    """ "Antony Blinken, Ngoại trưởng Mỹ, …", "Victor Marchetti, cựu Giám đốc CIA": a foreign
    name of two to four words with a title set off after it, no honorific before it."""
    k = i + 2
    if not 2 <= len(words) <= 4 or k >= len(chunks) or chunks[i + 1].kind not in ("SEP", "DASH"):
        return False
    if chunks[k].kind == "FORMER" and k + 1 < len(chunks):
        k += 1
    foreign = sum(not syllable(w) for w in words)
    if any(w in wordset("names", "foreign_org_words") for w in words):
        return False  # "Sky Sports", "Daily Mail": a foreign organisation's or paper's name
    return chunks[k].kind == "ROLE" and 2 * foreign >= len(words) and all(w[0].isupper() for w in words)


def _foreign_after_country(chunks: list[Chunk], i: int, words: list[str]) -> bool:
    """ "Chủ tịch Hiệp hội Lồng ngực Thái Lan Nithiphat Chiarakun", "Tổng Thanh tra của Lực lượng
    Vũ trang Đức Eberhard Zorn": a foreign name of two to four words right after a country that
    ends a title's words."""
    if not 2 <= len(words) <= 4 or i < 2 or chunks[i - 1].kind != PLACE:
        return False
    place = chunks[i - 1].value.get("mention")
    if place is None or place.value.get("kind") != "country" or any(syllable(w) for w in words):
        return False
    return any(c.kind == "ROLE" for c in chunks[max(0, i - 8) : i - 1])


def _foreign_cued(reading: Reading, i: int, words: list[str]) -> bool:
    """ "tỷ phú Elon Musk", "Condoleezza Rice, 66 tuổi,": a foreign name of two to four words
    with no honorific, after a noun of occupation written small or before its age."""
    if not 2 <= len(words) <= 4 or 2 * sum(not syllable(w) for w in words) < len(words) or len(words[-1]) < 2:
        return False  # "Michael B. Jordan" cut at its initial is no name to keep
    if any(w in wordset("names", "foreign_org_words") for w in words):
        return False
    text, c = reading.doc.text, reading.chunks[i]
    return bool(_AGE_AFTER.match(text, c.end) or _person_noun_before().search(text, max(0, c.start - 30), c.start))


_AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]+tuổi(?!\w)")


@cache
def _person_noun_before() -> re.Pattern[str]:
    """A noun of occupation or standing written small right before a name ("tiền đạo X")."""
    return re.compile(rf"(?i)(?<!\w){alternatives('names', 'person_nouns')}[ \t]+$")


def _title_apposed(chunks: list[Chunk], i: int) -> bool:
    """True when the title before chunk ``i`` is set off after a name ("Ông A, Giám đốc …", "A - CEO …")."""
    if i < 3 or chunks[i - 3].kind != "NAME":
        return False
    mark = chunks[i - 2]
    return mark.kind == "DASH" or (mark.kind == "SEP" and mark.text == ",")


def _names_locality(doc: Document, words: list[str]) -> bool:
    """True when ``words`` are the name, or the end of the name, of a district, commune or ward
    the document names with its kind ("huyện Lý Nhân", "quận Nam Từ Liêm")."""
    name = " ".join(words)
    for m in doc.mentions:
        if m.label == PLACE and m.value.get("kind") == "locality":
            place = m.value["name"].rstrip("0123456789 ")  # "thôn Kim Chung 2"
            if place.endswith(f" {name}") and not place[: -len(name) - 1].endswith(tuple(f" {w}" for w in ("của", "và"))):
                return True
    return False


@cache
def _kin_before() -> re.Pattern[str]:
    """A word of address, in either case, right before a name ("anh Thái Hòa")."""
    return re.compile(rf"(?i)(?<!\w){alternatives('names', 'kin_words')}[ \t]+$")


def _addressed(reading: Reading, i: int) -> bool:
    """True when a word of address or a noun of occupation introduces the name of chunk ``i``."""
    text, start = reading.doc.text, reading.chunks[i].start
    window = text[max(0, start - 30) : start]
    return bool(_kin_before().search(window) or _person_noun_before().search(window))


def _names_district(doc: Document, ref: Reference, words: list[str]) -> bool:
    """True when ``words`` are the name of a district of a province the document names
    ("Hà Đông" in a story that names Hà Nội, "Lý Nhân" beside Hà Nam): written bare, the place."""
    provinces = ref.districts.get(" ".join(words))
    if not provinces:
        return False
    for name in provinces:
        province = ref.province(name)
        forms = (name, *province.aliases) if province else (name,)
        if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text) for form in forms):
            return True
    return False


@cache
def _street_before() -> re.Pattern[str]:
    """A street's, square's or river's noun right before a name ("đường Nguyễn Văn Linh"), or a
    local unit's word ("xã Phạm Văn Hai", "TP Hà Tiên"), many named after a person."""
    local = load_reference().local
    words = [*local["person_named_units"], *local["units"], *local["unit_abbreviations"]]
    units = "|".join(re.escape(u) for u in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives('names', 'street_words')}|{units})\.?[ \t]+$")


def _names_street(reading: Reading, ref: Reference, i: int) -> bool:
    """True when the capitalised run of chunk ``i`` names a street, square, bridge or river, or a
    city after "thành phố", unless a title reads that unit bare ("Chủ tịch HĐND thành phố Nguyễn
    Ngọc Tuấn": the person follows it)."""
    chunks, text = reading.chunks, reading.doc.text
    start = chunks[i].start
    if not _street_before().search(text, max(0, start - 16), start):
        return False
    before = text[max(0, start - 24) : start].rstrip().rstrip(".").lower()
    units = (*ref.local["units"], *(a.lower() for a in ref.local["unit_abbreviations"]))
    if not any(before.endswith(unit) for unit in units):
        return True
    return not any(c.kind == "ROLE" for c in chunks[max(0, i - 4) : i])


def read_names(reading: Reading, ref: Reference) -> None:
    """Rule 1: capitalised runs that are people in their context become NAME chunks."""
    chunks, known = reading.chunks, grammar_words()
    for i, c in enumerate(chunks):
        if c.kind != "CAPS":
            continue
        words = c.text.split()
        prev = chunks[i - 1].kind if i else ""
        if prev == "COLON" and i >= 2 and capitalise(chunks[i - 2].text) in known.credit:
            continue  # "Ảnh: Lâm Khánh", "(ảnh: Lâm Khánh)" name a journalist, not a person of the story
        if _kin_word_opens(ref, words, prev):
            # "Chị Lò Thị Na cho biết": the word of address stays out of the name
            cut = c.text.index(" ") + 1
            c.start, c.text, words, prev = c.start + cut, c.text[cut:], words[1:], "HON"
        if _split_word(reading, ref, c, words, prev):
            continue
        if (
            prev == "ROLE"
            and chunks[i - 1].value.get("body") is None
            and _title_apposed(chunks, i)
            and words[0] not in ref.surnames
        ):
            continue  # "ông A, Giám đốc điều hành Thế Giới Di Động,": the title's body, not a second person
        context = (
            prev in ("HON", "RANK", "ROLE")
            or _foreign_apposed(chunks, i, words)
            or _foreign_cued(reading, i, words)
            or _foreign_after_country(chunks, i, words)
        )
        if not context and _names_locality(reading.doc, words):
            continue  # "Lý Nhân là huyện …" after "huyện Lý Nhân": the place, not a person
        if not context and _names_district(reading.doc, ref, words) and not _addressed(reading, i):
            continue  # "Cát Linh - Hà Đông" in a story about Hà Nội: the district, not a person
        if _names_street(reading, ref, i):
            continue  # "trên đường Nguyễn Văn Linh": a street named after a person
        if patterns().province_with_kind_at(reading.doc.text, c.start):
            continue  # "Chủ tịch Hội Mỹ thuật TP Hồ Chí Minh": the city, at the end of a body's name
        if is_person_name(ref, words, context):
            # one word after "ông"/"bà" shortens a name told in full elsewhere; after a rank or a
            # title ("Công chúa kế vị Victoria", "Tổng thống Putin") it is the name in use
            short = len(words) == 1 and prev == "HON"
            # "bà Jill Biden" and "ông Biden" are two people: the form of address tells a woman
            female = prev == "HON" and chunks[i - 1].text in wordset("roles", "female_honorifics")
            male = prev == "HON" and chunks[i - 1].text in wordset("roles", "male_honorifics")
            sex = "f" if female else "m" if male else None
            c.kind = "NAME"
            c.value["person"] = reading.doc.add(PERSON, c.start, c.end, name=c.text, short=short, single=len(words) == 1, sex=sex)
            # "người tiền nhiệm của ông Bình": a possessive, not the subject of a clause
            back = i - 2 if prev == "HON" else i - 1
            c.value["possessive"] = back >= 0 and chunks[back].kind == "WORD" and chunks[back].text in known.possessive


def pronoun_subject(chunks: list[Chunk], last: Mention | None) -> None:
    """ "Ông là Ủy viên Bộ Chính trị ...", "Từ năm 2011 đến năm 2018, ông là Giám đốc …": "ông"
    or "bà" alone as the subject of a sentence, or after a fronted time or place, speaks of the
    person named last; so does it before a word that replaces someone ("ông kế nhiệm ông X làm
    …") or the passive of an appointment ("ông được Bộ Chính trị điều động, chỉ định giữ chức …")."""
    at = fronted_end(chunks)
    at = at + 1 if at is not None else 0
    if last is None or at + 1 >= len(chunks) or chunks[at].kind != "HON" or chunks[at].value.get("plural"):
        return
    known = grammar_words()
    k = at + 1
    while k < len(chunks) - 1 and chunks[k].kind == "WORD" and chunks[k].text in known.subject_adverbs:
        k += 1  # "ông hiện là …"
    retiring = retirement_at(chunks, k)
    if retiring is not None:
        k = retiring  # "Ông đã nghỉ hưu từ cuối năm 2007"
    replacing = chunks[k].kind == "REPLACE" and k + 1 < len(chunks) and chunks[k + 1].kind in ("HON", "NAME")
    passive = chunks[k].text in known.passive and any(c.kind in ("APPOINT", "ELECT", "MEMBER") for c in chunks[k + 1 : k + 7])
    verb = chunks[k].kind in ("COPULA", "FORMER", "APPOINT", "ENDING") or replacing or passive
    if not verb or chunks[at].text.capitalize() not in known.subject_pronouns:
        return
    chunks[at].kind = "NAME"
    chunks[at].value["person"] = last


def retirement_at(chunks: list[Chunk], k: int) -> int | None:
    """The index of a word of retirement at ``k`` or after the words allowed before it ("đã
    chính thức nghỉ hưu"), with no title after it in the clause; None otherwise."""
    known = grammar_words()
    while k < len(chunks) and chunks[k].kind == "WORD" and chunks[k].text.lower() in known.retire_before:
        k += 1
    if k >= len(chunks) or chunks[k].kind != "ENDING" or chunks[k].text.lower() not in known.retire:
        return None
    for c in chunks[k + 1 :]:
        if c.kind == "ROLE":
            return None  # a title after the word: that title's ending, which the other rules read
        if c.kind in ("NAME", "HON") or (c.kind == "SEP" and c.text != ","):
            break
    return k


def fronted_end(chunks: list[Chunk]) -> int | None:
    """The index of the comma that closes a fronted time or place ("Trước đó,", "Từ năm 2011
    đến năm 2018,", "Giai đoạn 2010 - 2015,", "Tại Hà Nội,"): up to eight chunks of plain words,
    dates and places, the first of them maybe capitalised; None when the sentence opens otherwise."""
    for k, c in enumerate(chunks[:9]):
        if c.kind == "SEP" and c.text == ",":
            return k if k > 0 else None
        if c.kind not in _FRONTED and not (k == 0 and c.kind == "CAPS" and " " not in c.text):
            return None
    return None


_FRONTED = frozenset({"WORD", "FORMER", "DATE", "DASH", "PLACE"})
