# After Home Manager's cargo test: settings as TOML in ~/.cargo.
{
  programs.cargo = {
    enable = true;
    settings = {
      net.git-fetch-with-cli = true;
      build.jobs = 2;
      alias.b = "build";
    };
  };

  test.expected."home-files/.cargo/config.toml" = ./settings-expected.toml;
}
