# Hearth's stubs have no stalonetray; the cases name a placeholder.
{
  services.stalonetray.package = {
    type = "derivation";
    name = "stalonetray";
    outPath = "@stalonetray@";
    outputs = [ "out" ];
    meta = { };
  };
}
