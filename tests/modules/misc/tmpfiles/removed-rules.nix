# Hearth's own case: the old list option `rules` is removed and names its
# replacement.
{
  systemd.user.tmpfiles.rules = [ "d %C - - - 4w" ];
}
