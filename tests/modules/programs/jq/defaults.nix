# Only enabled: the default colours, and jq itself installed.
{ config, lib, ... }:
{
  programs.jq.enable = true;

  home.file.state.text = builtins.toJSON {
    colors = config.home.sessionVariables.JQ_COLORS;
    installed = lib.any (p: (p.name or "") == "jq") config.home.packages;
  };

  test.expected."home-files/state" = ./defaults-expected.json;
}
