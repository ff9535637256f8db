# Rendering of systemd units as NixOS writes them: the [Unit] keys derived
# from the dependency options, the [Service] section with Environment=
# lines first, the X-* switch hints, then serviceConfig, and an [Install]
# section listing wantedBy. Keys inside a section come out in attribute
# name order, as attrsToSection walks an attribute set.
{ lib, pkgs }:

let
  inherit (lib)
    concatLists
    concatMapStrings
    concatStrings
    concatStringsSep
    isList
    mapAttrsToList
    optionalAttrs
    optionalString
    replaceStrings
    types
    ;
in
rec {
  # A unit name with a known unit type suffix.
  unitNameType = types.strMatching "[a-zA-Z0-9@%:_.\\-]+[.](service|socket|device|mount|automount|swap|target|path|timer|scope|slice)";

  # Values of serviceConfig/unitConfig: lists stand for repeated keys and
  # are concatenated; single values must agree across definitions.
  unitOption = lib.mkOptionType {
    name = "systemd option";
    merge =
      loc: defs:
      let
        defs' = lib.filterOverrides defs;
      in
      if isList (lib.head defs').value then
        lib.concatMap (
          def:
          if isList def.value then
            def.value
          else
            throw "The definitions for systemd unit options should be either all lists, representing repeatable options, or all non-lists, but for the option ${lib.showOption loc}, the definitions are a mix of list and non-list ${lib.options.showDefs defs'}"
        ) defs'
      else
        lib.mergeEqualOption loc defs';
  };

  toOption =
    x:
    if x == true then
      "true"
    else if x == false then
      "false"
    else
      toString x;

  # One `Key=value` line per value; a list repeats the key.
  attrsToSection =
    as:
    concatStrings (
      concatLists (
        mapAttrsToList (name: value: map (x: "${name}=${toOption x}\n") (if isList value then value else [ value ])) as
      )
    );

  # The [Unit] keys NixOS derives from a unit's dependency options, merged
  # under what the unit sets in unitConfig itself.
  dependencyUnitConfig =
    def:
    optionalAttrs (def.requires != [ ]) { Requires = toString def.requires; }
    // optionalAttrs (def.wants != [ ]) { Wants = toString def.wants; }
    // optionalAttrs (def.upholds != [ ]) { Upholds = toString def.upholds; }
    // optionalAttrs (def.after != [ ]) { After = toString def.after; }
    // optionalAttrs (def.before != [ ]) { Before = toString def.before; }
    // optionalAttrs (def.bindsTo != [ ]) { BindsTo = toString def.bindsTo; }
    // optionalAttrs (def.partOf != [ ]) { PartOf = toString def.partOf; }
    // optionalAttrs (def.conflicts != [ ]) { Conflicts = toString def.conflicts; }
    // optionalAttrs (def.requisite != [ ]) { Requisite = toString def.requisite; }
    // optionalAttrs (def.restartTriggers != [ ]) {
      X-Restart-Triggers = "${pkgs.writeText "X-Restart-Triggers-${def.attrName}" (triggerText def.restartTriggers)}";
    }
    // optionalAttrs (def.reloadTriggers != [ ]) {
      X-Reload-Triggers = "${pkgs.writeText "X-Reload-Triggers-${def.attrName}" (triggerText def.reloadTriggers)}";
    }
    // optionalAttrs (def.description != "") { Description = def.description; }
    // optionalAttrs (def.documentation != [ ]) { Documentation = toString def.documentation; }
    // optionalAttrs (def.onFailure != [ ]) { OnFailure = toString def.onFailure; }
    // optionalAttrs (def.onSuccess != [ ]) { OnSuccess = toString def.onSuccess; }
    // optionalAttrs (def.startLimitIntervalSec != null) { StartLimitIntervalSec = toString def.startLimitIntervalSec; }
    // optionalAttrs (def.startLimitBurst != null) { StartLimitBurst = toString def.startLimitBurst; };

  # Paths among the triggers are copied to the store, as "${path}" does.
  triggerText = triggers: toString (map (x: if builtins.isPath x then "${x}" else x) (lib.flatten triggers));

  # The shell script a unit's script/preStart/... option becomes; its path
  # is what Exec*= points at. The derivation is named unit-script-<name>,
  # the file inside bin/ is the short name so that logs stay readable.
  makeJobScript =
    name: text:
    let
      scriptName = replaceStrings [ "\\" "@" ] [ "-" "_" ] (shellEscape name);
      drv = pkgs.writeTextFile {
        name = "unit-script-${scriptName}";
        executable = true;
        destination = "/bin/${scriptName}";
        text = ''
          #!${pkgs.runtimeShell}
          set -e

          ${text}
        '';
      };
    in
    "${drv}/bin/${scriptName}";

  shellEscape = s: replaceStrings [ "\\" ] [ "\\\\" ] s;

  # The Environment= lines: every variable (global ones first merged
  # under the unit's own), in name order, quoted as JSON strings.
  environmentLines =
    unitName: env:
    concatMapStrings (
      n:
      let
        s = optionalString (env.${n} != null) "Environment=${builtins.toJSON "${n}=${env.${n}}"}\n";
      in
      # systemd accepts lines up to 1 MiB.
      if builtins.stringLength s >= 1048576 then
        throw "The value of the environment variable ‘${n}’ in systemd service ‘${unitName}’ is too long."
      else
        s
    ) (lib.attrNames env);

  commonUnitText =
    def: body:
    ''
      [Unit]
      ${attrsToSection def.unitConfig}
    ''
    + body
    + optionalString (def.wantedBy != [ ]) ''

      [Install]
      WantedBy=${concatStringsSep " " def.wantedBy}
    '';

  serviceText =
    globalEnvironment: def:
    commonUnitText def (
      "[Service]\n"
      + environmentLines def.unitName (globalEnvironment // def.environment)
      + (
        if def.reloadIfChanged then
          "X-ReloadIfChanged=true\n"
        else if !def.restartIfChanged then
          "X-RestartIfChanged=false\n"
        else
          ""
      )
      + optionalString (!def.stopIfChanged) "X-StopIfChanged=false\n"
      + attrsToSection def.serviceConfig
    );
}
