# Mirrors Home Manager's completions.nix: a completion as a string and as
# an attribute set, each its own file ending in one newline.
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
    completions = {
      my-prog = ''
        complete -c myprog -s o -l output
      '';
      my-app.body = "complete -c myapp -s -v";
    };
  };

  test.expected = {
    "home-files/.config/fish/completions/my-prog.fish" = ./completions-expected-my-prog.fish;
    "home-files/.config/fish/completions/my-app.fish" = ./completions-expected-my-app.fish;
  };
}
