# Lays one Debian Emacs Lisp package out as nixpkgs' Emacs packages are,
# and byte-compiles it as Debian's maintainer script (never run here)
# would: each package directory Debian installs under
# usr/share/emacs/site-lisp/elpa-src/ (the sources with their -pkg.el and
# -autoloads.el) becomes $out/share/emacs/site-lisp/elpa/<name>-<version>,
# a directory package.el activates, of links to the sources beside the
# .elc files compiled from them. Run by ./emacs-packages.nix with
#   $src           the package's unpacked files (only its own)
#   $debName       the package's name, for messages
#   $emacs         the Emacs to compile with
#   $requiredLisp  the packages it requires, and theirs, for load-path
# The links are relative (../<package>/...), so that they resolve wherever
# the store lives. A file that does not compile stays source only, as
# Emacs then loads it.
shopt -s nullglob

elpa=$out/share/emacs/site-lisp/elpa
mkdir -p "$elpa"
loadPath=
for pkg in $requiredLisp; do
  for dir in "$pkg"/share/emacs/site-lisp/elpa/*/; do loadPath+="${dir%/}:"; done
  [ -d "$pkg/share/emacs/site-lisp" ] && loadPath+="$pkg/share/emacs/site-lisp:"
done
export HOME=$PWD/home
mkdir -p "$HOME"

found=
for dir in "$src"/usr/share/emacs/site-lisp/elpa-src/*/; do
  dir=${dir%/}
  name=${dir##*/}
  mkdir "$elpa/$name"
  for entry in "$dir"/*; do
    ln -s "../../../../../../${src##*/}/usr/share/emacs/site-lisp/elpa-src/$name/${entry##*/}" "$elpa/$name/"
  done
  found=1
  sources=("$elpa/$name"/*.el)
  [ ${#sources[@]} != 0 ] || continue
  # Quietly: every file's warnings would fill the log.
  if ! (cd "$elpa/$name" && EMACSLOADPATH="$PWD:$loadPath" "$emacs/bin/emacs" --batch \
    --eval '(setq byte-compile-warnings nil)' -f batch-byte-compile ./*.el > "$HOME/compile.log" 2>&1); then
    echo "hearth: $debName: some files of $name did not byte-compile; Emacs loads their source:" >&2
    grep -i "error" "$HOME/compile.log" | head -n 5 >&2
  fi
done

# Some elpa-* packages hold only a program another one runs
# (elpa-pdf-tools-server): nothing for load-path, which is not an error
# for a dependency.
[ -n "$found" ] ||
  echo "hearth: Debian package $debName has no Emacs Lisp package (nothing under usr/share/emacs/site-lisp/elpa-src)" >&2
