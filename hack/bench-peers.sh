#!/usr/bin/env bash
# `make bench-peers`: `prodready audit` against its peers on the same manifests, in one run.
#
#   1. kube-score from Go modules (hack/kube-score.sh: pinned, built once, cached); Polaris only when a `polaris`
#      binary is on PATH (it is not served by the Go module proxy here, so no script can build it)
#   2. a deterministic corpus per size (hack/bench-corpus.py: namespaces of 20 mixed good and bad workloads with their
#      Services, PDBs, HPAs, NetworkPolicies, quotas and LimitRanges), cached in target/bench-peers
#   3. every tool on the same files, BENCH_REPEAT times per size; the run with the median wall time is reported
#   4. a table: wall time, CPU time (user + sys), peak RSS, workloads per second, and prodready's ratios against the
#      faster peer of each size
#
# Each tool writes SARIF (both support it) to /dev/null; start-up is included (a fresh process per run). prodready runs
# through bin/prodready, as users run it; one untimed run first creates its class-data-sharing archive.
#
# Environment: BENCH_SIZES (default "2000 5000 10000 20000"), BENCH_REPEAT (default 3), BENCH_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SIZES="${BENCH_SIZES:-2000 5000 10000 20000}"
REPEAT="${BENCH_REPEAT:-3}"
WORK="${BENCH_DIR:-$ROOT/target/bench-peers}"
MVN="${MVN:-mvn -B}"
TIME=/usr/bin/time

log() { printf '[bench-peers] %s\n' "$*" >&2; }

[ -x "$TIME" ] || { log "GNU time (/usr/bin/time) is needed for CPU time and peak RSS (apt-get install time)"; exit 1; }
if ! ls target/quarkus-app/app/*.jar >/dev/null 2>&1; then
  log "building prodready ($MVN -DskipTests package)"
  $MVN -q -DskipTests package
fi
KUBE_SCORE_BIN="$(hack/kube-score.sh path)"
POLARIS_BIN="$(command -v polaris || true)"

mkdir -p "$WORK"
for size in $SIZES; do
  corpus="$WORK/corpus-$size"
  if [ ! -f "$corpus/.complete" ]; then
    log "generating $size workloads in $corpus"
    rm -rf "$corpus"
    python3 hack/bench-corpus.py "$size" "$corpus"
    touch "$corpus/.complete"
  fi
done

# Runs one command REPEAT times; prints "wall cpu rss_kb" of the run with the median wall time.
measure() {
  local out="$WORK/time.txt" runs=()
  for _ in $(seq "$REPEAT"); do
    "$TIME" -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>"$WORK/stderr.txt" || true
    runs+=("$(tail -n 1 "$out" | awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }')")
  done
  printf '%s\n' "${runs[@]}" | sort -n -k1,1 | sed -n "$(((REPEAT + 1) / 2))p"
}

# The command line of TOOL on CORPUS, as words for /usr/bin/time (which cannot run shell functions).
command_of() {
  case "$1" in
    prodready) CMD=(bin/prodready audit -f "$2" --format sarif --fail-on never) ;;
    kube-score) CMD=("$KUBE_SCORE_BIN" score --output-format sarif "$2"/*.yaml) ;;
    polaris) CMD=("$POLARIS_BIN" audit --audit-path "$2" --format json) ;;
  esac
}

log "warming up (prodready creates its class-data-sharing archive on its first run)"
command_of prodready "$WORK/corpus-$(printf '%s\n' $SIZES | head -n 1)"
"${CMD[@]}" >/dev/null 2>&1 || true

printf '\nprodready %s vs kube-score %s%s; %s run(s) per cell, median wall time; %s, %s cores\n' \
  "$(bin/prodready version | awk '{print $2}')" "$(hack/kube-score.sh version)" \
  "$([ -n "$POLARIS_BIN" ] && echo " and polaris ($POLARIS_BIN)" || echo "; polaris: not on PATH, skipped")" \
  "$REPEAT" "$(uname -sm)" "$(nproc)"
printf '%-9s %-11s %9s %9s %10s %12s %16s %12s\n' workloads tool "wall s" "cpu s" "RSS MiB" "workloads/s" \
  "vs peer (w/s)" "vs peer RSS"
for size in $SIZES; do
  corpus="$WORK/corpus-$size"
  declare -A wall cpu rss
  tools=(prodready kube-score)
  [ -n "$POLARIS_BIN" ] && tools+=(polaris)
  for tool in "${tools[@]}"; do
    command_of "$tool" "$corpus"
    read -r w c r < <(measure "${CMD[@]}")
    wall[$tool]=$w; cpu[$tool]=$c; rss[$tool]=$r
  done
  # The faster peer: the one with the shortest wall time.
  peer=kube-score
  if [ -n "$POLARIS_BIN" ] && awk "BEGIN { exit !(${wall[polaris]} < ${wall[kube-score]}) }"; then peer=polaris; fi
  for tool in "${tools[@]}"; do
    awk -v n="$size" -v t="$tool" -v w="${wall[$tool]}" -v c="${cpu[$tool]}" -v r="${rss[$tool]}" \
        -v pw="${wall[$peer]}" -v pr="${rss[$peer]}" -v peer="$peer" 'BEGIN {
      wps = w > 0 ? n / w : 0
      ratio = (t == "prodready") ? sprintf("%.1fx %s", pw / w, peer) : "-"
      rssratio = (t == "prodready") ? sprintf("%.2fx", r / pr) : "-"
      printf "%-9d %-11s %9.2f %9.2f %10.0f %12.0f %16s %12s\n", n, t, w, c, r / 1024, wps, ratio, rssratio
    }'
  done
  unset wall cpu rss
done
