"""Follow-up questions rewritten into standalone ones, and the turns a conversation keeps."""

from __future__ import annotations

import pytest

from retrieval.conversation import MAX_TURNS, Conversation, ask_in_conversation
from retrieval.models import Answer, ReportMeta

CATALOG = [
    ReportMeta(
        doc_id=f"{t}_{p}.txt", source=f"{t}_{p}.txt", title=f"{t}{p}工作总结", town=t, period=p
    )
    for t, p in [
        ("卢峰镇", "2025H1"),
        ("统溪河镇", "2025H1"),
        ("北斗溪镇", "2023"),
        ("北斗溪镇", "2025H1"),
    ]
]


def after(previous: str, follow_up: str) -> str:
    conversation = Conversation()
    conversation.add(previous, previous, None)
    return conversation.resolve(follow_up, CATALOG)


@pytest.mark.parametrize(
    ("previous", "follow_up", "expected"),
    [
        ("卢峰镇排查了多少重大隐患", "那一般隐患呢？", "卢峰镇排查了多少一般隐患"),
        ("卢峰镇排查了多少重大安全隐患？", "一般隐患呢", "卢峰镇排查了多少一般隐患"),
        ("卢峰镇排查了多少重大隐患", "统溪河镇呢？", "统溪河镇排查了多少重大隐患"),
        ("卢峰镇排查了多少一般隐患", "那统溪河镇呢", "统溪河镇排查了多少一般隐患"),
        (
            "北斗溪镇2025年上半年化解了多少矛盾纠纷",
            "2023年呢？",
            "北斗溪镇2023年化解了多少矛盾纠纷",
        ),
        ("北斗溪镇化解了多少矛盾纠纷", "2023年呢？", "北斗溪镇2023年化解了多少矛盾纠纷"),
        (
            "北斗溪镇2023年化解了多少矛盾纠纷",
            "卢峰镇2025年上半年呢",
            "卢峰镇2025年上半年化解了多少矛盾纠纷",
        ),
    ],
)
def test_elliptical_follow_ups(previous: str, follow_up: str, expected: str) -> None:
    assert after(previous, follow_up) == expected


def test_pronoun_keeps_the_previous_town() -> None:
    resolved = after("卢峰镇排查了多少重大隐患", "它的学生头盔佩戴率是多少？")
    assert resolved.startswith("卢峰镇") and "头盔佩戴率" in resolved
    assert "它" not in resolved


def test_follow_up_without_town_keeps_town_and_period() -> None:
    resolved = after("北斗溪镇2023年化解了多少矛盾纠纷", "那发放了多少低保金呢？")
    assert resolved.startswith("北斗溪镇2023年") and "低保金" in resolved


@pytest.mark.parametrize(
    "question",
    [
        "北斗溪镇2023年发放了多少低保金？",
        "统溪河镇排查了多少一般隐患？",
        "哪个镇排查的一般隐患最多？",
    ],
)
def test_standalone_questions_pass_unchanged(question: str) -> None:
    assert after("卢峰镇排查了多少重大隐患", question) == question


def test_first_question_is_not_rewritten() -> None:
    assert Conversation().resolve("那一般隐患呢？", CATALOG) == "那一般隐患呢？"


def test_turns_are_capped_and_reset() -> None:
    conversation = Conversation()
    for i in range(MAX_TURNS + 5):
        conversation.add(f"问题{i}", f"问题{i}", None)
    assert len(conversation.turns) == MAX_TURNS
    assert conversation.turns[-1].question == f"问题{MAX_TURNS + 4}"
    conversation.reset()
    assert conversation.turns == [] and conversation.last_answer is None


def test_ask_in_conversation_resolves_answers_and_records() -> None:
    asked: list[str] = []

    def fake_ask(text: str) -> Answer:
        asked.append(text)
        return Answer(question=text, text=f"答：{text}")

    conversation = Conversation()
    first = ask_in_conversation(fake_ask, conversation, "卢峰镇排查了多少重大隐患？", CATALOG)
    second = ask_in_conversation(fake_ask, conversation, "那一般隐患呢？", CATALOG)
    assert asked == ["卢峰镇排查了多少重大隐患？", "卢峰镇排查了多少一般隐患"]
    assert first.note == "" and "卢峰镇排查了多少一般隐患" in second.note
    assert second.question == "那一般隐患呢？"
    assert conversation.last_answer is second
    assert conversation.history()[-1] == (
        "卢峰镇排查了多少一般隐患",
        "答：卢峰镇排查了多少一般隐患",
    )
