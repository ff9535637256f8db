# Home Manager's default-configuration test: the default tools and keys.
# Home Manager matches parts of the unit with regexes; here the whole unit
# is compared, and the .ini too; an unset `opacity` warns of nothing.
{
  services.gromit-mpx.enable = true;

  test.expected = {
    "home-files/.config/gromit-mpx.cfg" = ./default-configuration.cfg;
    "home-files/.config/gromit-mpx.ini" = ./default-configuration.ini;
    "home-files/.config/systemd/user/gromit-mpx.service" = ./default-configuration.service;
    warnings = ./default-configuration-warnings.txt;
  };
}
