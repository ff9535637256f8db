# Kodi as a placeholder package, as Home Manager's tests stub it.
{
  programs.kodi.package = {
    type = "derivation";
    name = "kodi";
    outPath = "@kodi@";
  };
}
