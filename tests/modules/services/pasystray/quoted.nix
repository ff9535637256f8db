# Extra options are shell-quoted where needed.
{
  services.pasystray = {
    enable = true;
    extraOptions = [
      "--notify=all"
      "-a"
    ];
  };

  test.expected."home-files/.config/systemd/user/pasystray.service" = ./quoted.service;
}
