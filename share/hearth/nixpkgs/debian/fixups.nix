# Debian packages whose files name host paths where Nix code expects store
# paths. Each fix wraps the package from ./package.nix (`deb`) in a small
# derivation that keeps its bin/ and share/ and adds what Nix code reads.
{ runCommand }:
{
  # Home Manager's programs.bash sources
  # ${bash-completion}/etc/profile.d/bash_completion.sh; Debian's copy of
  # that script loads /usr/share/bash-completion, which the host may lack.
  # Ours loads the store's (bash_completion finds its completions/
  # directory from its own location).
  bash-completion =
    deb:
    runCommand deb.name
      {
        inherit deb;
        passthru = {
          inherit (deb) pname version debian;
        };
        meta = deb.meta;
      }
      ''
        mkdir -p $out/etc/profile.d
        ln -s $deb/bin $deb/share $deb/libexec $out/
        cat > $out/etc/profile.d/bash_completion.sh <<EOF
        # Interactive bash only, and once.
        if [ -n "\''${BASH_VERSION-}" ] && [ -n "\''${PS1-}" ] &&
            [ -z "\''${BASH_COMPLETION_VERSINFO-}" ] && shopt -q progcomp; then
            . "$out/share/bash-completion/bash_completion"
        fi
        EOF
      '';
}
