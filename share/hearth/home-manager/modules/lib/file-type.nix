# The type of `home.file` and of `xdg.{config,data,state,cache}File`: an
# attribute set of file submodules. `basePath` is where relative targets
# start; a target inside the home directory is stored relative to it, since
# activation links `$HOME/<target>`.
{
  homeDirectory,
  lib,
  pkgs,
}:

let
  inherit (lib) mkDefault mkOption types;
in
{
  /**
    Type: fileType :: String -> String -> String -> OptionType

    Inputs: the option's name (for messages), a Markdown description of the
    base directory, and the base directory itself.
  */
  fileType =
    opt: basePathDesc: basePath:
    types.attrsOf (
      types.submodule (
        { name, config, ... }:
        {
          options = {
            enable = mkOption {
              type = types.bool;
              default = true;
              description = ''
                Whether this file should be generated. This option allows specific
                files to be disabled.
              '';
            };

            target = mkOption {
              type = types.nonEmptyStr;
              apply =
                p:
                let
                  absolute = if lib.hasPrefix "/" p then p else "${basePath}/${p}";
                in
                lib.removePrefix (homeDirectory + "/") absolute;
              defaultText = lib.literalExpression "name";
              description = ''
                Path to target file relative to ${basePathDesc}.
              '';
            };

            text = mkOption {
              type = types.nullOr types.lines;
              default = null;
              description = ''
                Text of the file. If this option is null then
                [](#opt-${opt}._name_.source)
                must be set.
              '';
            };

            source = mkOption {
              type = types.path;
              description = ''
                Path of the source file or directory.
                If [](#opt-${opt}._name_.text)
                is non-null then this option will automatically point to a file
                containing that text.
              '';
            };

            executable = mkOption {
              type = types.nullOr types.bool;
              default = null;
              description = ''
                Set the execute bit. If `null`, defaults to the mode
                of the {var}`source` file or to `false`
                for files created through the {var}`text` option.
              '';
            };

            recursive = mkOption {
              type = types.bool;
              default = false;
              description = ''
                If the file source is a directory, then this option
                determines whether the directory should be recursively
                linked to the target location. This option has no effect
                if the source is a file.

                If `false` (the default) then the target
                will be a symbolic link to the source directory. If
                `true` then the target will be a
                directory structure matching the source's but whose leafs
                are symbolic links to the files of the source directory.
              '';
            };

            ignorelinks = mkOption {
              type = types.bool;
              default = false;
              description = ''
                When `recursive` is enabled, adds the `-ignorelinks` flag to
                lndir: symbolic links in the source are linked to, not
                followed.
              '';
            };

            onChange = mkOption {
              type = types.lines;
              default = "";
              description = ''
                Shell commands to run when file has changed between
                generations. The script will be run
                *after* the new files have been linked
                into place.

                Note, this code is always run when `recursive` is
                enabled.
              '';
            };

            force = mkOption {
              type = types.bool;
              default = false;
              visible = false;
              description = ''
                Whether the target path should be unconditionally replaced
                by the managed file source. Warning, this will silently
                delete the target regardless of whether it is a file or
                link.
              '';
            };
          };

          config = {
            target = mkDefault name;
            source = lib.mkIf (config.text != null) (
              mkDefault (
                pkgs.writeTextFile {
                  inherit (config) text;
                  executable = config.executable == true;
                  name = lib.hm.strings.storeFileName name;
                }
              )
            );
          };
        }
      )
    );
}
