# extraConfig lives under `Host *`, so that block must exist.
{
  programs.ssh = {
    enable = true;
    enableDefaultConfig = false;
    extraConfig = ''
      MyExtraOption no
    '';
  };

  test.expected."home-files/.ssh/config" = ./old-defaults-expected.conf;
}
