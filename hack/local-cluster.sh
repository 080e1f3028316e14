#!/usr/bin/env bash
# A throw-away Kubernetes control plane made of local processes: etcd and kube-apiserver, optionally
# kube-controller-manager. No kubelet, no container runtime, no Docker: objects are stored and served, but no pod ever
# runs. That is all the operator needs, since it only reads workload specs and writes ReadinessProfile status.
#
# Usage: hack/local-cluster.sh start [--fresh] [--with-controller-manager] | stop | status | kubeconfig
#   start       generate certificates (once), start the processes, wait for /readyz, write an admin kubeconfig.
#               --fresh (or PRODREADY_CLUSTER_FRESH=1) wipes the etcd data first, for an empty cluster.
#               --with-controller-manager: same as WITH_CONTROLLER_MANAGER=1.
#   stop        stop exactly the processes `start` recorded in pid files; safe to run any number of times.
#   status      show which of the recorded processes are running.
#   kubeconfig  print the path of the admin kubeconfig.
#
# Environment:
#   PRODREADY_CLUSTER_DIR      state dir: pki, etcd data, logs, pid files, kubeconfig
#                              (default ~/.cache/prodready/local-cluster)
#   PRODREADY_APISERVER_PORT   secure port of kube-apiserver on 127.0.0.1 (default: a free port)
#   WITH_CONTROLLER_MANAGER=1  also run kube-controller-manager with the controllers owner-reference garbage
#                              collection and namespace deletion need
#   PRODREADY_READY_TIMEOUT    seconds to wait for /readyz (default 120)
#   KUBE_BIN_DIR               where the binaries are (default: `hack/control-plane.sh dir`)
set -euo pipefail

HACK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE_DIR="${PRODREADY_CLUSTER_DIR:-$HOME/.cache/prodready/local-cluster}"
BIN_DIR="${KUBE_BIN_DIR:-$("$HACK_DIR/control-plane.sh" dir)}"
READY_TIMEOUT="${PRODREADY_READY_TIMEOUT:-120}"
WITH_CONTROLLER_MANAGER="${WITH_CONTROLLER_MANAGER:-0}"

PKI_DIR="$STATE_DIR/pki"
KUBECONFIG_FILE="$STATE_DIR/admin.kubeconfig"
# Stop order: dependants first.
COMPONENTS=(kube-controller-manager kube-apiserver etcd)

# Fixed cluster-internal addresses; nothing routes to them, the apiserver only allocates Service IPs from the range.
SERVICE_CIDR="10.96.0.0/16"
SERVICE_FIRST_IP="10.96.0.1"
SA_ISSUER="https://kubernetes.default.svc.cluster.local"

log() { printf '[local-cluster] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

pid_file() { echo "$STATE_DIR/$1.pid"; }

# Prints the pid of a component if its pid file names a live process that is still that component's binary (a pid
# can be reused by an unrelated process after a crash; that one must never be signalled).
running_pid() {
  local name="$1" file pid exe
  file="$(pid_file "$name")"
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  exe="$(readlink "/proc/$pid/exe" 2>/dev/null)" || return 1
  [ "$(basename "$exe")" = "$name" ] || return 1
  echo "$pid"
}

# Prints a TCP port on 127.0.0.1 that nothing listens on right now. Another process could take it before we bind it;
# that race is unlikely on a developer machine and shows up as a clear "address already in use" in the logs.
free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
  else
    # No python3: probe a range with bash's /dev/tcp (a refused connection means the port is free).
    local port
    for port in $(seq "$1" $(($1 + 100))); do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    die "no free port in $1..$(($1 + 100))"
  fi
}

# ---------------------------------------------------------------------------------------------------------------------
# Certificates. One CA signs the apiserver's serving certificate and the admin's client certificate; the apiserver
# trusts client certificates from the same CA (--client-ca-file), and maps the subject's O= to groups, so
# O=system:masters makes the admin a cluster-admin under RBAC. Generated once, regenerated when missing or about to
# expire.
# ---------------------------------------------------------------------------------------------------------------------

cert_valid() { [ -f "$1" ] && openssl x509 -in "$1" -noout -checkend 86400 >/dev/null 2>&1; }

# sign_cert NAME SUBJECT EXTENSIONS: a fresh RSA key NAME.key and a certificate NAME.crt signed by the CA.
sign_cert() {
  local name="$1" subject="$2" extensions="$3"
  openssl req -new -newkey rsa:2048 -nodes -keyout "$PKI_DIR/$name.key" -subj "$subject" \
    -out "$PKI_DIR/$name.csr" 2>/dev/null
  printf '%s\n' "$extensions" > "$PKI_DIR/$name.ext"
  openssl x509 -req -in "$PKI_DIR/$name.csr" -CA "$PKI_DIR/ca.crt" -CAkey "$PKI_DIR/ca.key" -CAcreateserial \
    -days 365 -sha256 -extfile "$PKI_DIR/$name.ext" -out "$PKI_DIR/$name.crt" 2>/dev/null
  rm -f "$PKI_DIR/$name.csr" "$PKI_DIR/$name.ext"
  chmod 600 "$PKI_DIR/$name.key"
}

