#!/usr/bin/env bash
# Fails when a .ts file has unfinished or obsolete messages, or when the sources hold a
# translatable string the .ts files lack: lupdate runs into temporary copies, which must come out
# exactly as committed. The English file holds only the plural forms (lupdate -pluralonly), and
# none of them may keep a "(s)".  Usage: check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$source"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    only=
    [ "$name" = edgeshift_en.ts ] && only=-pluralonly
    "$lupdate" -silent -no-obsolete $only -locations relative "$source/ui" "$source/app" -ts "$work/$name" > /dev/null
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    obsolete=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
    if [ "$unfinished" != 0 ]; then
        echo "$name: $unfinished messages unfinished or missing (run the update_translations target and translate them)"
        grep -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -20
        status=1
    fi
    if [ "$obsolete" != 0 ]; then
        echo "$name: $obsolete obsolete messages (run the update_translations target)"
        status=1
    fi
    if ! diff -q <(grep -c '<message' "$ts") <(grep -c '<message' "$work/$name") > /dev/null; then
        echo "$name: the sources and the .ts file hold different messages (run the update_translations target)"
        status=1
    fi
    if [ -n "$only" ] && grep -q '<numerusform>.*(s)' "$ts"; then
        echo "$name: plural forms that still say \"(s)\":"
        grep '<numerusform>.*(s)' "$ts" | head -20
        status=1
    fi
done
exit $status
