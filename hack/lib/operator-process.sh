# Sourced by hack/demo.sh and hack/bench-operator.sh: stopping the operator jar they started.
# Needs JAR (the jar path the process was started with) and an info() function for progress lines.

# True if PID is alive and runs our operator jar (never signal a recycled pid).
is_operator() {
  local pid="$1"
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "-jar $JAR"
}

# SIGTERM, then SIGKILL after 20 s.
stop_operator() {
  local pid="$1" deadline
  is_operator "$pid" || return 0
  info "stopping operator (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + 20))
  while kill -0 "$pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
    sleep 0.2
  done
  wait "$pid" 2>/dev/null || true
}
