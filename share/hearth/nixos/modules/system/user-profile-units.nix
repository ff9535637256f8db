# User units in a user's per-user profile (/etc/profiles/per-user/<name>,
# built from users.users.<name>.packages). NixOS's user managers find them
# through XDG_DATA_DIRS, which its PAM sets; a host that is not NixOS does
# not, so a user generator puts the profile's units where that user's
# systemd looks. Home Manager's startAsUserService relies on it: its
# per-user drop-in names that user's generation.
{ config, lib, ... }:

let
  wanted = lib.any (p: lib.hasPrefix "/share/systemd/user" p) config.environment.pathsToLink;
in
{
  config = lib.mkIf wanted {
    environment.etc."systemd/user-generators/hearth-per-user-profile" = {
      mode = "0755";
      text = ''
        #!/bin/sh
        # Links the units and drop-ins of this user's per-user profile into
        # the generator's late directory ($3): below /etc/systemd/user and
        # the user's own ~/.config/systemd/user, as XDG_DATA_DIRS would be.
        user=$(id -un 2>/dev/null) || exit 0
        units=/etc/profiles/per-user/$user/share/systemd/user
        [ -d "$units" ] || exit 0
        out=''${3:?usage: hearth-per-user-profile NORMAL EARLY LATE}
        for entry in "$units"/*; do
          [ -e "$entry" ] || continue
          name=''${entry##*/}
          if [ -d "$entry" ]; then
            # A drop-in or .wants directory: its files, so that other
            # directories' entries for the same unit still apply.
            mkdir -p "$out/$name"
            for f in "$entry"/*; do
              [ -e "$f" ] && ln -sf "$f" "$out/$name/''${f##*/}"
            done
          else
            ln -sf "$entry" "$out/$name"
          fi
        done
      '';
    };
  };
}
