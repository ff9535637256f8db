# Another socket, a key lifetime and PKCS#11 patterns (quoted for the
# shell systemd emulates).
{ pkgs, ... }:
{
  services.ssh-agent = {
    enable = true;
    package = pkgs.openssh // {
      outPath = "@openssh-portable@";
    };
    socket = "ssh/agent.sock";
    defaultMaximumIdentityLifetime = 5400;
    pkcs11Whitelist = [
      "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"
      "/opt/token vendor/lib/*"
    ];
  };

  test.expected = {
    "home-files/.config/systemd/user/ssh-agent.service" = ./options-expected.service;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./options-expected-vars.sh;
  };
}
