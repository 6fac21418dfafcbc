#!/usr/bin/env bash
# Runs `terraform init -backend=false` and `terraform validate` in every synthesized stack.
# Needs terraform >= 1.10 and internet access to the Terraform registry (for the provider plugins), so it is a
# separate command and not part of `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent synth
status=0
for dir in cdktf.out/stacks/*/; do
  stack=$(basename "$dir")
  echo "== $stack"
  if ! (cd "$dir" && terraform init -backend=false -input=false -no-color >/dev/null && terraform validate -no-color); then
    status=1
  fi
done
exit $status
