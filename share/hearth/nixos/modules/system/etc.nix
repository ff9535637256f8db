# environment.etc: files the system layer installs under /etc. Each entry
# is a store path (written from `text` when given) plus how to install it:
# a symlink into the store, or a copy with a mode and owner.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkDefault mkIf mkOption types;

  etcModule =
    {
      name,
      config,
      options,
      ...
    }:
    {
      options = {
        enable = mkOption {
          type = types.bool;
          default = true;
          description = "Whether the file is installed.";
        };
        target = mkOption {
          type = types.str;
          description = "Path of the file relative to /etc; the attribute name unless set.";
        };
        text = mkOption {
          type = types.nullOr types.lines;
          default = null;
          description = "Contents of the file; sets `source`.";
        };
        source = mkOption {
          type = types.path;
          description = "The file (or directory) installed at the target.";
        };
        mode = mkOption {
          type = types.str;
          default = "symlink";
          example = "0600";
          description = ''
            "symlink" links the target into the store (through /etc/static
            on NixOS), "direct-symlink" links it straight to the source,
            and an octal mode copies the file with that mode.
          '';
        };
        uid = mkOption {
          type = types.int;
          default = 0;
          description = "Owner UID of a copied file.";
        };
        gid = mkOption {
          type = types.int;
          default = 0;
          description = "Owner GID of a copied file.";
        };
        user = mkOption {
          type = types.str;
          default = "+${toString config.uid}";
          description = "Owner of a copied file, by name (or +UID); wins over uid.";
        };
        group = mkOption {
          type = types.str;
          default = "+${toString config.gid}";
          description = "Group of a copied file, by name (or +GID); wins over gid.";
        };
      };

      config = {
        target = mkDefault name;
        source = mkIf (config.text != null) (
          let
            name' = "etc-" + lib.replaceStrings [ "/" ] [ "-" ] name;
          in
          mkDefault (pkgs.writeText name' config.text)
        );
      };
    };
in
{
  options.environment.etc = mkOption {
    type = types.attrsOf (types.submodule etcModule);
    default = { };
    example = lib.literalExpression ''
      { "hosts".text = "127.0.0.1 localhost";
        "nix/nix.conf".source = ./nix.conf; }
    '';
    description = "Files installed under /etc.";
  };
}
