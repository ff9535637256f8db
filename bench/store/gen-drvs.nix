# 1,000 small derivations in four layers of 250: layer 0 writes a text
# file; each later derivation's shell builder concatenates two derivations
# of the layer below (so every output refers to nothing, but every build
# waits for its inputs). `count` and `layers` scale it.
{ count ? 1000, layers ? 4, system ? builtins.currentSystem }:
let
  per = count / layers;
  mk = name: script: derivation {
    inherit name system;
    builder = "/bin/sh";
    PATH = "/usr/bin:/bin";
    args = [ "-c" script ];
  };
  layer = l:
    if l == 0 then
      builtins.genList (i: mk "t0-${toString i}" "echo text ${toString i} > $out") per
    else
      let below = layer (l - 1); in
      builtins.genList (i:
        let a = builtins.elemAt below i; b = builtins.elemAt below (per - 1 - i); in
        mk "t${toString l}-${toString i}" "cat ${a} ${b} > $out; echo ${toString l} >> $out") per;
  all = builtins.concatLists (builtins.genList layer layers);
in
builtins.listToAttrs (builtins.genList (i: { name = "d${toString i}"; value = builtins.elemAt all i; }) (builtins.length all))
