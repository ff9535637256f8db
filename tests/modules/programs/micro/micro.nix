# Mirrors Home Manager's micro test.
{
  programs.micro = {
    enable = true;
    settings = {
      autosu = false;
      cursorline = false;
    };
    bindings = {
      Alt-d = "SpawnMultiCursor";
      Escape = "RemoveAllMultiCursors";
    };
  };

  test.expected = {
    "home-files/.config/micro/settings.json" = ./micro-expected-settings.json;
    "home-files/.config/micro/bindings.json" = ./micro-expected-bindings.json;
  };
}
