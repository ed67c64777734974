"""What the title grammar keeps while it reads one sentence, and the small words its
rules read (from ``cues.json``, ``names.json`` and ``roles.json``).

:class:`Reading` holds the chunks of the sentence, the ROLE mentions made from its titles
and which titles were given to whom; giving a title to a name is the one way a rule adds
a ``holds`` relation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..document import ROLE, Document, Mention
from ..lexicon import entry, wordset
from ..reference import Body
from ..text import normalize
from .chunker import Chunk

HOLDS = "holds"


@dataclass(frozen=True)
class GrammarWords:
    """The small words the rules read (each a set of chunk texts)."""

    credit: frozenset[str]  # "Ảnh: Lâm Khánh"
    not_given: frozenset[str]  # a surname, then "Bộ": a body's name
    possessive: frozenset[str]  # "của ông Bình"
    aides: frozenset[str]  # "Thư ký nguyên Phó Chủ tịch Quốc hội": the title after is the principal's
    object_markers: frozenset[str]  # "thay mặt Chủ tịch nước, ..."
    joint: frozenset[str]  # "Bí thư ... kiêm Chủ tịch ..."
    auxiliaries: frozenset[str]  # "..., đã nghỉ hưu"
    retire: frozenset[str]  # "Ông nghỉ hưu từ năm 2007": every post held before ends
    retire_before: frozenset[str]  # "ông A đã chính thức nghỉ hưu": each word, syllable by syllable
    former_prefix: frozenset[str]  # "Nguyên Giám đốc X, Chủ tịch Y": "nguyên" ends X only
    handover: frozenset[str]  # "nhường lại vị trí X cho ông B": B takes X up
    after_clause: frozenset[str]  # "Sau khi chuyển giao nhiệm vụ X cho ông B, ông A …"
    conditional: frozenset[str]  # "nếu ông A làm Tổng thống": a supposition, no appointment
    new_in_post: frozenset[str]  # "tân Phó Chủ tịch"
    age: frozenset[str]  # ", 51 tuổi,"
    list_openers: frozenset[str]  # "3 Thứ trưởng gồm ..."
    recipient: frozenset[str]  # "... cho ông X"
    until: frozenset[str]  # "(đến tháng 5-2024)"
    before_clause: frozenset[str]  # "Trước khi được bổ nhiệm X, ông Y …": a clause of its own before the subject
    clause_breaks: frozenset[str]  # "nhưng", "còn"
    speech_verbs: frozenset[str]  # "cho biết", "nói": what follows is speech, not the subject's posts
    subject_pronouns: frozenset[str]  # "Ông là ..."
    passive: frozenset[str]  # "ông được Bộ Chính trị điều động …"
    subject_adverbs: frozenset[str]  # "Ông hiện là ...": words between the pronoun and its verb
    in_office: frozenset[str]  # "Chủ tịch tỉnh hiện nay là ông A"
    unit_of: frozenset[str]  # "Trung tâm Tuyển sinh thuộc Trường X"
    elect: tuple[str, ...]  # "bổ nhiệm", "bầu"
    membership_title: str  # "Ủy viên"


@cache
def grammar_words() -> GrammarWords:
    """The rules' words, read once from the data."""

    def cues(field: str) -> frozenset[str]:
        return wordset("cues", field)

    return GrammarWords(
        credit=wordset("names", "credit_words"),
        not_given=wordset("names", "not_given_words"),
        possessive=cues("possessive"),
        aides=cues("aides"),
        object_markers=cues("object_markers"),
        joint=cues("joint"),
        auxiliaries=cues("auxiliaries"),
        retire=frozenset(w.lower() for w in cues("retire")),
        retire_before=frozenset(s for w in cues("retire_before") for s in w.split()),
        former_prefix=cues("former_prefix"),
        handover=frozenset(w.lower() for w in cues("handover")),
        after_clause=cues("after_clause"),
        conditional=frozenset(w.lower() for w in cues("conditional")),
        new_in_post=cues("new_in_post"),
        age=cues("age"),
        list_openers=cues("list_openers"),
        recipient=cues("recipient"),
        until=cues("until"),
        before_clause=cues("before_clause"),
        clause_breaks=cues("clause_breaks"),
        speech_verbs=cues("speech_verbs"),
        subject_pronouns=cues("subject_pronouns"),
        passive=cues("passive"),
        subject_adverbs=cues("subject_adverbs"),
        in_office=cues("in_office"),
        unit_of=cues("unit_of"),
        elect=tuple(sorted(wordset("cues", "elect"))),
        membership_title=normalize(entry("roles", "membership_title")),
    )


class Reading:
    """One sentence being read: its chunks, the ROLE mentions made from its titles (keyed by
    chunk index, or past the chunks for titles completed with a body named apart) and which
    titles were given to whom."""

    def __init__(self, doc: Document, chunks: list[Chunk]) -> None:
        self.doc = doc
        self.chunks = chunks
        self.roles: dict[int, Mention] = {}
        self.assigned: set[int] = set()
        self.given: set[tuple[int, int]] = set()

    def give(
        self,
        name_index: int,
        role_index: int,
        *,
        ended: bool = False,
        appointed: bool = False,
        explicit: bool = False,
        career: bool = False,
        earlier: bool = False,
    ) -> None:
        """Relate the person of a NAME chunk to a title, once per pair; a career summary's title
        (``career``) is told neither held now nor ended, unless a span of years closes it."""
        person = self.chunks[name_index].value["person"]
        mention = self.roles.get(role_index)
        if mention is None or (role_index, name_index) in self.given:
            return
        self.given.add((role_index, name_index))
        self.assigned.add(role_index)
        ended = ended or bool(mention.value.get("closed"))  # "Hiệu trưởng Trường X từ năm 1996 đến năm 2018"
        if ended:
            self.doc.relate(HOLDS, person, mention, ended=True, appointed=False, explicit=explicit)
        else:
            extra = {"career": True} if career else {}
            if earlier and appointed:
                extra["earlier"] = True
            self.doc.relate(HOLDS, person, mention, ended=False, appointed=appointed, explicit=explicit, **extra)

    def derive(self, role_index: int, body: Body) -> int:
        """A copy of a title's mention completed with a body named apart from it."""
        source = self.roles[role_index]
        index = len(self.chunks) + len(self.roles)
        value = {**source.value, "body": body, "implied": False, "named_by": "org"}
        self.roles[index] = self.doc.add(ROLE, source.start, source.end, **value)
        return index

    def member(self, org_index: int, body: Body | None = None) -> int:
        """Membership of a body joined ("tham gia Ban Thường vụ Tỉnh ủy") as a member's post; of
        ``body`` when the body is named apart ("Ban Chấp hành, Ban Thường vụ Tỉnh ủy")."""
        org = self.chunks[org_index].value["mention"]
        index = len(self.chunks) + len(self.roles) + 1000
        title = grammar_words().membership_title
        self.roles[index] = self.doc.add(
            ROLE,
            org.start,
            org.end,
            role=title,
            base=None,
            title=title,
            body=body or org.value["body"],
            standalone=False,
            implied=False,
            named_by="org",
        )
        return index
