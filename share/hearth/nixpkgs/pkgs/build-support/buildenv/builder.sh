# buildEnv's builder: merges the packages listed in $packagesPath (lines of
# "<priority> <path>") into $out$extraPrefix. A directory only one package
# has is linked whole; when a second package brings the same directory it
# is "unfolded" into a real directory of links. A file two packages provide
# goes to the lower priority number; at equal priority it is an error
# unless the contents are identical or collisions are ignored.
shopt -s dotglob nullglob

root="$out$extraPrefix"
declare -A origin=()   # relative path -> the store path it links to
declare -A prio=()     # relative path -> the priority of that link

inPathsToLink() {
    local t
    for t in $pathsToLink; do
        t="${t%/}"
        if [[ -z "$t" || "$1" == "$t" || "$1" == "$t"/* ]]; then return 0; fi
    done
    return 1
}

# Whether some path to link lies strictly below $1, so $1 must be a real
# directory even though it is not linked itself.
abovePathsToLink() {
    local t
    for t in $pathsToLink; do
        t="${t%/}"
        if [[ "$t" == "$1"/* ]]; then return 0; fi
    done
    return 1
}

collision() {
    local msg="$1" a="$2" b="$3"
    if [ -n "$ignoreCollisions" ]; then
        echo "pkgs.buildEnv warning: colliding subpath (ignored): \`$a' and \`$b'" >&2
        return 0
    fi
    {
        echo "pkgs.buildEnv error: $msg:"
        echo "  \`$a' and"
        echo "  \`$b'"
        echo "hint: this may be caused by two different versions of the same package in buildEnv's \`paths\` parameter"
        echo "hint: \`pkgs.nix-diff\` can be used to compare derivations"
    } >&2
    exit 1
}

linkDirEntries() {
    local src="$1" rel="$2" p="$3" entry
    for entry in "$src"/*; do
        addPath "$entry" "$rel/${entry##*/}" "$p"
    done
}

addPath() {
    local src="$1" rel="$2" p="$3"
    local dst="$root$rel"

    if ! inPathsToLink "$rel"; then
        if [ -d "$src" ] && abovePathsToLink "$rel"; then
            mkdir -p "$dst"
            linkDirEntries "$src" "$rel" "$p"
        fi
        return 0
    fi

    if [ -d "$src" ]; then
        if [ ! -e "$dst" ] && [ ! -L "$dst" ]; then
            ln -s "$src" "$dst"
            origin[$rel]="$src"
            prio[$rel]="$p"
            return 0
        fi
        if [ -L "$dst" ] && [ -n "${origin[$rel]:-}" ]; then
            local old="${origin[$rel]}" oldPrio="${prio[$rel]}"
            if [ ! -d "$old" ]; then
                collision "two given paths contain a conflicting subpath" "$old" "$src"
                return 0
            fi
            # Unfold the directory linked whole so far.
            rm "$dst"
            mkdir "$dst"
            unset "origin[$rel]" "prio[$rel]"
            linkDirEntries "$old" "$rel" "$oldPrio"
        fi
        linkDirEntries "$src" "$rel" "$p"
        return 0
    fi

    if [ ! -e "$dst" ] && [ ! -L "$dst" ]; then
        ln -s "$src" "$dst"
        origin[$rel]="$src"
        prio[$rel]="$p"
        return 0
    fi
    local old="${origin[$rel]:-$dst}" oldPrio="${prio[$rel]:-$p}"
    if [ -d "$old" ]; then
        collision "two given paths contain a conflicting subpath" "$old" "$src"
        return 0
    fi
    if ((p < oldPrio)); then
        rm "$dst"
        ln -s "$src" "$dst"
        origin[$rel]="$src"
        prio[$rel]="$p"
    elif ((p == oldPrio)); then
        if [ -n "$checkCollisionContents" ] && cmp -s "$old" "$src"; then
            return 0
        fi
        collision "two given paths contain a conflicting subpath" "$old" "$src"
    fi
    return 0
}

addPackage() {
    local path="$1" p="$2"
    if [ -f "$path" ]; then
        if [ -n "$ignoreSingleFileOutputs" ]; then return 0; fi
        echo "The store path $path is a file and can't be merged into an environment using pkgs.buildEnv!" >&2
        exit 1
    fi
    linkDirEntries "$path" "" "$p"
}

mkdir -p "$root"
declare -a propagated=()
while read -r p path; do
    [ -n "$path" ] || continue
    addPackage "$path" "$p"
    if [ -f "$path/nix-support/propagated-user-env-packages" ]; then
        for dep in $(<"$path/nix-support/propagated-user-env-packages"); do
            propagated+=("$dep")
        done
    fi
done <"$packagesPath"

# What the packages propagate comes last, below every package given.
declare -A seen=()
while ((${#propagated[@]})); do
    dep="${propagated[0]}"
    propagated=("${propagated[@]:1}")
    [ -z "${seen[$dep]:-}" ] || continue
    seen[$dep]=1
    addPackage "$dep" 1000
    if [ -f "$dep/nix-support/propagated-user-env-packages" ]; then
        for d in $(<"$dep/nix-support/propagated-user-env-packages"); do
            propagated+=("$d")
        done
    fi
done

if [ -n "$manifest" ]; then
    ln -s "$manifest" "$out/manifest"
fi
