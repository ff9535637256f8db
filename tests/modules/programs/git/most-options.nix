# Settings merged from two definitions (lists concatenated, a forced value
# winning), quoting of values and subsections, every include kind, SSH
# signing and LFS.
{ lib, ... }:
{
  programs.git = lib.mkMerge [
    {
      enable = true;
      settings = {
        user = {
          name = "Jane Doe";
          email = "jane@example.org";
        };
        alias = {
          co = "checkout";
          lg = "log --graph";
          escapes = ''"\n	'';
        };
        extra = {
          name = "value";
          multiple = [ 1 ];
        };
        url."ssh://git@host.example".insteadOf = "otherhost";
      };
      ignores = [
        "*~"
        "*.swp"
      ];
      attributes = [ "*.pdf diff=pdf" ];
      includes = [
        { path = "~/path/to/config.inc"; }
        {
          path = "~/path/to/conditional.inc";
          condition = "gitdir:~/src/dir";
        }
        {
          condition = "gitdir:~/src/my.project/";
          contents.user.email = "jane@work.example";
        }
        {
          condition = "gitdir:~/work/";
          contents.user.email = "jane@work.example";
          contentSuffix = "gitconfig-work";
        }
      ];
      signing = {
        format = "ssh";
        key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey jane@example.org";
        signByDefault = true;
      };
      lfs.enable = true;
    }
    {
      settings = {
        alias.co = lib.mkForce "checkout --quiet";
        extra.multiple = [ 2 ];
        extra.boolean = false;
        extra.integer = 38;
        extra.subsection.value = "nested";
        "extra \"backcompat.with.dots\"".previously = "worked";
      };
    }
  ];

  test.expected = {
    "home-files/.config/git/config" = ./most-options-expected.conf;
    "home-files/.config/git/ignore" = ./most-options-expected.ignore;
    "home-files/.config/git/attributes" = ./most-options-expected.attributes;
  };
}
