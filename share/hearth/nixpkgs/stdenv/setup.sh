# Hearth's stdenv setup, sourced by every mkDerivation build as
# `$stdenv/setup` (the stdenv derivation puts SHELL and initialPath in
# front of this file). It defines the nixpkgs build vocabulary: hooks,
# dependency discovery, substitute*, patchShebangs and the phases run by
# genericBuild. Tools come from the inputs' bin/ and then the host.

set -eu
set -o pipefail
shopt -s extglob

######################################################################
# Hooks

# Run a hook: every entry of the array `<name>Hooks`, then the variable
# `$name` itself; an entry naming a function is called, anything else is
# evaluated as shell code.
runHook() {
    local hookName="$1"
    shift
    local hooksSlice="${hookName%Hook}Hooks[@]"
    local hook
    for hook in "_callImplicitHook 0 $hookName" ${!hooksSlice+"${!hooksSlice}"}; do
        _eval "$hook" "$@"
    done
    return 0
}

# Like runHook, but stop at the first hook that succeeds; fail if none does.
runOneHook() {
    local hookName="$1"
    shift
    local hooksSlice="${hookName%Hook}Hooks[@]"
    local hook ret=1
    for hook in "_callImplicitHook 1 $hookName" ${!hooksSlice+"${!hooksSlice}"}; do
        if _eval "$hook" "$@"; then
            ret=0
            break
        fi
    done
    return "$ret"
}

# The hook stored in the variable or function named $2, else $1 as the
# default outcome.
_callImplicitHook() {
    local def="$1"
    local hookName="$2"
    if declare -F "$hookName" >/dev/null; then
        "$hookName"
    elif [ -n "${!hookName:-}" ]; then
        eval "${!hookName}"
    else
        return "$def"
    fi
}

_eval() {
    if declare -F "$1" >/dev/null 2>&1; then
        "$@"
    else
        eval "$1"
    fi
}

# addEnvHooks OFFSET FUNC...: FUNC runs once per dependency found below,
# with the dependency's path. Offsets only matter for cross builds.
envHooks=()
addEnvHooks() {
    shift
    envHooks+=("$@")
}

######################################################################
# Small helpers

echoCmd() {
    printf '%s:' "$1"
    shift
    printf ' %q' "$@"
    echo
}

addToSearchPathWithCustomDelimiter() {
    local delimiter="$1"
    local varName="$2"
    local dir="$3"
    if [[ -d "$dir" && "${!varName:+${delimiter}${!varName}${delimiter}}" != *"${delimiter}${dir}${delimiter}"* ]]; then
        export "${varName}=${!varName:+${!varName}${delimiter}}${dir}"
    fi
}

addToSearchPath() {
    addToSearchPathWithCustomDelimiter ":" "$@"
}

# Store paths are /nix/store/<hash>-<name>; stripHash prints <name>.
stripHash() {
    local strippedName casematchOpt=0
    strippedName="$(basename -- "$1")"
    shopt -q nocasematch && casematchOpt=1
    shopt -u nocasematch
    if [[ "$strippedName" =~ ^[a-z0-9]{32}- ]]; then
        echo "${strippedName:33}"
    else
        echo "$strippedName"
    fi
    if ((casematchOpt)); then shopt -s nocasematch; fi
}

isScript() {
    local fn="$1" magic
    exec {fd}<"$fn"
    read -r -n 2 -u "$fd" magic || true
    exec {fd}<&-
    [[ "$magic" == '#!' ]]
}

isELF() {
    local fn="$1" magic
    exec {fd}<"$fn"
    read -r -n 4 -u "$fd" magic || true
    exec {fd}<&-
    [[ "$magic" == $'\177ELF' ]]
}

concatTo() {
    local -n targetref="$1"
    shift
    local name
    for name in "$@"; do
        if [[ "$(declare -p "$name" 2>/dev/null)" == "declare -a"* ]]; then
            local -n arr="$name"
            targetref+=(${arr+"${arr[@]}"})
            unset -n arr
        elif [ -n "${!name:-}" ]; then
            local -a words=()
            read -r -d '' -a words <<<"${!name}" || true
            targetref+=("${words[@]}")
        fi
    done
}

######################################################################
# Text substitution

