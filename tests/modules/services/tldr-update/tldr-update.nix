# Mirrors Home Manager's tldr-update test: a monthly timer and its
# oneshot service (with the blank line Home Manager leaves after
# ExecStart=).
{
  services.tldr-update = {
    enable = true;
    package = {
      type = "derivation";
      name = "dummy";
      outPath = "@tldr@";
      meta.mainProgram = "dummy";
    };
    period = "monthly";
  };

  test.expected = {
    "home-files/.config/systemd/user/tldr-update.service" = ./tldr-update-expected.service;
    "home-files/.config/systemd/user/tldr-update.timer" = ./tldr-update-expected.timer;
  };
}