generate_pki() {
  command -v openssl >/dev/null || die "openssl is needed to generate the cluster certificates"
  mkdir -p "$PKI_DIR"
  chmod 700 "$PKI_DIR"
  local regenerated=0

  if ! cert_valid "$PKI_DIR/ca.crt" || [ ! -f "$PKI_DIR/ca.key" ]; then
    log "generating CA"
    openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 365 \
      -keyout "$PKI_DIR/ca.key" -out "$PKI_DIR/ca.crt" -subj "/CN=prodready-local-ca" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    chmod 600 "$PKI_DIR/ca.key"
    regenerated=1 # a new CA invalidates every certificate it signed before
  fi

  if [ "$regenerated" = 1 ] || ! cert_valid "$PKI_DIR/apiserver.crt"; then
    log "generating kube-apiserver serving certificate"
    # Clients connect to 127.0.0.1 or localhost; the in-cluster names are there for completeness.
    sign_cert apiserver "/CN=kube-apiserver" "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost,IP:$SERVICE_FIRST_IP,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
  fi

  if [ "$regenerated" = 1 ] || ! cert_valid "$PKI_DIR/admin.crt"; then
    log "generating admin client certificate (group system:masters)"
    sign_cert admin "/O=system:masters/CN=prodready-admin" "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=clientAuth"
  fi

  # Service-account tokens are JWTs signed with this key pair: the apiserver signs with the private key and verifies
  # with the public one; kube-controller-manager's token controller signs with the private key too.
  if [ ! -f "$PKI_DIR/sa.key" ] || [ ! -f "$PKI_DIR/sa.pub" ]; then
    log "generating service-account signing key pair"
    openssl genrsa -out "$PKI_DIR/sa.key" 2048 2>/dev/null
    openssl rsa -in "$PKI_DIR/sa.key" -pubout -out "$PKI_DIR/sa.pub" 2>/dev/null
    chmod 600 "$PKI_DIR/sa.key"
  fi
}

b64() { base64 < "$1" | tr -d '\n'; }

# A self-contained kubeconfig (certificates embedded), so it can be copied or used from any directory.
write_kubeconfig() {
  local port="$1" tmp="$KUBECONFIG_FILE.tmp"
  cat > "$tmp" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: prodready-local
  cluster:
    server: https://127.0.0.1:$port
    certificate-authority-data: $(b64 "$PKI_DIR/ca.crt")
users:
- name: prodready-admin
  user:
    client-certificate-data: $(b64 "$PKI_DIR/admin.crt")
    client-key-data: $(b64 "$PKI_DIR/admin.key")
contexts:
- name: prodready-local
  context:
    cluster: prodready-local
    user: prodready-admin
current-context: prodready-local
EOF
  chmod 600 "$tmp"
  mv "$tmp" "$KUBECONFIG_FILE"
}

# ---------------------------------------------------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------------------------------------------------

# launch NAME ARGS...: start $BIN_DIR/NAME in the background, output to NAME.log (the previous run's log is kept as
# NAME.log.prev), pid to NAME.pid.
#
# The process gets a session of its own (setsid), so neither Ctrl-C in the terminal nor closing it signals it; only
# `stop` does. A background job of a script is no process-group leader, so setsid does not fork but execs in place:
# $! is the pid of the program itself. (Without setsid, nohup at least ignores SIGHUP.) That must be a simple command,
# not a function: a function in the background would run in a forked subshell and $! would be the subshell's pid.
launch() {
  local name="$1"; shift
  local logfile="$STATE_DIR/$name.log" pid
  [ -f "$logfile" ] && mv -f "$logfile" "$logfile.prev"
  if command -v setsid >/dev/null; then
    setsid "$BIN_DIR/$name" "$@" > "$logfile" 2>&1 < /dev/null &
  else
    nohup "$BIN_DIR/$name" "$@" > "$logfile" 2>&1 < /dev/null &
  fi
  pid=$!
  echo "$pid" > "$(pid_file "$name")"
  # Until the exec, /proc/PID/exe is still bash (or setsid); wait for it to be the program, which running_pid checks.
  local tries=0
  until running_pid "$name" >/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ $((tries += 1)) -gt 50 ]; then
      log "$name (pid $pid) did not start"
      show_log_tail "$name"
      return 1
    fi
    sleep 0.1
  done
}

