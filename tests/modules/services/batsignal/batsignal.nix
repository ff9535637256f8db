# Home Manager has no batsignal test; the unit is the one its module
# writes.
{
  services.batsignal = {
    enable = true;
    extraArgs = [
      "-w 20"
      "-c 10"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/batsignal.service" = ./batsignal.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/batsignal.service" =
      ./batsignal.service;
  };
}
