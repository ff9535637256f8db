{ lib, ... }: { imports = [ ./a-imp.nix ]; l = [ "b" ]; }
