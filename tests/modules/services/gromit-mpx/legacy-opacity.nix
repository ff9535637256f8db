# Home Manager's legacy-opacity test: the deprecated `opacity` still sets
# Drawing.Opacity, with a warning naming the file that set it. The
# warning holds this file's absolute path, so the case compares it here.
{
  config,
  lib,
  options,
  ...
}:
{
  services.gromit-mpx = {
    enable = true;
    opacity = 0.5;
  };

  home.file.warnings.text =
    builtins.toJSON (
      config.warnings == [
        "The option `services.gromit-mpx.opacity' defined in ${lib.showFiles options.services.gromit-mpx.opacity.files} has been renamed to `services.gromit-mpx.iniSettings.Drawing.Opacity'."
      ]
    )
    + "\n";

  test.expected = {
    "home-files/.config/gromit-mpx.cfg" = ./default-configuration.cfg;
    "home-files/.config/gromit-mpx.ini" = ./legacy-opacity.ini;
    "home-files/warnings" = ./legacy-opacity-warned.json;
  };
}
