#!/usr/bin/env bash
# Builds the engine's libFuzzer target with AddressSanitizer and UndefinedBehaviorSanitizer
# (clang-14) and runs it, seeded from ../shared/corpus and tests/data. Crashes land in
# tests/fuzz/regressions/, which tst_fuzzregressions replays in every test run.
# Needs: apt-get install -y clang-14 libclang-rt-14-dev libfuzzer-14-dev nlohmann-json3-dev libsimdjson-dev
# Usage: tests/fuzz/run.sh [SECONDS]      (default 600)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
out=build-fuzz
mkdir -p "$out/corpus"
clang++-14 -std=c++20 -g -O1 -fno-omit-frame-pointer -DJSON_USE_IMPLICIT_CONVERSIONS=0 \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Icore core/*.cpp core/rules/*.cpp tests/fuzz/fuzz_engine.cpp -lsimdjson -o "$out/fuzz_engine"
seeds=("$out/corpus")
[ -d ../shared/corpus ] && seeds+=(../shared/corpus)
for dir in tests/data/*/; do seeds+=("$dir"); done
seeds+=(tests/fuzz/regressions)
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$out/fuzz_engine" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix=tests/fuzz/regressions/ -print_final_stats=1 "${seeds[@]}"
