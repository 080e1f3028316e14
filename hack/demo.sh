#!/usr/bin/env bash
# `make demo`: the operator scoring the sample namespace on a local control plane, from a clean checkout.
#
#   1. make sure the control-plane binaries exist (hack/control-plane.sh; built from Go modules the first time)
#   2. build the operator if the jar is missing or older than the sources
#   3. start etcd + kube-apiserver (hack/local-cluster.sh) in a state dir of its own, with an empty etcd
#   4. install the CRD and samples/, start the operator against that cluster
#   5. wait for the `production` profile in namespace `shop` to get a score, print it as a checklist
#   6. stop the operator and the cluster, on success, failure or Ctrl-C alike
#
# Needs JDK 17+, Maven, python3 and openssl (installed with apt-get when missing and possible); Go only if the
# control-plane binaries are not built yet.
#
# Environment:
#   PRODREADY_DEMO_DIR       logs, cluster state (default target/demo of this checkout, so demos of two checkouts
#                            can run side by side; a lock keeps a second demo in the same checkout out)
#   PRODREADY_DEMO_TIMEOUT   seconds to wait for the score (default 120)
#   WITH_CONTROLLER_MANAGER  passed on to hack/local-cluster.sh (default 0: the demo does not need it)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

DEMO_DIR="${PRODREADY_DEMO_DIR:-$ROOT/target/demo}"
SCORE_TIMEOUT="${PRODREADY_DEMO_TIMEOUT:-120}"
JAR="target/quarkus-app/quarkus-run.jar"
CRD="crds/readinessprofiles.prodready.dev-v1.yml"
OPERATOR_LOG="$DEMO_DIR/operator.log"
BUILD_LOG="$DEMO_DIR/build.log"
OPERATOR_PID_FILE="$DEMO_DIR/operator.pid"
# A cluster state dir of the demo's own: the demo stops its cluster at the end, so it must never reuse (and then stop)
# a cluster a developer started with hack/local-cluster.sh in the default dir.
export PRODREADY_CLUSTER_DIR="$DEMO_DIR/cluster"

step() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf 'demo: error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------------------
# Cleanup: everything started below is recorded here and stopped on exit, whatever the exit reason.
# ---------------------------------------------------------------------------------------------------------------------
OPERATOR_PID=""
CLUSTER_STARTED=0
DEMO_START=$SECONDS

source "$(dirname "$0")/lib/operator-process.sh"  # is_operator, stop_operator

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$OPERATOR_PID" ] || [ "$CLUSTER_STARTED" = 1 ]; then step "cleaning up"; fi
  if [ -n "$OPERATOR_PID" ]; then
    stop_operator "$OPERATOR_PID"
    rm -f "$OPERATOR_PID_FILE"
  fi
  [ "$CLUSTER_STARTED" = 1 ] && hack/local-cluster.sh stop
  if [ "$rc" -eq 0 ]; then
    printf '\ndemo finished in %ss\n' "$((SECONDS - DEMO_START))"
  else
    printf '\ndemo failed (exit %s) after %ss; logs in %s\n' "$rc" "$((SECONDS - DEMO_START))" "$DEMO_DIR" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------------------------------
check_prerequisites() {
  command -v java >/dev/null || die "java (JDK 17 or newer) is needed"
  command -v python3 >/dev/null || die "python3 is needed (free port selection)"
  local tool
  for tool in setsid flock; do command -v "$tool" >/dev/null || die "$tool (util-linux) is needed"; done
  if ! command -v openssl >/dev/null; then
    # The only thing this script ever installs, and only when it is missing.
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
      info "openssl is missing; installing it with apt-get"
      apt-get update -qq && apt-get install -y -qq openssl >/dev/null
    else
      die "openssl is needed to generate the cluster certificates; install it (e.g. apt-get install openssl)"
    fi
  fi
}

# The jar is stale when any source or the pom is newer than it (a fresh checkout has no jar at all).
needs_build() {
  [ -f "$JAR" ] || return 0
  [ -n "$(find pom.xml src -newer "$JAR" -print -quit)" ]
}

