#!/usr/bin/env bash
# `npm run lint:ansible` (part of `npm run lint`): ansible-lint (production profile, offline: no Galaxy, no
# collections) and ansible-playbook --syntax-check on ansible/. Debian: apt-get install ansible-core ansible-lint
# (.ci/install-system-deps.sh installs them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../ansible"
for tool in ansible-lint ansible-playbook; do
  command -v "$tool" >/dev/null || {
    echo "lint:ansible: $tool is missing (Debian: apt-get install ansible-core ansible-lint; or bash .ci/install-system-deps.sh)" >&2
    exit 1
  }
done
# No colours in CI logs; the configuration is the defaults (no ansible.cfg in ansible/, ANSIBLE_CONFIG ignored).
unset ANSIBLE_CONFIG
export ANSIBLE_NOCOLOR=1 NO_COLOR=1
ansible-lint --offline -c .ansible-lint --nocolor -q site.yml roles/kvm_host
ansible-playbook --syntax-check -i inventory.example.ini site.yml >/dev/null
echo "lint:ansible: ansible-lint (production profile) and --syntax-check clean"
