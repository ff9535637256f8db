# Shell snippets of the kinds hm-session-vars.sh holds, each with its
# translation to fish (null where the translator declines and the module
# falls back to running the .sh file); fish_files.test.sh runs both sides.
let
  lib = import ../../../../share/hearth/lib;
  t = import ../../../../share/hearth/home-manager/modules/lib/posix-to-fish.nix { inherit lib; };
  cases = [
    ''
      export A="x y" B='$A' C=$HOME/z
      D="not exported"
      export D
    ''
    ''
      export E="''${UNSET-default}" F="''${HOME:+set}" G="''${EMPTY:-fallback}" H="''${HOME+plus}"
      export I="''${HOME-}" J=""
    ''
    ''
      if [ -n "$HOME" ]; then export K=one; fi
      if [ -z "$HOME" ]; then
        export L=no
      elif [ "$HOME" = /h ]; then
        # a comment
        export L=yes
      else
        export L=else
      fi
    ''
    ''
      export M="$(echo "sub stituted")" N=$(printf %s a)b
      export O="back\\slash \$HOME \"q\""
      unset UNSET_ME
    ''
    ''
      export P="''${#HOME}"
    ''
    ''
      case x in x) export Q=1 ;; esac
    ''
  ];
in
map (sh: {
  inherit sh;
  fish = t.tryTranslate sh;
}) cases
