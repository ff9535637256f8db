# programs.eza: an `eza` alias carrying the chosen flags (and, with
# enableAliases... the ls family) for every shell with integration on,
# and the theme file. Hearth's pkgs.formats.yaml writes YAML as JSON, so
# theme.yml reads the same but is not byte-identical to Home Manager's.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.eza;

  yamlFormat = pkgs.formats.yaml { };

  args = lib.escapeShellArgs (
    lib.optionals (cfg.icons != null && cfg.icons != false) [
      "--icons"
      (if cfg.icons == true then "auto" else cfg.icons)
    ]
    ++ lib.optionals (cfg.colors != null) [
      "--color"
      cfg.colors
    ]
    ++ lib.optional cfg.git "--git"
    ++ cfg.extraOptions
  );

  aliases = {
    eza = "eza ${args}";
    ls = "eza";
    ll = "eza -l";
    la = "eza -a";
    lt = "eza --tree";
    lla = "eza -la";
  };

  exaRenamed = map (o: lib.mkRenamedOptionModule [ "programs" "exa" o ] [ "programs" "eza" o ]) [
    "enable"
    "extraOptions"
    "icons"
    "git"
  ];
in
{
  imports = exaRenamed ++ [
    (lib.mkRemovedOptionModule [
      "programs"
      "eza"
      "enableAliases"
    ] "This option is no longer necessary; the aliases follow programs.eza.enable<Shell>Integration.")
  ];

  options.programs.eza = {
    enable = lib.mkEnableOption "eza, a file lister in the style of {command}`ls`";

    package = lib.mkPackageOption pkgs "eza" { };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableIonIntegration = lib.hm.shell.mkIonIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "--long"
        "--time-style=long-iso"
      ];
      description = "Further arguments the `eza` alias passes.";
    };

    icons = mkOption {
      type = types.enum [
        null
        true
        false
        "auto"
        "always"
        "never"
      ];
      default = null;
      description = ''
        Value of {option}`--icons`, which puts a file-type icon before each
        name; `true` stands for `auto`, and `null` or `false` omit the flag.
      '';
    };

    colors = mkOption {
      type = types.enum [
        null
        "auto"
        "always"
        "never"
      ];
      default = null;
      description = "Value of {option}`--color`, when to colour the output; omitted when `null`.";
    };

    git = mkOption {
      type = types.bool;
      default = false;
      description = "Pass {option}`--git`, adding a column with each file's Git status.";
    };

    theme = mkOption {
      type = yamlFormat.type;
      default = { };
      description = "Colour theme, rendered as YAML to {file}`$XDG_CONFIG_HOME/eza/theme.yml`.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile."eza/theme.yml" = lib.mkIf (cfg.theme != { }) {
      source = yamlFormat.generate "eza-theme" cfg.theme;
    };

    programs.bash.shellAliases = lib.mkIf cfg.enableBashIntegration aliases;
    programs.zsh.shellAliases = lib.mkIf cfg.enableZshIntegration aliases;

    # With preferAbbrs the ls family become abbreviations; `eza` stays an
    # alias, so that the expanded commands still get the flags.
    programs.fish = lib.mkIf cfg.enableFishIntegration (
      lib.mkMerge [
        (lib.mkIf (!config.programs.fish.preferAbbrs) { shellAliases = aliases; })
        (lib.mkIf config.programs.fish.preferAbbrs {
          shellAliases = { inherit (aliases) eza; };
          shellAbbrs = removeAttrs aliases [ "eza" ];
        })
      ]
    );
  };
}
