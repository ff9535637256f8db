# The makeWrapper setup hook: makeWrapper writes a shell script that sets
# up an environment and execs another program; wrapProgram wraps a program
# in place, keeping the original as .NAME-wrapped beside it.

# makeWrapper EXECUTABLE OUT_PATH ARGS
#   --argv0 NAME          run EXECUTABLE with argv[0] NAME
#   --inherit-argv0       pass the wrapper's own argv[0]
#   --set VAR VAL         export VAR=VAL
#   --set-default VAR VAL export VAR=VAL unless VAR is already set
#   --unset VAR           unset VAR
#   --chdir DIR           cd into DIR first
#   --run COMMAND         run COMMAND first
#   --add-flags ARGS      prepend ARGS (split by the shell) to the arguments
#   --append-flags ARGS   append ARGS to the arguments
#   --add-flag ARG, --append-flag ARG: one argument, unsplit
#   --prefix ENV SEP VAL  prefix ENV with VAL, separated by SEP
#   --suffix ENV SEP VAL  suffix ENV with VAL, separated by SEP
#   --prefix-each ENV SEP VALS, --suffix-each ENV SEP VALS: each of VALS
#   --prefix-contents ENV SEP FILES, --suffix-contents ENV SEP FILES:
#                         the contents of each of FILES
makeWrapper() {
    makeShellWrapper "$@"
}

# The shell code that adds VAL to ENV at the front or back, without
# repeating a value already there.
_wrapperAddValue() {
    local mode="$1" varName="$2" separator="$3" value="$4"
    if [ "$mode" = prefix ]; then
        printf '%s\n' "$varName=${value@Q}\${$varName:+${separator@Q}}\$$varName"
    else
        printf '%s\n' "$varName=\$$varName\${$varName:+${separator@Q}}${value@Q}"
    fi
    printf '%s\n' "export $varName"
}

makeShellWrapper() {
    local original="$1"
    local wrapper="$2"
    local params varName value command separator n fileNames
    local argv0 flagsBefore=() flagsAfter=()

    if [ ! -x "$original" ]; then
        echo "makeWrapper: $original is not executable" >&2
        return 1
    fi
    params=("$@")
    mkdir -p "$(dirname "$wrapper")"
    {
        echo "#! @shell@ -e"
        for ((n = 2; n < ${#params[*]}; n += 1)); do
            local p="${params[$n]}"
            case "$p" in
            --set)
                varName="${params[$((n + 1))]}"
                value="${params[$((n + 2))]}"
                n=$((n + 2))
                echo "export $varName=${value@Q}"
                ;;
            --set-default)
                varName="${params[$((n + 1))]}"
                value="${params[$((n + 2))]}"
                n=$((n + 2))
                echo "export $varName=\${$varName-${value@Q}}"
                ;;
            --unset)
                varName="${params[$((n + 1))]}"
                n=$((n + 1))
                echo "unset $varName"
                ;;
            --chdir)
                value="${params[$((n + 1))]}"
                n=$((n + 1))
                echo "cd ${value@Q}"
                ;;
            --run)
                command="${params[$((n + 1))]}"
                n=$((n + 1))
                echo "$command"
                ;;
            --prefix | --suffix)
                varName="${params[$((n + 1))]}"
                separator="${params[$((n + 2))]}"
                value="${params[$((n + 3))]}"
                n=$((n + 3))
                _wrapperAddValue "${p#--}" "$varName" "$separator" "$value"
                ;;
            --prefix-each | --suffix-each)
                varName="${params[$((n + 1))]}"
                separator="${params[$((n + 2))]}"
                value="${params[$((n + 3))]}"
                n=$((n + 3))
                for v in $value; do
                    _wrapperAddValue "${p#--}" "$varName" "$separator" "$v"
                done
                ;;
            --prefix-contents | --suffix-contents)
                varName="${params[$((n + 1))]}"
                separator="${params[$((n + 2))]}"
                fileNames="${params[$((n + 3))]}"
                n=$((n + 3))
                for fileName in $fileNames; do
                    _wrapperAddValue "${p%-contents}" "$varName" "$separator" "$(cat "$fileName")"
                done
                ;;
            --add-flags)
                flagsBefore+=(${params[$((n + 1))]})
                n=$((n + 1))
                ;;
            --append-flags)
                flagsAfter+=(${params[$((n + 1))]})
                n=$((n + 1))
                ;;
            --add-flag)
                flagsBefore+=("${params[$((n + 1))]@Q}")
                n=$((n + 1))
                ;;
            --append-flag)
                flagsAfter+=("${params[$((n + 1))]@Q}")
                n=$((n + 1))
                ;;
            --argv0)
                argv0="${params[$((n + 1))]}"
                n=$((n + 1))
                ;;
            --inherit-argv0)
                argv0='$0'
                ;;
            *)
                echo "makeWrapper: Unknown argument ${p}" >&2
                return 1
                ;;
            esac
        done
        local argv0Part=""
        if [ -n "${argv0:-}" ]; then
            if [ "$argv0" = '$0' ]; then argv0Part='-a "$0" '; else argv0Part="-a ${argv0@Q} "; fi
        fi
        printf 'exec %s"%s"' "$argv0Part" "$original"
        if ((${#flagsBefore[@]})); then printf ' %s' "${flagsBefore[@]}"; fi
        printf ' "$@"'
        if ((${#flagsAfter[@]})); then printf ' %s' "${flagsAfter[@]}"; fi
        printf '\n'
    } >"$wrapper"
    chmod +x "$wrapper"
}

# wrapProgram PROGRAM ARGS: replace PROGRAM by a wrapper around its
# original, moved to .PROGRAM-wrapped (or -wrapped_ if that exists).
wrapProgram() {
    wrapProgramShell "$@"
}

wrapProgramShell() {
    local prog="$1"
    local hidden
    shift
    hidden="$(dirname "$prog")/.$(basename "$prog")"-wrapped
    while [ -e "$hidden" ]; do
        hidden="${hidden}_"
    done
    mv "$prog" "$hidden"
    makeShellWrapper "$hidden" "$prog" --inherit-argv0 "$@"
}
