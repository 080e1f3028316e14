# Sourced by the scripts that provide a tool built from Go modules (hack/promtool.sh, hack/helm.sh, hack/kube-score.sh).
# The caller sets TOOL (its name), TOOL_VERSION and TOOL_ENV (the variable a user sets to an existing binary), sources
# this file, defines build() (which writes "$TARGET"), then calls `cached_tool_main "$@"`.
# Order: $<TOOL_ENV> if set (a path or a command on PATH); else the cached build
#   ${PRODREADY_TOOLS_DIR:-$HOME/.cache/prodready/bin}/<tool>-<version>; else build() and cache the result.

TOOLS_DIR="${PRODREADY_TOOLS_DIR:-$HOME/.cache/prodready/bin}"
case "$TOOLS_DIR" in /*) ;; *) TOOLS_DIR="$PWD/$TOOLS_DIR" ;; esac  # `path` must print an absolute path
TARGET="$TOOLS_DIR/$TOOL-$TOOL_VERSION"

log() { printf '[%s] %s\n' "$TOOL" "$*" >&2; }

# A user-provided binary wins; one that does not resolve to an executable is an error, not a silent rebuild.
from_env() {
  local given="${!TOOL_ENV:-}" p
  [ -n "$given" ] || return 1
  p="$(command -v -- "$given" 2>/dev/null || true)"
  if [ -z "$p" ] || [ ! -x "$p" ] || [ -d "$p" ]; then log "$TOOL_ENV=$given is not an executable"; exit 1; fi
  echo "$p"
}

# Prints the path of a usable binary on stdout (progress goes to stderr).
ensure() {
  from_env && return 0
  [ -x "$TARGET" ] || build
  echo "$TARGET"
}

cached_tool_main() {
  case "${1:-ensure}" in
    ensure) ensure >/dev/null ;;
    path) ensure ;;
    version) echo "$TOOL_VERSION" ;;
    *) echo "usage: $0 [ensure|path|version]" >&2; exit 2 ;;
  esac
}
