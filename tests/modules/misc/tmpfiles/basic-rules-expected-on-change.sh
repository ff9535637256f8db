run /nix/store/00000000000000000000000000000000-systemd/bin/systemd-tmpfiles --user --remove --create ${DRY_RUN:+--dry-run} 'user-tmpfiles.d/home-manager-cache.conf'
