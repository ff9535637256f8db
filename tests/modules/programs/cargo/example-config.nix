# Home Manager's cargo test: settings as TOML in ~/.cargo/config.toml.
{
  programs.cargo = {
    enable = true;

    settings = {
      net = {
        git-fetch-with-cli = true;
      };
    };
  };

  test.expected."home-files/.cargo/config.toml" = ./example-config.toml;
}
