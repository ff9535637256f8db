#!@bash@/bin/bash
# Home Manager generation made by Hearth; the activation steps are in
# manifest.json and run by `hearth activate`.
exec hearth activate "@GENERATION_DIR@" "$@"
