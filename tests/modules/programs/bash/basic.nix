{
  programs.bash.enable = true;
}
