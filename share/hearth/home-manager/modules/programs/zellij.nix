# programs.zellij: the Zellij terminal multiplexer: config.kdl (config.yaml
# before 0.32) from settings and extra lines, layouts, themes, plugins
# linked under $XDG_CONFIG_HOME/zellij/plugins and loaded by alias, and
# optional auto-start in bash, zsh and fish.
#
# Differs from Home Manager: Debian 12 has no Zellij, so `package`
# defaults to null there, nothing is installed, the KDL format is assumed
# and the shell hooks run the `zellij` found on PATH.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.zellij;

  yaml = pkgs.formats.yaml { };

  # From state version 26.11 backslashes in strings are escaped as KDL
  # wants; older configurations may rely on them passing through.
  toKDL = lib.hm.generators.toKDL {
    escapeBackslashes = lib.versionAtLeast config.home.stateVersion "26.11";
  };

  usesKdl = cfg.finalPackage == null || lib.versionAtLeast cfg.finalPackage.version "0.32.0";

  exe = if cfg.finalPackage == null then "zellij" else lib.getExe' cfg.finalPackage "zellij";

  plugins = map (plugin: {
    inherit plugin;
    name = lib.removePrefix "zellij-" plugin.pname;
  }) cfg.plugins;

  pluginDeps = lib.concatMap ({ plugin, ... }: plugin.runtimeDeps or [ ]) plugins;

  # A layout or theme: a file, KDL text, or a value rendered as KDL.
  kdlFile =
    kind: name: value:
    if builtins.isPath value || lib.isStorePath value then
      value
    else
      pkgs.writeText "zellij-${kind}-${name}" (if builtins.isString value then value else toKDL value);

  kdlFiles =
    kind: dir: set:
    lib.mapAttrs' (
      name: value: lib.nameValuePair "zellij/${dir}/${name}.kdl" { source = kdlFile kind name value; }
    ) set;

  kdlOrFile = types.oneOf [
    yaml.type
    types.path
    types.lines
  ];

  # Shell hooks are off unless asked for, whatever home.shell says.
  offByDefault =
    option:
    option
    // {
      default = false;
      example = true;
    };

  anyShell = cfg.enableBashIntegration || cfg.enableZshIntegration || cfg.enableFishIntegration;
in
{
  options.programs.zellij = {
    enable = lib.mkEnableOption "Zellij, a terminal workspace";

    package = lib.mkPackageOption pkgs "zellij" {
      nullable = true;
      default = if pkgs ? zellij then [ "zellij" ] else null;
    };

    finalPackage = mkOption {
      type = types.nullOr types.package;
      readOnly = true;
      visible = false;
      description = "The Zellij package with what the plugins need at run time.";
    };

    settings = mkOption {
      inherit (yaml) type;
      default = { };
      example = lib.literalExpression ''
        {
          theme = "custom";
          keybinds._props.clear-defaults = true;
        }
      '';
      description = ''
        Configuration for {file}`$XDG_CONFIG_HOME/zellij/config.kdl`,
        rendered as KDL (`_args`, `_props` and `_children` give a node's
        arguments, properties and ordered children). Zellij before 0.32
        gets {file}`config.yaml` instead.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "KDL text added after the settings in {file}`config.kdl`.";
    };

    layouts = mkOption {
      type = types.attrsOf kdlOrFile;
      default = { };
      description = ''
        Layouts, each written to {file}`$XDG_CONFIG_HOME/zellij/layouts/<name>.kdl`:
        a value rendered as KDL, KDL text, or a file.
      '';
    };

    themes = mkOption {
      type = types.attrsOf kdlOrFile;
      default = { };
      description = ''
        Themes, each written to {file}`$XDG_CONFIG_HOME/zellij/themes/<name>.kdl`:
        a value rendered as KDL, KDL text, or a file.
      '';
    };

    plugins = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = ''
        Plugin packages (their `pname` less a `zellij-` prefix names
        them). Each is linked at a fixed path, so Zellij does not ask for
        permissions again after an update, and loaded at start.
      '';
    };

    attachExistingSession = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the auto-started Zellij attaches to the running default session, if any.";
    };

    exitShellOnExit = mkOption {
      type = types.bool;
      default = false;
      description = "Whether the shell exits when the auto-started Zellij does.";
    };

    enableBashIntegration = offByDefault (lib.hm.shell.mkBashIntegrationOption { inherit config; });
    enableFishIntegration = offByDefault (lib.hm.shell.mkFishIntegrationOption { inherit config; });
    enableZshIntegration = offByDefault (lib.hm.shell.mkZshIntegrationOption { inherit config; });
  };

  config = mkIf cfg.enable {
    programs.zellij.finalPackage =
      if cfg.package != null && pluginDeps != [ ] && cfg.package ? override then
        cfg.package.override { extraPackages = pluginDeps; }
      else
        cfg.package;

    home.packages = lib.optional (cfg.finalPackage != null) cfg.finalPackage;

    xdg.configFile = lib.mkMerge [
      {
        "zellij/config.yaml" = mkIf (!usesKdl && cfg.settings != { }) {
          source = yaml.generate "zellij.yaml" cfg.settings;
        };

        "zellij/config.kdl" = mkIf (usesKdl && (cfg.settings != { } || cfg.extraConfig != "")) {
          text =
            toKDL cfg.settings
            + lib.optionalString (cfg.extraConfig != "") ("\n// extraConfig\n\n" + cfg.extraConfig);
        };
      }
      (kdlFiles "layout" "layouts" cfg.layouts)
      (kdlFiles "theme" "themes" cfg.themes)
      (lib.listToAttrs (
        map (
          { plugin, name }: lib.nameValuePair "zellij/plugins/${name}.wasm" { source = plugin; }
        ) plugins
      ))
    ];

    programs.zellij.settings = mkIf (plugins != [ ]) {
      plugins = lib.listToAttrs (
        map (
          { name, ... }:
          lib.nameValuePair name {
            _props.location = "file:${config.xdg.configHome}/zellij/plugins/${name}.wasm";
          }
        ) plugins
      );
      load_plugins._children = map ({ name, ... }: { ${name} = [ ]; }) plugins;
    };

    programs.bash.initExtra = mkIf cfg.enableBashIntegration ''
      eval "$(${exe} setup --generate-auto-start bash)"
    '';

    # Early, so the rest of .zshrc runs inside Zellij, not before it.
    programs.zsh.initContent = mkIf cfg.enableZshIntegration (
      lib.mkOrder 200 ''
        eval "$(${exe} setup --generate-auto-start zsh)"
      ''
    );

    programs.fish.interactiveShellInit = mkIf cfg.enableFishIntegration ''
      eval (${exe} setup --generate-auto-start fish | string collect)
    '';

    home.sessionVariables = mkIf anyShell {
      ZELLIJ_AUTO_ATTACH = lib.boolToString cfg.attachExistingSession;
      ZELLIJ_AUTO_EXIT = lib.boolToString cfg.exitShellOnExit;
    };

    warnings =
      lib.optional (cfg.attachExistingSession && !anyShell) ''
        You have enabled `programs.zellij.attachExistingSession`, but none of the shell integrations are enabled.
        This option will have no effect.
      ''
      ++ lib.optional (cfg.exitShellOnExit && !anyShell) ''
        You have enabled `programs.zellij.exitShellOnExit`, but none of the shell integrations are enabled.
        This option will have no effect.
      '';
  };
}
