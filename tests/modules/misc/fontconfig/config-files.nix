# Home Manager's extra-config-files test, at 26.11 where entries are on by
# default: names from priority and label, a plain target, disabled entries
# left out, and a mkForce on text or source deciding between the two.
{ config, lib, ... }:
let
  sampleText = "hello world";
  sampleSource = ./sample-source.conf;
in
{
  home.stateVersion = "26.11";

  fonts.fontconfig = {
    enable = true;
    configFile = {
      disabled = {
        enable = false;
        text = "";
      };
      label = {
        label = "custom_label";
        text = "";
      };
      priority = {
        priority = 37;
        text = "";
      };
      target = {
        target = "target";
        text = "";
      };
      text.text = sampleText;
      source.source = sampleSource;
      text-overrides-source = {
        text = lib.mkForce sampleText;
        source = sampleSource;
      };
      source-overrides-text = {
        text = sampleText;
        source = lib.mkForce sampleSource;
      };
    };
  };

  home.file."written".text = lib.concatMapStrings (t: t + "\n") (
    map (f: f.target) (
      builtins.filter (f: f.enable && lib.hasInfix "fontconfig/conf.d" f.target) (
        lib.attrValues config.home.file
      )
    )
  );

  test.expected = {
    "home-files/written" = ./config-files-expected-written.txt;
    "home-files/.config/fontconfig/conf.d/90-hm-text.conf" = ./sample-text.conf;
    "home-files/.config/fontconfig/conf.d/90-hm-source.conf" = ./sample-source.conf;
    "home-files/.config/fontconfig/conf.d/90-hm-text-overrides-source.conf" = ./sample-text.conf;
    "home-files/.config/fontconfig/conf.d/90-hm-source-overrides-text.conf" = ./sample-source.conf;
    warnings = ./config-files-expected-warnings.txt;
  };
}
