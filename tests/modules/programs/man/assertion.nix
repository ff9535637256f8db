# Mirrors Home Manager's man-assertion: two viewers at once are refused.
{
  programs.man = {
    enable = true;
    man-db.enable = true;
    mandoc.enable = true;
  };
}
