# One argument per line, and the variable naming the file.
{
  programs.ripgrep = {
    enable = true;
    arguments = [
      "--max-columns-preview"
      "--colors=line:style:bold"
      "--glob=!.git/*"
    ];
  };

  test.expected = {
    "home-files/.config/ripgrep/ripgreprc" = ./arguments-expected.ripgreprc;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./arguments-expected-vars.sh;
  };
}
