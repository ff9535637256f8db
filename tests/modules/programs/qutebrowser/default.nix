{
  qutebrowser-settings = ./settings.nix;
  qutebrowser-keybindings = ./keybindings.nix;
  qutebrowser-quickmarks = ./quickmarks.nix;
  qutebrowser-url-settings = ./url-settings.nix;
  qutebrowser-domain-settings = ./domain-settings.nix;
  qutebrowser-greasemonkey = ./greasemonkey.nix;
}
