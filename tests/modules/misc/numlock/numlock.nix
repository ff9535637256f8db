# Home Manager's numlock test, which only checks that numlockx.service
# exists (with numlockx replaced by an overlay); here its bytes are
# compared, numlockx being a placeholder.
{ lib, ... }:
{
  xsession.numlock.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/numlockx.service" = ./numlock-expected.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/numlockx.service" =
      ./numlock-expected.service;
  };
}
