# Mirrors Home Manager's poetry-settings: TOML tables by name.
{
  programs.poetry = {
    enable = true;
    settings = {
      virtualenvs.create = true;
      virtualenvs.in-project = true;
      experimental.system-git-client = true;
    };
  };

  test.expected."home-files/.config/pypoetry/config.toml" = ./settings-expected.toml;
}
