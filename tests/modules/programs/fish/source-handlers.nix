# Mirrors Home Manager's source-handlers.nix: config.fish sources the
# files of functions that handle events (they must be defined to fire), not
# the others.
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
    functions = {
      normal-function = "";
      event-handler = {
        body = "";
        onEvent = "test";
      };
      variable-handler = {
        body = "";
        onVariable = "test";
      };
      job-handler = {
        body = "";
        onJobExit = "10";
      };
      signal-handler = {
        body = "";
        onSignal = "10";
      };
      process-handler = {
        body = "";
        onProcessExit = "10";
      };
    };
  };

  test.expected."home-files/.config/fish/config.fish" = ./source-handlers-expected.fish;
}
