#!/usr/bin/env bash
# `make bench-operator`: the operator at scale on a local control plane, with the memory limit and JVM options of its
# chart. Prints cold start to all profiles scored, peak RSS, LIST requests while idle, /q/metrics size and series, and
# single-change latency percentiles taken while the periodic pass runs (docs/benchmarks.md has the results).
#
#   1. build the operator (target/quarkus-app) and the benchmark classes (target/test-classes) when stale
#   2. start etcd + kube-apiserver (hack/local-cluster.sh) in a state dir of its own, with an empty etcd
#   3. install the CRD, load the corpus (dev.prodready.bench.Corpus: NAMESPACES x 20 workloads, about 48 objects per
#      namespace) with parallel creates (dev.prodready.bench.CorpusLoader)
#   4. start the operator as the chart runs it: JDK_JAVA_OPTIONS and MALLOC_ARENA_MAX from the chart's jvm.options and
#      jvm.mallocArenaMax (values.yaml)
#      and, since this is no container, what the JVM would see in one with a 512Mi limit: -XX:MaxRAM=512m for heap
#      sizing and -XX:+UseSerialGC (JVM ergonomics pick the serial collector below 1792 MB of container memory; outside
#      one they see the host's 24 GiB and pick G1); resync interval 2m so that a periodic pass runs during the latency
#      samples
#   5. measure (dev.prodready.bench.OperatorBench), then stop the operator and the cluster, on success or failure
#
# Usage: hack/bench-operator.sh [NAMESPACES]     (default 100; the documented runs use 100 and 1000)
# Environment:
#   PRODREADY_BENCH_DIR        logs and cluster state (default target/bench-operator)
#   PRODREADY_BENCH_MEMORY     the emulated memory limit (default 512m)
#   PRODREADY_BENCH_JVM_OPTS   JVM options (default: jvm.options of helm/prodready/values.yaml, as the chart passes them)
#   PRODREADY_BENCH_EXTRA_OPTS more JVM options after those (experiments)
#   PRODREADY_BENCH_NMT=1      native memory tracking: VM.native_memory summary and a class histogram (after a full
#                              GC) written to the bench dir at the end
#   PRODREADY_BENCH_RESYNC     resync interval for the run (default 2m)
#   PRODREADY_BENCH_SAMPLES    single-change samples (default 60)
#   PRODREADY_BENCH_IDLE       seconds of the idle LIST window (default 60)
#   PRODREADY_BENCH_KEEP=1     leave the cluster running at the end (the operator is always stopped)
#   PRODREADY_BENCH_REUSE=1    use the cluster a KEEP run left in PRODREADY_BENCH_DIR: no load, only the profiles are
#                              deleted and created again (loading 1,000 namespaces takes long on a busy machine)
#   MVN                        Maven command (default "mvn -B")
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

NAMESPACES="${1:-100}"
BENCH_DIR="${PRODREADY_BENCH_DIR:-$ROOT/target/bench-operator}"
MEMORY="${PRODREADY_BENCH_MEMORY:-512m}"
# A key of the chart's jvm: block in values.yaml (one line, quotes dropped).
chart_jvm_value() {
  awk -v key="$1" '/^jvm:/{j=1;next} j&&/^[^ #]/{j=0}
    j&&$1==key":"{sub(/^ *[^:]*: */,""); gsub(/"/,""); print; exit}' helm/prodready/values.yaml
}
CHART_JVM_OPTS="$(chart_jvm_value options)"
[ -n "$CHART_JVM_OPTS" ] || { echo "bench-operator: no jvm.options in helm/prodready/values.yaml" >&2; exit 1; }
JVM_OPTS="${PRODREADY_BENCH_JVM_OPTS:-$CHART_JVM_OPTS}"
CHART_ARENAS="$(chart_jvm_value mallocArenaMax)"
MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-$CHART_ARENAS}"
EXTRA_OPTS="${PRODREADY_BENCH_EXTRA_OPTS:-}"
NMT="${PRODREADY_BENCH_NMT:-0}"
[ "$NMT" = 1 ] && EXTRA_OPTS="$EXTRA_OPTS -XX:NativeMemoryTracking=summary"
RESYNC="${PRODREADY_BENCH_RESYNC:-2m}"
SAMPLES="${PRODREADY_BENCH_SAMPLES:-60}"
IDLE="${PRODREADY_BENCH_IDLE:-60}"
KEEP="${PRODREADY_BENCH_KEEP:-0}"
REUSE="${PRODREADY_BENCH_REUSE:-0}"
MVN="${MVN:-mvn -B}"
BUILT_JAR="target/quarkus-app/quarkus-run.jar"
JAR="$BENCH_DIR/quarkus-app/quarkus-run.jar"  # the copy that runs
CRD="crds/readinessprofiles.prodready.dev-v1.yml"
OPERATOR_LOG="$BENCH_DIR/operator.log"
OPERATOR_PID_FILE="$BENCH_DIR/operator.pid"
export PRODREADY_CLUSTER_DIR="$BENCH_DIR/cluster"

step() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf 'bench-operator: error: %s\n' "$*" >&2; exit 1; }

OPERATOR_PID=""
CLUSTER_STARTED=0

source "$(dirname "$0")/lib/operator-process.sh"  # is_operator, stop_operator

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$OPERATOR_PID" ]; then stop_operator "$OPERATOR_PID"; rm -f "$OPERATOR_PID_FILE"; fi
  if [ "$CLUSTER_STARTED" = 1 ] && [ "$KEEP" != 1 ]; then hack/local-cluster.sh stop; fi
  [ "$rc" -ne 0 ] && printf '\nbench-operator failed (exit %s); logs in %s\n' "$rc" "$BENCH_DIR" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

