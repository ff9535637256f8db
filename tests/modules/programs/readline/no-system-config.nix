# Without the system include and extraConfig the file still ends with an
# empty line.
{
  programs.readline = {
    enable = true;
    includeSystemConfig = false;
    variables.editing-mode = "vi";
  };

  test.expected."home-files/.inputrc" = ./no-system-config-expected.inputrc;
}
