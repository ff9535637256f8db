# After Home Manager's qutebrowser-greasemonkey: the scripts are linked,
# by name, into one folder that becomes qutebrowser's greasemonkey/.
{ config, pkgs, ... }:
{
  programs.qutebrowser = {
    enable = true;
    greasemonkey = [
      (pkgs.writeText "some-script.js" ''
        // ==UserScript==
        // @name  Some Greasemonkey script
        // ==/UserScript==
      '')
      (pkgs.writeText "other-script.js" "")
    ];
  };

  home.file.links.text = config.xdg.configFile."qutebrowser/greasemonkey".source.links + "\n";

  test.expected."home-files/links" = ./greasemonkey-expected-links.txt;
}
