#!/usr/bin/env bash
# Builds everything in Debug with AddressSanitizer, UndefinedBehaviorSanitizer and the library's
# own checks (libstdc++ assertions, nlohmann_json's and Qt's asserts), and runs every test there:
# what a release build lets pass silently (a missing key read from a const JSON, a slot called on
# a window being destroyed) fails here. About ten minutes on two cores.
# Usage: tests/sanitize.sh [BUILD_DIR]      (default build-sanitize)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-sanitize}
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS"
cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build "$out" -j2
# Qt's own allocations at exit are not ours to chase: leaks are not checked.
cd "$out" && ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure
