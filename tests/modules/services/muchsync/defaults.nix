# One remote with every default: ssh with compression and no tty, upload,
# notmuch new on both ends; notmuch's paths in the environment.
{
  imports = [ ./package.nix ];

  services.muchsync.remotes.server.remote.host = "server.tld";

  test.expected = {
    "home-files/.config/systemd/user/muchsync-server.service" = ./defaults.service;
    "home-files/.config/systemd/user/muchsync-server.timer" = ./defaults.timer;
    "home-files/.config/systemd/user/timers.target.wants/muchsync-server.timer" = ./defaults.timer;
  };
}
