# After Home Manager's kanshi-new-configuration test (inputs not verified
# against it): includes, a global output with an alias, and profiles
# (named and not) with outputs and commands, in the order given; the unit
# bound to the session target.
{
  services.kanshi = {
    enable = true;
    settings = [
      { include = "path/to/included/file"; }
      {
        output = {
          criteria = "Iiyama North America PLE2483H-DP 1158765348486";
          alias = "iiyama";
        };
      }
      {
        profile = {
          name = "nomad";
          outputs = [
            {
              criteria = "eDP-1";
              status = "enable";
            }
          ];
        };
      }
      {
        profile = {
          name = "desktop";
          outputs = [
            {
              criteria = "eDP-1";
              status = "disable";
            }
            {
              criteria = "$iiyama";
              status = "enable";
              mode = "1920x1080";
              position = "1920,0";
              scale = 2.1;
              transform = "flipped-270";
              adaptiveSync = true;
            }
          ];
          exec = [
            ''echo "1 two 3"''
            ''echo "4 five 6"''
          ];
        };
      }
      {
        profile = {
          outputs = [
            {
              criteria = "LVDS-1";
              status = "enable";
            }
          ];
          exec = ''echo "7 eight 9"'';
        };
      }
    ];
  };

  test.expected = {
    "home-files/.config/kanshi/config" = ./new-configuration.conf;
    "home-files/.config/systemd/user/kanshi.service" = ./kanshi.service;
    "home-files/.config/systemd/user/graphical-session.target.wants/kanshi.service" = ./kanshi.service;
  };
}
