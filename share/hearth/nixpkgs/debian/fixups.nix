# Debian packages whose layout differs from the one Nix code (Home
# Manager's modules above all) expects of nixpkgs' package. Each entry is
# shell run last in the package's face (./package.nix), keyed by Debian
# name: $tree is the merged tree (bin/, share/, libexec/hearth/root where
# Debian's / is), and $out already holds links to the tree's bin/ and
# share/ entries, to which the fix adds.
{
  # Home Manager's programs.bash sources
  # ${bash-completion}/etc/profile.d/bash_completion.sh; Debian's copy of
  # that script loads /usr/share/bash-completion, which the host may lack.
  # Ours loads the store's (bash_completion finds its completions/
  # directory from its own location).
  bash-completion = ''
    mkdir -p $out/etc/profile.d
    cat > $out/etc/profile.d/bash_completion.sh <<EOF
    # Interactive bash only, and once.
    if [ -n "\''${BASH_VERSION-}" ] && [ -n "\''${PS1-}" ] &&
        [ -z "\''${BASH_COMPLETION_VERSINFO-}" ] && shopt -q progcomp; then
        . "$out/share/bash-completion/bash_completion"
    fi
    EOF
  '';
}
