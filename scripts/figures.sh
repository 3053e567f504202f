#!/usr/bin/env bash
# Reproduce the README's figures: the question sets, the side-by-side table, CMRC2018 and the
# speed benchmark. Needs ../shared (the national reports and CMRC2018). Offline. The question
# sets run two at a time; the benchmark runs last, alone.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
out="${1:-figures-out}"
export HF_HUB_OFFLINE=1 TOWNQA_EMBEDDING_MODEL="${TOWNQA_EMBEDDING_MODEL:-hashing}"
townqa=.venv/bin/townqa
national="$shared/corpora/national-gwr/government_work_reports.jsonl"
mkdir -p "$out"
"$townqa" ingest --index "$out/index" >/dev/null
"$townqa" ingest "$national" --index "$out/national-index" >/dev/null
seeds="dev holdout fresh_seeds final_seeds unseen_seeds blind_seeds blind2_seeds last_seeds
  zeta_seeds eta_seeds theta_seeds iota_seeds kappa_seeds lambda_seeds mu_seeds nu_seeds xi_seeds
  omicron_seeds pi_seeds rho_seeds sigma_seeds tau_seeds upsilon_seeds phi_seeds chi_seeds psi_seeds
  omega_seeds gamma_seeds delta_seeds epsilon_seeds alpha_seeds beta_seeds gimel_seeds daleth_seeds
  he_seeds heth_seeds kaph_seeds ayin_seeds shin_seeds stigma_seeds
  eth_seeds ash_seeds ethel_seeds yr_seeds
  shima_seeds gani_seeds vini_seeds kani_seeds nari_seeds
  xeh_seeds piwr_seeds jhan_seeds ghad_seeds
  pari_seeds rae_seeds sani_seeds
  qari_seeds khani_seeds ghani_seeds zhani_seeds khoni_seeds vari_seeds
  men_seeds cha_seeds sha_seeds tiwn_seeds qani_seeds
  ra_seeds se_seeds vew_seeds tso_seeds
  uruz_seeds ansuz_seeds raido_seeds sowilo_seeds laguz_seeds
  jera_seeds eihwaz_seeds
  dagaz_seeds fehu_seeds
  cweorth_seeds calc_seeds
  thurs_seeds ior_seeds
  ac_seeds cen_seeds
  beorc_seeds feoh_seeds
  tinne_seeds dair_seeds
  coll_seeds quert_seeds"
nationals="national fresh_national final_national unseen_national blind_national blind2_national
  last_national zeta_national eta_national theta_national iota_national kappa_national
  lambda_national mu_national nu_national xi_national omicron_national pi_national rho_national
  sigma_national tau_national upsilon_national phi_national chi_national psi_national
  omega_national gamma_national delta_national epsilon_national alpha_national beta_national
  gimel_national daleth_national vav_national zayin_national he_national heth_national
  teth_national yod_national kaph_national lamed_national mem_national nun_national
  samekh_national pe_national tsadi_national qoph_national resh_national
  tav_national sampi_national koppa_national digamma_national heta_national san_national
  wau_national yogh_national thorn_national wynn_national sho_national enge_national
  ezh_national hwair_national
  dzelo_national izhitsa_national fita_national yat_national bani_national ani_national
  doni_national eni_national zeni_national tani_national
  lasi_national mani_national
  ayb_national gim_national ech_national zhe_national ini_national lyun_national
  jheh_national vo_national khar_national ghan_national qar_national tsil_national
  ken_national cheh_national
  uni_national shini_national oni_national jani_national phari_national chini_national
  hae_national tsani_national dzili_national
  tari_national chari_national qaf_national vev_national keh_national peh_national
  feh_national jeem_national
  yiwn_national liwn_national co_national tyun_national hoe_national hari_national ghazi_national
  ben_national da_national za_national dza_national jhe_national to_national khe_national
  gha_national
  kaun_national gebo_national wunjo_national hagal_national naud_national
  berkana_national othala_national
  perthro_national algiz_national ehwaz_national mannaz_national
  isa_national tiwaz_national ingwaz_national ear_national
  stan_national gar_national
  peorth_national sigel_national
  gyfu_national eoh_national yew_national oak_national sol_national lagu_national
  nyd_national daeg_national ger_national tir_national rad_national wen_national
  beith_national luis_national fearn_national saille_national nion_national uath_national
  muin_national gort_national ngetal_national straif_national ruis_national ailm_national"
run_set() {
  case "$1" in
    *national) "$townqa" eval --qa "corpus/qa/$1.jsonl" --reports "$national" \
      --index "$out/national-index" --out "$out/$1" >/dev/null ;;
    *) "$townqa" eval --qa "corpus/qa/$1.jsonl" --index "$out/index" --out "$out/$1" >/dev/null ;;
  esac
}
export -f run_set
export out national townqa
printf '%s\n' $seeds $nationals | xargs -P 2 -I{} bash -c 'run_set {}'
"$townqa" eval --compare --index "$out/index" --out "$out/compare" >/dev/null
for set in $seeds; do
  echo "$set: $(head -1 "$out/$set/report.md")"
  grep "wrongly abstained" "$out/$set/report.md"
done
cat "$out/compare/compare.md"
for set in $nationals; do
  echo "$set: $(head -1 "$out/$set/report.md")"
  grep "wrongly abstained" "$out/$set/report.md"
done
"$townqa" eval --cmrc "$shared/corpora/cmrc2018/cmrc2018_dev.json" --out "$out/cmrc" | tail -1
"$townqa" bench --national "$national"
