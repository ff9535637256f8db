#!/bin/bash
# lndir [-silent] [-ignorelinks] [-withrevinfo] FROMDIR [TODIR]: mirror the
# tree FROMDIR into TODIR (default: .) as directories of symlinks. Existing
# entries in TODIR are kept; a clash is reported unless -silent.
set -eu
silent=0
ignorelinks=0
while (($#)); do
    case "$1" in
    -silent) silent=1 ;;
    -ignorelinks) ignorelinks=1 ;;
    -withrevinfo) ;;
    --) shift; break ;;
    -*) echo "usage: lndir [-silent] [-ignorelinks] [-withrevinfo] fromdir [todir]" >&2; exit 1 ;;
    *) break ;;
    esac
    shift
done
if (($# < 1 || $# > 2)); then
    echo "usage: lndir [-silent] [-ignorelinks] [-withrevinfo] fromdir [todir]" >&2
    exit 1
fi
from="$1"
to="${2:-.}"
if [ ! -d "$from" ]; then
    echo "lndir: $from: Not a directory" >&2
    exit 1
fi

shopt -s dotglob nullglob
mirror() {
    local src="$1" dst="$2" entry name
    for entry in "$src"/*; do
        name="${entry##*/}"
        if [ -d "$entry" ] && { [ ! -L "$entry" ] || [ "$ignorelinks" = 0 ]; }; then
            if [ -L "$dst/$name" ] || { [ -e "$dst/$name" ] && [ ! -d "$dst/$name" ]; }; then
                [ "$silent" = 1 ] || echo "$dst/$name: File exists" >&2
                continue
            fi
            mkdir -p "$dst/$name"
            mirror "$entry" "$dst/$name"
        elif [ -e "$dst/$name" ] || [ -L "$dst/$name" ]; then
            if [ "$(readlink "$dst/$name")" != "$entry" ] && [ "$silent" = 0 ]; then
                echo "$dst/$name: File exists" >&2
            fi
        else
            ln -s "$entry" "$dst/$name"
        fi
    done
}
mkdir -p "$to"
mirror "${from%/}" "${to%/}"
