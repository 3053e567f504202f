"""The index: incremental, idempotent ingest; safe failures; recorded embedder; filtering."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from retrieval import index as index_module
from retrieval.chunking import chunk_report
from retrieval.embeddings import HashingEmbedder
from retrieval.index import IndexUnusable
from retrieval.loading import load_report
from retrieval.settings import REPORTS_DIR
from retrieval.text import normalize
from retrieval.vectorstore import COLLECTION, EmbedderMismatch

QINGSHI = """青石镇2024年工作总结
一、经济发展
2024年，青石镇完成地区生产总值12.5亿元，同比增长6%。新建茶叶基地3000亩，带动农户增收。
二、安全生产
全年排查一般隐患58项、重大隐患3项，整改率100%。开展森林防火巡查120次。
三、社会事业
新建村级卫生室4个，发放助学金35万元。
"""
BAISHA = """白沙镇2025年上半年工作总结
一、项目建设
上半年，白沙镇实施重点项目9个，完成投资2.3亿元。
二、基层治理
化解矛盾纠纷41起，调解成功率98%。新建网格服务站6个。
"""
QINGSHI_NEW = QINGSHI.replace("重大隐患3项", "重大隐患7项").replace("巡查120次", "巡查150次")

QUESTIONS = ["青石镇排查了多少重大隐患", "白沙镇化解了多少矛盾纠纷", "茶叶基地"]


def write_reports(folder: Path, reports: dict[str, str], encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding=encoding)
    return folder


def chroma_ids(index_dir: Path) -> set[str]:
    """Chunk ids stored in the index's embedded Chroma, read with chromadb directly."""
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"), settings=Settings(anonymized_telemetry=False)
    )
    return set(client.get_collection(COLLECTION).get(include=[])["ids"])


def results(qa: Any, questions: list[str] = QUESTIONS) -> list[list[tuple[str, str]]]:
    """(chunk_id, text) of each question's passages: what a user would see."""
    return [[(p.chunk_id, p.text) for p in qa.search(q)[1]] for q in questions]


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    return write_reports(
        tmp_path / "reports", {"青石镇_2024.txt": QINGSHI, "白沙镇_2025H1.txt": BAISHA}
    )


@pytest.fixture
def built(reports_dir: Path, tmp_path: Path, townqa_factory: Callable[..., Any]) -> Any:
    """A TownQA whose index holds the two small reports."""
    qa = townqa_factory(tmp_path / "index")
    stats = qa.ingest([reports_dir])
    assert sorted(stats.added) == ["白沙镇_2025H1.txt", "青石镇_2024.txt"]
    assert not stats.failed
    return qa


def test_a_reports_whole_text_is_read_folded(built: Any) -> None:
    snapshot = built.index.snapshot
    words = snapshot.report_words("青石镇_2024.txt")
    assert words and words == words.lower()
    # Every chunk of the report is in it, and no other report's.
    for chunk in snapshot.chunks:
        inside = normalize(chunk.text).lower() in words
        assert inside == (chunk.doc_id == "青石镇_2024.txt")
    assert snapshot.report_words("no-such-report") == ""


# -- incremental, idempotent ---------------------------------------------------------------------


def test_second_ingest_of_shipped_corpus_is_a_no_op(
    shipped_copy: Path, townqa_factory: Callable[..., Any]
) -> None:
    qa = townqa_factory(shipped_copy)
    before_ids = [c.chunk_id for c in qa.index.snapshot.chunks]
    before_rows = chroma_ids(shipped_copy)
    pointer = (shipped_copy / "CURRENT").read_text()

    stats = qa.ingest([REPORTS_DIR])

    assert stats.added == [] and stats.updated == [] and stats.removed == []
    assert len(stats.unchanged) == 5
    assert [c.chunk_id for c in qa.index.snapshot.chunks] == before_ids
    assert chroma_ids(shipped_copy) == before_rows == set(before_ids)
    assert (shipped_copy / "CURRENT").read_text() == pointer  # nothing rewritten
    assert [c.chunk_id for c in townqa_factory(shipped_copy).index.snapshot.chunks] == before_ids


