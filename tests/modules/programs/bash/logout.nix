# .bash_logout exists only when logoutExtra is set, and holds just that.
{
  programs.bash = {
    enable = true;
    logoutExtra = ''
      clear-console
    '';
  };

  test.expected."home-files/.bash_logout" = ./logout-expected.bash_logout;
}
