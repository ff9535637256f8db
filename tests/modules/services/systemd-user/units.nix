# Unit rendering: sections and keys sorted, booleans as true/false, lists
# repeating their key, empty lists and empty sections dropped (the timer's
# Unit section, whose Description is null, with them); a template name;
# wants/ and requires/ links; environment.d variables.
{
  systemd.user = {
    services."photo-sync@" = {
      Unit = {
        Description = "Copy %i photos to the backup host";
        Documentation = [
          "man:rsync(1)"
          "https://example.org/photo-sync"
        ];
      };
      Service = {
        Type = "oneshot";
        ExecStart = "/usr/bin/rsync -a %h/photos/%i/ backup:photos/%i/";
        Environment = [
          "LANG=C.UTF-8"
          "RSYNC_RSH=ssh -q"
        ];
        Nice = 10;
        PrivateTmp = true;
        ExecStartPre = [ ];
      };
      Install = {
        WantedBy = [ "default.target" ];
        RequiredBy = [ "backup.target" ];
      };
      X-Empty = { };
    };
    timers.photo-sync = {
      Timer.OnCalendar = [
        "Mon *-*-* 02:00"
        "Thu *-*-* 02:00"
      ];
      Timer.Persistent = false;
    };
    sessionVariables = {
      PAGER = "less -R";
      HISTSIZE = 5000;
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/photo-sync@.service" = ./units-expected.service;
    "home-files/.config/systemd/user/default.target.wants/photo-sync@.service" = ./units-expected.service;
    "home-files/.config/systemd/user/backup.target.requires/photo-sync@.service" = ./units-expected.service;
    "home-files/.config/systemd/user/photo-sync.timer" = ./units-expected.timer;
    "home-files/.config/environment.d/10-home-manager.conf" = ./units-expected-environment.conf;
  };
}
