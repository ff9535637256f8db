# Home Manager's user-dirs-null: a null directory is left out, the others
# keep their defaults (Projects included), sorted by variable name.
{
  xdg.userDirs = {
    enable = true;
    desktop = null;
  };

  test.expected."home-files/.config/user-dirs.dirs" = ./user-dirs-null-expected.dirs;
}
