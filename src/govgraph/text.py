"""Vietnamese text normalisation: one Unicode form, one tone placement, plain punctuation.

Every later stage works on the output of :func:`normalize`, so offsets stay valid and
the same name always has the same spelling ("Uỷ ban" and "Ủy ban" become one).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks (grave, acute, tilde, hook above, dot below).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Vowels, with their quality diacritics already composed (NFC without tone).
_VOWELS = frozenset("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_MARKED = frozenset("ăâêôơưĂÂÊÔƠƯ")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_PUNCT = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\u2026": "...",
        "\r": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# a dash after a space glued to the capitalised word after it ("Chủ tịch Hội đồng -Ủy viên Ban
# Thường vụ"): a lost space, since a hyphen inside a word has no space before it
_GLUED_OPEN_DASH = re.compile(r"(?<=\s)-(?=[^\W\d_])")


def _place_tone(syllable: str) -> str:
    """Move the tone mark of one syllable to its traditional vowel ("hoà" -> "hòa")."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:
        return syllable
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    positions = [i for i, ch in enumerate(bare) if ch in _VOWELS]
    if not positions:
        return syllable
    # "gi" and "qu" start a syllable as consonants when another vowel follows.
    low = bare.lower()
    if len(positions) > 1 and ((low.startswith("qu") and positions[0] == 1) or (low.startswith("gi") and positions[0] == 1)):
        positions = positions[1:]
    first, last = positions[0], positions[-1]
    if last - first + 1 != len(positions):  # not one vowel cluster: leave it alone
        return syllable
    marked = [i for i in positions if bare[i] in _MARKED]
    if marked:
        target = marked[-1]
    elif len(positions) == 1:
        target = first
    elif last + 1 < len(bare):  # a final consonant follows: tone on the last vowel
        target = last
    elif len(positions) == 3:
        target = positions[1]
    else:
        target = first
    tone = tones[0]
    out = bare[:target] + unicodedata.normalize("NFC", bare[target] + tone) + bare[target + 1 :]
    return out


_OPEN_PAIR = re.compile(r"(?i)([^\W\d_]*?)([oóòỏõọ])([ae])(?![^\W\d_])|([^\W\d_]*?)([uúùủũụ])(y)(?![^\W\d_])")


def modern_tone(text: str) -> str:
    """The text with the tone of a closing "oa", "oe", "uy" on its second vowel, as dictionaries
    of the newer spelling write it ("văn hóa" -> "văn hoá", "thủy lợi" -> "thuỷ lợi"); the
    reverse of the traditional placement :func:`normalize` gives."""

    def move(m: re.Match[str]) -> str:
        head, first, second = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5), m.group(6))
        decomposed = unicodedata.normalize("NFD", first)
        tone = "".join(ch for ch in decomposed if ch in TONE_MARKS)
        if not tone or head.lower().endswith("q"):
            return m.group(0)
        bare = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
        return unicodedata.normalize("NFC", head + bare + second + tone)

    return _OPEN_PAIR.sub(move, unicodedata.normalize("NFC", text))


def normalize(text: str) -> str:
    """NFC, traditional tone placement, plain quotes and dashes, no control characters.

    >>> normalize("Uỷ ban hoà giải – “Thuý”")
    'Ủy ban hòa giải - "Thúy"'
    """
    text = unicodedata.normalize("NFC", text).translate(_PUNCT)
    text = _CONTROL.sub(" ", text)
    text = _GLUED_OPEN_DASH.sub(_open_dash, text)
    text = _WORD.sub(_fix_match, text)
    return unicodedata.normalize("NFC", text)


def _open_dash(m: re.Match[str]) -> str:
    return "- " if m.string[m.end()].isupper() else "-"


def _fix_match(m: re.Match[str]) -> str:
    return _fix_word(m.group(0))


@lru_cache(maxsize=1 << 16)
def _fix_word(word: str) -> str:
    """One word with its tone mark placed (cached: news text repeats its words), and words
    glued by a lost space taken apart ("trựcĐảng" -> "trực Đảng")."""
    if word.isascii():
        return word
    return " ".join(_place_tone(part) for part in _unglue(word))


def _unglue(word: str) -> list[str]:
    """A word cut where a small letter meets a capital and a piece on either side is written
    in Vietnamese letters: a space lost in the source ("Thường vụThị ủy", "Nguyễn DanhNguyên").
    A Vietnamese syllable has no capital inside; brands in plain letters ("VietBank") stay whole."""
    cuts = [i for i in range(1, len(word)) if word[i - 1].islower() and word[i].isupper()]
    if not cuts:
        return _unglue_small(word)
    parts, start = [], 0
    for i in [*cuts, len(word)]:
        parts.append(word[start:i])
        start = i
    out = [parts[0]]
    for part in parts[1:]:
        if (out[-1].isascii() and part.isascii()) or min(len(out[-1]), len(part)) < 2:
            out[-1] += part
        else:
            out.append(part)
    return [piece for part in out for piece in _unglue_small(part)]


