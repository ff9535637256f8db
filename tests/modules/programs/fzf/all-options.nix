# Every variable, lists joined with spaces and the colors appended to the
# default options.
{
  programs.fzf = {
    enable = true;
    defaultCommand = "fd --type f";
    defaultOptions = [
      "--height 40%"
      "--border"
    ];
    fileWidget = {
      command = "fd --type f";
      options = [ "--preview 'head {}'" ];
    };
    changeDirWidget = {
      command = "fd --type d";
      options = [ "--preview 'tree -C {} | head -200'" ];
    };
    historyWidget.options = [
      "--sort"
      "--exact"
    ];
    colors = {
      bg = "#1e1e1e";
      "fg+" = "#d4d4d4";
    };
    tmux = {
      enableShellIntegration = true;
      shellIntegrationOptions = [ "-d 40%" ];
    };
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./all-options-expected-vars.sh;
}
