# Mirrors Home Manager's default-configuration test (same module version:
# no store path). Adapted: HM only matches ExecStart against a pattern;
# here the whole unit is compared, and the package is a placeholder.
{
  services.pass-secret-service = {
    enable = true;
    package = {
      type = "derivation";
      name = "pass-secret-service";
      outPath = "@pass-secret-service@";
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/pass-secret-service.service" = ./default-configuration.service;
    "home-files/.config/systemd/user/default.target.wants/pass-secret-service.service" =
      ./default-configuration.service;
  };
}
