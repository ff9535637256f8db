# Home Manager's git-with-maintenance checks only the macOS agents; these
# are its Linux units: a template service running `git maintenance` on
# the configured repositories, one timer per schedule.
{
  home.stateVersion = "25.05";
  programs.git = {
    enable = true;
    maintenance = {
      enable = true;
      repositories = [ "/home/hm-user/src/hearth" ];
    };
  };

  test.expected = {
    "home-files/.config/git/config" = ./with-maintenance-expected.conf;
    "home-files/.config/systemd/user/git-maintenance@.service" = ./with-maintenance-expected.service;
    "home-files/.config/systemd/user/git-maintenance@hourly.timer" = ./with-maintenance-expected-hourly.timer;
    "home-files/.config/systemd/user/git-maintenance@weekly.timer" = ./with-maintenance-expected-weekly.timer;
  };
}
