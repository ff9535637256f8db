# Every .zshrc piece in its place: keymap, local variables, autosuggestion,
# history settings, options wrapped at 80 columns, aliases, directory
# hashes, syntax highlighting and initContent at several orders, plus the
# deprecated initExtra.
{ config, lib, ... }:
{
  home.stateVersion = "25.05";
  home.shellAliases.g = "git";

  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
    autocd = true;
    cdpath = [
      "$HOME/src"
      "/srv/my \"dir\""
    ];
    defaultKeymap = "viins";
    localVariables = {
      POWERLEVEL9K_LEFT_PROMPT_ELEMENTS = [
        "dir"
        "vcs"
      ];
      ZLE_RPROMPT_INDENT = 0;
    };
    shellAliases = {
      ll = "ls -l";
      ".." = "cd ..";
    };
    shellGlobalAliases.G = "| grep";
    dirHashes.docs = "$HOME/Documents";
    autosuggestion = {
      enable = true;
      highlight = "fg=#ff00ff,bg=cyan,bold,underline";
      strategy = [
        "history"
        "completion"
      ];
    };
    syntaxHighlighting = {
      enable = true;
      highlighters = [ "brackets" ];
      styles.comment = "fg=black,bold";
      patterns."rm -rf *" = "fg=white,bold,bg=red";
    };
    history = {
      size = 50000;
      path = "${config.xdg.dataHome}/zsh/history";
      ignorePatterns = [
        "rm *"
        "pkill *"
      ];
      extended = true;
      share = false;
    };
    setOptions = [
      "AUTO_LIST"
      "AUTO_PARAM_SLASH"
      "AUTO_PUSHD"
      "ALWAYS_TO_END"
      "INTERACTIVE_COMMENTS"
      "NO_BEEP"
    ];
    initContent = lib.mkMerge [
      (lib.mkBefore "# first")
      (lib.mkOrder 550 "# before compinit")
      "# general"
      (lib.mkAfter "# last")
    ];
    initExtra = "# deprecated initExtra";
    logoutExtra = "clear";
  };

  test.expected = {
    "home-files/.zshrc" = ./most-options-expected.zshrc;
    "home-files/.zlogout" = ./most-options-expected.zlogout;
  };
}
