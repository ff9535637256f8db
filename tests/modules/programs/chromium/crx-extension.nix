# Mirrors Home Manager's chromium-ungoogled-chromium-extensions-linux test:
# an extension from a local .crx file, written to chromium's directory
# although the package is ungoogled-chromium.
{ config, ... }:
{
  programs.chromium = {
    enable = true;
    package = {
      type = "derivation";
      name = "ungoogled-chromium-1";
      outPath = "@ungoogled-chromium@";
      meta.mainProgram = "chromium";
    };
    extensions = [
      {
        id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        crxPath = "/home/share/extension.crx";
        version = "1.0";
      }
    ];
  };

  test.expected."home-files/.config/chromium/External Extensions/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json" =
    ./crx-extension-expected.json;
}
