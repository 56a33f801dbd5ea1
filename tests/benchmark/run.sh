#!/usr/bin/env bash
# Benchmark, all figures in one run, against the goals:
#  - edgeshift-cli convert against `jq -c .` on generated manifests of 1,000 and 20,000 modules
#    (binds, ports, environment, FPGA resources and devices, a twin section and a route each),
#    and the growth from one to the other;
#  - peak memory of the 20,000-module conversion against the file's size;
#  - the window's start to first paint against a bare Qt Widgets window (offscreen);
#  - the time to apply decisions again after one toggle, in the window, on a 50-module manifest.
# Needs: apt-get install -y hyperfine jq time bc
# Usage: tests/benchmark/run.sh [BUILD_DIR]      (default: build)
set -euo pipefail
# The modules ask for the FPGA: the pipeline names the GPU build of their image, as an operator's
# would (else each is an item left for the operator, and convert exits 1).
gpuImage="--set fpga-image.image=example.azurecr.io/model-gpu:1.0"
build=$(realpath "${1:-build}")
gen=$build/tests/genmanifest
cli=$build/app/edgeshift-cli
bench=$build/tests/bench_window
for tool in hyperfine jq /usr/bin/time bc; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y hyperfine jq time bc)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config
calc() { echo "$*" | bc -l; }

declare -A edgeshift jqtime
for n in 1000 20000; do
    "$gen" "$n" > "$work/m$n.json"
    hyperfine --style none --warmup 1 --runs 5 --export-json "$work/h$n.json" \
        -n edgeshift "$cli convert $work/m$n.json -o $work/out$n.json --force $gpuImage; test \$? -le 1" \
        -n jq "jq -c . $work/m$n.json > $work/jq$n.json" > /dev/null 2>&1
    edgeshift[$n]=$(jq '.results[0].mean' "$work/h$n.json")
    jqtime[$n]=$(jq '.results[1].mean' "$work/h$n.json")
done
size=$(stat -c %s "$work/m20000.json")
peak_kb=$( (/usr/bin/time -f %M "$cli" convert "$work/m20000.json" -o "$work/out.json" --force $gpuImage 2>&1 >/dev/null || true) | tail -n 1)

hyperfine --style none --warmup 2 --runs 10 --export-json "$work/start.json" -n edgeshift "$bench start" -n bare "$bench bare" > /dev/null 2>&1
start=$(jq '.results[0].mean' "$work/start.json")
bare=$(jq '.results[1].mean' "$work/start.json")

"$gen" 50 > "$work/m50.json"
toggle=$("$bench" toggle "$work/m50.json" 200 2>/dev/null)

printf '%-44s %12s %12s %10s %s\n' "figure" "EdgeShift" "reference" "ratio" "goal"
for n in 1000 20000; do
    printf '%-44s %11.3fs %11.3fs %9.2f× %s\n' "convert $n modules ($(calc "$(stat -c %s "$work/m$n.json") / 1048576" | xargs printf '%.1f') MB) vs jq -c ." \
        "${edgeshift[$n]}" "${jqtime[$n]}" "$(calc "${edgeshift[$n]} / ${jqtime[$n]}")" "≤ 1.0× jq"
done
printf '%-44s %11.1f× %11.1f× %10s %s\n' "growth 1,000 → 20,000 modules" "$(calc "${edgeshift[20000]} / ${edgeshift[1000]}")" \
    "$(calc "${jqtime[20000]} / ${jqtime[1000]}")" "" "≤ 25×"
printf '%-44s %10.0fMB %10.1fMB %9.1f× %s\n' "peak memory, 20,000 modules vs file size" "$(calc "$peak_kb / 1024")" "$(calc "$size / 1048576")" \
    "$(calc "$peak_kb * 1024 / $size")" "≤ 8× the file"
printf '%-44s %11.3fs %11.3fs %9.2f× %s\n' "window start to first paint vs bare window" "$start" "$bare" "$(calc "$start / $bare")" "≤ 2×"
printf '%-44s %10.2fms %12s %10s %s\n' "toggle on a 50-module manifest (window)" "$toggle" "" "" "≤ 16 ms"
