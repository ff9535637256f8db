# Declarative bookmarks of a Mozilla profile: the types of a bookmark tree
# and the Netscape bookmark file written from it, which the browser
# imports at startup (browser.places.importBookmarksHTML). The profile
# option that uses them is in ./mk-firefox-module.nix.
{ lib, pkgs }:
let
  inherit (lib) mkOption types;

  bookmark = types.addCheck (types.submodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "The bookmark's title.";
        };
        tags = mkOption {
          type = types.listOf types.str;
          default = [ ];
          description = "Tags of the bookmark.";
        };
        keyword = mkOption {
          type = types.nullOr types.str;
          default = null;
          description = "Keyword that opens the bookmark from the address bar.";
        };
        url = mkOption {
          type = types.str;
          description = "The address; `%s` stands for what follows the keyword.";
        };
      };
    }
  )) (v: v ? url);

  directory = types.submodule (
    { name, ... }:
    {
      options = {
        name = mkOption {
          type = types.str;
          default = name;
          description = "The folder's title.";
        };
        bookmarks = mkOption {
          type = types.listOf node;
          default = [ ];
          description = "What the folder holds, in order.";
        };
        toolbar = mkOption {
          type = types.bool;
          default = false;
          description = "Whether this folder is the bookmarks toolbar itself.";
        };
      };
    }
  );

  # A bookmark, a folder, or the string "separator" (a dividing line).
  node = types.oneOf [
    (types.enum [ "separator" ])
    bookmark
    directory
  ];

  # An attribute set of nodes (not one with `settings`, which is the
  # submodule's own form) stands for the list of its values.
  settingsType = types.coercedTo (types.addCheck (types.attrsOf node) (
    a: !(a ? settings)
  )) lib.attrValues (types.listOf node);

  indent = n: lib.concatStrings (lib.replicate n "  ");

  bookmarkLine =
    level: b:
    "${indent level}<DT><A HREF=\"${lib.escapeXML b.url}\" ADD_DATE=\"1\" LAST_MODIFIED=\"1\""
    + lib.optionalString (b.keyword != null) " SHORTCUTURL=\"${lib.escapeXML b.keyword}\""
    + lib.optionalString (b.tags != [ ]) " TAGS=\"${lib.escapeXML (lib.concatStringsSep "," b.tags)}\""
    + ">${lib.escapeXML b.name}</A>";

  # The toolbar folder has a fixed title, whatever its name.
  directoryLines =
    level: d:
    let
      heading =
        if d.toolbar then
          "<H3 ADD_DATE=\"1\" LAST_MODIFIED=\"1\" PERSONAL_TOOLBAR_FOLDER=\"true\">Bookmarks Toolbar</H3>"
        else
          "<H3 ADD_DATE=\"1\" LAST_MODIFIED=\"1\">${lib.escapeXML d.name}</H3>";
    in
    lib.concatStringsSep "\n" [
      "${indent level}<DT>${heading}"
      "${indent level}<DL><p>"
      (nodesLines (level + 1) d.bookmarks)
      "${indent level}</DL><p>"
    ];

  nodeLines =
    level: n:
    if n == "separator" then
      "${indent level}<HR>"
    else if n ? url then
      bookmarkLine level n
    else
      directoryLines level n;

  nodesLines = level: nodes: lib.concatStringsSep "\n" (map (nodeLines level) nodes);

  file =
    nodes:
    pkgs.writeText "bookmarks.html" ''
      <!DOCTYPE NETSCAPE-Bookmark-file-1>
      <!-- This is an automatically generated file.
        It will be read and overwritten.
        DO NOT EDIT! -->
      <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
      <TITLE>Bookmarks</TITLE>
      <H1>Bookmarks Menu</H1>
      <DL><p>
      ${nodesLines 1 nodes}
      </DL>
    '';
in
{
  inherit settingsType;

  /**
    The submodule of profiles.<name>.bookmarks.

    Inputs:
    - optionPath: the option's path, for the assertion's message
  */
  submodule =
    optionPath:
    types.submodule (
      { config, ... }:
      {
        options = {
          enable = mkOption {
            internal = true;
            type = types.bool;
            default = config.settings != [ ];
            description = "Whether bookmarks are written.";
          };
          force = mkOption {
            type = types.bool;
            default = false;
            description = ''
              Acknowledge that the browser replaces the profile's
              bookmarks with these ones.
            '';
          };
          settings = mkOption {
            type = settingsType;
            default = [ ];
            description = "The bookmarks: bookmarks, folders and separators, in order.";
          };
          configFile = mkOption {
            type = types.nullOr types.path;
            default = if config.enable then file config.settings else null;
            description = "The bookmark file given to the browser.";
          };
          assertions = mkOption {
            internal = true;
            type = types.listOf types.unspecified;
            default = [ ];
            description = "Assertions of these bookmarks.";
          };
        };
        config.assertions = [
          {
            assertion = config.enable -> config.force;
            message = ''
              Using '${lib.showAttrPath (optionPath ++ [ "settings" ])}' will override all previous bookmarks.
              Enable ${lib.showAttrPath (optionPath ++ [ "force" ])}' to acknowledge this.
            '';
          }
        ];
      }
    );
}
