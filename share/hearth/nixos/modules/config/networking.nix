# networking.hostName. NixOS defaults it to "nixos"; on a host Hearth does
# not own the name stays the host's unless the configuration sets one.
{ lib, ... }:

{
  options.networking.hostName = lib.mkOption {
    type = lib.types.nullOr (lib.types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$");
    default = null;
    example = "alpha";
    description = "The host name, or null to leave the host's name as it is.";
  };
}
