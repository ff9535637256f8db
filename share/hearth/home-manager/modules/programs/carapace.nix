# programs.carapace: carapace's completions sourced in bash, zsh and fish,
# with environment variables baked into a wrapped binary.
#
# Checked against Home Manager's module and tests. Left out: Nushell (Hearth
# has no nushell module) and, with fish before 4.0, the empty files under
# ~/.config/fish/completions that shadow fish's own completions: Home
# Manager lists them by running `carapace --list` while evaluating, and
# Hearth does not build while evaluating.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.carapace;

  carapace = lib.getExe' cfg.package "carapace";

  # ignoreCase is the old spelling of CARAPACE_MATCH=1.
  environment =
    cfg.environmentVariables // lib.optionalAttrs cfg.ignoreCase { CARAPACE_MATCH = "1"; };

  wrapArgs = lib.concatLists (
    lib.mapAttrsToList (name: value: [
      "--set"
      name
      value
    ]) environment
  );
in
{
  options.programs.carapace = {
    enable = lib.mkEnableOption "carapace, a multi-shell multi-command argument completer";

    package = lib.mkPackageOption pkgs "carapace" { };

    enableBashIntegration = lib.hm.shell.mkBashIntegrationOption { inherit config; };
    enableFishIntegration = lib.hm.shell.mkFishIntegrationOption { inherit config; };
    enableZshIntegration = lib.hm.shell.mkZshIntegrationOption { inherit config; };

    ignoreCase = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether completions match case-insensitively; deprecated, the same as
        `environmentVariables.CARAPACE_MATCH = "1"`.
      '';
    };

    environmentVariables = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        CARAPACE_MATCH = "1";
        CARAPACE_EXCLUDES = "wt";
      };
      description = ''
        Variables set for every run of {command}`carapace`, by wrapping the
        binary (names are taken as given).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    warnings = lib.optional cfg.ignoreCase ''
      `programs.carapace.ignoreCase' is deprecated and will be removed in a
      future release. Please use `programs.carapace.environmentVariables.CARAPACE_MATCH'
      (set to "1") instead.
    '';

    assertions = [
      {
        assertion = !(cfg.ignoreCase && cfg.environmentVariables ? CARAPACE_MATCH);
        message = ''
          `programs.carapace.ignoreCase' must not be used together with
          `programs.carapace.environmentVariables.CARAPACE_MATCH' because
          `ignoreCase' is a deprecated shorthand for
          `environmentVariables.CARAPACE_MATCH = "1"'. Please set only one.
        '';
      }
    ];

    # The wrapper wraps pkgs.carapace, not cfg.package, which it replaces.
    programs.carapace.package = lib.mkIf (environment != { }) (
      pkgs.symlinkJoin {
        name = "carapace";
        paths = [ pkgs.carapace ];
        nativeBuildInputs = [ pkgs.makeWrapper ];
        postBuild = ''
          wrapProgram $out/bin/carapace ${lib.escapeShellArgs wrapArgs}
        '';
        meta.mainProgram = "carapace";
      }
    );

    home.packages = [ cfg.package ];

    programs.bash.initExtra = lib.mkIf cfg.enableBashIntegration ''
      source <(${carapace} _carapace bash)
    '';

    programs.zsh.initContent = lib.mkIf cfg.enableZshIntegration ''
      source <(${carapace} _carapace zsh)
    '';

    programs.fish.interactiveShellInit = lib.mkIf cfg.enableFishIntegration ''
      ${carapace} _carapace fish | source
    '';
  };
}
