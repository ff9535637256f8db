# Another Cargo home holds the file and is exported; no package.
{ config, ... }:
{
  programs.cargo = {
    enable = true;
    package = null;
    cargoHome = ".local/share/cargo";
    settings.net.offline = true;
  };

  home.file.cargo-home.text = config.home.sessionVariables.CARGO_HOME + "\n";

  test.expected = {
    "home-files/.local/share/cargo/config.toml" = ./home-expected.toml;
    "home-files/cargo-home" = ./home-expected.txt;
  };
}