# substituteStream VAR DESCRIPTION ARGS...: apply --replace-{fail,warn,quiet},
# --replace (as --replace-quiet), --subst-var and --subst-var-by to the
# contents of the variable VAR, printing the result.
substituteStream() {
    local var="$1"
    local description="$2"
    shift 2
    local content="${!var}"
    local pattern replacement

    while (($#)); do
        case "$1" in
        --replace-quiet | --replace-warn | --replace-fail | --replace)
            if (($# < 3)); then
                echo "substituteStream(): ERROR: $1 needs two arguments" >&2
                return 1
            fi
            pattern="$2"
            replacement="$3"
            local before="$content"
            content="${content//"$pattern"/"$replacement"}"
            if [[ "$before" == "$content" && "$pattern" != "$replacement" ]]; then
                case "$1" in
                --replace-fail)
                    echo "substituteStream() in derivation $name: ERROR: pattern $pattern doesn't match anything in $description" >&2
                    return 1
                    ;;
                --replace-warn)
                    echo "substituteStream() in derivation $name: WARNING: pattern $pattern doesn't match anything in $description" >&2
                    ;;
                esac
            fi
            shift 3
            ;;
        --subst-var)
            local varName="$2"
            shift 2
            if ! [[ "$varName" =~ ^[a-zA-Z_][a-zA-Z0-9_]*$ ]]; then
                echo "substituteStream() in derivation $name: ERROR: substitution variables must be valid Bash names, \"$varName\" isn't." >&2
                return 1
            fi
            if [ -z "${!varName+x}" ]; then
                echo "substituteStream() in derivation $name: ERROR: variable \$$varName is unset" >&2
                return 1
            fi
            pattern="@$varName@"
            replacement="${!varName}"
            content="${content//"$pattern"/"$replacement"}"
            ;;
        --subst-var-by)
            pattern="@$2@"
            replacement="$3"
            content="${content//"$pattern"/"$replacement"}"
            shift 3
            ;;
        *)
            echo "substituteStream() in derivation $name: ERROR: Invalid command line argument: $1" >&2
            return 1
            ;;
        esac
    done
    printf '%s' "$content"
}

# Read a whole file into the named variable, keeping trailing newlines.
readFileIntoVar() {
    local -n target="$1"
    IFS='' read -r -d '' target <"$2" || true
}

substitute() {
    local input="$1"
    local output="$2"
    shift 2
    if [ ! -f "$input" ]; then
        echo "substitute(): ERROR: file '$input' does not exist" >&2
        return 1
    fi
    local content
    readFileIntoVar content "$input"
    local result
    result="$(substituteStream content "file '$input'" "$@" && printf x)" || return 1
    result="${result%x}"
    if [ -e "$output" ]; then chmod +w "$output"; fi
    printf '%s' "$result" >"$output"
}

