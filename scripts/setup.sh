#!/usr/bin/env bash
# Create .venv and install townqa into it. Usage: scripts/setup.sh [EXTRAS], e.g. "neural,dev".
# Idempotent: a second run only installs what changed. Needs Python 3.11+ and PyPI access.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [[ ",$extras," == *",neural,"* ]]; then
  # Pin torch first: a plain install would pull a several-GB CUDA build.
  .venv/bin/python -m pip install --quiet "torch==2.13.0"
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
.venv/bin/python -m pip install --quiet -e "$spec"
# An editable install leaves townqa's own modules uncompiled; where PYTHONDONTWRITEBYTECODE is set,
# every command would compile them again (about 0.6 s of a fresh `townqa ask`). Compile them once.
.venv/bin/python -m compileall -q retrieval bot >/dev/null
