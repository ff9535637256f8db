# After Home Manager's hstr bash and zsh integration tests (their files
# could not be read; the lines follow its module): each shell evaluates its
# own configuration from hstr.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.hstr.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./integrations-expected.bashrc;
    "home-files/.zshrc" = ./integrations-expected.zshrc;
  };
}
