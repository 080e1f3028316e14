#!/usr/bin/env bash
# Provides the SARIF 2.1.0 JSON schema, which the tests validate `prodready audit --format sarif` against.
# Order: $SARIF_SCHEMA if set (a file); else the cached copy
#   ${PRODREADY_CACHE:-$HOME/.cache/prodready}/sarif/sarif-2.1.0-rtm.5.json
# else it is taken from the npm package that ships it (Microsoft's SARIF jest matchers, pinned below), fetched with
# `npm pack` (the registry is reachable; no network access is needed once cached).
#
# Usage: hack/sarif-schema.sh [ensure|path]
set -euo pipefail

PACKAGE="@microsoft/jest-sarif"
PACKAGE_VERSION="1.0.0-beta.0"
SCHEMA_IN_PACKAGE="package/lib/schemas/sarif-2.1.0-rtm.5.json"

CACHE="${PRODREADY_CACHE:-$HOME/.cache/prodready}/sarif"
TARGET="$CACHE/sarif-2.1.0-rtm.5.json"

log() { printf '[sarif-schema] %s\n' "$*" >&2; }

fetch() {
  command -v npm >/dev/null || { log "npm is needed to fetch the SARIF schema (or set SARIF_SCHEMA to the file)"; exit 1; }
  mkdir -p "$CACHE"
  work="$(mktemp -d "$CACHE/.fetch.XXXXXX")"  # global, so the EXIT trap still sees it
  trap 'rm -rf -- "$work"' EXIT
  log "fetching $PACKAGE@$PACKAGE_VERSION with npm pack"
  (cd "$work" && npm pack --silent "$PACKAGE@$PACKAGE_VERSION" >/dev/null)
  tar -xzf "$work"/*.tgz -C "$work" "$SCHEMA_IN_PACKAGE"
  grep -q '"\$schema"' "$work/$SCHEMA_IN_PACKAGE" || { log "the package holds no JSON schema at $SCHEMA_IN_PACKAGE"; exit 1; }
  mv -f "$work/$SCHEMA_IN_PACKAGE" "$TARGET"
  log "cached $TARGET"
}

ensure() {
  if [ -n "${SARIF_SCHEMA:-}" ]; then
    [ -f "$SARIF_SCHEMA" ] || { log "SARIF_SCHEMA=$SARIF_SCHEMA is not a file"; exit 1; }
    echo "$SARIF_SCHEMA"
    return 0
  fi
  [ -f "$TARGET" ] || fetch
  echo "$TARGET"
}

case "${1:-ensure}" in
  ensure) ensure >/dev/null ;;
  path) ensure ;;
  *) echo "usage: $0 [ensure|path]" >&2; exit 2 ;;
esac
