"""Against a real `chroma run` server on 127.0.0.1: ingest and search; a dead server degrades."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import CHROMA_EXE, copy_index, townqa_cmd
from test_index import BAISHA, QINGSHI, QINGSHI_NEW, write_reports

from retrieval.settings import REPORTS_DIR
from retrieval.vectorstore import COLLECTION

pytestmark = pytest.mark.skipif(
    not CHROMA_EXE.exists(), reason=f"the chroma server executable is missing ({CHROMA_EXE})"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_heartbeat(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"chroma server at {url} gave no heartbeat in {timeout:.0f} s")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory, _network_guard: Path) -> Iterator[str]:
    """One real Chroma server for the module, on a free loopback port; killed at teardown."""
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "HOME": str(data),
        "ANONYMIZED_TELEMETRY": "False",
        "PYTHONPATH": str(_network_guard),
    }
    log = (data / "server.log").open("wb")
    process = subprocess.Popen(
        [
            str(CHROMA_EXE),
            "run",
            "--path",
            str(data / "db"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    try:
        wait_for_heartbeat(url, process, timeout=30)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def server_client(url: str) -> Any:
    import chromadb
    from chromadb.config import Settings

    port = int(url.rsplit(":", 1)[1])
    return chromadb.HttpClient(
        host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False)
    )


def server_ids(url: str) -> set[str]:
    return set(server_client(url).get_collection(COLLECTION).get(include=[])["ids"])


@pytest.fixture
def server_url(chroma_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The server, emptied (the collection is shared by every index using it), as the setting."""
    client = server_client(chroma_server)
    if COLLECTION in {getattr(c, "name", c) for c in client.list_collections()}:
        client.delete_collection(COLLECTION)
    monkeypatch.setenv("TOWNQA_CHROMA_URL", chroma_server)
    return chroma_server


def test_ingest_and_search_against_the_server(
    server_url: str, tmp_path: Path, townqa_factory: Callable[..., Any]
) -> None:
    reports = write_reports(
        tmp_path / "reports", {"青石镇_2024.txt": QINGSHI, "白沙镇_2025H1.txt": BAISHA}
    )
    index_dir = tmp_path / "index"
    qa = townqa_factory(index_dir)
    assert qa.settings.retrieval.chroma_url == server_url

    stats = qa.ingest([reports])
    ids = {c.chunk_id for c in qa.index.snapshot.chunks}
    assert len(stats.added) == 2 and ids
    assert server_ids(server_url) == ids
    assert not (index_dir / "chroma").exists(), "vectors belong on the server, not on disk"

    # The vector leg alone answers from the server.
    query = qa.read("青石镇排查了多少重大隐患")
    vector_only = qa.make_search(("vectors",), rerank=False).rank(query, 3)
    assert vector_only and vector_only[0].town == "青石镇"
    _, passages = qa.search("青石镇排查了多少重大隐患")
    assert "重大隐患3项" in passages[0].text

    # Idempotent: nothing re-added; a changed file replaces its rows on the server.
    again = qa.ingest([reports])
    assert again.added == again.updated == [] and server_ids(server_url) == ids
    (reports / "青石镇_2024.txt").write_text(QINGSHI_NEW, encoding="utf-8")
    changed = qa.ingest([reports])
    assert changed.updated == ["青石镇_2024.txt"]
    new_ids = {c.chunk_id for c in qa.index.snapshot.chunks}
    assert server_ids(server_url) == new_ids and ids - new_ids
    _, passages = townqa_factory(index_dir).search("青石镇排查了多少重大隐患")
    assert "重大隐患7项" in passages[0].text


def test_local_index_fills_a_new_server_on_ingest(
    shipped_copy: Path, server_url: str, townqa_factory: Callable[..., Any]
) -> None:
    qa = townqa_factory(shipped_copy)
    stats = qa.ingest([REPORTS_DIR])
    assert len(stats.unchanged) == 5
    assert server_ids(server_url) == {c.chunk_id for c in qa.index.snapshot.chunks}


def test_cli_against_the_server(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    index_dir = tmp_path / "index"
    main(["ingest", str(REPORTS_DIR), "--index", str(index_dir)])
    assert "5 added" in capsys.readouterr().out
    found = subprocess.run(
        townqa_cmd("search", "卢峰镇排查了多少重大隐患", "--index", str(index_dir), "--json"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert found.returncode == 0 and found.stderr == "", found.stderr
    record = json.loads(found.stdout)
    assert record["passages"] and record["passages"][0]["town"] == "卢峰镇"
    (chunks_file,) = index_dir.glob("gen-*/chunks.jsonl")
    chunk_ids = {json.loads(line)["chunk_id"] for line in chunks_file.read_text().splitlines()}
    assert server_ids(server_url) == chunk_ids


# -- a dead server ---------------------------------------------------------------------------------


@pytest.fixture
def dead_url(monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"http://127.0.0.1:{free_port()}"  # bound and released: nothing listens there
    monkeypatch.setenv("TOWNQA_CHROMA_URL", url)
    return url


def snapshot_files(index_dir: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(index_dir)): p.read_bytes()
        for p in sorted(index_dir.rglob("*"))
        if p.is_file() and "chroma" not in p.parts
    }


def test_dead_server_search_warns_once_and_answers_lexically(
    dead_url: str, shipped_index: Path, tmp_path: Path
) -> None:
    index_dir = copy_index(shipped_index, tmp_path / "index")
    questions = tmp_path / "q.txt"
    questions.write_text("卢峰镇排查了多少重大隐患\n北斗溪镇2023年森林防火\n", encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run(
        townqa_cmd("search", "--file", str(questions), "--index", str(index_dir), "--json"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert time.monotonic() - started < 30
    assert done.returncode == 0, done.stderr
    warning = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(warning) == 1, done.stderr
    assert dead_url in warning[0] and "lexical" in warning[0]
    assert "Traceback" not in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 2 and all(r["passages"] for r in records)
    assert records[0]["passages"][0]["town"] == "卢峰镇"


def run_ingest_in_process(
    folder: Path, index_dir: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    from bot.cli import main

    try:
        main(["ingest", str(folder), "--index", str(index_dir)])
    except SystemExit as exc:
        return int(exc.code or 0), capsys.readouterr().err
    return 0, capsys.readouterr().err


def run_ingest_subprocess(folder: Path, index_dir: Path) -> tuple[int, str]:
    done = subprocess.run(
        townqa_cmd("ingest", str(folder), "--index", str(index_dir)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, done.stderr


@pytest.mark.parametrize("how", ["subprocess", "in-process"])
def test_dead_server_ingest_fails_in_one_line_and_keeps_state(
    dead_url: str,
    shipped_index: Path,
    tmp_path: Path,
    how: str,
    townqa_factory: Callable[..., Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    index_dir = copy_index(shipped_index, tmp_path / "index")
    before = snapshot_files(index_dir)
    if how == "subprocess":  # a changed folder: new vectors are needed
        folder = write_reports(tmp_path / "reports", {"青石镇_2024.txt": QINGSHI})
        code, stderr = run_ingest_subprocess(folder, index_dir)
    else:  # the same folder: even a no-op ingest must check the server holds the vectors
        code, stderr = run_ingest_in_process(REPORTS_DIR, index_dir, capsys)
    assert code != 0
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("townqa: error:"), stderr
    assert dead_url in lines[0] and "Traceback" not in stderr
    assert snapshot_files(index_dir) == before
    # The previous local index still answers (lexical legs; the server is still down).
    qa = townqa_factory(index_dir)
    _, passages = qa.search("卢峰镇排查了多少重大隐患")
    assert passages and passages[0].town == "卢峰镇"
