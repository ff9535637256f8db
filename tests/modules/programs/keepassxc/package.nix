# Home Manager's tests stub keepassxc as @keepassxc@; Hearth's stubs have
# no keepassxc, so the cases set a package with that path themselves.
{
  programs.keepassxc.package = {
    type = "derivation";
    name = "keepassxc";
    outPath = "@keepassxc@";
    outputs = [ "out" ];
    meta = { };
  };
}
