# Home Manager's tests stub streamlink; Hearth's stubs have none, so the
# cases set a placeholder package.
{
  programs.streamlink.package = {
    type = "derivation";
    name = "streamlink";
    outPath = "@streamlink@";
    outputs = [ "out" ];
    meta = { };
  };
}
