# Home Manager's cargo-home test: an absolute Cargo home holds the file and
# is exported as CARGO_HOME (which Home Manager's test does not check).
{ config, ... }:
{
  programs.cargo = {
    enable = true;

    cargoHome = "${config.xdg.dataHome}/cargo";

    settings = {
      net = {
        git-fetch-with-cli = true;
      };
    };
  };

  home.file.cargo-home.text = config.home.sessionVariables.CARGO_HOME + "\n";

  test.expected = {
    "home-files/.local/share/cargo/config.toml" = ./example-config.toml;
    "home-files/cargo-home" = ./cargo-home-expected.txt;
  };
}
