#!/usr/bin/env bash
# Applies the .editorconfig code style; pass --verify-no-changes to check only (as CI tools do).
set -euo pipefail
cd "$(dirname "$0")"
dotnet format Cairn.slnx "$@"
