#!/usr/bin/env bash
# Provides Prometheus's promtool, used to validate generated PrometheusRule expressions (`promtool check rules f.yaml`).
# Order: $PROMTOOL if set (a path or a command on PATH); else the cached build
#   ${PRODREADY_TOOLS_DIR:-$HOME/.cache/prodready/bin}/promtool-<version>
# else build it from Go modules (the Go module proxy is the only source we can reach) and cache the result.
#
# Prometheus v3 releases are published to the module proxy as v0.3MM.P versions of github.com/prometheus/prometheus
# (v3.5.0 -> v0.305.0, v3.15.1 -> v0.315.1). Most releases carry replace directives in their go.mod, which
# `go install .../cmd/promtool@version` refuses, so we build from a throwaway module that requires Prometheus and copies
# its replace/exclude directives: the dependency versions are then exactly those Prometheus released with.
#
# Usage: hack/promtool.sh [ensure|path|version]
set -euo pipefail

# The one place the promtool (Prometheus) version is pinned. 3.15.1's go.mod says `go 1.26.0`, so any Go 1.26 builds it
# without a toolchain download (3.16.0 needs Go >= 1.26.7).
PROMTOOL_VERSION="${PRODREADY_PROMTOOL_VERSION:-3.15.1}"

TOOL=promtool
TOOL_VERSION="$PROMTOOL_VERSION"
TOOL_ENV=PROMTOOL
# shellcheck source=lib/cached-tool.sh
source "$(dirname "$0")/lib/cached-tool.sh"  # TARGET, log, from_env, ensure, cached_tool_main
# 3.15.1 -> v0.315.1
module_version() {
  local major minor patch
  IFS=. read -r major minor patch <<<"$PROMTOOL_VERSION"
  [[ "$major" =~ ^[0-9]+$ && "$minor" =~ ^[0-9]+$ && "$patch" =~ ^[0-9]+$ ]] \
    || { log "the promtool version must look like 3.15.1, got '$PROMTOOL_VERSION'"; exit 1; }
  echo "v0.$((major * 100 + minor)).$patch"
}


build() {
  command -v go >/dev/null || { log "Go is needed to build promtool (or set PROMTOOL to an existing binary)"; exit 1; }
  local modver mod="github.com/prometheus/prometheus" v="github.com/prometheus/common/version"
  modver="$(module_version)"
  mkdir -p "$TOOLS_DIR"
  # Private throwaway module inside TOOLS_DIR: concurrent builds do not clash, and the final mv is atomic (same file
  # system). The Go module and build caches are the defaults, so anything already downloaded or compiled is reused.
  work="$(mktemp -d "$TOOLS_DIR/.promtool-build.XXXXXX")"  # global, so the EXIT trap still sees it
  trap 'rm -rf -- "$work"' EXIT
  cd "$work"
  # GOWORK=off: no surrounding go.work applies; GOFLAGS=-mod=mod overrides a -mod=vendor a caller may have exported.
  export GOWORK=off GOFLAGS=-mod=mod CGO_ENABLED=0

  log "resolving $mod $modver (promtool $PROMTOOL_VERSION) from the Go module proxy"
  local json gomod
  json="$(go mod download -json "$mod@$modver" 2>&1 || true)"
  gomod="$(sed -n 's/.*"GoMod": "\(.*\)".*/\1/p' <<<"$json")"
  if [ ! -f "$gomod" ]; then
    printf '%s\n' "$json" >&2
    log "could not download the go.mod of $mod $modver (is $PROMTOOL_VERSION a Prometheus 3.x release?)"; exit 1
  fi
  if grep -E '^(replace|[[:space:]]).*=>[[:space:]]*\.' "$gomod" >&2; then
    log "$mod $modver replaces modules with local directories; cannot build it from the module proxy"; exit 1
  fi
  {
    echo "module prodready.dev/promtoolbuild"
    echo
    grep -m1 '^go ' "$gomod"
    grep '^godebug' "$gomod" || true
    echo
    echo "require $mod $modver"
    echo
    # replace and exclude only take effect in the main module: copy them (one-line and block forms) verbatim.
    awk '/^(replace|exclude) \($/ { inblock = 1 } inblock || /^(replace|exclude) / { print } /^\)$/ { inblock = 0 }' "$gomod"
  } > go.mod
  cat > tools.go <<'GO'
//go:build tools

package promtoolbuild

import _ "github.com/prometheus/prometheus/cmd/promtool"
GO
  log "go mod tidy (downloads the module graph)"
  go mod tidy >/dev/null 2>"$work/tidy.log" || { cat "$work/tidy.log" >&2; log "go mod tidy failed"; exit 1; }

  log "building promtool $PROMTOOL_VERSION (a cold build takes ~5-6 minutes on 2 cores; cached afterwards)"
  local start=$SECONDS
  go build -trimpath -ldflags "-s -w -X $v.Version=$PROMTOOL_VERSION -X $v.Branch=release -X $v.BuildUser=prodready" \
    -o "$work/promtool" "$mod/cmd/promtool"
  mv -f "$work/promtool" "$TARGET"
  log "built promtool $PROMTOOL_VERSION in $((SECONDS - start))s: $TARGET"
}

cached_tool_main "$@"
