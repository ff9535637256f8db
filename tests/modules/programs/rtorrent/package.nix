# Hearth's stubs have no rtorrent; the cases name a placeholder package.
{
  programs.rtorrent.package = {
    type = "derivation";
    name = "rtorrent";
    outPath = "@rtorrent@";
    outputs = [ "out" ];
    meta = { };
  };
}
