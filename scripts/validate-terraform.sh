#!/usr/bin/env bash
# `terraform init -backend=false` and `terraform validate` of every stack of both configs, offline: the integration
# suite's terraform stage (pinned Terraform; the real kubernetes, helm and docker plugins built from source and the aws
# schema stand-in, from a filesystem mirror in the tool cache).
set -euo pipefail
cd "$(dirname "$0")/.."
exec npm run --silent test:integration -- --only terraform "$@"
