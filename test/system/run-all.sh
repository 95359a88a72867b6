#!/usr/bin/env bash
# System tests against real components (NetworkManager, libvirt, QEMU) in network namespaces this script
# creates and removes. Needs root and the packages from .ci/install-system-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then
  echo "system tests need root (they create network namespaces); skipped" >&2
  exit 1
fi
start=$(date +%s)
for t in test/system/lab/smoke.sh test/system/*.test.sh; do
  [ -e "$t" ] || continue
  echo "== $t"
  bash "$t"
done
echo "system tests: $(( $(date +%s) - start )) s"
