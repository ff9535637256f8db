# Mirrors Home Manager's swayidle-basic-configuration test: timeouts in
# order (one with a resume command), then events, each command quoted.
# Home Manager's PATH there names a built bash; here it is a placeholder.
{
  services.swayidle = {
    enable = true;
    timeouts = [
      {
        timeout = 50;
        command = ''notify-send -t 10000 -- "Screen lock in 10 seconds"'';
      }
      {
        timeout = 60;
        command = "swaylock -fF";
      }
      {
        timeout = 300;
        command = ''swaymsg "output * dpms off"'';
        resumeCommand = ''swaymsg "output * dpms on"'';
      }
    ];
    events = {
      before-sleep = "swaylock -fF";
      lock = "swaylock -fF";
    };
  };

  test.expected."home-files/.config/systemd/user/swayidle.service" = ./basic-configuration.service;
}
