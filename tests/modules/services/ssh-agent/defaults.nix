# The agent on %t/ssh-agent, started with the session, and the
# SSH_AUTH_SOCK fallback in hm-session-vars.sh.
{
  services.ssh-agent.enable = true;

  test.expected = {
    "home-files/.config/systemd/user/ssh-agent.service" = ./defaults-expected.service;
    "home-files/.config/systemd/user/default.target.wants/ssh-agent.service" = ./defaults-expected.service;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./defaults-expected-vars.sh;
  };
}
