{
  bash-basic = ./basic.nix;
  bash-logout = ./logout.nix;
  bash-no-logout = ./no-logout.nix;
  bash-session-variables = ./session-variables.nix;
  bash-history-control-with-file = ./history-control-with-file.nix;
  bash-aliases-and-options = ./aliases-and-options.nix;
}
