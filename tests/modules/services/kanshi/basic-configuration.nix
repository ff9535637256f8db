# After Home Manager's kanshi-basic-configuration test (inputs not
# verified against it): the older `profiles` by name, then `extraConfig`,
# each with its deprecation warning.
{
  services.kanshi = {
    enable = true;
    profiles = {
      nomad.outputs = [
        {
          criteria = "eDP-1";
          status = "enable";
        }
      ];
      desktop = {
        outputs = [
          {
            criteria = "eDP-1";
            status = "disable";
          }
          {
            criteria = "Iiyama North America PLE2483H-DP";
            status = "enable";
            position = "0,0";
          }
        ];
        exec = [ ''echo "1 two 3"'' ];
      };
    };
    extraConfig = ''
      profile test {
        output "*" enable
      }
    '';
  };

  test.expected = {
    "home-files/.config/kanshi/config" = ./basic-configuration.conf;
    warnings = ./basic-configuration-warnings.txt;
  };
}
