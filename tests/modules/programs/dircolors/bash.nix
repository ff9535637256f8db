# The bash hook evaluates `dircolors -b` on ~/.dir_colors, as Home
# Manager's initExtra line does. Without settings the database is the
# defaults alone (Home Manager's expected file less the three entries its
# test sets), ending in one empty line.
{
  programs.bash.enable = true;
  programs.dircolors.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./bash-expected.bashrc;
    "home-files/.dir_colors" = ./bash-expected.conf;
  };
}
