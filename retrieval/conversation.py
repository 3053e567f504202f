"""Chat context: follow-ups such as "那一般隐患呢？" rewritten into whole questions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from retrieval.models import Answer, ReportMeta
from retrieval.places import town_aliases
from retrieval.questions import COMPARE_ASK, sanitize

MAX_TURNS = 10

# A question asks something of its own when it has one of these.
_ASK = re.compile(
    r"多少|几|哪些|哪个|哪里|什么|如何|怎么|怎样|是否|有没有|有无|谁|何时|吗|比例|占比|率|情况|介绍|说说|讲讲"
)
_LEAD = re.compile(r"^(?:那么|那|还有|另外|再|又|而|然后|请问)\s*")
_TAIL = re.compile(r"(?:的情况|情况)?(?:呢|怎么样|如何|又如何|怎样)?\s*[？?。.!！]*\s*$")
_PRONOUN = re.compile(
    r"它们的|它的|他们的|它们|它|该镇|这个镇|那个镇|此镇|本镇|那里|这里|那边|这边|其"
)
_FOLLOW = re.compile(r"呢\s*[？?]?\s*$|^(?:那|那么|还有|另外|再|又|同期|同样)")
_PERIOD = re.compile(
    r"\d{4}\s*年(?:度)?(?:上半年|下半年|全年|前三季度|第[一二三四]季度)?|"
    r"今年(?:上半年|下半年)?|去年(?:上半年|下半年)?|前年|上半年|下半年|全年"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Where a contrasted noun phrase stops on its left: ask words, particles, verbs' aspect marks.
_LEFT_STOP = set("了的多少几个是在有对把被给和与及、，,？?镇乡")


@dataclass
class Turn:
    """One exchange: what was typed, the standalone question asked, and the answer."""

    question: str
    resolved: str
    answer: Answer | None = None


@dataclass
class Conversation:
    """The last few turns of a chat, enough to understand a follow-up."""

    turns: list[Turn] = field(default_factory=list)
    max_turns: int = MAX_TURNS

    @property
    def last_answer(self) -> Answer | None:
        return self.turns[-1].answer if self.turns else None

    @property
    def last_question(self) -> str | None:
        return self.turns[-1].resolved if self.turns else None

    def add(self, question: str, resolved: str, answer: Answer | None) -> None:
        self.turns.append(Turn(question, resolved, answer))
        del self.turns[: -self.max_turns]

    def reset(self) -> None:
        self.turns.clear()

    def history(self) -> list[tuple[str, str]]:
        """(question, answer text) pairs, oldest first, for a model that condenses follow-ups."""
        return [(t.resolved, t.answer.text if t.answer else "") for t in self.turns]

    def resolve(self, question: str, catalog: list[ReportMeta]) -> str:
        """The follow-up rewritten as a standalone question; a standalone question as it is."""
        text = _CONTROL.sub("", question or "").strip()
        previous = self.last_question
        if not text or not previous:
            return text
        return rewrite(text, previous, catalog)


def _towns_in(text: str, aliases: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, town) of each town name in the text, longest names first, no overlaps."""
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for alias in sorted(aliases, key=len, reverse=True):
        for m in re.finditer(re.escape(alias), text):
            if not any(taken[m.start() : m.end()]):
                found.append((m.start(), m.end(), aliases[alias]))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    return sorted(found)


def _fragment(text: str) -> str:
    """The question without its lead-in (那…) and tail (…呢？)."""
    core = _LEAD.sub("", text)
    return _TAIL.sub("", core).strip(" ，,")


def rewrite(text: str, previous: str, catalog: list[ReportMeta]) -> str:
    """Rewrite `text` against the previous standalone question."""
    aliases = town_aliases(catalog)
    new_towns = _towns_in(text, aliases)
    old_towns = _towns_in(previous, aliases)
    fragment = _fragment(text)
    elliptical = not _ASK.search(fragment) and bool(_FOLLOW.search(text) or len(fragment) <= 8)
    if elliptical:
        rest = fragment
        for start, end, _ in reversed(new_towns):
            rest = rest[:start] + rest[end:] if rest[start:end] else rest
        rest = _remove_towns(rest, aliases)
        periods = _PERIOD.findall(rest)
        rest = _PERIOD.sub("", rest).strip(" 的，,")
        result = previous
        if new_towns:
            result = _swap_town(result, old_towns, [t for _, _, t in new_towns])
        if periods:
            result = _swap_period(result, "".join(periods), aliases)
        if rest:
            result = _swap_phrase(result, rest)
        return _tidy(result)
    if new_towns or COMPARE_ASK.search(text):
        return text
    if not old_towns:
        return text
    # A question about "it" or with a follow-up mark keeps the previous town and period.
    if not (_PRONOUN.search(text) or _FOLLOW.search(text)):
        return text
    town = old_towns[0][2]
    period = "".join(_PERIOD.findall(previous)) if not _PERIOD.search(text) else ""
    subject = f"{town}{period}"
    body = _LEAD.sub("", text)
    has_pronoun = _PRONOUN.search(body)
    body = _PRONOUN.sub(subject, body, count=1) if has_pronoun else f"{subject}{body}"
    return _tidy(re.sub(r"呢(?=\s*[？?]?\s*$)", "", body))


