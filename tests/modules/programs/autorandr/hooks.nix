# Hearth's own case (Home Manager tests no hooks): global and profile
# hooks become bash scripts under ~/.config/autorandr; a pixel scale is
# written as scale-from, and the other output settings in their order.
{ config, pkgs, ... }:
let
  files = config.xdg.configFile;
  # Whether the file links the bash script holding `text`.
  linksScript = file: text: files.${file}.source == "${pkgs.writeShellScriptBin "hook" text}/bin/hook";
in
{
  programs.autorandr = {
    enable = true;
    hooks = {
      postswitch.notify = "notify-send switched";
      predetect.wake = "echo waking";
    };
    profiles.work = {
      fingerprint.eDP1 = "AAA";
      config.eDP1 = {
        position = "0x0";
        dpi = 144;
        gamma = "1.0:0.909:0.833";
        mode = "3840x2160";
        rate = "60.00";
        rotate = "left";
        scale = {
          method = "pixel";
          x = 1920;
          y = 1080;
        };
      };
      hooks.preswitch = "echo before";
    };
  };

  home.file.hooks.text =
    builtins.toJSON [
      (linksScript "autorandr/postswitch.d/notify" "notify-send switched")
      (linksScript "autorandr/predetect.d/wake" "echo waking")
      (linksScript "autorandr/work/preswitch" "echo before")
      (files."autorandr/work/postswitch" or null)
    ]
    + "\n";

  test.expected = {
    "home-files/.config/autorandr/work/config" = ./hooks-expected.conf;
    "home-files/hooks" = ./hooks-expected-hooks.json;
  };
}
