# Mirrors Home Manager's tests/modules/programs/fish/functions.nix: a body
# given as a string, and one with an event option. Files are shown before
# fish_indent, which runs when they are built.
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
    functions = {
      func = ''echo "Hello"'';
      func-event = {
        body = ''echo "Not found!"'';
        onEvent = "fish_command_not_found";
      };
      func-all = {
        body = "echo $argv";
        description = "Every flag";
        wraps = "echo";
        onEvent = [
          "e1"
          "e2"
        ];
        noScopeShadowing = true;
        argumentNames = [
          "a"
          "b"
        ];
      };
    };
  };

  test.expected = {
    "home-files/.config/fish/functions/func.fish" = ./functions-expected-func.fish;
    "home-files/.config/fish/functions/func-event.fish" = ./functions-expected-func-event.fish;
    "home-files/.config/fish/functions/func-all.fish" = ./functions-expected-func-all.fish;
  };
}
