# programs.i3blocks: one file ~/.config/i3blocks/<bar> per bar, each an INI
# file of its blocks in DAG order (a block may ask to come after another:
# i3blocks shows them in file order), sections separated by a blank line.
# Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.i3blocks;

  # A key's value; null is written as the word null, as toINI does.
  atomType = types.nullOr (
    types.oneOf [
      types.int
      types.bool
      types.str
      types.float
    ]
  );

  blockType = types.attrsOf atomType;

  barText =
    name: blocks:
    let
      sorted = lib.hm.dag.topoSort blocks;
    in
    if sorted ? result then
      lib.concatMapStringsSep "\n" (b: lib.generators.toINI { } { ${b.name} = b.data; }) sorted.result
    else
      throw "programs.i3blocks.bars.${name}: the blocks' order has a cycle: ${builtins.toJSON sorted}";
in
{
  options.programs.i3blocks = {
    enable = lib.mkEnableOption "i3blocks, a status line scheduler for i3bar";

    package = lib.mkPackageOption pkgs "i3blocks" { };

    bars = mkOption {
      type = types.attrsOf (lib.hm.types.dagOf blockType);
      default = { };
      example = lib.literalExpression ''
        {
          top.title = {
            interval = "persist";
            command = "xtitle -s";
          };
          bottom = {
            time = {
              command = "date +%r";
              interval = 1;
            };
            date = lib.hm.dag.entryAfter [ "time" ] {
              command = "date +%d";
              interval = 5;
            };
          };
        }
      '';
      description = ''
        Bars, by name: each is written to
        {file}`$XDG_CONFIG_HOME/i3blocks/<name>` as its blocks, which are
        sections of key-value settings. Use `lib.hm.dag.entryAfter` or
        `entryBefore` to order blocks.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.i3blocks" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile = lib.mapAttrs' (
      name: blocks: lib.nameValuePair "i3blocks/${name}" { text = barText name blocks; }
    ) cfg.bars;
  };
}
