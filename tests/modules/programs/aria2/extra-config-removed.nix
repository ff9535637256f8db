# The removed extraConfig is refused with a pointer to settings.
{
  programs.aria2 = {
    enable = true;
    extraConfig = "max-upload-limit=50K";
  };
}
