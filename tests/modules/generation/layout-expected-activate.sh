#!@bash@/bin/bash
# Home Manager generation made by Hearth; the activation steps are in
# manifest.json and run by `hearth activate`.
# A unit's PATH (a user unit run at login, with startAsUserService)
# may lack where Hearth is installed; the usual places come last.
PATH=${PATH:+$PATH:}/usr/local/bin:/usr/bin
exec "${HEARTH_BIN:-hearth}" activate "@GENERATION_DIR@" "$@"
