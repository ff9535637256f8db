# The configuration of Home Manager's nnn test. Its checks read the built
# wrapper; here the wrapping command is checked instead (Hearth wraps with
# symlinkJoin and wrapProgram), along with the plugins link.
{ config, ... }:
let
  stub = name: {
    type = "derivation";
    inherit name;
    outPath = "@${name}@";
  };
in
{
  programs.nnn = {
    enable = true;
    bookmarks = {
      d = "~/Documents";
      D = "~/Downloads";
      p = "~/Pictures";
      v = "~/Videos";
    };
    extraPackages = [
      (stub "foo")
      (stub "bar")
    ];
    plugins = {
      src = ./plugins;
      mappings = {
        c = "fzcd";
        f = "finder";
        v = "imgview";
      };
    };
    extraArgs = [
      "-b d"
      "-P c"
    ];
    extraSessionVariables = {
      NNN_OPTS = "cEnrx";
      NNN_COLORS = "#0a1b2c3d";
    };
  };

  home.file.nnn-wrapper.text = config.programs.nnn.finalPackage.postBuild;
  home.file.nnn-plugins.text =
    baseNameOf (toString config.xdg.configFile."nnn/plugins".source) + "\n";

  test.expected = {
    "home-files/nnn-wrapper" = ./nnn-expected-wrapper.sh;
    "home-files/nnn-plugins" = ./nnn-expected-plugins.txt;
  };
}
