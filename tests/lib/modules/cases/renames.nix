# Rename/alias/removal/change modules, option constructors.
let
  lib = import ../lib.nix;
  inherit (lib) types mkOption mkDefault;
  assertionsModule = ../../../../share/hearth/lib/modules/assertions.nix;
  newOpt = { options.new.x = mkOption { type = types.int; default = 0; }; };
  ev = modules: lib.evalModules { modules = [ assertionsModule ] ++ modules; };
  pkgs = { hello = { type = "derivation"; name = "hello"; outPath = "/nix/store/00000000000000000000000000000000-hello"; }; python3Packages.foo = { type = "derivation"; name = "foo"; }; };
in
{
  renamed =
    let
      e = ev [ newOpt (lib.mkRenamedOptionModule [ "old" "x" ] [ "new" "x" ]) { old.x = 5; } ];
    in
    { inherit (e.config.new) x; inherit (e.config) warnings; };
  renamedKeepsPriority = (ev [ newOpt (lib.mkRenamedOptionModule [ "old" "x" ] [ "new" "x" ]) { old.x = mkDefault 5; } ]).options.new.x.highestPrio;
  renamedReadOld = (ev [ newOpt (lib.mkRenamedOptionModule [ "old" "x" ] [ "new" "x" ]) { new.x = 4; } ]).config.old.x;
  renamedUnusedNoWarning = (ev [ newOpt (lib.mkRenamedOptionModule [ "old" "x" ] [ "new" "x" ]) ]).config.warnings;
  renamedWithoutWarningsOption = (lib.evalModules { modules = [ newOpt (lib.mkRenamedOptionModule [ "old" "x" ] [ "new" "x" ]) { old.x = 3; } ]; }).config.new.x;
  aliased = let e = ev [ newOpt (lib.mkAliasOptionModule [ "alias" ] [ "new" "x" ]) { alias = 2; } ]; in { inherit (e.config.new) x; inherit (e.config) warnings; visible = e.options.alias.visible; };
  removed = map (a: a.assertion) (ev [ (lib.mkRemovedOptionModule [ "gone" ] "Use something else.") { gone = 1; } ]).config.assertions;
  removedMessage = builtins.head (map (a: a.message) (ev [ (lib.mkRemovedOptionModule [ "gone" ] "Use something else.") { gone = 1; } ]).config.assertions);
  removedRead = (ev [ (lib.mkRemovedOptionModule [ "gone" ] "Use something else.") { gone = 1; } ]).config.gone;
  changed =
    let
      e = ev [
        { options.size = mkOption { type = types.str; default = "small"; }; }
        (lib.mkChangedOptionModule [ "big" ] [ "size" ] (config: if config.big then "big" else "small"))
        { big = true; }
      ];
    in
    { inherit (e.config) size warnings; };
  changedUnset = (ev [
    { options.size = mkOption { type = types.str; default = "small"; }; }
    (lib.mkChangedOptionModule [ "big" ] [ "size" ] (config: if config.big then "big" else "small"))
  ]).config.size;
  merged = (ev [
    { options.n = mkOption { type = types.int; default = 0; }; }
    (lib.mkMergedOptionModule [ [ "a" ] [ "b" ] ] [ "n" ] (config: config.a + config.b))
    { a = 1; b = 2; }
  ]).config.n;
  enableOption = let o = lib.mkEnableOption "the thing"; in { inherit (o) default example description _type; type = o.type.name; };
  packageOption = let o = lib.mkPackageOption pkgs "hello" { }; in { inherit (o) description defaultText; default = o.default.name; type = o.type.description; };
  packageOptionNested = let o = lib.mkPackageOption pkgs [ "python3Packages" "foo" ] { nullable = true; extraDescription = "Extra."; example = [ "python3Packages" "bar" ]; }; in { inherit (o) description defaultText example; type = o.type.description; };
  packageOptionMissing = (lib.mkPackageOption pkgs "nope" { }).default;
  mkOptionTypo = lib.mkOption { defualt = 1; };
  literal = [ (lib.literalExpression "pkgs.x") (lib.literalMD "*x*") ];
  literalBad = lib.literalExpression 1;
  showOption = map lib.showOption [ [ "a" "b" ] [ "a" "b.c" "*" "<name>" ] [ "1x" "x-y'" ] ];
  showFiles = lib.showFiles [ "a.nix" "b.nix" ];
  optionToString = let e = ev [ newOpt ]; in "${e.options.new.x}";
}
