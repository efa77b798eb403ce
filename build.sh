#!/usr/bin/env bash
# Release build of the whole solution with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Cairn.slnx -c Release -warnaserror "$@"
