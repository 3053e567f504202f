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
.venv/bin/townqa eval --index "$index/idx" --out "$index/dev" \
  --min-hit5 0.95 --min-mrr 0.75 --min-acc 0.92 --min-abstain 0.90 --min-cite 1.0
.venv/bin/townqa eval --qa corpus/qa/holdout.jsonl --index "$index/idx" --out "$index/holdout" \
  --min-hit5 0.92 --min-mrr 0.72 --min-acc 0.88 --min-abstain 0.90 --min-cite 1.0
.venv/bin/townqa eval --qa corpus/qa/fresh_seeds.jsonl --index "$index/idx" --out "$index/fresh" \
  --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.85 --min-cite 1.0
.venv/bin/townqa eval --qa corpus/qa/final_seeds.jsonl --index "$index/idx" --out "$index/final" \
  --min-hit5 0.90 --min-mrr 0.75 --min-acc 0.90 --min-abstain 0.80 --min-cite 1.0
.venv/bin/townqa eval --qa corpus/qa/unseen_seeds.jsonl --index "$index/idx" --out "$index/unseen" \
  --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.80 --min-cite 1.0
.venv/bin/townqa eval --qa corpus/qa/blind_seeds.jsonl --index "$index/idx" --out "$index/blind" \
  --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.80 --min-cite 1.0
.venv/bin/townqa eval --qa corpus/qa/blind2_seeds.jsonl --index "$index/idx" --out "$index/blind2" \
  --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90 --min-cite 1.0
.venv/bin/townqa eval --qa corpus/qa/last_seeds.jsonl --index "$index/idx" --out "$index/last" \
  --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.80 --min-cite 1.0
