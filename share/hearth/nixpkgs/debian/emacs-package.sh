# Lays one Debian Emacs Lisp package out as nixpkgs' Emacs packages are:
# each package directory Debian installs under
# usr/share/emacs/site-lisp/elpa-src/ (the sources with their -pkg.el and
# -autoloads.el) at $out/share/emacs/site-lisp/elpa/<name>-<version>, a
# directory package.el activates. Run by ./emacs-packages.nix with
#   $src      the package's unpacked files (only its own, not its depends)
#   $debName  the package's name, for messages
# The links are relative (../<package>/...), so that they resolve wherever
# the store lives.
shopt -s nullglob

elpa=$out/share/emacs/site-lisp/elpa
mkdir -p "$elpa"
found=
for dir in "$src"/usr/share/emacs/site-lisp/elpa-src/*/; do
  dir=${dir%/}
  ln -s "../../../../../${src##*/}/usr/share/emacs/site-lisp/elpa-src/${dir##*/}" "$elpa/${dir##*/}"
  found=1
done

# Some elpa-* packages hold only a program another one runs
# (elpa-pdf-tools-server): nothing for load-path, which is not an error
# for a dependency.
[ -n "$found" ] ||
  echo "hearth: Debian package $debName has no Emacs Lisp package (nothing under usr/share/emacs/site-lisp/elpa-src)" >&2
