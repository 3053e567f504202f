#!/usr/bin/env bash
# Set up, index the shipped reports and answer a few questions, all offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE="${HF_HUB_OFFLINE:-1}"
.venv/bin/townqa ingest
for q in "卢峰镇排查了多少重大隐患" "北斗溪镇化解了多少起矛盾纠纷" "统溪河镇和卢峰镇哪个镇的后备干部多" "龙潭镇的GDP是多少"; do
  echo
  .venv/bin/townqa ask "$q"
done
