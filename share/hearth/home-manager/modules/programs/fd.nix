# programs.fd: fd's global ignore file ($XDG_CONFIG_HOME/fd/ignore, one
# pattern a line) and, when there are flags to pass, an `fd` shell alias
# carrying them. Home Manager also sets the alias for ion and nushell;
# Hearth has neither shell's module, so only bash, zsh and fish get it.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.fd;

  flags = lib.escapeShellArgs (lib.optional cfg.hidden "--hidden" ++ cfg.extraOptions);

  aliases = lib.optionalAttrs (flags != "") { fd = "fd ${flags}"; };
in
{
  options.programs.fd = {
    enable = lib.mkEnableOption "fd, a simple, fast and user-friendly alternative to {command}`find`";

    package = lib.mkPackageOption pkgs "fd" { nullable = true; };

    ignores = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        ".git/"
        "*.bak"
      ];
      description = "Patterns fd skips in every search, written to its global ignore file.";
    };

    hidden = mkOption {
      type = types.bool;
      default = false;
      description = "Include hidden files and directories (the alias passes {option}`--hidden`).";
    };

    extraOptions = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "--no-ignore"
        "--absolute-path"
      ];
      description = "Further arguments the `fd` alias passes.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    programs.bash.shellAliases = aliases;
    programs.zsh.shellAliases = aliases;
    programs.fish.shellAliases = aliases;

    xdg.configFile."fd/ignore" = lib.mkIf (cfg.ignores != [ ]) {
      text = lib.concatMapStrings (p: p + "\n") cfg.ignores;
    };
  };
}
