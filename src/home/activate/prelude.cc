// The bash prelude: what Home Manager's activation snippets expect to find
// (spec §2.6 helpers and variables, docs/generation-manifest.md), written
// for Hearth. Variables that depend on the activation are declared by
// bash_entries.cc before this text.
#include "home/activate/bash_entries.hh"

namespace hearth::home {

const char* const activation_prelude = R"BASH(
set -eu -o pipefail
cd "$HOME"

normalColor="" errorColor="" warnColor="" noteColor=""
if [[ ! -v NO_COLOR && -t 1 ]] && (( $(tput colors 2>/dev/null || echo 0) >= 8 )); then
    normalColor="$(tput sgr0)"
    errorColor="$(tput bold)$(tput setaf 1)"
    warnColor="$(tput setaf 3)"
    noteColor="$(tput bold)$(tput setaf 6)"
fi

errorEcho() { echo "${errorColor}$*${normalColor}"; }
warnEcho() { echo "${warnColor}$*${normalColor}"; }
noteEcho() { echo "${noteColor}$*${normalColor}"; }
verboseEcho() { if [[ -v VERBOSE ]]; then echo "$*"; fi; }

# Messages are not translated: the format is printed as given.
_i() {
    local format="$1"
    shift
    # shellcheck disable=2059
    printf "$format\n" "$@"
}
_ip() {
    local singular="$1" plural="$2" count="$3"
    shift 3
    if [[ $count == 1 ]]; then _i "$singular" "$@"; else _i "$plural" "$@"; fi
}
_iError() { echo -n "$errorColor"; _i "$@"; echo -n "$normalColor"; }
_iWarn() { echo -n "$warnColor"; _i "$@"; echo -n "$normalColor"; }
_iNote() { echo -n "$noteColor"; _i "$@"; echo -n "$normalColor"; }
_iVerbose() { if [[ -v VERBOSE ]]; then _i "$@"; fi; }

# run [--quiet|--silence] CMD...: runs CMD, or prints it under DRY_RUN.
run() {
    local mode=""
    if [[ ${1-} == --quiet || ${1-} == --silence ]]; then mode="$1"; shift; fi
    if [[ -v DRY_RUN ]]; then
        echo "$@"
    elif [[ $mode == --quiet ]]; then
        "$@" > /dev/null
    elif [[ $mode == --silence ]]; then
        "$@" > /dev/null 2>&1
    else
        "$@"
    fi
}

checkStringEq() {
    if [[ "${!1-}" != "$2" ]]; then
        _iError '%s is "%s", expected "%s"' "$1" "${!1-}" "$2" >&2
        exit 1
    fi
}
checkPathEq() {
    if ! [[ "${!1-}" -ef "$2" ]]; then
        _iError '%s is "%s", expected "%s"' "$1" "${!1-}" "$2" >&2
        exit 1
    fi
}

nixProfileList() {
    nix profile list --json 2>/dev/null \
        | jq -r --arg name "$1" '.elements[].storePaths[] | select(endswith($name))'
}
nixProfileRemove() {
    # A profile that Hearth's installPackages made holds nothing but
    # home-manager-path: the profile links and the link to it go.
    local dir profile link
    for dir in "$HOME/.nix-profile" "$stateHome/nix/profile"; do
        if [[ -L $dir && $(readlink -m "$dir") == */*-"$1" ]]; then
            profile="$(readlink "$dir")"
            [[ $profile == /* ]] || profile="$(dirname "$dir")/$profile"
            for link in "$profile"-[0-9]*-link "$profile" "$dir"; do
                if [[ -L $link ]]; then run rm $VERBOSE_ARG "$link"; fi
            done
            return
        fi
    done
    if [[ -e $HOME/.nix-profile/manifest.json || -e $stateHome/nix/profile/manifest.json ]]; then
        nixProfileList "$1" | xargs -rt $DRY_RUN_CMD nix profile remove $VERBOSE_ARG
    elif command -v nix-env > /dev/null && nix-env -q 2>/dev/null | grep -q "^$1$"; then
        run --quiet nix-env -e "$1"
    fi
}

if [[ -v VERBOSE ]]; then
    export VERBOSE_ECHO=echo VERBOSE_ARG="--verbose" VERBOSE_RUN=""
else
    export VERBOSE_ECHO=true VERBOSE_ARG="" VERBOSE_RUN=true
fi
if [[ -v DRY_RUN ]]; then
    export DRY_RUN_CMD=echo DRY_RUN_NULL=/dev/stdout
else
    export DRY_RUN_CMD="" DRY_RUN_NULL=/dev/null
fi

# The steps Hearth performs natively call back into the driver: through
# its request pipe when it serves one (no process, and the generations are
# already read), else by running `hearth activate --step`.
hearthActivateStep() {
    if [[ -n ${HEARTH_STEP_REQ-} && -n ${HEARTH_STEP_RESP-} ]]; then
        local status
        echo "$1" >&"$HEARTH_STEP_REQ"
        read -r status <&"$HEARTH_STEP_RESP" || status=1
        return "$status"
    fi
    "$hearthExe" activate --step "$1" --driver-version "$hmDriverVersion" "$newGenPath"
}

# Where activation stopped, for the driver's report (failure_report.hh).
hearthReportFailure() {
    local status=$?
    if (( status != 0 )) && [[ -n ${hearthEntry-} && -n ${HEARTH_ACTIVATE_REPORT-} ]]; then
        printf 'entry=%s\nstatus=%s\n' "$hearthEntry" "$status" >> "$HEARTH_ACTIVATE_REPORT"
    fi
    # Tells the driver no more steps will come (a background job of an
    # entry may keep the pipe open long after bash has gone).
    if [[ -n ${HEARTH_STEP_REQ-} ]]; then echo .exit >&"$HEARTH_STEP_REQ" 2>/dev/null || true; fi
}
trap hearthReportFailure EXIT
)BASH";

} // namespace hearth::home
