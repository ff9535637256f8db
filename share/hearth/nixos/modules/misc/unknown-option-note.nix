# Definitions of options the system layer does not have. The module
# system's own check would report the first one as "The option `x' does
# not exist"; here a freeform type catches them instead, so that the same
# report (with the same suggestions) can end with a note on what Hearth's
# system layer covers. Freeform definitions reach the type with their path
# folded into the value, so the path is recovered by walking the declared
# option tree.
#
# The report cannot be thrown from the merge itself: rendering a value
# may need `pkgs`, which is read through `config`, which the merge is
# part of. The merge leaves it in config._unknownOptions instead, and
# top-level.nix throws it before producing any result.
{ lib, options, ... }:

let
  inherit (lib)
    attrNames
    concatStringsSep
    filter
    head
    init
    last
    length
    showOption
    take
    ;

  # The first undeclared name along a definition's path, and the value
  # defined there.
  locate =
    tree: path: value:
    let
      name = head (attrNames value);
      sub = tree.${name} or null;
    in
    if sub != null && !lib.isOption sub && builtins.isAttrs value.${name} then
      locate sub (path ++ [ name ]) value.${name}
    else
      {
        prefix = path ++ [ name ];
        value = value.${name};
      };

  suggestionsFor =
    prefix:
    let
      parent = lib.attrByPath (init prefix) { } options;
      candidates = filter (n: n != "_module") (attrNames parent);
      wrong = last prefix;
      byDistance = lib.sortOn (lib.strings.levenshtein wrong);
      picked =
        if length candidates < 100 then
          take 3 (byDistance candidates)
        else
          take 3 (byDistance (filter (c: lib.strings.levenshtein wrong c <= 2) candidates));
      quoted = s: "`${showOption (init prefix ++ [ s ])}'";
    in
    if picked == [ ] then
      ""
    else if length picked == 1 then
      "\n\nDid you mean ${quoted (head picked)}?"
    else
      "\n\nDid you mean ${concatStringsSep ", " (map quoted (init picked))} or ${quoted (last picked)}?";

  # Top-level groups with the options users set, e.g. "users.{groups,users}";
  # internal options are left out.
  coverage =
    let
      shown = node: !(lib.isOption node) || !(node.internal or false);
      visibleNames = node: filter (n: n != "_module" && shown node.${n}) (attrNames node);
      describe =
        name:
        let
          node = options.${name};
          children = visibleNames node;
        in
        if lib.isOption node then
          name
        else if length children == 1 then
          "${name}.${head children}"
        else if length children > 8 then
          "${name}.*"
        else
          "${name}.{${concatStringsSep "," children}}";
    in
    concatStringsSep ", " (map describe (filter (n: visibleNames options.${n} != [ ] || lib.isOption options.${n}) (visibleNames options)));

  note = ''
    Hearth's system layer implements the part of NixOS that a Linux host
    which is not NixOS can take: users, groups, /etc files, packages,
    systemd services and Home Manager's NixOS module. Its options are:
    ${coverage}.'';

  report =
    loc: defs:
    let
      first = head defs;
      found = locate options [ ] first.value;
      optText = showOption (loc ++ found.prefix);
      defText = lib.options.showDefs [
        {
          inherit (first) file;
          inherit (found) value;
        }
      ];
    in
    "The option `${optText}' does not exist. Definition values:${defText}${suggestionsFor found.prefix}\n\n${note}";
in
{
  config._module.freeformType = lib.mkOptionType {
    name = "hearth-system-options";
    description = "options of Hearth's system layer";
    merge =
      loc: defs:
      if options._module.check.value then { _unknownOptions = report loc defs; } else { };
  };
}
