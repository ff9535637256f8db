# Home Manager has no batsignal test (a test in its history belongs to a
# different, unmerged module); the unit is the one its module writes, each
# argument quoted only where it needs it.
{
  services.batsignal = {
    enable = true;
    extraArgs = [
      "-w"
      "20"
      "-W"
      "Battery low"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/batsignal.service" = ./batsignal.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/batsignal.service" =
      ./batsignal.service;
  };
}
