# lndir, the X11 tree-mirroring tool symlinkJoin uses, as a bash script.
{ stdenvNoCC }:
stdenvNoCC.mkDerivation {
  pname = "lndir";
  version = "1.0.5";
  dontUnpack = true;
  installPhase = ''
    mkdir -p $out/bin
    cp ${./lndir.sh} $out/bin/lndir
    chmod +x $out/bin/lndir
  '';
  dontPatchShebangs = true;
  meta = {
    description = "Create a shadow directory of symbolic links to another directory tree";
    mainProgram = "lndir";
  };
}
