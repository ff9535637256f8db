# Every history setting: sorted assignments, quoted HISTFILE, shell-quoted
# HISTIGNORE, then the mkdir for the history file's directory.
{
  programs.bash = {
    enable = true;
    enableCompletion = false;
    historyControl = [
      "erasedups"
      "ignorespace"
    ];
    historyIgnore = [
      "ls"
      "cd"
      "exit"
    ];
    historyFile = "/home/hm-user/foo/bash/history";
    historySize = null;
  };

  test.expected."home-files/.bashrc" = ./history-control-with-file-expected.bashrc;
}
