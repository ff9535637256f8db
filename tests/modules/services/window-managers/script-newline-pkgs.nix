# The test stubs with writeShellScript as nixpkgs (and Hearth's nixpkgs)
# write it, ending the text with a newline: Home Manager's expected bspwmrc
# and herbstluftwm autostart go through that builder. It stays out of
# tests/modules/stubs.nix, whose other cases expect the text as given.
{ lib }:
let
  stubs = import ../../stubs.nix { inherit lib; };
in
stubs
// {
  writeShellScript =
    name: text:
    stubs.writeTextFile {
      inherit name;
      executable = true;
      text = "#!${stubs.runtimeShell}\n${text}\n";
    };
}
