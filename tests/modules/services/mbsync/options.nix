# services.mbsync with another configuration file, quiet, and commands
# around each run.
{
  services.mbsync = {
    enable = true;
    frequency = "hourly";
    verbose = false;
    configFile = "/home/hm-user/.mbsyncrc";
    preExec = "mkdir -p %h/Mail";
    postExec = "@notmuch@/bin/notmuch new";
  };

  test.expected."home-files/.config/systemd/user/mbsync.service" = ./options-expected.service;
}
