# Every flag the other way round, and an ssh command the shell must
# see quoted: the local flags before the host, the remote ones after.
{
  imports = [ ./package.nix ];

  services.muchsync.remotes.my-mail = {
    frequency = "hourly";
    sshCommand = "ssh -p 2222";
    upload = false;
    local = {
      checkForModifiedFiles = true;
      importNew = false;
    };
    remote = {
      host = "mail.example.org";
      muchsyncPath = "/opt/muchsync/bin/muchsync";
      checkForModifiedFiles = true;
      importNew = false;
    };
  };

  test.expected = {
    "home-files/.config/systemd/user/muchsync-my-mail.service" = ./options.service;
    "home-files/.config/systemd/user/muchsync-my-mail.timer" = ./options.timer;
  };
}
