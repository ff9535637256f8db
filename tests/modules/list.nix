# Lists every case id of tests/modules (directories with a default.nix),
# with the file holding its expected error, if it has one: a case file
# foo.nix expected to fail has foo-expected.err beside it.
let
  lib = import ../../share/hearth/lib;

  casesIn =
    rel:
    let
      dir = if rel == "" then ./. else ./. + "/${rel}";
      entries = builtins.readDir dir;
      here =
        if rel != "" && entries ? "default.nix" then
          lib.mapAttrsToList (
            name: entry:
            let
              base = lib.removeSuffix ".nix" (baseNameOf (entry.file or entry));
              err = "${rel}/${base}-expected.err";
            in
            {
              id = "${rel}/${name}";
              err = if builtins.pathExists (./. + "/${err}") then err else "";
            }
          ) (import (dir + "/default.nix"))
        else
          [ ];
      subdirs = builtins.attrNames (lib.filterAttrs (_: t: t == "directory") entries);
    in
    here ++ lib.concatMap (d: casesIn (if rel == "" then d else "${rel}/${d}")) subdirs;
in
casesIn ""
