{
  astroid-disabled = ./disabled.nix;
  astroid-disabled-legacy = ./disabled-legacy.nix;
  astroid-native-only = ./native-only.nix;
  astroid-settings = ./settings.nix;
  astroid-controls = ./controls.nix;
  # Home Manager's compatibility.nix, one file per case.
  astroid-legacy-editor = ./legacy-editor.nix;
  astroid-disabled-editor-definition = ./disabled-editor-definition.nix;
  astroid-legacy-priorities = ./legacy-priorities.nix;
  astroid-empty-inputs = ./empty-inputs.nix;
  astroid-force-settings = ./force-settings.nix;
  astroid-force-sections = ./force-sections.nix;
}