def test_changed_file_replaces_its_chunks(
    built: Any, reports_dir: Path, tmp_path: Path, townqa_factory: Callable[..., Any]
) -> None:
    index_dir = tmp_path / "index"
    old_ids = {c.chunk_id for c in built.index.snapshot.chunks if c.doc_id == "青石镇_2024.txt"}
    baisha_ids = {
        c.chunk_id for c in built.index.snapshot.chunks if c.doc_id == "白沙镇_2025H1.txt"
    }
    (reports_dir / "青石镇_2024.txt").write_text(QINGSHI_NEW, encoding="utf-8")

    stats = built.ingest([reports_dir])

    assert stats.updated == ["青石镇_2024.txt"] and stats.unchanged == ["白沙镇_2025H1.txt"]
    chunks = built.index.snapshot.chunks
    new_ids = {c.chunk_id for c in chunks if c.doc_id == "青石镇_2024.txt"}
    gone = old_ids - new_ids
    assert gone, "the edited sections must get new content-hash ids"
    assert not gone & chroma_ids(index_dir)
    assert chroma_ids(index_dir) == {c.chunk_id for c in chunks}
    assert baisha_ids <= chroma_ids(index_dir)
    for qa in (built, townqa_factory(index_dir)):
        _, passages = qa.search("青石镇排查了多少重大隐患", k=10)
        assert not {p.chunk_id for p in passages} & gone
        assert "重大隐患7项" in passages[0].text
        assert all("重大隐患3项" not in p.text for p in passages)


def test_deleted_file_goes_when_its_folder_is_reingested(
    built: Any, reports_dir: Path, tmp_path: Path
) -> None:
    baisha = {c.chunk_id for c in built.index.snapshot.chunks if c.doc_id == "白沙镇_2025H1.txt"}
    (reports_dir / "白沙镇_2025H1.txt").unlink()

    # Ingesting another path does not drop it: only a re-ingest of its own folder does.
    other = write_reports(tmp_path / "other", {"青石镇_2024.txt": QINGSHI})
    assert built.ingest([other]).removed == []
    assert "白沙镇_2025H1.txt" in built.index.snapshot.reports

    stats = built.ingest([reports_dir])

    assert stats.removed == ["白沙镇_2025H1.txt"]
    assert "白沙镇_2025H1.txt" not in built.index.snapshot.reports
    assert not baisha & chroma_ids(tmp_path / "index")
    _, passages = built.search("白沙镇化解了多少矛盾纠纷")
    assert all(p.doc_id != "白沙镇_2025H1.txt" for p in passages)


def test_file_given_by_name_is_added_next_to_the_folder(built: Any, tmp_path: Path) -> None:
    extra = write_reports(tmp_path / "extra", {"红岩镇_2023.txt": QINGSHI.replace("青石", "红岩")})
    stats = built.ingest([extra / "红岩镇_2023.txt"])
    assert stats.added == ["红岩镇_2023.txt"] and stats.removed == []
    assert len(built.index.snapshot.reports) == 3


# -- a failure half-way leaves the previous index answering ---------------------------------------


def _boom(*_args: Any, **_kwargs: Any) -> Any:
    raise RuntimeError("simulated crash while building the lexical index")


