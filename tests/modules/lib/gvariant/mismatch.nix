# Hearth's own case (Home Manager has no test for it): definitions of one
# value with different GVariant types are refused, naming the option.
{ config, lib, ... }:

{
  options.examples = lib.mkOption { type = lib.types.attrsOf lib.hm.types.gvariant; };

  config = {
    examples = lib.mkMerge [
      { size = 1; }
      { size = lib.hm.gvariant.mkUint32 1; }
    ];
    home.file."result.txt".text = toString (lib.hm.gvariant.mkValue config.examples.size);
    test.expected."home-files/result.txt" = ./mismatch.nix;
  };
}
