# A cursor theme package with a real (never built) store path, so that the
# links into it type-check as paths.
{ pkgs }: pkgs.runCommand "catppuccin-cursors" { } ""
