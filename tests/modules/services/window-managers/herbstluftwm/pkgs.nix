# The test stubs plus a placeholder herbstluftwm ("@herbstluftwm@", as
# Home Manager's test.stubs give), and writeShellScript as nixpkgs (and
# Hearth's nixpkgs) write it, ending the text with a newline, as in Home
# Manager's expected autostart.
{ lib }:
let
  stubs = import ../../../misc/xsession/pkgs.nix { inherit lib; };
in
stubs
// {
  herbstluftwm = {
    type = "derivation";
    name = "herbstluftwm";
    pname = "herbstluftwm";
    version = "0";
    outPath = "@herbstluftwm@";
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
