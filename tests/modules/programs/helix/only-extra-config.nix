# extraConfig alone is the whole file, with no blank line before it.
{
  programs.helix = {
    enable = true;
    extraConfig = ''
      [editor]
      auto-pairs = false
    '';
  };

  test.expected."home-files/.config/helix/config.toml" = ./only-extra-config-expected.toml;
}
