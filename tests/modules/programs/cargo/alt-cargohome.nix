# Home Manager's cargo-alt-cargohome test: a Cargo home relative to the
# home directory.
{ config, ... }:
{
  programs.cargo = {
    enable = true;

    cargoHome = ".config/cargo";

    settings = {
      net = {
        git-fetch-with-cli = true;
      };
    };
  };

  home.file.cargo-home.text = config.home.sessionVariables.CARGO_HOME + "\n";

  test.expected = {
    "home-files/.config/cargo/config.toml" = ./example-config.toml;
    "home-files/cargo-home" = ./alt-cargohome-expected.txt;
  };
}
