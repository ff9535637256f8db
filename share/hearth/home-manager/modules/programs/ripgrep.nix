# programs.ripgrep: $XDG_CONFIG_HOME/ripgrep/ripgreprc, one argument per
# line, and RIPGREP_CONFIG_PATH pointing at it (ripgrep reads no file
# unless told); nothing is written without arguments.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.ripgrep;

  configPath = "${config.xdg.configHome}/ripgrep/ripgreprc";
in
{
  options.programs.ripgrep = {
    enable = lib.mkEnableOption "Ripgrep";

    package = lib.mkPackageOption pkgs "ripgrep" { };

    arguments = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "--smart-case"
        "--glob=!.git/"
      ];
      description = ''
        Arguments ripgrep adds to every search, one per line of its
        configuration file; each entry is one argument, with no shell
        quoting. The file format is described at
        <https://github.com/BurntSushi/ripgrep/blob/master/GUIDE.md#configuration-file>.
      '';
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      { home.packages = [ cfg.package ]; }
      (lib.mkIf (cfg.arguments != [ ]) {
        home.file."${configPath}".text = lib.concatLines cfg.arguments;
        home.sessionVariables.RIPGREP_CONFIG_PATH = configPath;
      })
    ]
  );
}
