# Mirrors Home Manager's swaylock-enabled: enabled without settings, the
# package is installed and no configuration is written. (Home Manager's
# case swaps in a stub package; the stub set's swaylock serves here.)
{ config, lib, ... }:
{
  programs.swaylock.enable = true;

  home.file.written.text =
    builtins.toJSON {
      config = config.xdg.configFile ? "swaylock/config";
      package = lib.any (p: (p.pname or p.name or "") == "swaylock") config.home.packages;
    }
    + "\n";
  test.expected."home-files/written" = ./enabled-expected.json;
}
