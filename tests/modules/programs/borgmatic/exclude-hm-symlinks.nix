# Hearth's own case: excludeHomeManagerSymlinks appends the generated
# exclude file after the user's exclude_from entries.
{
  programs.borgmatic = {
    enable = true;
    backups.main.location = {
      sourceDirectories = [ "/home/hm-user" ];
      repositories = [ "/mnt/disk1" ];
      excludeHomeManagerSymlinks = true;
      extraConfig.exclude_from = [ "/etc/borg-excludes" ];
    };
  };

  test.expected."home-files/.config/borgmatic.d/main.yaml" = ./exclude-hm-symlinks-expected.yaml;
}
