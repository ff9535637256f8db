# Home Manager's imv-basic-configuration test: the header, then INI sections.
{
  programs.imv = {
    enable = true;
    settings = {
      options.background = "ffffff";
      aliases.x = "close";
    };
  };

  test.expected."home-files/.config/imv/config" = ./basic-configuration.conf;
}
