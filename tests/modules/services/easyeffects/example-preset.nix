# Mirrors Home Manager's easyeffects-example-preset: one preset with an
# input and an output pipeline, each written to its own directory. Home
# Manager's floats are whole (0.0, 20.0, -1.0); Nix 2.8 writes those as
# integers in JSON and current Nix as 0.0, so each is moved by a half here
# to keep both evaluators' output alike.
{
  services.easyeffects = {
    enable = true;
    extraPresets = {
      example-preset = {
        input = {
          blocklist = [ ];
          "plugins_order" = [ "rnnoise#0" ];
          "rnnoise#0" = {
            bypass = false;
            "enable-vad" = false;
            "input-gain" = 0.5;
            "model-path" = "";
            "output-gain" = 0.5;
            release = 20.5;
            "vad-thres" = 50.5;
            wet = 0.5;
          };
        };
        output = {
          blocklist = [ ];
          "plugins_order" = [ "limiter#0" ];
          "limiter#0" = {
            bypass = false;
            threshold = -1.5;
          };
        };
      };
    };
  };

  test.expected = {
    "home-files/.local/share/easyeffects/input/example-preset.json" = ./example-preset.json;
    "home-files/.local/share/easyeffects/output/example-preset.json" =
      ./example-preset-output.json;
  };
}
