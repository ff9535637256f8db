# Lists every case id of tests/modules (directories with a default.nix),
# with whether it is expected to fail (<name>-expected.err beside it).
let
  lib = import ../../share/hearth/lib;

  casesIn =
    rel:
    let
      dir = if rel == "" then ./. else ./. + "/${rel}";
      entries = builtins.readDir dir;
      here =
        if rel != "" && entries ? "default.nix" then
          map (name: {
            id = "${rel}/${name}";
            error = builtins.pathExists (dir + "/${name}-expected.err");
          }) (builtins.attrNames (import (dir + "/default.nix")))
        else
          [ ];
      subdirs = builtins.attrNames (lib.filterAttrs (_: t: t == "directory") entries);
    in
    here ++ lib.concatMap (d: casesIn (if rel == "" then d else "${rel}/${d}")) subdirs;
in
casesIn ""
