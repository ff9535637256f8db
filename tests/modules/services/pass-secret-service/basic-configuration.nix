# Mirrors Home Manager's basic-configuration test: a store under /mnt,
# passed with --path. Adapted as default-configuration.nix is.
{
  services.pass-secret-service = {
    enable = true;
    package = {
      type = "derivation";
      name = "pass-secret-service";
      outPath = "@pass-secret-service@";
    };
    storePath = "/mnt/password-store";
  };

  test.expected."home-files/.config/systemd/user/pass-secret-service.service" =
    ./basic-configuration.service;
}