def test_failure_after_vectors_were_added_keeps_previous_index(
    built: Any,
    reports_dir: Path,
    tmp_path: Path,
    townqa_factory: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index_dir = tmp_path / "index"
    before = results(built)
    pointer = (index_dir / "CURRENT").read_text()
    changed = reports_dir / "青石镇_2024.txt"
    changed.write_text(QINGSHI_NEW, encoding="utf-8")
    new_ids = {c.chunk_id for c in chunk_report(load_report(changed, reports_dir))}

    monkeypatch.setattr(index_module, "_bm25", _boom)
    with pytest.raises(RuntimeError, match="simulated crash"):
        built.ingest([reports_dir])

    assert new_ids <= chroma_ids(index_dir), "the crash must come after the vectors were added"
    assert (index_dir / "CURRENT").read_text() == pointer
    assert results(built) == before
    assert results(townqa_factory(index_dir)) == before

    monkeypatch.undo()
    monkeypatch.setenv("TOWNQA_EMBEDDING_MODEL", "hashing")
    stats = built.ingest([reports_dir])
    assert stats.updated == ["青石镇_2024.txt"]
    assert "重大隐患7项" in built.search("青石镇排查了多少重大隐患")[1][0].text
    assert chroma_ids(index_dir) == {c.chunk_id for c in built.index.snapshot.chunks}


class FailingEmbedder(HashingEmbedder):
    """Same name as the index's embedder, but fails when asked for document vectors."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        raise RuntimeError("simulated embedder failure")


def test_embedder_failure_keeps_previous_index(
    built: Any, reports_dir: Path, tmp_path: Path, townqa_factory: Callable[..., Any]
) -> None:
    before = results(built)
    (reports_dir / "白沙镇_2025H1.txt").write_text(BAISHA + "三、民生\n新增就业岗位300个。\n")
    built.__dict__["embedder"] = FailingEmbedder()
    with pytest.raises(RuntimeError, match="simulated embedder failure"):
        built.ingest([reports_dir])
    assert results(built) == before
    assert results(townqa_factory(tmp_path / "index")) == before


# -- the embedder is recorded with the collection ------------------------------------------------


def test_search_with_another_embedder_is_a_clear_error(
    shipped_copy: Path, townqa_factory: Callable[..., Any]
) -> None:
    qa = townqa_factory(shipped_copy)
    qa.__dict__["embedder"] = HashingEmbedder(dim=256)
    with pytest.raises(EmbedderMismatch) as caught:
        qa.search("卢峰镇排查了多少重大隐患")
    message = str(caught.value)
    assert "\n" not in message
    assert "hashing-char-ngrams-v1-1024" in message and "hashing-char-ngrams-v1-256" in message
    assert "townqa ingest" in message

    # Re-ingesting with the new embedder re-embeds everything and searching works again.
    stats = qa.ingest([REPORTS_DIR])
    assert len(stats.unchanged) == 5
    state = json.loads(
        (shipped_copy / (shipped_copy / "CURRENT").read_text() / "state.json").read_text()
    )
    assert state["embedder"] == "hashing-char-ngrams-v1-256"
    assert qa.search("卢峰镇排查了多少重大隐患")[1]


def test_cli_search_with_another_embedder_prints_one_line(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import retrieval.core
    from bot.cli import main

    small = HashingEmbedder(dim=128)
    monkeypatch.setattr(retrieval.core, "make_embedder", lambda _model, **_: small)
    with pytest.raises(SystemExit) as exit_:
        main(["search", "卢峰镇排查了多少重大隐患", "--index", str(shipped_copy)])
    assert exit_.value.code != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("townqa: error: ") and "\n" not in err
    assert "re-index" in err and "Traceback" not in err


# -- towns and periods ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_qa(shipped_index: Path) -> Any:
    from retrieval.core import TownQA
    from retrieval.settings import load_settings

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TOWNQA_EMBEDDING_MODEL", "hashing")
        mp.delenv("TOWNQA_CHROMA_URL", raising=False)
        return TownQA(load_settings(index_dir=shipped_index))


def test_town_filter(shipped_qa: Any) -> None:
    query, passages = shipped_qa.search("卢峰镇排查了多少重大隐患")
    assert query.towns == ["卢峰镇"]
    assert passages and {p.town for p in passages} == {"卢峰镇"}
    assert any("重大" in p.text and "隐患" in p.text for p in passages[:3])


def test_each_passage_carries_the_chunk_before_it_in_its_report(shipped_qa: Any) -> None:
    _, passages = shipped_qa.search("卢峰镇排查了多少重大隐患", k=8)
    snapshot = shipped_qa.index.snapshot
    chunks = {c.chunk_id: c for c in snapshot.chunks}
    for p in passages:
        ids = snapshot.reports[p.doc_id].chunk_ids
        at = ids.index(p.chunk_id)
        assert p.before == (chunks[ids[at - 1]].text if at else "")
        assert "before" not in p.contract()
    assert any(p.before for p in passages)


def test_town_and_period_filter(shipped_qa: Any) -> None:
    query, passages = shipped_qa.search("北斗溪镇2023年安全生产工作做了什么", k=8)
    assert query.towns == ["北斗溪镇"] and query.periods == ["2023"]
    assert passages and {(p.town, p.period) for p in passages} == {("北斗溪镇", "2023")}


def test_period_alone_ranks_its_reports_first(shipped_qa: Any) -> None:
    # Without a town a period lifts its reports rather than filtering: a report of one year
    # may be the one that reviews the year before.
    query, passages = shipped_qa.search("2021年的安全生产工作")
    assert query.periods == ["2021"]
    assert [p.period for p in passages[:3]] == ["2021"] * 3
    assert sum(p.period == "2021" for p in passages) > len(passages) / 2


@pytest.mark.parametrize(
    "question", ["北斗溪镇的安全生产工作", "北斗溪镇的森林防火", "北斗溪镇产业发展情况"]
)
def test_ambiguous_period_gives_each_report_of_the_town(shipped_qa: Any, question: str) -> None:
    query, passages = shipped_qa.search(question)
    assert query.towns == ["北斗溪镇"] and query.periods == []
    assert {p.doc_id for p in passages} == {"北斗溪镇_2023.txt", "北斗溪镇_2025H1.txt"}


def test_named_town_without_a_report_gets_no_passages(shipped_qa: Any) -> None:
    query, passages = shipped_qa.search("青山镇排查了多少重大隐患")
    assert query.unknown_towns == ["青山镇"] and query.towns == []
    assert passages == []


def test_unnamed_town_searches_everything(shipped_qa: Any) -> None:
    query, passages = shipped_qa.search("重大隐患排查整改", k=10)
    assert query.towns == [] and len({p.town for p in passages}) >= 2


# -- bad files are reported, the others still ingested --------------------------------------------


def test_bad_files_are_failed_lines_and_others_are_ingested(
    tmp_path: Path, townqa_factory: Callable[..., Any]
) -> None:
    folder = write_reports(tmp_path / "mixed", {"青石镇_2024.txt": QINGSHI})
    write_reports(folder, {"白沙镇_2025H1.txt": BAISHA}, encoding="gbk")
    (folder / "空白镇_2024.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    (folder / "notes.csv").write_text("not,a,report", encoding="utf-8")  # not a report type

    qa = townqa_factory(tmp_path / "index")
    stats = qa.ingest([folder])

    assert sorted(stats.added) == ["白沙镇_2025H1.txt", "青石镇_2024.txt"]
    failed = {line.split(":")[0]: line for line in stats.failed}
    names = {Path(key).name for key in failed}
    assert names == {"空白镇_2024.txt", "blank.md", "binary.txt", "corrupt.docx", "corrupt.pdf"}
    assert all("\n" not in line and "Traceback" not in line for line in stats.failed)
    # The GBK report was decoded, not mangled: its words are found and quoted as written.
    _, passages = qa.search("白沙镇化解了多少矛盾纠纷")
    assert passages and "化解矛盾纠纷41起" in passages[0].text

    # Ingesting the same folder again: the good ones are unchanged, the bad ones still reported.
    again = qa.ingest([folder])
    assert sorted(again.unchanged) == ["白沙镇_2025H1.txt", "青石镇_2024.txt"]
    assert len(again.failed) == 5


def test_missing_path_is_a_failed_line_and_index_still_answers(
    shipped_copy: Path, tmp_path: Path, townqa_factory: Callable[..., Any]
) -> None:
    qa = townqa_factory(shipped_copy)
    before = results(qa, ["卢峰镇排查了多少重大隐患"])
    stats = qa.ingest([tmp_path / "no-such-folder"])
    assert len(stats.failed) == 1 and "no-such-folder" in stats.failed[0]
    assert not stats.changed
    assert results(townqa_factory(shipped_copy), ["卢峰镇排查了多少重大隐患"]) == before


def test_ingest_replaces_an_index_of_an_old_format(
    shipped_copy: Path, townqa_factory: Callable[..., Any]
) -> None:
    gen = shipped_copy / (shipped_copy / "CURRENT").read_text(encoding="utf-8").strip()
    state = json.loads((gen / "state.json").read_text(encoding="utf-8"))
    (gen / "state.json").write_text(json.dumps({**state, "format": 0}), encoding="utf-8")
    with pytest.raises(IndexUnusable, match="old format"):
        townqa_factory(shipped_copy).search("卢峰镇排查了多少重大隐患")
    stats = townqa_factory(shipped_copy).ingest()
    assert len(stats.added) == 5
    _, passages = townqa_factory(shipped_copy).search("卢峰镇排查了多少重大隐患")
    assert passages and passages[0].town == "卢峰镇"


# -- a .jsonl collection: one report a line ------------------------------------------------------


def test_a_jsonl_collection_is_ingested_report_by_report(built: Any, tmp_path: Path) -> None:
    collection = tmp_path / "reports.jsonl"
    lines = [
        {"title": "2018年政府工作报告", "content": "过去一年城镇新增就业1351万人。"},
        {"title": "2017年政府工作报告", "text": "过去一年城镇新增就业1314万人。"},
    ]
    collection.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n")
    stats = built.ingest([collection])
    assert not stats.failed and len(stats.added) == 2
    metas = {m.doc_id: m for m in built.catalog()}
    meta = metas["reports.jsonl#000_2018年政府工作报告"]
    assert (meta.title, meta.period) == ("2018年政府工作报告", "2018")
    answer = built.ask("2018年政府工作报告说城镇新增就业多少人？")
    assert "1351万人" in answer.text and answer.citations[0].doc_id == meta.doc_id
    again = built.ingest([collection])  # the same file again changes nothing
    assert again.added == [] and len(again.unchanged) == 2


def test_a_broken_collection_is_one_clear_failure(built: Any, tmp_path: Path) -> None:
    collection = tmp_path / "bad.jsonl"
    collection.write_text('{"title": "x", "content": "正文"}\nnot json\n', encoding="utf-8")
    stats = built.ingest([collection])
    assert len(stats.failed) == 1 and "line 2 is not JSON" in stats.failed[0]
    assert len(built.index.snapshot.reports) == 2  # the index is as it was


def test_a_question_phrase_no_report_uses_lets_its_thesaurus_terms_stand_in(
    built: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 防山火 is in no report; the thesaurus's 森林防灭火 group brings 森林防火, which is. Its terms
    # then carry the full weight of the question's phrase, not the discount of an addition.
    engine = built.search_engine
    snapshot = built.index.snapshot
    assert "防山火" not in snapshot.corpus_text and "森林防火" in snapshot.corpus_text

    def fire_score(question: str, stand_in: float) -> float:
        monkeypatch.setattr(engine.weights, "stand_in", stand_in)
        scores = engine._lexical(snapshot, question)["bigrams"]
        at = next(i for i, c in enumerate(snapshot.chunks) if "森林防火" in c.text)
        return float(scores[at])

    unheard, heard = "青石镇防山火巡查了几次", "青石镇森林防火巡查了几次"
    assert fire_score(unheard, 1.0) > fire_score(unheard, 0.5)
    # Asked in the reports' own words, the other terms are additions: the weight is unused.
    assert fire_score(heard, 1.0) == fire_score(heard, 0.5)
