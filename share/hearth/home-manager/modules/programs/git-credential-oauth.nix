# programs.git-credential-oauth: installs git-credential-oauth and adds it,
# with its extra flags, to Git's credential helpers (programs.git.settings).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.git-credential-oauth;
in
{
  options.programs.git-credential-oauth = {
    enable = lib.mkEnableOption "Git authentication handler for OAuth";

    package = lib.mkPackageOption pkgs "git-credential-oauth" { };

    extraFlags = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = lib.literalExpression ''[ "-device" ]'';
      description = "Arguments added to the helper's command line (see {manpage}`git-credential-oauth(1)`).";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    programs.git.settings.credential.helper = [
      (lib.concatStringsSep " " ([ "${cfg.package}/bin/git-credential-oauth" ] ++ cfg.extraFlags))
    ];
  };
}
