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
# The gates are listed here and run two at a time at the end (each prints its summary line, or
# its whole report and what it missed when it fails).
gate() { echo "$*" >>"$index/gates.txt"; }
run_gate() {
  local set="$1"
  shift
  if .venv/bin/townqa eval --qa "corpus/qa/$set.jsonl" --index "$index/idx" \
    --out "$index/$set" --min-cite 1.0 "$@" >"$index/$set.log" 2>&1; then
    echo "$set: $(head -1 "$index/$set/report.md")"
  else
    cat "$index/$set.log"
    echo "gate failed: $set" >&2
    return 1
  fi
}
gate dev --min-hit5 0.95 --min-mrr 0.75 --min-acc 0.92 --min-abstain 0.90
gate holdout --min-hit5 0.92 --min-mrr 0.72 --min-acc 0.88 --min-abstain 0.90
gate fresh_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.85
gate final_seeds --min-hit5 0.90 --min-mrr 0.75 --min-acc 0.90 --min-abstain 0.80
gate unseen_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.80
gate blind_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.80
gate blind2_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate last_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.80
gate zeta_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.80
gate eta_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.90 --min-abstain 0.80
gate theta_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.80
gate iota_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.85
gate kappa_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.85
gate lambda_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.85
gate mu_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.85
gate nu_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.85
gate xi_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.90 --min-abstain 0.80
gate omicron_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.93 --min-abstain 0.85
gate pi_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.80
gate rho_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.90
gate sigma_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.80
gate tau_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.90
gate upsilon_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.90
gate phi_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.70
gate chi_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.70
gate psi_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.87 --min-abstain 0.80
gate omega_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.90
gate gamma_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.80
gate delta_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.90
gate epsilon_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.80
gate alpha_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.90
gate beta_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.92 --min-abstain 0.90
gate gimel_seeds --min-hit5 0.90 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.90
gate daleth_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.90
gate he_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.90
gate heth_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.90
gate kaph_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.90
gate ayin_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.80
gate shin_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate stigma_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate eth_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate ash_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate ethel_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.80
gate yr_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.70
gate shima_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate gani_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.90
gate vini_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate kani_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.80
gate nari_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.75
gate xeh_seeds --min-hit5 0.95 --min-mrr 0.78 --min-acc 0.90 --min-abstain 0.90
gate piwr_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate jhan_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate ghad_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate pari_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate rae_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.70
gate sani_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate qari_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate khani_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate ghani_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate zhani_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.80
gate khoni_seeds --min-hit5 0.93 --min-mrr 0.78 --min-acc 0.90 --min-abstain 0.90
gate vari_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.80
gate men_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate cha_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate sha_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.80
gate tiwn_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.90 --min-abstain 0.90
gate qani_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.90 --min-abstain 0.90
gate ra_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate se_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.95 --min-abstain 0.90
gate vew_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.93 --min-abstain 0.90
gate tso_seeds --min-hit5 0.95 --min-mrr 0.80 --min-acc 0.92 --min-abstain 0.90
gate uruz_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.88 --min-abstain 0.80
gate ansuz_seeds --min-hit5 0.93 --min-mrr 0.80 --min-acc 0.78 --min-abstain 0.55
gate raido_seeds --min-hit5 0.95 --min-mrr 0.83 --min-acc 0.87 --min-abstain 0.80
gate sowilo_seeds --min-hit5 0.92 --min-mrr 0.85 --min-acc 0.75 --min-abstain 0.80
gate laguz_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.79 --min-abstain 0.95
gate jera_seeds --min-hit5 0.95 --min-mrr 0.88 --min-acc 0.95 --min-abstain 0.95
gate eihwaz_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.93 --min-abstain 0.95
gate dagaz_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.95 --min-abstain 0.90
gate fehu_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.90 --min-abstain 0.95
gate cweorth_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.90
gate calc_seeds --min-hit5 0.95 --min-mrr 0.85 --min-acc 0.95 --min-abstain 0.70
gate thurs_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.95 --min-abstain 0.90
gate ior_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.93 --min-abstain 0.90
gate ac_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.95 --min-abstain 0.90
gate cen_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.95 --min-abstain 0.90
gate beorc_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.93 --min-abstain 0.90
gate feoh_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.95 --min-abstain 0.70
gate tinne_seeds --min-hit5 0.95 --min-mrr 0.88 --min-acc 0.95 --min-abstain 0.90
gate dair_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.93 --min-abstain 0.90
gate coll_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.95 --min-abstain 0.90
gate quert_seeds --min-hit5 0.95 --min-mrr 0.90 --min-acc 0.95 --min-abstain 0.90
export index
export -f run_gate
xargs -P 2 -L 1 bash -c 'run_gate "$@"' _ <"$index/gates.txt"
