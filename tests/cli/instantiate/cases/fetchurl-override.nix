# An -I entry for `nix` comes before the built-in expressions.
import <nix/fetchurl.nix> { url = "u"; }
