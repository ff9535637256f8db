# The agent alone: only `grab` in gpg-agent.conf, the service and its
# main socket (linked into sockets.target.wants) under the default home,
# and GPG_TTY set by bash; no sshcontrol, no SSH_AUTH_SOCK.
{
  programs.gpg.enable = true;
  programs.bash.enable = true;
  services.gpg-agent.enable = true;

  test.expected = {
    "home-files/.gnupg/gpg-agent.conf" = ./defaults-expected.conf;
    "home-files/.config/systemd/user/gpg-agent.service" = ./defaults-expected.service;
    "home-files/.config/systemd/user/gpg-agent.socket" = ./defaults-expected.socket;
    "home-files/.config/systemd/user/sockets.target.wants/gpg-agent.socket" = ./defaults-expected.socket;
    "home-files/.bashrc" = ./defaults-expected.bashrc;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./defaults-expected-vars.sh;
  };
}
