#!/usr/bin/env bash
# Benchmark: edgeshift-cli convert against `jq -c .` on generated manifests of 1,000 and 20,000
# modules, with the growth from one to the other and the peak memory of the large conversion.
# Needs hyperfine, jq and GNU time:  apt-get install -y hyperfine jq time
# Usage: tests/benchmark/run.sh [BUILD_DIR]      (default: build)
set -euo pipefail
build=$(realpath "${1:-build}")
gen=$build/tests/genmanifest
cli=$build/app/edgeshift-cli
for tool in hyperfine jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (apt-get install -y hyperfine jq time)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A edgeshift jqtime
for n in 1000 20000; do
    "$gen" "$n" > "$work/m$n.json"
    hyperfine --style none --warmup 1 --runs 5 --export-json "$work/h$n.json" \
        -n edgeshift "$cli convert $work/m$n.json -o $work/out$n.json --force" \
        -n jq "jq -c . $work/m$n.json > $work/jq$n.json" > /dev/null
    edgeshift[$n]=$(jq '.results[0].mean' "$work/h$n.json")
    jqtime[$n]=$(jq '.results[1].mean' "$work/h$n.json")
done

size=$(stat -c %s "$work/m20000.json")
peak_kb=$(/usr/bin/time -f %M "$cli" convert "$work/m20000.json" -o "$work/out.json" --force 2>&1 >/dev/null | tail -n 1)

printf '%-10s %12s %14s %10s %10s\n' modules "file (MB)" "edgeshift (s)" "jq (s)" "× jq"
for n in 1000 20000; do
    printf '%-10s %12.1f %14.3f %10.3f %10.2f\n' "$n" "$(echo "$(stat -c %s "$work/m$n.json") / 1048576" | bc -l)" \
        "${edgeshift[$n]}" "${jqtime[$n]}" "$(echo "${edgeshift[$n]} / ${jqtime[$n]}" | bc -l)"
done
printf 'growth 1,000 → 20,000 modules: edgeshift %.1f×, jq %.1f× (linear: 20×)\n' \
    "$(echo "${edgeshift[20000]} / ${edgeshift[1000]}" | bc -l)" "$(echo "${jqtime[20000]} / ${jqtime[1000]}" | bc -l)"
printf 'peak memory converting 20,000 modules: %.1f MB for a %.1f MB file (%.1f× the file)\n' \
    "$(echo "$peak_kb / 1024" | bc -l)" "$(echo "$size / 1048576" | bc -l)" "$(echo "$peak_kb * 1024 / $size" | bc -l)"
