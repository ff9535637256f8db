# Mirrors Home Manager's syncthing-extra-options test (common/): extra
# arguments land after Home Manager's own, shell-quoted where needed. The
# whole unit is compared, not only its ExecStart line.
{
  services.syncthing = {
    enable = true;
    extraOptions = [
      "-foo"
      ''-bar "baz"''
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/syncthing.service" = ./extra-options-expected.service;
    "home-files/.config/systemd/user/default.target.wants/syncthing.service" =
      ./extra-options-expected.service;
  };
}
