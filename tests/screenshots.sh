#!/usr/bin/env bash
# Screenshots of the window on the bundled sample, as a person sees it, in English, Japanese and
# Chinese, for the README: resources/screenshots/window-<lang>.png.
# Needs: apt-get install -y xvfb xauth imagemagick fonts-noto-cjk     Usage: tests/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
out=resources/screenshots
mkdir -p "$out"
for lang in en ja zh_CN; do
    config=$(mktemp -d) # fresh settings: default size and layout
    XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$build/app/edgeshift' --lang $lang resources/sample.fpga.deployment.json &
        app=\$!
        sleep 4
        import -window root '$out/window-$lang.png'
        kill \$app"
    rm -rf "$config"
    echo "$out/window-$lang.png"
done