# The end of a component's log, without the flag dump the Kubernetes binaries print at startup.
show_log_tail() {
  log "last lines of $STATE_DIR/$1.log:"
  grep -v '\] FLAG: --' "$STATE_DIR/$1.log" | tail -n 20 >&2 || true
}

# Fails, showing the end of its log, when the component has exited.
assert_alive() {
  if ! running_pid "$1" >/dev/null; then
    log "$1 exited"
    show_log_tail "$1"
    return 1
  fi
}

wait_for_port() {
  local name="$1" port="$2" deadline=$((SECONDS + 30))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    assert_alive "$name" || return 1
    [ $SECONDS -lt $deadline ] || { log "$name does not listen on $port after 30s"; return 1; }
    sleep 0.5
  done
}

start_etcd() {
  local client_port="$1" peer_port="$2"
  mkdir -p "$STATE_DIR/etcd"
  chmod 700 "$STATE_DIR/etcd"
  # Plain HTTP on loopback only; --unsafe-no-fsync because the data is disposable and fsync is what makes etcd slow on
  # laptops and CI disks.
  launch etcd \
    --name=prodready-local \
    --data-dir="$STATE_DIR/etcd" \
    --listen-client-urls="http://127.0.0.1:$client_port" \
    --advertise-client-urls="http://127.0.0.1:$client_port" \
    --listen-peer-urls="http://127.0.0.1:$peer_port" \
    --initial-advertise-peer-urls="http://127.0.0.1:$peer_port" \
    --initial-cluster="prodready-local=http://127.0.0.1:$peer_port" \
    --unsafe-no-fsync=true \
    --log-level=warn
}

# --endpoint-reconciler-type=none: the apiserver would otherwise publish its advertise address as the endpoint of the
# `kubernetes` Service every few seconds, and Endpoints validation rejects loopback addresses, so the log would fill
# with errors. Nothing in this cluster connects to that Service.
start_apiserver() {
  local port="$1" etcd_port="$2"
  launch kube-apiserver \
    --etcd-servers="http://127.0.0.1:$etcd_port" \
    --bind-address=127.0.0.1 \
    --secure-port="$port" \
    --advertise-address=127.0.0.1 \
    --tls-cert-file="$PKI_DIR/apiserver.crt" \
    --tls-private-key-file="$PKI_DIR/apiserver.key" \
    --client-ca-file="$PKI_DIR/ca.crt" \
    --authorization-mode=RBAC \
    --service-account-issuer="$SA_ISSUER" \
    --service-account-key-file="$PKI_DIR/sa.pub" \
    --service-account-signing-key-file="$PKI_DIR/sa.key" \
    --service-cluster-ip-range="$SERVICE_CIDR" \
    --allow-privileged=true \
    --endpoint-reconciler-type=none \
    --profiling=false \
    --v=1
}

start_controller_manager() {
  # garbage-collector-controller deletes dependants whose owner is gone (ownerReferences), namespace-controller
  # empties and removes deleted namespaces, serviceaccount-controller creates the `default` ServiceAccount of each
  # namespace, serviceaccount-token-controller fills legacy token Secrets. No workload controllers: without a kubelet
  # their pods would never run anyway. --secure-port=0: no health endpoint needed, nothing more to bind.
  launch kube-controller-manager \
    --kubeconfig="$KUBECONFIG_FILE" \
    --controllers=garbage-collector-controller,namespace-controller,serviceaccount-controller,serviceaccount-token-controller \
    --service-account-private-key-file="$PKI_DIR/sa.key" \
    --root-ca-file="$PKI_DIR/ca.crt" \
    --use-service-account-credentials=false \
    --leader-elect=false \
    --secure-port=0 \
    --v=1
}

kubectl_local() { "$BIN_DIR/kubectl" --kubeconfig="$KUBECONFIG_FILE" "$@"; }

wait_for_ready() {
  local start=$SECONDS next_report=$((SECONDS + 5)) out
  log "waiting for kube-apiserver /readyz (timeout ${READY_TIMEOUT}s)"
  while true; do
    if out="$(kubectl_local get --raw='/readyz' --request-timeout=5s 2>&1)" && [ "$out" = "ok" ]; then
      log "kube-apiserver ready after $((SECONDS - start))s"
      return 0
    fi
    assert_alive etcd || return 1
    assert_alive kube-apiserver || return 1
    if [ $((SECONDS - start)) -ge "$READY_TIMEOUT" ]; then
      log "kube-apiserver not ready after ${READY_TIMEOUT}s"
      show_log_tail kube-apiserver
      return 1
    fi
    if [ $SECONDS -ge $next_report ]; then
      # While starting, /readyz answers 500 with a line per check; show the ones still failing.
      local failing
      failing="$(kubectl_local get --raw='/readyz?verbose' --request-timeout=5s 2>/dev/null | sed -n 's/^\[-\]\([^ ]*\).*/\1/p' | tr '\n' ' ' || true)"
      log "  ... $((SECONDS - start))s${failing:+, not ready yet: $failing}"
      next_report=$((SECONDS + 5))
    fi
    sleep 1
  done
}

cmd_start() {
  local fresh="${PRODREADY_CLUSTER_FRESH:-0}" arg
  for arg in "$@"; do
    case "$arg" in
      --fresh) fresh=1 ;;
      --with-controller-manager) WITH_CONTROLLER_MANAGER=1 ;;
      *) die "unknown option for start: $arg" ;;
    esac
  done

  local name
  for name in "${COMPONENTS[@]}"; do
    if running_pid "$name" >/dev/null; then
      die "$name is already running from $STATE_DIR (pid $(running_pid "$name")); run '$0 stop' first"
    fi
  done
  local b
  for b in etcd kube-apiserver kubectl; do
    [ -x "$BIN_DIR/$b" ] || die "$BIN_DIR/$b missing; run hack/control-plane.sh ensure"
  done
  if [ "$WITH_CONTROLLER_MANAGER" = 1 ] && [ ! -x "$BIN_DIR/kube-controller-manager" ]; then
    die "$BIN_DIR/kube-controller-manager missing; run hack/control-plane.sh ensure"
  fi

  mkdir -p "$STATE_DIR"
  if [ "$fresh" = 1 ]; then
    log "wiping etcd data in $STATE_DIR/etcd"
    rm -rf "$STATE_DIR/etcd"
  fi
  generate_pki

  local api_port="${PRODREADY_APISERVER_PORT:-$(free_port 6443)}"
  local etcd_port etcd_peer_port
  etcd_port="$(free_port 2379)"
  etcd_peer_port="$(free_port 2380)"
  [ "$etcd_peer_port" != "$etcd_port" ] || etcd_peer_port="$(free_port 2481)"
  write_kubeconfig "$api_port"

  # Whatever fails from here on (or Ctrl-C), do not leave half a cluster running.
  START_COMPLETE=0
  trap 'if [ "$START_COMPLETE" != 1 ]; then log "start failed; stopping what was started"; cmd_stop; fi' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  log "starting etcd on 127.0.0.1:$etcd_port (logs: $STATE_DIR/etcd.log)"
  start_etcd "$etcd_port" "$etcd_peer_port" || exit 1
  wait_for_port etcd "$etcd_port" || exit 1

  log "starting kube-apiserver on https://127.0.0.1:$api_port (logs: $STATE_DIR/kube-apiserver.log)"
  start_apiserver "$api_port" "$etcd_port" || exit 1
  wait_for_ready || exit 1

  if [ "$WITH_CONTROLLER_MANAGER" = 1 ]; then
    log "starting kube-controller-manager (logs: $STATE_DIR/kube-controller-manager.log)"
    start_controller_manager || exit 1
    sleep 2
    assert_alive kube-controller-manager || exit 1
  fi
  START_COMPLETE=1

  log "cluster up; kubeconfig: $KUBECONFIG_FILE"
  log "  export KUBECONFIG=$KUBECONFIG_FILE; kubectl at $BIN_DIR/kubectl"
}

# TERM, then KILL after 15s. Only pids recorded by `start` and still running the recorded binary are signalled.
stop_component() {
  local name="$1" pid
  if pid="$(running_pid "$name")"; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 15))
    while kill -0 "$pid" 2>/dev/null; do
      if [ $SECONDS -ge $deadline ]; then
        log "$name did not exit after 15s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      sleep 0.2
    done
  fi
  rm -f "$(pid_file "$name")"
}

cmd_stop() {
  local name
  for name in "${COMPONENTS[@]}"; do stop_component "$name"; done
}

# Exit status 0 when the apiserver (and so etcd) is running.
cmd_status() {
  local name pid
  for name in "${COMPONENTS[@]}"; do
    if pid="$(running_pid "$name")"; then echo "$name: running (pid $pid)"; else echo "$name: stopped"; fi
  done
  echo "kubeconfig: $KUBECONFIG_FILE"
  running_pid kube-apiserver >/dev/null
}

cmd_kubeconfig() {
  [ -f "$KUBECONFIG_FILE" ] || { log "no kubeconfig yet at $KUBECONFIG_FILE; run '$0 start'"; echo "$KUBECONFIG_FILE"; return 1; }
  echo "$KUBECONFIG_FILE"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  kubeconfig) cmd_kubeconfig ;;
  *) echo "usage: $0 start [--fresh] [--with-controller-manager] | stop | status | kubeconfig" >&2; exit 2 ;;
esac
