# mkOutOfStoreSymlink: the source is a store path that links to the
# absolute path outside the store.
{ config, ... }:
let
  link = config.lib.file.mkOutOfStoreSymlink "/home/hm-user/dotfiles/init.lua";
in
{
  home.file.".config/nvim/init.lua".source = link;
  home.file."link-command".text = link.buildCommand + "\n";
  home.file."link-name".text = link.name + "\n";

  test.expected = {
    "home-files/link-command" = ./out-of-store-symlink-expected-command;
    "home-files/link-name" = ./out-of-store-symlink-expected-name;
  };
}