# small words a lost space often glues to the name before them ("Bùi Xuân Khuđược bổ nhiệm")
# (written with Vietnamese letters, so that no foreign name ends with one: "Sancho")
_GLUED_SMALL = ("được", "và", "là", "của", "đã", "ở", "nói", "tại", "với", "bị", "có")


def _unglue_small(word: str) -> list[str]:
    """A capitalised word with a small Vietnamese word glued to its end: "Khuđược" -> "Khu được".
    The head is a word of its own: three letters or more, a vowel after the first; before a
    small word that opens with a vowel, no syllable ("Bidenở"), since "Thuở" is one."""
    if not word[:1].isupper() or not word[1:].islower():
        return [word]
    for small in _GLUED_SMALL:
        head = word[: -len(small)]
        if not word.endswith(small) or len(head) < 3 or not any(c in _VOWELS for c in _bare(head[1:])):
            continue
        if _bare(small)[0] not in _VOWELS or not syllable(head):
            return [head, small]
    return [word]


def _bare(word: str) -> str:
    """A word with its tone marks taken off ("Khuyến" -> "Khuyên")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in TONE_MARKS))


# one Vietnamese syllable with its tone marks taken off: "Hoa", "Nguyen", "Truong"
_SYLLABLE = re.compile(r"(?i)(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_BARRED_D = {0x111: "d", 0x110: "D"}  # the barred d has no mark to strip off


def capitalise(text: str) -> str:
    """The text with its first letter capitalised and the rest as written ("ảnh" -> "Ảnh")."""
    return text[:1].upper() + text[1:]


def syllable(word: str) -> bool:
    """True when ``word`` is written as one Vietnamese syllable ("Phát", "Nguyễn"), not as a
    foreign word ("Biden", "Samsung").

    >>> syllable("Nguyễn"), syllable("Eximbank")
    (True, False)
    """
    plain = unicodedata.normalize("NFD", word.translate(_BARRED_D))
    return bool(_SYLLABLE.fullmatch("".join(c for c in plain if not unicodedata.combining(c))))


def clean(text: str) -> str:
    """A metadata string (id, URL, source) on one line, without control characters or lone surrogates."""
    return " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", text.translate(_PUNCT))).split())


def fold(text: str) -> str:
    """Strip diacritics to plain ASCII letters ("Phạm Minh Chính" -> "Pham Minh Chinh")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(text: str) -> str:
    """A key for matching names as people type them: no diacritics, no case, one space.

    Tone placement, NFC/NFD and "đ" make no difference, so the view's search box and the
    ready-made queries forgive the same spellings.

    >>> search_key("  Phạm Minh CHÍNH ") == search_key("pham minh chinh") == search_key("Phạm Minh Chính")
    True
    """
    return " ".join(fold(normalize(text)).casefold().split())


def slug(text: str) -> str:
    """A lowercase ASCII key for IRIs ("Bộ Nội vụ" -> "bo-noi-vu").

    >>> slug("Ủy ban nhân dân TP. Hồ Chí Minh")
    'uy-ban-nhan-dan-tp-ho-chi-minh'
    """
    folded = fold(normalize(text)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "x"


def key(text: str) -> str:
    """A comparison key: normalised, case-folded, single-spaced."""
    return " ".join(normalize(text).casefold().split())


_GLUED_DASH = re.compile(r"(?<=[^\W\d_])[-–](?=[^\W\d_])")  # "Lao động-Thương binh": a dash between two words of letters
# how the parts of a listed name are joined: a comma, a dash, "và" or "&" ("Văn hóa, Thể thao và Du lịch")
_JOINS = re.compile(r"\s*(?:,|&|[-–](?!\w)|(?<!\w)[-–]|(?<!\w)và(?!\w))\s*")


def loose_key(text: str) -> str:
    """A comparison key that ignores how the parts of a name are joined, so that
    "Văn hóa - Thể thao & Du lịch" and "Văn hóa Thể thao và Du lịch" are the same sector.

    >>> loose_key("Văn hóa - Thể thao & Du lịch") == loose_key("văn hóa, thể thao và du lịch")
    True
    >>> loose_key("Lao động-Thương binh và Xã hội") == loose_key("Lao động - Thương binh và Xã hội")
    True
    """
    return " ".join(_JOINS.sub(" ", key(_GLUED_DASH.sub(" - ", text))).split())


def loose_pattern(name: str) -> str:
    """A regular expression for ``name`` however its parts are joined: at a comma, dash, "và"
    or "&" any of them or a space, and a dash may join two words ("Giao thông - Vận tải")."""
    parts = [p for p in _JOINS.split(normalize(name)) if p]
    join = r"(?:\s*[,&\-–]\s*(?:và\s+)?|\s+(?:và|&)\s+|\s+)"
    inner = r"(?:\s*[-–]\s*|\s+)"
    return join.join(inner.join(re.escape(w) for w in part.split()) for part in parts)
