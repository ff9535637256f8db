# The test stubs plus a placeholder bspwm ("@bspwm@", as Home Manager's
# test.stubs give), and writeShellScript as nixpkgs (and Hearth's nixpkgs)
# write it, ending the text with a newline: Home Manager's expected
# bspwmrc goes through that builder too.
{ lib }:
let
  stubs = import ../../../misc/xsession/pkgs.nix { inherit lib; };
in
stubs
// {
  bspwm = {
    type = "derivation";
    name = "bspwm";
    pname = "bspwm";
    version = "0";
    outPath = "@bspwm@";
    outputs = [ "out" ];
    meta = { };
  };
  writeShellScript =
    name: text:
    stubs.writeTextFile {
      inherit name;
      executable = true;
      text = "#!${stubs.runtimeShell}\n${text}\n";
    };
}
