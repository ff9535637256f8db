# `<nixpkgs/lib>`: the same lib the package set uses, Hearth's own.
import ../../lib
