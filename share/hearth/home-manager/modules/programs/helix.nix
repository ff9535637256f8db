# programs.helix: Helix's config.toml (settings, then extraConfig after a
# blank line when both are set), languages.toml, the file picker's ignore
# file and themes under ~/.config/helix, EDITOR/VISUAL on request, and an
# `hx` wrapper with extraPackages on its PATH.
#
# Differs from Home Manager: Debian 12 has no Helix, so `package` defaults
# to null there and nothing is installed (extraPackages then need a
# package to wrap). The wrapper links the package's `share` and wraps
# `bin/hx` only, where Home Manager joins the whole package.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.helix;

  toml = pkgs.formats.toml { };
  tomlText = value: (toml.generate "helix.toml" value).text;

  # languages.toml used to hold only the language list.
  languagesType = types.coercedTo (types.listOf toml.type) (
    list:
    lib.warn ''
      programs.helix.languages now describes the whole languages.toml; write
      programs.helix.languages = { language = <the list>; }
      instead of the bare list.
    '' { language = list; }
  ) (types.addCheck toml.type builtins.isAttrs);

  wrapped =
    pkgs.runCommand "${lib.getName cfg.package}-wrapped-${lib.getVersion cfg.package}"
      {
        preferLocalBuild = true;
        nativeBuildInputs = [ pkgs.makeWrapper ];
      }
      ''
        mkdir -p $out/bin
        if [ -e ${cfg.package}/share ]; then ln -s ${cfg.package}/share $out/share; fi
        makeWrapper ${cfg.package}/bin/hx $out/bin/hx \
          --suffix PATH : ${lib.makeBinPath cfg.extraPackages}
      '';

  configText =
    tomlText cfg.settings + lib.optionalString (cfg.settings != { }) "\n" + cfg.extraConfig;

  themeFile =
    name: theme:
    if builtins.isString theme then
      { text = theme; }
    else if builtins.isPath theme || lib.isStorePath theme then
      { source = theme; }
    else
      { text = tomlText theme; };
in
{
  options.programs.helix = {
    enable = lib.mkEnableOption "Helix, a modal text editor";

    package = lib.mkPackageOption pkgs "helix" {
      nullable = true;
      default = if pkgs ? helix then [ "helix" ] else null;
      example = "pkgs.evil-helix";
    };

    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.marksman ]";
      description = "Programs (language servers, formatters) put on the PATH of `hx` only.";
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        [keys.normal.g]
        G = "goto_file_end"
      '';
      description = ''
        TOML appended to {file}`config.toml` as written, after the
        settings; useful where key order matters, as with minor modes.
      '';
    };

    defaultEditor = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to set {env}`EDITOR` and {env}`VISUAL` to `hx`.";
    };

    settings = mkOption {
      inherit (toml) type;
      default = { };
      example = lib.literalExpression ''
        {
          theme = "base16";
          editor.line-number = "relative";
          keys.normal.space.w = ":w";
        }
      '';
      description = ''
        Contents of {file}`$XDG_CONFIG_HOME/helix/config.toml`; see
        <https://docs.helix-editor.com/configuration.html>.
      '';
    };

    languages = mkOption {
      type = languagesType;
      default = { };
      example = lib.literalExpression ''
        {
          language = [ { name = "rust"; auto-format = false; } ];
        }
      '';
      description = ''
        Contents of {file}`$XDG_CONFIG_HOME/helix/languages.toml`; see
        <https://docs.helix-editor.com/languages.html>. A bare list is
        still accepted, with a warning, as the `language` list.
      '';
    };

    ignores = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        ".build/"
        "!.gitignore"
      ];
      description = "Patterns, in `.gitignore` syntax, the file picker leaves out everywhere.";
    };

    themes = mkOption {
      type = types.attrsOf (
        types.oneOf [
          toml.type
          types.path
          types.lines
        ]
      );
      default = { };
      example = lib.literalExpression ''
        {
          mine = { inherits = "base16"; "ui.menu" = "none"; };
        }
      '';
      description = ''
        Themes written to {file}`$XDG_CONFIG_HOME/helix/themes/<name>.toml`,
        each as settings, TOML text or a file; see
        <https://docs.helix-editor.com/themes.html>.
      '';
    };
  };

  config = mkIf cfg.enable {
    home.packages = mkIf (cfg.package != null) [
      (if cfg.extraPackages != [ ] then wrapped else cfg.package)
    ];

    home.sessionVariables = mkIf cfg.defaultEditor {
      EDITOR = "hx";
      VISUAL = "hx";
    };

    xdg.configFile = {
      "helix/config.toml" = mkIf (cfg.settings != { } || cfg.extraConfig != "") { text = configText; };
      "helix/languages.toml" = mkIf (cfg.languages != { }) { text = tomlText cfg.languages; };
      "helix/ignore" = mkIf (cfg.ignores != [ ]) { text = lib.concatLines cfg.ignores; };
    }
    // lib.mapAttrs' (name: theme: lib.nameValuePair "helix/themes/${name}.toml" (themeFile name theme)) cfg.themes;
  };
}
