#!/usr/bin/env bash
# The main job on the bundled examples: installs what is missing, builds the release preset,
# builds the timeline of examples/ukraine-2022 into out/ and says where to look.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
./build/release/crisis-timeline build examples/ukraine-2022 -o out/
echo
echo "Open $root/out/timeline.html in a browser (the other exports are beside it in out/)."
