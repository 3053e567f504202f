#!/usr/bin/env bash
# Reproduce the README's figures: the three question sets, the side-by-side table, CMRC2018
# and the speed benchmark. Needs ../shared (the national reports and CMRC2018). Offline.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${1:-figures-out}"
export HF_HUB_OFFLINE=1 TOWNQA_EMBEDDING_MODEL="${TOWNQA_EMBEDDING_MODEL:-hashing}"
townqa=.venv/bin/townqa
mkdir -p "$out"
"$townqa" ingest --index "$out/index" >/dev/null
for set in dev holdout; do
  "$townqa" eval --qa "corpus/qa/$set.jsonl" --index "$out/index" --out "$out/$set" >/dev/null
  echo "$set: $(head -1 "$out/$set/report.md")"
done
"$townqa" eval --compare --index "$out/index" --out "$out/compare" >/dev/null
cat "$out/compare/compare.md"
# The national reports come as one .jsonl; townqa ingests a folder of one file per report.
.venv/bin/python -c "from bot.bench import national_folder; from pathlib import Path; \
national_folder(Path('$shared/corpora/national-gwr/government_work_reports.jsonl'), Path('$out/national'))"
"$townqa" ingest "$out/national" --index "$out/national-index" >/dev/null
"$townqa" eval --qa corpus/qa/national.jsonl --reports "$out/national" \
  --index "$out/national-index" --out "$out/national-eval" >/dev/null
echo "national: $(head -1 "$out/national-eval/report.md")"
"$townqa" eval --cmrc "$shared/corpora/cmrc2018/cmrc2018_dev.json" --out "$out/cmrc" | tail -1
"$townqa" bench --national "$shared/corpora/national-gwr/government_work_reports.jsonl"
