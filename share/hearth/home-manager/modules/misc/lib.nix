# `config.lib`: helper functions that modules publish for each other and
# for the configuration (config.lib.file.mkOutOfStoreSymlink, ...). Base
# content is lib.hm, set in modules.nix.
{ lib, ... }:

{
  options.lib = lib.mkOption {
    type = lib.types.attrsOf lib.types.attrs;
    default = { };
    description = ''
      Values modules share with each other (helper functions, tables),
      reachable as `config.lib.<name>`.
    '';
  };
}
