# A configuration of the size a Home Manager user has, two dozen program
# and service modules on, for bench/home/eval.sh. Its packages are the
# module tests' stubs, so no Debian index is needed.
{ pkgs, ... }:
{
  home.username = "alice";
  home.homeDirectory = "/home/alice";
  home.stateVersion = "24.05";
  home.sessionVariables = {
    EDITOR = "nvim";
    PAGER = "less -R";
  };
  home.file.".hushlogin".text = "";
  xdg.enable = true;
  xdg.configFile."myapp/config.json".text = builtins.toJSON { a = 1; };
  programs.home-manager.enable = true;
  programs.bash = {
    enable = true;
    shellAliases.ll = "ls -l";
    historySize = 5000;
    initExtra = "set -o vi";
  };
  programs.zsh = {
    enable = true;
    autosuggestion.enable = true;
    syntaxHighlighting.enable = true;
  };
  programs.git = {
    enable = true;
    settings = {
      user.name = "Alice";
      user.email = "alice@example.org";
      alias.st = "status";
      init.defaultBranch = "main";
    };
    ignores = [ "*.swp" ];
  };
  programs.delta = {
    enable = true;
    enableGitIntegration = true;
  };
  programs.fzf.enable = true;
  programs.bat = {
    enable = true;
    config.theme = "TwoDark";
  };
  programs.direnv.enable = true;
  programs.htop = {
    enable = true;
    settings.tree_view = 1;
  };
  programs.btop.enable = true;
  programs.tmux = {
    enable = true;
    keyMode = "vi";
    terminal = "screen-256color";
  };
  programs.neovim = {
    enable = true;
    viAlias = true;
    extraConfig = "set number";
  };
  programs.ssh = {
    enable = true;
    enableDefaultConfig = false;
    matchBlocks.example = {
      hostname = "example.org";
      user = "git";
    };
  };
  programs.gpg.enable = true;
  services.gpg-agent = {
    enable = true;
    defaultCacheTtl = 600;
  };
  programs.jq.enable = true;
  programs.ripgrep = {
    enable = true;
    arguments = [ "--smart-case" ];
  };
  programs.zoxide.enable = true;
  programs.alacritty = {
    enable = true;
    settings.font.size = 11;
  };
  programs.kitty = {
    enable = true;
    settings.scrollback_lines = 10000;
  };
  programs.mpv = {
    enable = true;
    settings.hwdec = "auto";
  };
  programs.zathura.enable = true;
  programs.rofi.enable = true;
  services.picom.enable = true;
  programs.ranger.enable = true;
  programs.less.enable = true;
  programs.man.enable = true;
  programs.readline = {
    enable = true;
    variables.editing-mode = "vi";
  };
  programs.newsboat = {
    enable = true;
    urls = [ { url = "https://example.org/feed"; } ];
  };
  services.syncthing.enable = true;
  systemd.user.services.hello = {
    Unit.Description = "say hello";
    Service = {
      Type = "oneshot";
      ExecStart = "/bin/true";
    };
    Install.WantedBy = [ "default.target" ];
  };
}
