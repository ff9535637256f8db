# hosts.yml from hosts, extensions linked by pname; without the helper git
# gets no credential section. hosts.yml has the layout of Home Manager's
# tests/modules/programs/gh/hosts-file.nix (YAML 1.1, as formats.yaml).
{ config, pkgs, ... }:
{
  programs.gh = {
    enable = true;
    gitCredentialHelper.enable = false;
    hosts."github.com".user = "octocat";
    extensions = [
      (pkgs.runCommand "gh-dash-4.0" { passthru.pname = "gh-dash"; } "")
    ];
  };

  home.file.state.text = builtins.toJSON {
    credential = config.programs.git.settings ? credential;
    extensions = config.xdg.dataFile."gh/extensions".source.links;
  };

  test.expected = {
    "home-files/.config/gh/hosts.yml" = ./hosts-and-extensions-expected.yml;
    "home-files/state" = ./hosts-and-extensions-expected.json;
  };
}
