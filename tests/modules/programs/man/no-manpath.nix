# Mirrors Home Manager's man-no-manpath: on by default, but without
# generateCaches there is no ~/.manpath; man outputs are installed and,
# Hearth's difference, no man package (the system's man reads them).
{ config, lib, ... }:
{
  home.file.state.text = builtins.toJSON {
    manpath = config.home.file ? ".manpath";
    outputs = config.home.extraOutputsToInstall;
    packages = map (p: p.name) (builtins.filter (p: lib.hasPrefix "man" p.name) config.home.packages);
  };

  test.expected."home-files/state" = ./no-manpath-expected.json;
}
