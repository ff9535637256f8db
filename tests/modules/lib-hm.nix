# Checks of lib.hm functions not exercised by the module cases: each
# record is { expr; expected; }. Evaluates to the names of failing ones.
let
  lib = import ../../share/hearth/home-manager/modules/lib/stdlib-extended.nix (
    import ../../share/hearth/lib
  );
  inherit (lib.hm) dag generators strings shell zsh;

  records = {
    dagAfterBefore = {
      expr = dag.topoSort {
        a = dag.entryAnywhere "1";
        b = dag.entryAfter [ "a" "c" ] "2";
        c = dag.entryBefore [ "d" ] "3";
        d = dag.entryBefore [ "e" ] "4";
        e = dag.entryAnywhere "5";
      };
      expected.result = [
        { name = "a"; data = "1"; }
        { name = "c"; data = "3"; }
        { name = "b"; data = "2"; }
        { name = "d"; data = "4"; }
        { name = "e"; data = "5"; }
      ];
    };
    dagCycleNamesLoop = {
      expr = builtins.attrNames (dag.topoSort {
        a = dag.entryAfter [ "b" ] 1;
        b = dag.entryAfter [ "a" ] 2;
      });
      expected = [ "cycle" "loops" ];
    };
    dagEntriesBetween = {
      expr = dag.entriesBetween "x" [ "z" ] [ "y" ] [ 1 2 ];
      expected = {
        x-0 = { data = 1; after = [ "y" ]; before = [ ]; };
        x-1 = { data = 2; after = [ "x-0" ]; before = [ "z" ]; };
      };
    };
    dagEntriesSingle = {
      expr = dag.entriesAnywhere "x" [ 1 ];
      expected.x-0 = dag.entryAnywhere 1;
    };
    dagMap = {
      expr = dag.map (n: d: "${n}${d}") { a = dag.entryBefore [ "b" ] "1"; };
      expected.a = dag.entryBefore [ "b" ] "a1";
    };
    storeFileName = {
      expr = strings.storeFileName "/home/u/.cache/.keep-me!";
      expected = "hm_homeu.cache.keepme";
    };
    prependToVar = {
      expr = shell.prependToVar ":" "PATH" [ "/a" "$HOME/b" ];
      expected = "/a:$HOME/b\${PATH:+:}$PATH";
    };
    exportAllSkipsNull = {
      expr = shell.exportAll { B = false; A = 1; N = null; };
      expected = "export A=\"1\"\nexport B=\"false\"";
    };
    kdl = {
      expr = generators.toKDL { } {
        a = 1;
        b = {
          _args = [ "x" ];
          _props.k = "v\"q";
          c = true;
        };
        l = [ 1 "two" null ];
        n = [ { m = 1; } ];
      };
      expected = "a 1\nb \"x\" k=\"v\\\"q\" {\n\tc true\n}\nl 1 \"two\" null\nn {\n\t- {\n\t\tm 1\n\t}\n}\n";
    };
    # Ordered children first (a name may repeat), then the others; a node
    # without children has no braces; backslashes escaped only on request.
    kdlChildren = {
      expr = generators.toKDL { escapeBackslashes = true; } {
        t = {
          _children = [
            { pane.size = 1; }
            { children = { }; }
            { pane._args = [ "a\\b" ]; }
          ];
          z = 2;
        };
      };
      expected = "t {\n\tpane {\n\t\tsize 1\n\t}\n\tchildren\n\tpane \"a\\\\b\"\n\tz 2\n}\n";
    };
    scfg = {
      expr = generators.toSCFG { } {
        listen = [ "0.0.0.0" 80 ];
        site = {
          _params = [ "my site" ];
          root = "/srv";
          skip = null;
        };
      };
      expected = "listen 0.0.0.0 80\nsite \"my site\" {\n\troot /srv\n}\n";
    };
    scfgEmpty = {
      expr = generators.toSCFG { } { };
      expected = "";
    };
    hyprconf = {
      expr = generators.toHyprconf {
        attrs = {
          "$mod" = "SUPER";
          bind = [ "$mod, Q, exec, kitty" "$mod, C, killactive" ];
          general.gaps_in = 5;
        };
      };
      # Lists are rendered among the sections, in name order.
      expected = "$mod=SUPER\nbind=$mod, Q, exec, kitty\nbind=$mod, C, killactive\n\ngeneral {\n  gaps_in=5\n}\n";
    };
    # An array line may reach 80 columns (indent included), not 81.
    zshDefineWrapsAt80 = {
      expr = zsh.define "a" [
        (lib.fixedWidthString 76 "x" "")
        "y"
        (lib.fixedWidthString 77 "z" "")
        "w"
        "it's"
      ];
      expected = "a=(\n  ${lib.fixedWidthString 76 "x" ""} y\n  ${lib.fixedWidthString 77 "z" ""}\n  w 'it'\\''s'\n)";
    };
    zshExportAllSkipsNull = {
      expr = zsh.exportAll {
        B = true;
        A = 1;
        C = null;
        D = "$HOME/x";
      };
      expected = "export A=\"1\"\nexport B=true\nexport D=\"$HOME/x\"";
    };
    maintainersMerged = {
      expr = lib.maintainers.rycee.github;
      expected = "rycee";
    };
  };
in
builtins.filter (name: records.${name}.expr != records.${name}.expected) (builtins.attrNames records)
