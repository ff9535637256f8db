# The service needs systemd: on macOS the platform assertion fails.
{ lib, ... }:
{
  _module.args.pkgs = lib.mkForce (import ../../stubs.nix { system = "aarch64-darwin"; });
  services.ssh-agent.enable = true;

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./defaults-expected-vars.sh;
}
