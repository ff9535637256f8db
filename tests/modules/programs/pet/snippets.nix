# Mirrors Home Manager's pet-snippets (state version 18.09: the settings
# are put under [General] for the user): every snippet field is written.
{
  programs.pet = {
    enable = true;
    settings.editor = "nvim";
    snippets = [
      {
        description = "git: search full history for regex";
        command = "git log -p -G <regex>";
        tag = [
          "git"
          "regex"
        ];
      }
    ];
  };

  test.expected = {
    "home-files/.config/pet/config.toml" = ./snippets-expected-config.toml;
    "home-files/.config/pet/snippet.toml" = ./snippets-expected-snippet.toml;
  };
}
