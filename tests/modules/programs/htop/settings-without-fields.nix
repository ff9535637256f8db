# Without screens the default fields are written or htop ignores the file.
{
  programs.htop.enable = true;
  programs.htop.settings.color_scheme = 6;

  test.expected."home-files/.config/htop/htoprc" = ./settings-without-fields-expected.htoprc;
}
