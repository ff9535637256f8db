# With sideloadInitLua no init.lua is linked; the wrapper loads the Lua.
{ config, lib, ... }:
{
  programs.neovim = {
    enable = true;
    sideloadInitLua = true;
    initLua = ''
      vim.opt.wrap = false
    '';
  };

  home.file.wrapper.text = config.programs.neovim.finalPackage.buildCommand;
  home.file.linked.text =
    lib.boolToString (config.xdg.configFile ? "nvim/init.lua" && config.xdg.configFile."nvim/init.lua".enable)
    + "\n";

  test.expected = {
    "home-files/wrapper" = ./sideload-expected-wrapper.sh;
    "home-files/linked" = ./sideload-expected-linked.txt;
  };
}
