# extraConfig is indented under `Host *`, a blank line after its options;
# a default can be overridden per option.
{
  programs.ssh = {
    enable = true;
    matchBlocks."*".controlMaster = "auto";
    extraConfig = ''
      MyExtraOption no
      AnotherOption 3
    '';
  };

  test.expected."home-files/.ssh/config" = ./old-defaults-extra-config-expected.conf;
}
