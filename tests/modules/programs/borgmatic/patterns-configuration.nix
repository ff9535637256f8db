# Hearth's own case (Home Manager's patterns test was not read): patterns
# instead of source directories, labelled repositories, a check without a
# frequency (kept as null).
{
  programs.borgmatic = {
    enable = true;
    backups.home = {
      location = {
        patterns = [
          "R /home/user"
          "- home/user/.cache"
        ];
        repositories = [
          {
            path = "ssh://backup@server/./repo";
            label = "server";
          }
          { path = "/mnt/local"; }
        ];
      };
      retention.keepDaily = 7;
      consistency.checks = [ { name = "data"; } ];
    };
  };

  test.expected."home-files/.config/borgmatic.d/home.yaml" = ./patterns-configuration-expected.yaml;
}