mkdir -p "$BENCH_DIR"
exec 9> "$BENCH_DIR/bench.lock"
flock -w 10 9 || die "another benchmark is running with $BENCH_DIR"

step "control-plane binaries"
hack/control-plane.sh ensure >/dev/null
BIN_DIR="$(hack/control-plane.sh dir)"

step "operator jar and benchmark classes"
if [ ! -f "$BUILT_JAR" ] || [ ! -d target/test-classes/dev/prodready/bench ] \
    || [ -n "$(find pom.xml src -newer "$BUILT_JAR" -print -quit)" ]; then
  info "building: $MVN -DskipTests package (log $BENCH_DIR/build.log)"
  $MVN -q -DskipTests package > "$BENCH_DIR/build.log" 2>&1 || { tail -n 40 "$BENCH_DIR/build.log" >&2; die "build failed"; }
  touch "$BUILT_JAR"
fi
# Copies of the operator and the classes, so that a rebuild while a long load runs does not pull them from under a JVM.
rm -rf "$BENCH_DIR/classes" "$BENCH_DIR/quarkus-app" && mkdir -p "$BENCH_DIR/classes"
cp -r target/classes/. target/test-classes/. "$BENCH_DIR/classes/"
cp -r target/quarkus-app "$BENCH_DIR/quarkus-app"
CLASSPATH="$BENCH_DIR/classes:$(ls "$BENCH_DIR"/quarkus-app/lib/main/*.jar | tr '\n' ':')"

if [ -f "$OPERATOR_PID_FILE" ]; then stop_operator "$(cat "$OPERATOR_PID_FILE")"; rm -f "$OPERATOR_PID_FILE"; fi

step "local cluster (etcd + kube-apiserver)"
CLUSTER_STARTED=1
if [ "$REUSE" = 1 ] && hack/local-cluster.sh status >/dev/null 2>&1; then
  info "reusing the running cluster in $PRODREADY_CLUSTER_DIR"
else
  REUSE=0
  hack/local-cluster.sh stop
  hack/local-cluster.sh start --fresh 9>&-
fi
KUBECONFIG_FILE="$(hack/local-cluster.sh kubeconfig)"
export KUBECONFIG="$KUBECONFIG_FILE"
unset KUBERNETES_MASTER
"$BIN_DIR/kubectl" apply -f "$CRD" >/dev/null
"$BIN_DIR/kubectl" wait --for=condition=Established --timeout=60s crd/readinessprofiles.prodready.dev >/dev/null

if [ "$REUSE" = 1 ]; then
  step "corpus already loaded; profiles deleted and created again"
  java -cp "$CLASSPATH" dev.prodready.bench.CorpusLoader "$NAMESPACES" 16 --profiles-only 2> "$BENCH_DIR/loader.log" \
    | sed 's/^/    /'
else
  step "corpus: $NAMESPACES namespaces x 20 workloads"
  java -cp "$CLASSPATH" dev.prodready.bench.CorpusLoader "$NAMESPACES" 16 2> "$BENCH_DIR/loader.log" | sed 's/^/    /'
fi

step "operator (JDK_JAVA_OPTIONS=$JVM_OPTS MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; -XX:MaxRAM=$MEMORY -XX:+UseSerialGC $EXTRA_OPTS; resync $RESYNC)"
HTTP_PORT="$(free_port)"
LAUNCHED_MS="$(date +%s%3N)"
# shellcheck disable=SC2086 # EXTRA_OPTS is a list of options
setsid env JDK_JAVA_OPTIONS="$JVM_OPTS" MALLOC_ARENA_MAX="$MALLOC_ARENA_MAX" \
  PRODREADY_RESYNC_INTERVAL="$RESYNC" \
  java -XX:MaxRAM="$MEMORY" -XX:+UseSerialGC $EXTRA_OPTS -Dquarkus.http.port="$HTTP_PORT" \
  -Dquarkus.log.console.json.enabled=false -jar "$JAR" > "$OPERATOR_LOG" 2>&1 < /dev/null 9>&- &
OPERATOR_PID=$!
echo "$OPERATOR_PID" > "$OPERATOR_PID_FILE"
info "pid $OPERATOR_PID, http://127.0.0.1:$HTTP_PORT, log $OPERATOR_LOG"

step "measuring"
export PRODREADY_BENCH_CPU_PIDS="kube-apiserver=$(cat "$PRODREADY_CLUSTER_DIR/kube-apiserver.pid"),etcd=$(cat "$PRODREADY_CLUSTER_DIR/etcd.pid")"
java -cp "$CLASSPATH" dev.prodready.bench.OperatorBench "$NAMESPACES" "http://127.0.0.1:$HTTP_PORT" "$OPERATOR_PID" \
  "$LAUNCHED_MS" "$SAMPLES" "$IDLE" 2> "$BENCH_DIR/bench.log" | sed 's/^/    /'
is_operator "$OPERATOR_PID" || die "the operator exited during the run (see $OPERATOR_LOG)"
if [ "$NMT" = 1 ]; then
  jcmd "$OPERATOR_PID" VM.native_memory summary > "$BENCH_DIR/native-memory.txt" 2>&1 || true
  jcmd "$OPERATOR_PID" GC.class_histogram > "$BENCH_DIR/class-histogram.txt" 2>&1 || true
  info "native memory: $BENCH_DIR/native-memory.txt"
  grep -E '^(Total|-  *[A-Z][a-zA-Z ]+ \(reserved)' "$BENCH_DIR/native-memory.txt" | sed 's/^/    /' || true
fi
info "$(grep -c 'java.lang.OutOfMemoryError' "$OPERATOR_LOG" || true) OutOfMemoryError lines in the operator log; load average $(cut -d' ' -f1-3 /proc/loadavg)"
