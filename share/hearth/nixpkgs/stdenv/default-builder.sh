# The builder of every mkDerivation that does not give its own.
source "$stdenv/setup"
genericBuild