build_operator() {
  if ! needs_build; then
    info "$JAR is up to date"
    return 0
  fi
  command -v mvn >/dev/null || die "Maven is needed to build the operator"
  info "building the operator: mvn -B -q -DskipTests package (a few minutes the first time; log $BUILD_LOG)"
  local start=$SECONDS
  # Output to a log: Maven's console library prints stray colour codes even in batch mode. Shown on failure.
  if ! mvn -B -q -DskipTests package > "$BUILD_LOG" 2>&1; then
    tail -n 40 "$BUILD_LOG" >&2
    die "the operator build failed; full log in $BUILD_LOG"
  fi
  [ -f "$JAR" ] || die "the build did not produce $JAR"
  touch "$JAR" # so needs_build sees it as newer than the sources even if the packaging reused an old file
  info "built in $((SECONDS - start))s"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# ---------------------------------------------------------------------------------------------------------------------
# Demo
# ---------------------------------------------------------------------------------------------------------------------
check_prerequisites
mkdir -p "$DEMO_DIR"
# One demo at a time per demo dir: a second one would wipe the first one's etcd and stop its processes. Fd 9 holds the
# lock; it is closed (9>&-) for the long-running children, so that if this script is ever SIGKILLed, orphans it
# leaves behind do not keep the lock, and the next demo can take it and stop them (a short-lived child such as the
# `sleep` of a wait loop may hold it for a moment, hence the wait).
exec 9> "$DEMO_DIR/demo.lock"
flock -w 10 9 || die "another demo is running with $DEMO_DIR"

step "control-plane binaries (hack/control-plane.sh ensure)"
hack/control-plane.sh ensure
BIN_DIR="$(hack/control-plane.sh dir)"
info "$BIN_DIR"

step "operator jar"
build_operator

# Leftovers of a previous demo that was killed too hard to clean up (SIGKILL): they are recorded in the demo's own dir
# and no other demo holds the lock, so they are ours to stop. Usually there is nothing to do.
if [ -f "$OPERATOR_PID_FILE" ]; then stop_operator "$(cat "$OPERATOR_PID_FILE")"; rm -f "$OPERATOR_PID_FILE"; fi
hack/local-cluster.sh stop

step "local cluster (etcd + kube-apiserver)"
CLUSTER_STARTED=1 # set before starting: a start interrupted half-way still gets stopped
hack/local-cluster.sh start --fresh 9>&-
KUBECONFIG_FILE="$(hack/local-cluster.sh kubeconfig)"
kubectl() { "$BIN_DIR/kubectl" --kubeconfig="$KUBECONFIG_FILE" "$@"; }

step "CRD and samples"
kubectl apply -f "$CRD" | sed 's/^/    /'
kubectl wait --for=condition=Established --timeout=60s crd/readinessprofiles.prodready.dev | sed 's/^/    /'
# The sample namespace asks for Pod Security warnings; they go to the log, not the screen.
kubectl apply -f samples/ 2>>"$DEMO_DIR/apply-warnings.log" | sed 's/^/    /'

step "operator"
HTTP_PORT="$(free_port)"
# fabric8 reads the kubeconfig from KUBECONFIG; KUBERNETES_MASTER would override its server, so it is cleared.
# setsid: in a session of its own, so Ctrl-C reaches only this script, whose cleanup stops the operator before the
# cluster (a background job of a script is no process-group leader, so setsid execs in place and $! is java's pid).
setsid env -u KUBERNETES_MASTER KUBECONFIG="$KUBECONFIG_FILE" \
  java -Dquarkus.http.port="$HTTP_PORT" -Dquarkus.log.console.json.enabled=false -jar "$JAR" \
  > "$OPERATOR_LOG" 2>&1 < /dev/null 9>&- &
OPERATOR_PID=$!
echo "$OPERATOR_PID" > "$OPERATOR_PID_FILE"
info "pid $OPERATOR_PID, http://127.0.0.1:$HTTP_PORT/q/health/ready, log $OPERATOR_LOG"

step "waiting for rp/production -n shop to be scored (timeout ${SCORE_TIMEOUT}s)"
wait_start=$SECONDS
until [ -n "$(kubectl get rp production -n shop -o jsonpath='{.status.score}' 2>/dev/null)" ]; do
  if ! kill -0 "$OPERATOR_PID" 2>/dev/null; then
    printf 'the operator exited; last lines of %s:\n' "$OPERATOR_LOG" >&2
    tail -n 30 "$OPERATOR_LOG" >&2
    exit 1
  fi
  if [ $((SECONDS - wait_start)) -ge "$SCORE_TIMEOUT" ]; then
    printf 'no score after %ss; last lines of %s:\n' "$SCORE_TIMEOUT" "$OPERATOR_LOG" >&2
    tail -n 30 "$OPERATOR_LOG" >&2
    exit 1
  fi
  sleep 2
done
info "scored after $((SECONDS - wait_start))s"

step "kubectl get rp -A"
kubectl get rp -A

step "checklist of rp/production -n shop"
kubectl get rp production -n shop -o json | bin/prodready checklist -
