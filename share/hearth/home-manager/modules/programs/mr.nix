# programs.mr: myrepos and its ~/.mrconfig, one INI section per repository
# (lists become one comma-separated value), written even when empty, as
# Home Manager does.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.mr;

  ini = pkgs.formats.ini {
    listToValue = lib.concatMapStringsSep ", " (lib.generators.mkValueStringDefault { });
  };
in
{
  options.programs.mr = {
    enable = lib.mkEnableOption "mr, which runs one command over many version control repositories";

    package = lib.mkPackageOption pkgs "mr" { nullable = true; };

    settings = lib.mkOption {
      inherit (ini) type;
      default = { };
      example = lib.literalExpression ''
        {
          foo = {
            checkout = "git clone git@github.com:joeyh/foo.git";
            update = "git pull --rebase";
          };
        }
      '';
      description = ''
        Repositories by directory (relative to the home directory), with
        their commands, written to {file}`~/.mrconfig`; see
        <https://myrepos.branchable.com/>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    home.file.".mrconfig".source = ini.generate ".mrconfig" cfg.settings;
  };
}
