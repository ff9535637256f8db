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
                Set to `false` to drop this entry, for instance to switch off
                a file that another module declares.
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
                Where the file goes, relative to ${basePathDesc} unless
                absolute. Defaults to the attribute name.
              '';
            };

            text = mkOption {
              type = types.nullOr types.lines;
              default = null;
              description = ''
                Contents of the file, written to the store. Leave `null`
                and set [](#opt-${opt}._name_.source) to use an existing
                file instead.
              '';
            };

            source = mkOption {
              type = types.path;
              description = ''
                File or directory the target links to. Filled in
                automatically when [](#opt-${opt}._name_.text) is given.
              '';
            };

            executable = mkOption {
              type = types.nullOr types.bool;
              default = null;
              description = ''
                Whether the file is executable. `null` keeps the mode of
                {var}`source`, which for {var}`text` files means not
                executable.
              '';
            };

            recursive = mkOption {
              type = types.bool;
              default = false;
              description = ''
                For a directory source: when `false`, the target is one
                link to the whole directory; when `true`, the target is a
                real directory tree with a link for each file, so other
                files can live beside them. Ignored for a file source.
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
                Shell code run during activation, after linking, when the
                file differs from the previous generation's. With
                `recursive` set it runs on every activation.
              '';
            };

            force = mkOption {
              type = types.bool;
              default = false;
              visible = false;
              description = ''
                Replace whatever is at the target (file or link) without
                the usual collision check. The old content is lost without
                any warning.
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
