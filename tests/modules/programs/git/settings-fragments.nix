# A list of fragments keeps repeated sections apart and in order (mkBefore
# and mkAfter included); attribute-set definitions merge into one fragment
# rendered first, after the module's own settings.
{ lib, ... }:
{
  imports = [
    { programs.git.settings = lib.mkAfter [ { credential."https://example.com".helper = "after"; } ]; }
    { programs.git.settings = [ { credential."https://example.com".helper = "oauth"; } ]; }
    { programs.git.settings = lib.mkBefore [ { credential."https://example.com".helper = ""; } ]; }
    { programs.git.settings.user.name = "Jane"; }
    { programs.git.settings.credential.helper = "store"; }
  ];

  programs.git = {
    enable = true;
    signing.format = null;
    includes = [ { path = "~/.gitconfig.local"; } ];
  };

  test.expected."home-files/.config/git/config" = ./settings-fragments-expected.conf;
}
