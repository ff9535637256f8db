scopedImport { builtins = builtins // { length = _: "overridden"; }; } ./lib/uses-builtins.nix
