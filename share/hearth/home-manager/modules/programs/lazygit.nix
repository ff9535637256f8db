# programs.lazygit: lazygit's config.yml from settings (written only when
# there are any), and a shell function (`lg` by default) that runs lazygit
# and then changes to the directory it was left in.
#
# Differs from Home Manager: the file comes from Hearth's
# pkgs.formats.yaml, which writes JSON (a subset of YAML) where Home
# Manager writes block-style YAML. Debian 12 has no lazygit, so `package`
# defaults to null there and nothing is installed. The Nushell
# integration option exists but does nothing: Hearth has no nushell module
# yet.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.lazygit;

  yaml = pkgs.formats.yaml { };

  # macOS keeps it under Application Support unless XDG is asked for.
  configDir =
    if (pkgs.stdenv.hostPlatform.isDarwin or false) && !config.xdg.enable then
      "Library/Application Support"
    else
      config.xdg.configHome;

  # Where lazygit writes the directory it ended in.
  newDirFile =
    if config.home.preferXdgDirectories then
      "${config.xdg.cacheHome}/lazygit/newdir"
    else
      "~/.lazygit/newdir";

  shellFunction = ''
    function ${cfg.shellWrapperName}() {
        export LAZYGIT_NEW_DIR_FILE=${newDirFile}
        command lazygit "$@"
        if [ -f $LAZYGIT_NEW_DIR_FILE ]; then
          cd "$(cat $LAZYGIT_NEW_DIR_FILE)"
          rm -f $LAZYGIT_NEW_DIR_FILE > /dev/null
        fi
    }
  '';
in
{
  options.programs.lazygit = {
    enable = lib.mkEnableOption "lazygit, a terminal interface for git";

    package = lib.mkPackageOption pkgs "lazygit" {
      nullable = true;
      default = if pkgs ? lazygit then [ "lazygit" ] else null;
    };

    settings = mkOption {
      inherit (yaml) type;
      default = { };
      example = lib.literalExpression ''
        {
          gui.theme.lightTheme = true;
          gui.theme.activeBorderColor = [ "blue" "bold" ];
        }
      '';
      description = ''
        Contents of lazygit's {file}`config.yml`, under
        {file}`$XDG_CONFIG_HOME/lazygit` (on macOS without
        [](#opt-xdg.enable), {file}`~/Library/Application Support/lazygit`).
        The keys are listed at
        <https://github.com/jesseduffield/lazygit/blob/master/docs/Config.md>.
      '';
    };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableNushellIntegration = lib.hm.shell.mkNushellIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    shellWrapperName = mkOption {
      type = types.str;
      default = "lg";
      example = "lzg";
      description = "Name of the shell function that runs lazygit and follows it to its last directory.";
    };
  };

  config = mkIf cfg.enable {
    home.packages = mkIf (cfg.package != null) [ cfg.package ];

    home.file."${configDir}/lazygit/config.yml" = {
      enable = cfg.settings != { };
      source = yaml.generate "lazygit-config" cfg.settings;
    };

    programs.bash.initExtra = mkIf cfg.enableBashIntegration shellFunction;
    programs.zsh.initContent = mkIf cfg.enableZshIntegration shellFunction;

    programs.fish.functions.${cfg.shellWrapperName} = mkIf cfg.enableFishIntegration ''
      set -x LAZYGIT_NEW_DIR_FILE ${newDirFile}
      command lazygit $argv
      if test -f $LAZYGIT_NEW_DIR_FILE
        cd (cat $LAZYGIT_NEW_DIR_FILE)
        rm -f $LAZYGIT_NEW_DIR_FILE
      end
    '';
  };
}
