# A socket path cannot take a port.
{
  programs.ssh = {
    enable = true;
    matchBlocks.broken.localForwards = [
      {
        bind.address = "/run/user/1000/socket";
        bind.port = 8080;
        host.address = "10.0.0.1";
        host.port = 80;
      }
    ];
  };

  test.expected."home-files/.ssh/config" = ./old-defaults-expected.conf;
}
