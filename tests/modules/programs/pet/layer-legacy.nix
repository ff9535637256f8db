# Mirrors Home Manager's pet layer-legacy: with a state version before 21.11,
# the layer directory goes before the user's own snippet directories.
{ config, ... }:
{
  home.stateVersion = "21.05";
  programs.pet = {
    enable = true;
    enableMutableSnippets = true;
    package = null;
    snippets = [
      {
        description = "declarative";
        command = "echo declarative";
      }
    ];
    settings.snippetdirs = [ "${config.xdg.configHome}/pet/other-snippets" ];
  };

  home.file.state.text = builtins.toJSON {
    configDir = config.home.sessionVariables.PET_CONFIG_DIR;
    after = config.home.activation.pet-user-snippets.after;
    managedSnippetFile = config.xdg.configFile ? "pet/snippet.toml";
  };

  test.expected = {
    "home-files/.config/pet/home-manager-snippets/snippet.toml" = ./layer-snippet.toml;
    "home-files/.config/pet/config.toml" = ./layer-extra-config.toml;
    "home-files/state" = ./layer-state.json;
    "activation/pet-user-snippets" = ./layer-legacy-expected-activation.sh;
  };
}