substituteInPlace() {
    local -a fileNames=()
    while (($#)) && [[ "$1" != --* ]]; do
        fileNames+=("$1")
        shift
    done
    if ((${#fileNames[@]} == 0)); then
        echo "substituteInPlace called without any files to operate on (files must come before options!)" >&2
        return 1
    fi
    local file
    for file in "${fileNames[@]}"; do
        substitute "$file" "$file" "$@"
    done
}

# The names of all exported and shell variables that are valid @var@ keys,
# for substituteAll.
_allFlags() {
    local varName
    for varName in $(compgen -e); do
        if [[ "$varName" =~ ^[a-z][a-zA-Z0-9_]*$ ]] && [[ "$(declare -p "$varName" 2>/dev/null)" != "declare -a"* && "$(declare -p "$varName" 2>/dev/null)" != "declare -A"* ]]; then
            substVars+=(--subst-var "$varName")
        fi
    done
}

substituteAll() {
    local input="$1"
    local output="$2"
    local -a substVars=()
    _allFlags
    substitute "$input" "$output" "${substVars[@]}"
}

substituteAllInPlace() {
    local fileName="$1"
    shift
    substituteAll "$fileName" "$fileName" "$@"
}

######################################################################
# patchShebangs: point `#!` lines of the given files or directories at the
# programs found on PATH (or $HOST_PATH), unwrapping `/usr/bin/env prog`.
# Only interpreters found in the store are used: the host's own programs
# stay as written, since /usr/bin/bash and /bin/bash differ between hosts.

patchShebangs() {
    local pathName
    local update=0
    while (($#)); do
        case "$1" in
        --host) pathName=HOST_PATH ;;
        --build) pathName=PATH ;;
        --update) update=1 ;;
        --) shift; break ;;
        -* | --*) echo "Unknown option $1 supplied to patchShebangs" >&2; return 1 ;;
        *) break ;;
        esac
        shift
    done
    local searchPath="${!pathName:-${PATH}}"
    local f
    while IFS= read -r -d $'\0' f; do
        isScript "$f" || continue
        local oldInterpreterLine oldPath arg0 args newPath newInterpreterLine
        read -r oldInterpreterLine <"$f" || [ "$oldInterpreterLine" ]
        read -r oldPath arg0 args <<<"${oldInterpreterLine:2}"
        if [[ -z "${oldPath:-}" ]]; then
            continue
        fi
        if [[ "$oldPath" == *"/bin/env" ]]; then
            if [[ "$arg0" == "-"* || "$arg0" == *"="* ]]; then
                continue
            fi
            newPath="$(PATH="$searchPath" type -P "$arg0" || true)"
        else
            if [[ -z "$oldPath" ]]; then oldPath="/bin/sh"; fi
            newPath="$(PATH="$searchPath" type -P "$(basename "$oldPath")" || true)"
            args="$arg0 $args"
        fi
        if [[ "$newPath" != "${NIX_STORE:-/nix/store}"/* ]]; then
            continue
        fi
        newInterpreterLine="$newPath $args"
        newInterpreterLine="${newInterpreterLine%${newInterpreterLine##*[![:space:]]}}"
        if [[ -n "$newPath" && "$newPath" != "$oldPath" && "$newInterpreterLine" != "${oldInterpreterLine:2}" ]]; then
            if [[ "$update" == 1 || "$oldPath" != "${NIX_STORE:-/nix/store}"* ]]; then
                echo "$f: interpreter directive changed from \"$oldInterpreterLine\" to \"#!$newInterpreterLine\""
                local escaped="${newInterpreterLine//\\/\\\\}"
                local tmp
                tmp="$(mktemp)"
                { printf '#!%s\n' "$newInterpreterLine"; tail -n +2 "$f"; } >"$tmp"
                local mode
                mode="$(stat -c %a "$f")"
                cat "$tmp" >"$f" 2>/dev/null || { chmod u+w "$f"; cat "$tmp" >"$f"; chmod "$mode" "$f"; }
                rm -f "$tmp"
                : "$escaped"
            fi
        fi
    done < <(find "$@" -type f -perm -0100 -print0)
}

######################################################################
# Dependencies: every input and what it propagates, transitively. Each one
# found puts its bin/ on PATH, has its setup hook sourced, and is passed to
# every env hook.

declare -a _foundInputs=()

_findInputs() {
    local pkg="$1"
    local found
    for found in ${_foundInputs[@]+"${_foundInputs[@]}"}; do
        if [ "$found" = "$pkg" ]; then return 0; fi
    done
    _foundInputs+=("$pkg")
    if [ ! -e "$pkg" ]; then
        echo "build input $pkg does not exist" >&2
        exit 1
    fi
    local file dep
    for file in propagated-native-build-inputs propagated-build-inputs; do
        if [ -f "$pkg/nix-support/$file" ]; then
            for dep in $(<"$pkg/nix-support/$file"); do
                _findInputs "$dep"
            done
        fi
    done
}

_activateInput() {
    local pkg="$1"
    if [ -d "$pkg/bin" ]; then
        addToSearchPath _PATH "$pkg/bin"
    fi
    if [ -f "$pkg/nix-support/setup-hook" ]; then
        source "$pkg/nix-support/setup-hook"
    elif [ -f "$pkg" ] && [[ "$(basename "$pkg")" == *setup-hook* || "$(basename "$pkg")" == *.sh ]]; then
        source "$pkg"
    fi
    local hook
    for hook in ${envHooks[@]+"${envHooks[@]}"}; do
        _eval "$hook" "$pkg"
    done
}

_setupInputs() {
    local pkg
    for pkg in ${nativeBuildInputs:-} ${propagatedNativeBuildInputs:-} ${buildInputs:-} ${propagatedBuildInputs:-} ${depsBuildBuild:-} ${depsHostHost:-} ${depsTargetTarget:-}; do
        _findInputs "$pkg"
    done
    for pkg in ${_foundInputs[@]+"${_foundInputs[@]}"}; do
        _activateInput "$pkg"
    done
}

######################################################################
# The environment

: "${outputs:=out}"
for _output in $outputs; do
    if [ -z "${!_output:-}" ]; then
        echo "output \$$_output is not set" >&2
        exit 1
    fi
done
unset _output

export NIX_BUILD_CORES="${NIX_BUILD_CORES:-1}"
if ((NIX_BUILD_CORES <= 0)); then
    NIX_BUILD_CORES=$(nproc 2>/dev/null || echo 1)
fi
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-315532800}"
export TZ=UTC
export NIX_STORE="${NIX_STORE:-$(dirname "$out")}"
export CONFIG_SHELL="${CONFIG_SHELL:-$SHELL}"
# Where programs go by default when there are several outputs.
_firstOutputOf() {
    local o
    for o in "$@"; do
        if [[ " $outputs " == *" $o "* ]]; then
            echo "$o"
            return
        fi
    done
    echo out
}
: "${outputDev:=$(_firstOutputOf dev out)}"
: "${outputBin:=$(_firstOutputOf bin out)}"
: "${outputLib:=$(_firstOutputOf lib out)}"
: "${outputDoc:=$(_firstOutputOf doc out)}"
: "${outputMan:=$(_firstOutputOf man "$outputBin")}"
: "${outputInfo:=$(_firstOutputOf info "$outputBin")}"

_PATH=""
_setupInputs
PATH="${_PATH}${_PATH:+:}$(
    IFS=' '
    p=""
    for d in $initialPath; do p="$p${p:+:}$d"; done
    echo "$p"
)"
export PATH
HOST_PATH="$PATH"
export HOST_PATH
unset _PATH

######################################################################
# Phases

showPhaseHeader() {
    echo "Running phase: $1"
}

unpackFile() {
    curSrc="$1"
    echo "unpacking source archive $curSrc"
    if ! runOneHook unpackCmd "$curSrc"; then
        echo "do not know how to unpack source archive $curSrc" >&2
        exit 1
    fi
}

_defaultUnpack() {
    local fn="$1"
    if [ -d "$fn" ]; then
        # Copy directories, keeping their mode and timestamps.
        cp -r --preserve=mode,timestamps --reflink=auto -- "$fn" "$(stripHash "$fn")"
    else
        case "$fn" in
        *.tar.xz | *.tar.lzma | *.txz | *.tar.gz | *.tgz | *.tar.bz2 | *.tbz2 | *.tbz | *.tar.zst | *.tar | *.tar.* | *.tgz)
            tar xf "$fn" --mode=+w --warning=no-timestamp
            ;;
        *.zip | *.ZIP | *.jar)
            unzip -qq "$fn"
            ;;
        *)
            return 1
            ;;
        esac
    fi
}
unpackCmdHooks+=(_defaultUnpack)

unpackPhase() {
    runHook preUnpack
    if [ -z "${srcs:-}" ]; then
        if [ -z "${src:-}" ]; then
            echo 'variable $src or $srcs should point to the source' >&2
            exit 1
        fi
        srcs="$src"
    fi
    local -a srcsArray
    read -r -a srcsArray <<<"$srcs"

    # Everything the unpacker creates that was not there before is a
    # candidate source root.
    local dirsBefore=""
    local i
    for i in *; do
        if [ -d "$i" ]; then dirsBefore="$dirsBefore $i "; fi
    done
    for i in "${srcsArray[@]}"; do
        unpackFile "$i"
    done

    : "${sourceRoot=}"
    if [ -n "${setSourceRoot:-}" ]; then
        runOneHook setSourceRoot
    elif [ -z "$sourceRoot" ]; then
        for i in *; do
            if [ -d "$i" ]; then
                case $dirsBefore in
                *\ $i\ *) ;;
                *)
                    if [ -n "$sourceRoot" ]; then
                        echo "unpacker produced multiple directories" >&2
                        exit 1
                    fi
                    sourceRoot="$i"
                    ;;
                esac
            fi
        done
    fi
    if [ -z "$sourceRoot" ]; then
        echo "unpacker appears to have produced no directories" >&2
        exit 1
    fi
    echo "source root is $sourceRoot"
    if [ "${dontMakeSourcesWritable:-0}" != 1 ]; then
        chmod -R u+w -- "$sourceRoot"
    fi
    runHook postUnpack
}

patchPhase() {
    runHook prePatch
    local -a patchesArray=()
    concatTo patchesArray patches
    local p
    for p in ${patchesArray[@]+"${patchesArray[@]}"}; do
        echo "applying patch $p"
        local uncompress=cat
        case "$p" in
        *.gz) uncompress="gzip -d" ;;
        *.bz2) uncompress="bzip2 -d" ;;
        *.xz) uncompress="xz -d" ;;
        *.lzma) uncompress="lzma -d" ;;
        esac
        local -a flagsArray=()
        concatTo flagsArray patchFlags
        if ((${#flagsArray[@]} == 0)); then flagsArray=(-p1); fi
        $uncompress <"$p" | patch "${flagsArray[@]}"
    done
    runHook postPatch
}

configurePhase() {
    runHook preConfigure
    : "${configureScript=}"
    if [[ -z "$configureScript" && -x ./configure ]]; then
        configureScript=./configure
    fi
    if [ -n "$configureScript" ]; then
        local -a flagsArray=()
        if [ "${dontAddPrefix:-}" != 1 ]; then
            flagsArray+=("${prefixKey:---prefix=}$prefix")
        fi
        concatTo flagsArray configureFlags configureFlagsArray
        echoCmd 'configure flags' "${flagsArray[@]}"
        # shellcheck disable=SC2086
        $configureScript "${flagsArray[@]}"
    else
        echo "no configure script, doing nothing"
    fi
    runHook postConfigure
}

_hasMakefile() {
    [[ -n "${makefile:-}" || -e Makefile || -e makefile || -e GNUmakefile ]]
}

_makeFlags() {
    local -n into="$1"
    shift
    if [ -n "${makefile:-}" ]; then into+=(-f "$makefile"); fi
    if [ "${enableParallelBuilding:-}" = 1 ]; then
        into+=("-j${NIX_BUILD_CORES}")
    fi
    into+=("SHELL=$SHELL")
    concatTo into makeFlags makeFlagsArray "$@"
}

buildPhase() {
    runHook preBuild
    if [[ -z "${makeFlags:-}" ]] && ! _hasMakefile; then
        echo "no Makefile or custom buildPhase, doing nothing"
    else
        local -a flagsArray=()
        _makeFlags flagsArray buildFlags buildFlagsArray
        echoCmd 'build flags' "${flagsArray[@]}"
        make "${flagsArray[@]}"
    fi
    runHook postBuild
}

checkPhase() {
    runHook preCheck
    if ! _hasMakefile; then
        echo "no Makefile or custom checkPhase, doing nothing"
        runHook postCheck
        return
    fi
    if [[ -z "${checkTarget:-}" ]]; then
        if make -n ${makefile:+-f $makefile} check >/dev/null 2>&1; then
            checkTarget=check
        elif make -n ${makefile:+-f $makefile} test >/dev/null 2>&1; then
            checkTarget=test
        fi
    fi
    if [[ -z "${checkTarget:-}" ]]; then
        echo "no check/test target in ${makefile:-Makefile}, doing nothing"
    else
        local -a flagsArray=()
        _makeFlags flagsArray checkFlags checkFlagsArray
        flagsArray+=($checkTarget)
        echoCmd 'check flags' "${flagsArray[@]}"
        make "${flagsArray[@]}"
    fi
    runHook postCheck
}

installPhase() {
    runHook preInstall
    if [[ -z "${makeFlags:-}" ]] && ! _hasMakefile; then
        echo "no Makefile or custom installPhase, doing nothing"
        runHook postInstall
        return
    fi
    if [ -n "$prefix" ]; then mkdir -p "$prefix"; fi
    local -a flagsArray=()
    _makeFlags flagsArray installFlags installFlagsArray
    if [ -n "${installTargets:-}" ]; then
        flagsArray+=($installTargets)
    else
        flagsArray+=(install)
    fi
    echoCmd 'install flags' "${flagsArray[@]}"
    make "${flagsArray[@]}"
    runHook postInstall
}

# Per-output fixups run by fixupPhase with $prefix set to the output.
_patchShebangsOutput() {
    if [[ "${dontPatchShebangs:-}" != 1 && -e "$prefix" ]]; then
        patchShebangs "$prefix"
    fi
}
fixupOutputHooks+=(_patchShebangsOutput)

fixupPhase() {
    local output
    for output in $outputs; do
        if [ -e "${!output}" ]; then chmod -R u+w,u-s,g-s "${!output}"; fi
    done

    runHook preFixup

    for output in $outputs; do
        prefix="${!output}" runHook fixupOutput
    done

    # What consumers of this package get: propagated inputs and a setup hook.
    if [ -n "${propagatedBuildInputs:-}" ]; then
        mkdir -p "${!outputDev}/nix-support"
        printf '%s ' $propagatedBuildInputs >"${!outputDev}/nix-support/propagated-build-inputs"
    fi
    if [ -n "${propagatedNativeBuildInputs:-}" ]; then
        mkdir -p "${!outputDev}/nix-support"
        printf '%s ' $propagatedNativeBuildInputs >"${!outputDev}/nix-support/propagated-native-build-inputs"
    fi
    if [ -n "${setupHook:-}" ]; then
        mkdir -p "${!outputDev}/nix-support"
        substituteAll "$setupHook" "${!outputDev}/nix-support/setup-hook"
    fi
    if [ -n "${propagatedUserEnvPkgs:-}" ]; then
        mkdir -p "${!outputBin}/nix-support"
        printf '%s ' $propagatedUserEnvPkgs >"${!outputBin}/nix-support/propagated-user-env-packages"
    fi

    runHook postFixup
}

installCheckPhase() {
    runHook preInstallCheck
    if ! _hasMakefile; then
        echo "no Makefile or custom installCheckPhase, doing nothing"
    else
        local -a flagsArray=()
        _makeFlags flagsArray installCheckFlags installCheckFlagsArray
        flagsArray+=(${installCheckTarget:-installcheck})
        make "${flagsArray[@]}"
    fi
    runHook postInstallCheck
}

distPhase() {
    runHook preDist
    local -a flagsArray=()
    concatTo flagsArray distFlags distFlagsArray
    make "${flagsArray[@]}" ${distTarget:-dist}
    if [ "${dontCopyDist:-}" != 1 ]; then
        mkdir -p "$out/tarballs"
        cp -pvd ${tarballs:-*.tar.gz} "$out/tarballs"
    fi
    runHook postDist
}

# Whether a phase is switched off by its dont*/do* variable.
_phaseSkipped() {
    case "$1" in
    unpackPhase) [ "${dontUnpack:-}" = 1 ] ;;
    patchPhase) [ "${dontPatch:-}" = 1 ] ;;
    configurePhase) [ "${dontConfigure:-}" = 1 ] ;;
    buildPhase) [ "${dontBuild:-}" = 1 ] ;;
    checkPhase) [ "${doCheck:-}" != 1 ] ;;
    installPhase) [ "${dontInstall:-}" = 1 ] ;;
    fixupPhase) [ "${dontFixup:-}" = 1 ] ;;
    installCheckPhase) [ "${doInstallCheck:-}" != 1 ] ;;
    distPhase) [ "${doDist:-}" != 1 ] ;;
    *) return 1 ;;
    esac
}

