# Mirrors Home Manager's waybar-deprecated-modules-option test: from 22.05
# on, module settings under `modules` fail an assertion.
{
  home.stateVersion = "22.05";

  programs.waybar = {
    enable = true;
    settings = [
      {
        modules-center = [ "test" ];
        modules.test = { };
      }
    ];
  };
}
