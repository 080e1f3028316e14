#!/usr/bin/env bash
# Builds the operator image from src/main/docker/Dockerfile.jvm with Docker or Podman, whichever has a running engine
# (a client without an engine does not count). Usage: IMAGE=registry.example.com/prodready/operator:0.1.0 hack/image.sh
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE="${IMAGE:-registry.example.com/prodready/operator:$(sed -n 's/^appVersion: "\(.*\)"/\1/p' helm/prodready/Chart.yaml)}"

engine=""
for candidate in docker podman; do
  if command -v "$candidate" >/dev/null && "$candidate" info >/dev/null 2>&1; then engine="$candidate"; break; fi
done
if [ -z "$engine" ]; then
  echo "make image: neither Docker nor Podman has a running engine on this machine; the image was not built." >&2
  echo "Build target/quarkus-app (make build) and run 'make image' where Docker or Podman runs." >&2
  exit 1
fi
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "make image: target/quarkus-app is missing: run 'make build' first" >&2; exit 1; }
echo "building $IMAGE with $engine"
"$engine" build -f src/main/docker/Dockerfile.jvm -t "$IMAGE" .
