# Hearth's stubs have no unison; the cases name a placeholder.
{
  services.unison.package = {
    type = "derivation";
    name = "unison";
    outPath = "@unison@";
    outputs = [ "out" ];
    meta = { };
  };
}
