# services.getmail: a systemd user timer running getmail over the rc files
# programs/getmail.nix writes for the accounts with getmail enabled
# (getmail finds them in ~/.getmail by name). Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.getmail;

  accounts = lib.filter (a: a.enable && a.getmail.enable) (
    lib.attrValues config.accounts.email.accounts
  );

  # Home Manager's command line has each " --rcfile" joined by a space,
  # so the words are two spaces apart; kept for the same unit bytes.
  rcFlags = lib.concatMapStringsSep " " (
    a: " --rcfile getmail${if a.primary then "rc" else a.name}"
  ) accounts;

  description = "getmail email fetcher";
in
{
  options.services.getmail = {
    enable = lib.mkEnableOption "the getmail systemd service to automatically retrieve mail";

    package = lib.mkPackageOption pkgs "getmail" { default = "getmail6"; };

    frequency = lib.mkOption {
      type = lib.types.str;
      default = "*:0/5";
      example = "hourly";
      description = ''
        When to fetch, as systemd's OnCalendar= reads it (systemd.time(7)).
        With a passwordCommand going through gpg-agent, fetch more often
        than the agent's cache expires, or pinentry keeps asking.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.getmail" pkgs lib.platforms.linux) ];

    systemd.user.services.getmail = {
      Unit.Description = description;
      Service.ExecStart = "${lib.getExe cfg.package} ${rcFlags}";
    };

    systemd.user.timers.getmail = {
      Unit.Description = description;
      Timer = {
        OnCalendar = cfg.frequency;
        Unit = "getmail.service";
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
}
