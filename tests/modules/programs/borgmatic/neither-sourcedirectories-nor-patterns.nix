# Hearth's own case: a backup must say what to back up.
{
  programs.borgmatic = {
    enable = true;
    backups.main.location.repositories = [ "/mnt/disk1" ];
  };
}
