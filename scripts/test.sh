#!/usr/bin/env bash
# Set up with the test extras, lint, type-check, run the tests and the question-set eval gates.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh "neural,dev"
export HF_HUB_OFFLINE=1 TOWNQA_EMBEDDING_MODEL="${TOWNQA_EMBEDDING_MODEL:-hashing}"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest -q -p no:cacheprovider
# Regression gates, a bit under the figures in the README (hashing embedder, offline).
index="$(mktemp -d)"
trap 'rm -rf "$index"' EXIT
.venv/bin/townqa ingest --index "$index/idx" >/dev/null
# Every shipped question set's gate (corpus/qa/gates.toml), two sets at a time, each process
# loading the index once; a failed gate prints what it missed.
.venv/bin/townqa eval --gates corpus/qa/gates.toml --index "$index/idx" --out "$index/gates" --jobs 2
# The sets on township reports written for testing (corpus/qa/towns/), asked with the shipped
# reports beside them, in an index of their own.
.venv/bin/townqa ingest --index "$index/towns" >/dev/null
.venv/bin/townqa ingest corpus/qa/towns/reports --index "$index/towns" >/dev/null
.venv/bin/townqa eval --gates corpus/qa/towns/towns.toml --reports corpus/qa/towns/reports \
  --index "$index/towns" --out "$index/towns-gates" --jobs 2
