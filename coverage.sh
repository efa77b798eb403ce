#!/usr/bin/env bash
# Line coverage of src/ across all test projects (coverlet, Microsoft.Testing.Platform). Fails below the threshold.
# Usage: ./coverage.sh [threshold-percent]   (default 80)
set -euo pipefail
cd "$(dirname "$0")"
threshold="${1:-80}"
out="$(pwd)/artifacts/coverage"
rm -rf "$out" && mkdir -p "$out"
dotnet test --solution Cairn.slnx --coverlet --coverlet-output-format cobertura --results-directory "$out" >/dev/null
python3 - "$out" "$threshold" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
folder, threshold = sys.argv[1], float(sys.argv[2])
hits = {}  # (file, line) -> covered?
for report in glob.glob(folder + "/**/*.cobertura.xml", recursive=True):
    for cls in ET.parse(report).getroot().iter("class"):
        name = cls.get("filename", "")
        if not name.startswith("src/"):
            continue
        for line in cls.iter("line"):
            key = (name, line.get("number"))
            hits[key] = hits.get(key, False) or int(line.get("hits", "0")) > 0
per_project = {}
for (name, _), covered in hits.items():
    project = name.split("/")[1]
    total, done = per_project.get(project, (0, 0))
    per_project[project] = (total + 1, done + covered)
for project, (total, done) in sorted(per_project.items()):
    print(f"{project:20} {100 * done / total:5.1f}%  ({done}/{total} lines)")
total = len(hits); done = sum(hits.values())
rate = 100 * done / total if total else 0
print(f"{'all of src/':20} {rate:5.1f}%  (threshold {threshold:.0f}%)")
sys.exit(0 if rate >= threshold else 1)
PY
