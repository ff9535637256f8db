# Mirrors Home Manager's services/borgmatic linux basic-configuration test.
# Its stubs give borgmatic the path @borgmatic@; Hearth's stubs have no
# borgmatic, so the case sets a package with that path itself. HM builds
# coreutils for real (a hashed store path); Hearth stubs it as @coreutils@.
{
  services.borgmatic = {
    enable = true;
    frequency = "weekly";
  };

  programs.borgmatic.package = {
    type = "derivation";
    name = "borgmatic";
    outPath = "@borgmatic@";
    outputs = [ "out" ];
    meta = { };
  };

  test.expected = {
    "home-files/.config/systemd/user/borgmatic.service" = ./basic-configuration.service;
    "home-files/.config/systemd/user/borgmatic.timer" = ./basic-configuration.timer;
  };
}
