# programs.lsd: config.yaml, colors.yaml and icons.yaml under
# ~/.config/lsd, and the ls family of aliases (ls, ll, la, lt, lla, llt)
# for every shell with integration on. A colour theme switches
# color.theme to "custom", the name lsd gives to colors.yaml.
#
# fish gets them as abbreviations when programs.fish.preferAbbrs is set.
#
# Differs from Home Manager: the aliases call the configured package
# rather than always pkgs.lsd (plain `lsd` from PATH when package is null).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.lsd;

  yamlFormat = pkgs.formats.yaml { };

  lsd = if cfg.package == null then "lsd" else "${cfg.package}/bin/lsd";

  aliases = lib.mapAttrs (_: flags: lib.concatStringsSep " " ([ lsd ] ++ flags)) {
    ls = [ ];
    ll = [ "-l" ];
    la = [ "-A" ];
    lt = [ "--tree" ];
    lla = [ "-lA" ];
    llt = [
      "-l"
      "--tree"
    ];
  };

  # A settings tree rendered as YAML, or a file of its own.
  yamlOrPath = types.either types.path yamlFormat.type;

  yamlFile =
    name: value:
    lib.mkIf (value != { }) {
      source = if builtins.isPath value || lib.isStorePath value then value else yamlFormat.generate name value;
    };
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "programs" "lsd" "enableAliases" ] ''
      The aliases now follow programs.lsd.enable<Shell>Integration, which are
      on by default; remove programs.lsd.enableAliases from your configuration.'')
  ];

  options.programs.lsd = {
    enable = lib.mkEnableOption "lsd, an ls with colours and icons";

    package = lib.mkPackageOption pkgs "lsd" { nullable = true; };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    settings = mkOption {
      type = yamlFormat.type;
      default = { };
      example = {
        date = "relative";
        ignore-globs = [ ".git" ];
      };
      description = ''
        Settings for {file}`$XDG_CONFIG_HOME/lsd/config.yaml`; see
        <https://github.com/lsd-rs/lsd#config-file-content>.
      '';
    };

    colors = mkOption {
      type = yamlOrPath;
      default = { };
      example = {
        size.large = "dark_yellow";
      };
      description = ''
        Colour theme for {file}`$XDG_CONFIG_HOME/lsd/colors.yaml`, as
        settings or a YAML file. Setting it selects the theme through
        `color.theme = "custom"`.
      '';
    };

    icons = mkOption {
      type = yamlOrPath;
      default = { };
      example = {
        filetype.dir = "📂";
      };
      description = ''
        Icon theme for {file}`$XDG_CONFIG_HOME/lsd/icons.yaml`, as settings
        or a YAML file.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    programs.lsd.settings = lib.mkIf (cfg.colors != { }) { color.theme = "custom"; };

    programs.bash.shellAliases = lib.mkIf cfg.enableBashIntegration aliases;
    programs.zsh.shellAliases = lib.mkIf cfg.enableZshIntegration aliases;
    programs.fish = lib.mkIf cfg.enableFishIntegration {
      shellAliases = lib.mkIf (!config.programs.fish.preferAbbrs) aliases;
      shellAbbrs = lib.mkIf config.programs.fish.preferAbbrs aliases;
    };

    xdg.configFile = {
      "lsd/config.yaml" = yamlFile "lsd-config" cfg.settings;
      "lsd/colors.yaml" = yamlFile "lsd-colors" cfg.colors;
      "lsd/icons.yaml" = yamlFile "lsd-icons" cfg.icons;
    };
  };
}
