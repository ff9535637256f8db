# Home Manager's basic-configuration test. It checks only the ExecStart
# line; here the whole unit is compared (the other lines follow its
# module). Hearth's stubs have no trayer, so the case sets a placeholder
# package with Home Manager's stub path.
{
  services.trayer = {
    enable = true;
    package = {
      type = "derivation";
      name = "trayer";
      outPath = "@trayer@";
      outputs = [ "out" ];
      meta = { };
    };
    settings = {
      edge = "top";
      padding = 6;
      SetDockType = true;
      tint = "0x282c34";
      SetPartialStrut = true;
      expand = true;
      monitor = 1;
    };
  };

  test.expected."home-files/.config/systemd/user/trayer.service" = ./basic-configuration.service;
}