runPhase() {
    local curPhase="$*"
    if _phaseSkipped "$curPhase"; then return; fi
    showPhaseHeader "$curPhase"
    # A phase given as a string in the derivation replaces the function.
    if [ -n "${!curPhase:-}" ]; then
        eval "${!curPhase}"
    else
        "$curPhase"
    fi
    if [ "$curPhase" = unpackPhase ]; then
        # The source root may be a file for single-file sources.
        [ -n "${sourceRoot:-}" ] && chmod +x -- "${sourceRoot}"
        cd -- "${sourceRoot:-.}"
    fi
}

genericBuild() {
    export GZIP_NO_TIMESTAMPS=1
    if [ -f "${buildCommandPath:-}" ]; then
        source "$buildCommandPath"
        return
    fi
    if [ -n "${buildCommand:-}" ]; then
        eval "$buildCommand"
        return
    fi
    if [ -z "${phases[*]:-}" ]; then
        phases="${prePhases[*]:-} unpackPhase patchPhase ${preConfigurePhases[*]:-} \
            configurePhase ${preBuildPhases[*]:-} buildPhase checkPhase \
            ${preInstallPhases[*]:-} installPhase ${preFixupPhases[*]:-} fixupPhase installCheckPhase \
            ${preDistPhases[*]:-} distPhase ${postPhases[*]:-}"
    fi
    local phase
    for phase in ${phases[*]}; do
        runPhase "$phase"
    done
}

: "${prefix:=$out}"
runHook postHook
