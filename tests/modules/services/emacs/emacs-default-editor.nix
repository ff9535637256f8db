# Mirrors Home Manager's emacs-default-editor test, which runs $EDITOR;
# here the script behind EDITOR is compared instead.
{ config, ... }:
{
  services.emacs = {
    enable = true;
    defaultEditor = true;
  };

  home.file.editor.text = config.home.sessionVariables.EDITOR.text;

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./emacs-default-editor-vars.sh;
    "home-files/editor" = ./emacs-default-editor.sh;
  };
}
