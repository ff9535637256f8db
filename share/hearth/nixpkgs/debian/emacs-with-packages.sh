# Emacs with a set of Emacs Lisp packages, as nixpkgs' emacsWithPackages
# makes it. Run by ./emacs-packages.nix with
#   $emacs  the Emacs package (bin/emacs, bin/emacsclient...)
#   $deps   the packages and those they require (share/emacs/site-lisp)
# The packages' files are merged into $out/share/emacs/site-lisp (package
# directories under its elpa/, which package.el activates at startup since
# the directory is named site-lisp), and bin/emacs puts that directory and
# each package directory first on EMACSLOADPATH, so that `require` finds
# them even where package.el does not run (--batch, -q). The first package
# holding a file wins.
shopt -s nullglob dotglob

lisp=$out/share/emacs/site-lisp
mkdir -p "$out/bin" "$lisp/elpa"
for entry in "$emacs"/share/*; do
  [ "${entry##*/}" = emacs ] || ln -s "$entry" "$out/share/"
done
for pkg in $deps; do
  for entry in "$pkg"/share/emacs/site-lisp/*; do
    name=${entry##*/}
    if [ "$name" = elpa ]; then
      for dir in "$entry"/*; do
        [ -e "$lisp/elpa/${dir##*/}" ] || ln -s "$dir" "$lisp/elpa/"
      done
    elif [ ! -e "$lisp/$name" ]; then
      ln -s "$entry" "$lisp/"
    fi
  done
done

loadPath=$lisp
for dir in "$lisp"/elpa/*; do loadPath+=":$dir"; done

for prog in "$emacs"/bin/*; do
  name=${prog##*/}
  case $name in
    emacs | emacs-[0-9]*)
      # A trailing empty element stands for the Emacs' own directories.
      cat > "$out/bin/$name" << WRAPPER
#!/bin/sh
EMACSLOADPATH="$loadPath:\${EMACSLOADPATH-}"
export EMACSLOADPATH
exec $prog "\$@"
WRAPPER
      chmod +x "$out/bin/$name"
      ;;
    *) ln -s "$prog" "$out/bin/" ;;
  esac
done
