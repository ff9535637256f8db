# Hearth's own case: source directories and patterns exclude each other.
{
  programs.borgmatic = {
    enable = true;
    backups.main.location = {
      sourceDirectories = [ "/my-stuff-to-backup" ];
      patterns = [ "R /" ];
      repositories = [ "/mnt/disk1" ];
    };
  };
}
