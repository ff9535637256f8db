# `match` replaces the Host header with a Match one.
{
  programs.ssh = {
    enable = true;
    matchBlocks = {
      abc.port = 2222;
      xyz = {
        match = "host xyz canonical";
        port = 2223;
      };
    };
  };

  test.expected."home-files/.ssh/config" = ./match-and-hosts-expected.conf;
}