def _remove_towns(text: str, aliases: dict[str, str]) -> str:
    for alias in sorted(aliases, key=len, reverse=True):
        text = text.replace(alias, "")
    return text


def _swap_town(previous: str, old: list[tuple[int, int, str]], towns: list[str]) -> str:
    """Put the new town(s) where the old one stood, or in front when there was none."""
    names = "和".join(dict.fromkeys(towns))
    if not old:
        return f"{names}{previous}"
    first_start = old[0][0]
    out = previous
    for start, end, _ in reversed(old):
        out = out[:start] + out[end:]
    # "卢峰镇和统溪河镇…" leaves a stray 和 behind once both names are gone.
    out = re.sub(r"^(?:和|与|及|、)+", "", out[:first_start]) + re.sub(
        r"^(?:和|与|及|、)+", "", out[first_start:]
    )
    return out[:first_start] + names + out[first_start:]


def _swap_period(previous: str, period: str, aliases: dict[str, str]) -> str:
    """Replace the period the previous question named, or add it after the town."""
    match = _PERIOD.search(previous)
    if match:
        without = _PERIOD.sub("", previous)
        return without[: match.start()] + period + without[match.start() :]
    towns = _towns_in(previous, aliases)
    at = towns[-1][1] if towns else 0
    return previous[:at] + period + previous[at:]


def _swap_phrase(previous: str, phrase: str) -> str:
    """Replace the noun phrase of the previous question that the new phrase contrasts with."""
    common, at_new, at_old = _longest_common(phrase, previous)
    if len(common) >= 2 or (common and len(phrase) <= 3):
        left = at_new  # characters of the new phrase before the shared part
        start = at_old
        while left > 0 and start > 0 and previous[start - 1] not in _LEFT_STOP:
            start -= 1
            left -= 1
        # Swallow the rest of the old modifier too (重大安全隐患 vs 一般隐患).
        while start > 0 and previous[start - 1] not in _LEFT_STOP and at_new > 0:
            start -= 1
        end = at_old + len(common)
        tail = len(phrase) - at_new - len(common)
        while tail > 0 and end < len(previous) and previous[end] not in _LEFT_STOP | set("？?"):
            end += 1
            tail -= 1
        return previous[:start] + phrase + previous[end:]
    ask = list(re.finditer(r"多少|几[个项次名人户家起条台处]?|哪些|哪几|什么", previous))
    if ask:
        end = ask[-1].end()
        return previous[:end] + phrase
    return f"{previous.rstrip('？?')}，{phrase}"


def _longest_common(a: str, b: str) -> tuple[str, int, int]:
    """Longest common substring of a and b with its positions (first in a, last in b)."""
    best, at_a, at_b = "", 0, 0
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            piece = a[i:j]
            where = b.rfind(piece)
            if where < 0:
                break
            if len(piece) > len(best):
                best, at_a, at_b = piece, i, where
    return best, at_a, at_b


def _tidy(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("？?。") or text


def record_turn(conversation: Conversation, question: str, resolved: str, result: Answer) -> Answer:
    """Label the answer with the question as asked and as understood, and keep the turn."""
    result.question = question.strip()
    if resolved and sanitize(resolved) != sanitize(question):
        result.note = f"按“{resolved}”理解"
    conversation.add(question, resolved, result)
    return result


def ask_in_conversation(
    townqa_ask: Callable[[str], Answer],
    conversation: Conversation,
    question: str,
    catalog: list[ReportMeta],
) -> Answer:
    """Resolve a follow-up against the conversation, answer it, and record the turn."""
    resolved = conversation.resolve(question, catalog)
    return record_turn(conversation, question, resolved, townqa_ask(resolved))
