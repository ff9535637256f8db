# Hearth's stubs have no cbatticon; the cases name a placeholder.
{
  services.cbatticon.package = {
    type = "derivation";
    name = "cbatticon";
    outPath = "@cbatticon@";
    outputs = [ "out" ];
    meta = { };
  };
}
