# Mirrors Home Manager's polybar-basic-configuration test: `config`,
# `settings` and `extraConfig` in that order in config.ini, and a unit
# restarted when the file changes.
{
  services.polybar = {
    enable = true;
    script = "polybar bar &";
    config = {
      "bar/top" = {
        monitor = "\${env:MONITOR:eDP1}";
        width = "100%";
        height = "3%";
        radius = 0;
        modules-center = "date";
      };
      "module/date" = {
        type = "internal/date";
        internal = 5;
        date = "%d.%m.%y";
        time = "%H:%M";
        label = "%time%  %date%";
      };
    };
    settings = {
      "module/volume" = {
        type = "internal/pulseaudio";
        format.volume = "<ramp-volume> <label-volume>";
        label.muted.text = "🔇";
        label.muted.foreground = "#666";
        ramp.volume = [
          "🔈"
          "🔉"
          "🔊"
        ];
        click.right = "pavucontrol &";
      };
    };
    extraConfig = ''
      [module/date]
      type = internal/date
      interval = 5
      date = "%d.%m.%y"
      time = %H:%M
      format-prefix-foreground = ''${colors.foreground-alt}
      label = %time%  %date%
    '';
  };

  test.expected = {
    "home-files/.config/polybar/config.ini" = ./basic-configuration.conf;
    "home-files/.config/systemd/user/polybar.service" = ./basic-configuration.service;
    "home-files/.config/systemd/user/tray.target.wants/polybar.service" =
      ./basic-configuration.service;
  };
}
