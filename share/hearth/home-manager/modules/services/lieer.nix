# services.lieer: a systemd user service and timer per mail account with
# `lieer.sync.enable`, running `gmi sync` in the account's maildir (once
# programs.lieer has written its .gmailieer.json there). The per-account
# options live in programs/lieer.nix.
#
# Checked against Home Manager's module and tests. Only enabled accounts
# get units.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.lieer;

  syncedAccounts = lib.filter (a: a.enable && a.lieer.enable && a.lieer.sync.enable) (
    lib.attrValues config.accounts.email.accounts
  );

  # Unit names keep letters, digits, '-' and '_'; anything else (the '@'
  # and '.' of an address) becomes '-'.
  unitName =
    name:
    let
      kept = lib.upperChars ++ lib.lowerChars ++ lib.stringToCharacters "0123456789-_";
    in
    lib.stringAsChars (c: if lib.elem c kept then c else "-") "lieer-${name}";

  description = account: "lieer Gmail synchronization for ${account.name}";

  service = account: {
    name = unitName account.name;
    value = {
      Unit = {
        Description = description account;
        ConditionPathExists = "${account.maildir.absPath}/.gmailieer.json";
      };
      Service = {
        Type = "oneshot";
        ExecStart = "${config.programs.lieer.package}/bin/gmi sync";
        WorkingDirectory = account.maildir.absPath;
        Environment = "NOTMUCH_CONFIG=${config.xdg.configHome}/notmuch/default/config";
      };
    };
  };

  timer = account: {
    name = unitName account.name;
    value = {
      Unit.Description = description account;
      Timer = {
        OnCalendar = account.lieer.sync.frequency;
        RandomizedDelaySec = 30;
      };
      Install.WantedBy = [ "timers.target" ];
    };
  };
in
{
  options.services.lieer.enable = lib.mkEnableOption "lieer Gmail synchronization service";

  config = lib.mkIf cfg.enable {
    assertions = [
      (lib.hm.assertions.assertPlatform "services.lieer" pkgs lib.platforms.linux)
    ];

    programs.lieer.enable = true;

    systemd.user.services = lib.listToAttrs (map service syncedAccounts);
    systemd.user.timers = lib.listToAttrs (map timer syncedAccounts);
  };
}
