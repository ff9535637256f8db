# Mirrors Home Manager's go-telemetry: the mode and date, no newline.
{
  programs.go = {
    enable = true;
    telemetry = {
      mode = "on";
      date = "2006-01-02";
    };
  };

  test.expected."home-files/.config/go/telemetry/mode" = ./telemetry-expected.txt;
}
