# Mirrors Home Manager's recoll basic-configuration test: keys, lists and
# per-directory sections in a configuration directory under ~/.config.
# Adapted: the package is a placeholder (Home Manager stubs one), and the
# unit files and RECOLL_CONFDIR, which HM's test only sees exist, are
# compared too (Hearth's own expectations, from the module).
{ config, ... }:
{
  services.recoll = {
    enable = true;
    package = {
      type = "derivation";
      name = "recoll";
      outPath = "@recoll@";
    };
    configDir = "${config.xdg.configHome}/recoll";
    settings = {
      topdirs = [
        "~/Downloads"
        "~/Documents"
        "~/library"
      ];
      "skippedNames+" = [ "node_modules" ];
      underscoresasletter = true;
      nocjk = false;

      "~/library/projects" = {
        "skippedNames+" = [
          ".editorconfig"
          ".gitignore"
          "result"
          "flake.lock"
          "go.sum"
        ];
      };

      "~/library/projects/software" = {
        "skippedNames+" = [
          "target"
          "result"
        ];
      };

      "~/what-is-this-project" = {
        "skippedNames+" = [ "whoa-there" ];
      };
    };
  };

  test.expected = {
    "home-files/.config/recoll/recoll.conf" = ./basic-configuration.conf;
    "home-files/.config/systemd/user/recollindex.service" = ./recollindex.service;
    "home-files/.config/systemd/user/recollindex.timer" = ./recollindex.timer;
  };
}
