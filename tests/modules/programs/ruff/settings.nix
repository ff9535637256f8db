# Mirrors Home Manager's ruff test: lists inline, quoted keys where
# TOML needs them; no package (Debian 12 has none).
{
  programs.ruff = {
    enable = true;
    package = null;
    settings = {
      line-length = 100;
      per-file-ignores."__init__.py" = [ "F401" ];
      lint = {
        select = [
          "E4"
          "E7"
          "E9"
          "F"
        ];
        ignore = [ ];
      };
    };
  };

  test.expected."home-files/.config/ruff/ruff.toml" = ./settings-expected.toml;
}
