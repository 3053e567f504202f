"""Shared test set-up: offline, hermetic settings, no network, a shipped index built once."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from retrieval.settings import REPORTS_DIR

VENV_BIN = Path(sys.executable).parent
TOWNQA_EXE = VENV_BIN / "townqa"
CHROMA_EXE = VENV_BIN / "chroma"

# Variables a test run must not inherit from the developer's shell (or the tests' own HOME).
_SCRUB_EXACT = ("HF_HOME", "HF_HUB_CACHE", "TRANSFORMERS_CACHE", "SENTENCE_TRANSFORMERS_HOME")

# -- network guard ---------------------------------------------------------------------------

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_loopback(host: object) -> bool:
    """True for loopback addresses and names; tests may talk to these only."""
    if host is None or host == "":
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    name = str(host).strip("[]").split("%", 1)[0].lower()
    if name in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _is_numeric(host: object) -> bool:
    try:
        ipaddress.ip_address(str(host).strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


class NetworkBlocked(ConnectionRefusedError):
    """Raised for a connection the tests must not make (anything but loopback)."""


BLOCKED: list[str] = []
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _check_address(sock: socket.socket, address: Any) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
        host = address[0]
        if not is_loopback(host):
            BLOCKED.append(f"connect to {address!r}")
            raise NetworkBlocked(f"tests are offline: connect to {address!r} blocked")


def _guarded_connect(self: socket.socket, address: Any) -> None:
    _check_address(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    _check_address(self, address)
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    # Resolving a real name is already traffic (DNS); numeric and loopback names are local.
    if not (is_loopback(host) or _is_numeric(host) or host == socket.gethostname()):
        BLOCKED.append(f"resolve {host!r}")
        raise socket.gaierror(socket.EAI_NONAME, f"tests are offline: resolving {host!r} blocked")
    return _real_getaddrinfo(host, *args, **kwargs)


def install_network_guard() -> None:
    """Patch this process's sockets so that only loopback connections are possible."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = _guarded_getaddrinfo


def remove_network_guard() -> None:
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _real_getaddrinfo


# The same guard for Python subprocesses (townqa, chroma's CLI): a sitecustomize on PYTHONPATH.
_SITECUSTOMIZE = textwrap.dedent(
    '''
    """Test-only network guard: Python child processes of the test run may use loopback only."""
    import ipaddress
    import socket

    _connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex
    _gai = socket.getaddrinfo
    _NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", "", "none"}


    def _local(host):
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        name = str(host).strip("[]").split("%", 1)[0].lower()
        if name in _NAMES:
            return True
        try:
            return ipaddress.ip_address(name).is_loopback
        except ValueError:
            return False


    def _numeric(host):
        try:
            ipaddress.ip_address(str(host).strip("[]").split("%", 1)[0])
        except ValueError:
            return False
        return True


    def _check(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
            if not _local(address[0]):
                raise ConnectionRefusedError(f"tests are offline: connect to {address!r} blocked")


    def connect(self, address):
        _check(self, address)
        return _connect(self, address)


    def connect_ex(self, address):
        _check(self, address)
        return _connect_ex(self, address)


    def getaddrinfo(host, *args, **kwargs):
        if not (_local(host) or _numeric(host) or host == socket.gethostname()):
            raise socket.gaierror(socket.EAI_NONAME, f"tests are offline: resolving {host!r}")
        return _gai(host, *args, **kwargs)


    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.getaddrinfo = getaddrinfo
    '''
)


@pytest.fixture(scope="session", autouse=True)
def _network_guard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No network for the whole run, in this process and in Python child processes."""
    guard_dir = tmp_path_factory.mktemp("netguard")
    (guard_dir / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    install_network_guard()
    yield guard_dir
    remove_network_guard()


def hermetic_env(mp: pytest.MonkeyPatch, home: Path, guard_dir: Path) -> None:
    """Offline, hashing embedder, no inherited TOWNQA_* settings, HOME and data dirs in `home`."""
    for name in list(os.environ):
        if name.startswith("TOWNQA_") or name in _SCRUB_EXACT:
            mp.delenv(name, raising=False)
    home.mkdir(parents=True, exist_ok=True)
    mp.setenv("HOME", str(home))
    mp.setenv("XDG_DATA_HOME", str(home / "data"))
    mp.setenv("XDG_CACHE_HOME", str(home / "cache"))
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("TRANSFORMERS_OFFLINE", "1")
    mp.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    mp.setenv("ANONYMIZED_TELEMETRY", "False")
    mp.setenv("TOWNQA_EMBEDDING_MODEL", "hashing")
    mp.setenv("TOWNQA_INDEX_DIR", str(home / "index"))
    # A developer's .env (read from the working folder) must not leak into tests either.
    from retrieval.settings import LLMSettings, RetrievalSettings, TelegramSettings

    for group in (RetrievalSettings, LLMSettings, TelegramSettings):
        mp.setitem(group.model_config, "env_file", None)
    mp.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(guard_dir), os.environ.get("PYTHONPATH")]))
    )


@pytest.fixture(autouse=True)
def _hermetic(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory, _network_guard: Path
) -> Iterator[None]:
    """Every test: hermetic environment; any blocked network attempt fails the test."""
    hermetic_env(monkeypatch, tmp_path_factory.mktemp("home"), _network_guard)
    before = len(BLOCKED)
    yield
    attempts = BLOCKED[before:]
    if attempts:
        pytest.fail(f"test tried to reach the network: {'; '.join(attempts[:3])}", pytrace=False)


# -- indexes -----------------------------------------------------------------------------------


def make_townqa(index_dir: Path, **overrides: Any) -> Any:
    """A TownQA on `index_dir` with the current environment plus retrieval overrides."""
    from retrieval.core import TownQA
    from retrieval.settings import load_settings

    return TownQA(load_settings(index_dir=Path(index_dir), **overrides))


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory: pytest.TempPathFactory, _network_guard: Path) -> Path:
    """An index of corpus/reports built once (hashing embedder); copy it before changing it."""
    index_dir = tmp_path_factory.mktemp("shipped") / "index"
    with pytest.MonkeyPatch.context() as mp:
        hermetic_env(mp, tmp_path_factory.mktemp("shipped-home"), _network_guard)
        stats = make_townqa(index_dir).ingest([REPORTS_DIR])
    assert not stats.failed and len(stats.added) >= 5, stats
    return index_dir


@pytest.fixture
def townqa_factory() -> Callable[..., Any]:
    """Build TownQA objects on a given index folder (retrieval overrides as keywords)."""
    return make_townqa


def copy_index(source: Path, target: Path) -> Path:
    """A private copy of an index folder (Chroma files included) that a test may change."""
    shutil.copytree(source, target)
    return target


@pytest.fixture
def shipped_copy(shipped_index: Path, tmp_path: Path) -> Path:
    """A writable copy of the shipped index."""
    return copy_index(shipped_index, tmp_path / "index")


def townqa_cmd(*args: str) -> list[str]:
    """argv for the installed `townqa` console script."""
    return [str(TOWNQA_EXE), *args]
