# Mirrors Home Manager's rofi omitted-settings test: settings that are all
# null write nothing.
{
  imports = [ ./no-settings.nix ];
  programs.rofi.settings = {
    location = null;
    font = null;
  };
}
