# Hearth's own case: scale and transform together fail the module's
# assertion.
{ lib, ... }:
{
  programs.autorandr = {
    enable = true;
    profiles.default.config.DP2 = {
      scale = {
        x = 2;
        y = 4;
      };
      transform = [
        [ 0.6 0.0 0.0 ]
        [ 0.0 0.6 0.0 ]
        [ 0.0 0.0 1.0 ]
      ];
    };
  };
}
