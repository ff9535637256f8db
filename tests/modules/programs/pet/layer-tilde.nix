# Mirrors Home Manager's pet layer-tilde: a snippet file under ~ is created
# at its place in the home directory.
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
    settings.General = {
      snippetdirs = [ "${config.xdg.configHome}/pet/other-snippets" ];
      snippetfile = "~/notes/snippets.toml";
    };
  };

  home.file.state.text = builtins.toJSON {
    configDir = config.home.sessionVariables.PET_CONFIG_DIR;
    after = config.home.activation.pet-user-snippets.after;
    managedSnippetFile = config.xdg.configFile ? "pet/snippet.toml";
  };

  test.expected = {
    "home-files/.config/pet/home-manager-snippets/snippet.toml" = ./layer-snippet.toml;
    "home-files/.config/pet/config.toml" = ./layer-tilde-config.toml;
    "home-files/state" = ./layer-state.json;
    "activation/pet-user-snippets" = ./layer-tilde-expected-activation.sh;
  };
}
