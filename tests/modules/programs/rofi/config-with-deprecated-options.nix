# Mirrors Home Manager's rofi config-with-deprecated-options test.
{
  programs.rofi = {
    enable = true;
    colors = { };
  };
}
