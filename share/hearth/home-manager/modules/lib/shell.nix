# lib.hm.shell (also `config.lib.shell`): rendering shell variable
# assignments, and the per-shell integration options modules declare.
{ lib }:

let
  # Booleans read as words in shell files; everything else through toString.
  render = v: if builtins.isBool v then lib.boolToString v else toString v;
in
rec {
  /**
    A search-path value: the new entries, then the old value after a
    separator only if it was non-empty.

    Type: prependToVar :: String -> String -> [String] -> String

    Examples:
      prependToVar ":" "PATH" [ "/a" "/b" ] => "/a:/b\${PATH:+:}$PATH"
  */
  prependToVar = sep: name: values: "${lib.concatStringsSep sep values}\${${name}:+${sep}}\$${name}";

  /**
    An export statement. The value goes inside double quotes unescaped, so
    `$VAR` references expand when the file is sourced.

    Type: export :: String -> Any -> String

    Examples:
      export "EDITOR" "vim" => "export EDITOR=\"vim\""
  */
  export = name: value: ''export ${name}="${render value}"'';

  /**
    One export line per non-null variable, sorted by name, joined by newlines
    (no trailing newline).

    Type: exportAll :: AttrsOf Any -> String
  */
  exportAll =
    vars: lib.concatStringsSep "\n" (lib.mapAttrsToList export (lib.filterAttrs (_: v: v != null) vars));

  # An `enable<Shell>Integration` option defaulting to the global switch in
  # `home.shell.enable<Shell>Integration`.
  mkShellIntegrationOption =
    shell:
    {
      config,
      baseName ? shell,
      extraDescription ? "",
    }:
    let
      attrName = "enable${shell}Integration";
    in
    lib.mkOption {
      type = lib.types.bool;
      default = config.home.shell.${attrName};
      defaultText = lib.literalMD "[](#opt-home.shell.${attrName})";
      example = false;
      description = "Hook this program into the startup files of ${baseName}.${
        lib.optionalString (extraDescription != "") ("\n\n" + extraDescription)
      }";
    };

  mkBashIntegrationOption = mkShellIntegrationOption "Bash";
  mkFishIntegrationOption = mkShellIntegrationOption "Fish";
  mkIonIntegrationOption = mkShellIntegrationOption "Ion";
  mkNushellIntegrationOption = mkShellIntegrationOption "Nushell";
  mkZshIntegrationOption = mkShellIntegrationOption "Zsh";
}
