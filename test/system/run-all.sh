#!/usr/bin/env bash
# System tests against real components (NetworkManager, libvirt, QEMU, systemd) in network namespaces and
# containers these scripts create and remove. Needs root and the packages from .ci/install-system-deps.sh.
# Every suite runs even when an earlier one fails; the exit code says whether all passed.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then
  echo "system tests need root (they create network namespaces)" >&2
  exit 1
fi
[ -f dist/kvm-wizard.mjs ] || npm run build
start=$(date +%s)
failed=()
for t in test/system/lab/smoke.sh test/system/*.test.sh; do
  [ -e "$t" ] || continue
  echo "== $t"
  t0=$(date +%s)
  if bash "$t"; then echo "== $t: ok ($(( $(date +%s) - t0 )) s)"; else failed+=("$t"); echo "== $t: FAILED"; fi
done
echo "system tests: $(( $(date +%s) - start )) s"
if ((${#failed[@]})); then
  printf 'failed: %s\n' "${failed[@]}"
  exit 1
fi
