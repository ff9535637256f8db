# Home Manager's kanshi-new-configuration: an include, a global output with
# an alias, and profiles (one unnamed) with outputs and commands, in the
# order given. The stored expected file is an older one (before aliases,
# and ending in an empty line the module no longer writes); this one is
# what the current module makes of the current inputs.
{
  services.kanshi = {
    enable = true;
    settings = [
      { include = "path/to/included/file"; }
      {
        output = {
          criteria = "Iiyama North America PLE2483H-DP";
          alias = "iiyama";
        };
      }
      {
        profile.name = "nomad";
        profile.outputs = [
          {
            criteria = "eDP-1";
            status = "enable";
          }
        ];
      }
      {
        profile.name = "desktop";
        profile.exec = [
          ''echo "1 two 3"''
          ''echo "4 five 6"''
        ];
        profile.outputs = [
          {
            criteria = "eDP-1";
            status = "disable";
          }
          {
            criteria = "$iiyama";
            status = "enable";
            position = "0,0";
          }
          {
            criteria = "Iiyama North America PLE2483H-DP 1158765348486";
            status = "enable";
            position = "1920,0";
            scale = 2.1;
            mode = "1920x1080";
            transform = "flipped-270";
          }
        ];
      }
      {
        profile.outputs = [
          {
            criteria = "LVDS-1";
            status = "enable";
          }
        ];
        profile.exec = ''echo "7 eight 9"'';
      }
    ];
  };

  test.expected = {
    "home-files/.config/kanshi/config" = ./new-configuration.conf;
    "home-files/.config/systemd/user/kanshi.service" = ./kanshi.service;
  };
}
