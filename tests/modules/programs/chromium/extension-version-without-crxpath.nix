# Mirrors Home Manager's chromium-extension-version-without-crxpath test.
{
  programs.chromium = {
    enable = true;
    extensions = [
      {
        id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        version = "1.0";
      }
    ];
  };
}
