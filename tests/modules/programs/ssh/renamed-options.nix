# The old top-level options land in `Host *`, each with a warning.
{ config, lib, ... }:
{
  programs.ssh = {
    enable = true;
    enableDefaultConfig = false;
    forwardAgent = true;
    addKeysToAgent = "yes";
    compression = true;
    serverAliveInterval = 1;
    serverAliveCountMax = 2;
    hashKnownHosts = true;
    userKnownHostsFile = "~/.ssh/my_known_hosts";
    controlMaster = "yes";
    controlPath = "~/.ssh/myfile-%r@%n:%p";
    controlPersist = "10m";
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.ssh/config" = ./renamed-options-expected.conf;
    "home-files/warnings" = ./renamed-options-expected-warnings.txt;
  };
}
