# Mirrors Home Manager's pet layer-settings: mutable snippets; the declared
# ones in a directory of their own, listed in snippetdirs, PET_CONFIG_DIR
# set, and snippet.toml created empty at activation.
{ config, ... }:
{
  home.stateVersion = "21.11";
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
  };

  home.file.state.text = builtins.toJSON {
    configDir = config.home.sessionVariables.PET_CONFIG_DIR;
    after = config.home.activation.pet-user-snippets.after;
    managedSnippetFile = config.xdg.configFile ? "pet/snippet.toml";
  };

  test.expected = {
    "home-files/.config/pet/home-manager-snippets/snippet.toml" = ./layer-snippet.toml;
    "home-files/.config/pet/config.toml" = ./layer-config.toml;
    "home-files/state" = ./layer-state.json;
    "activation/pet-user-snippets" = ./layer-settings-expected-activation.sh;
  };
}
