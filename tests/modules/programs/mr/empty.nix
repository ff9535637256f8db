# Nothing configured: ~/.mrconfig is still written, empty, and the
# package (a placeholder, Hearth's stubs have no mr) is installed.
{ config, ... }:
{
  programs.mr = {
    enable = true;
    package = {
      type = "derivation";
      name = "mr";
      outPath = "@mr@";
      outputs = [ "out" ];
      meta = { };
    };
  };

  home.file.state.text = builtins.toJSON {
    mrconfig = config.home.file.".mrconfig".source.text or null;
    packages = map (p: p.outPath) (builtins.filter (p: p.name == "mr") config.home.packages);
  };

  test.expected."home-files/state" = ./empty-expected.json;
}
