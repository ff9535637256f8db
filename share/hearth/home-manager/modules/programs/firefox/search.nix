# The search engines of a Firefox profile (profiles.<name>.search): the
# options, the search.json Firefox keeps (format version 12: engines by id,
# the defaults guarded by a hash) and its mozlz4 file.
#
# mozlz4 is "mozLz40\0", the data's length (32 bits, little-endian) and one
# LZ4 block. Nothing in Debian writes bare LZ4 blocks, so the block is one
# that any LZ4 decoder reads: a single sequence of literals, the JSON as it
# is. The hashes, which nixpkgs' builder computes with openssl, are computed
# here (sha256, base64), so the file needs only printf to build and its
# JSON is known at evaluation time.
{
  config,
  lib,
  pkgs,
  appName,
  modulePath,
  profilePath,
}:
let
  inherit (lib) mkOption types;

  # Home Manager's readable names for search.json's internal fields.
  internalNames =
    lib.genAttrs [
      "name"
      "isAppProvided"
      "loadPath"
      "updateInterval"
      "updateURL"
      "iconMapObj"
      "metaData"
      "orderHint"
      "definedAliases"
      "urls"
    ] (n: "_${n}")
    // {
      searchForm = "__searchForm";
    };

  # Engines were once named by their display name; the usual ones map to
  # their ids (Firefox's search-config-v2). FIXME: only the common engines.
  idOfName = {
    "Amazon.com" = "amazondotcom-us";
    "Bing" = "bing";
    "DuckDuckGo" = "ddg";
    "eBay" = "ebay";
    "Ecosia" = "ecosia";
    "Google" = "google";
    "Qwant" = "qwant";
    "Reddit" = "reddit";
    "Wikipedia (en)" = "wikipedia";
    "Wikipedia (de)" = "wikipedia-de";
    "Wikipédia (fr)" = "wikipedia-fr";
    "YouTube" = "youtube";
  };
  engineId =
    n:
    if idOfName ? ${n} then
      lib.warn "Search engines are now referenced by id instead of by name, use '${idOfName.${n}}' instead of '${n}'" idOfName.${n}
    else
      n;

  iconUrl = icon: if lib.isPath icon || lib.hasPrefix "/" icon then "file://${icon}" else icon;

  # Icon maps were once keyed by JSON ({"width":16,...}), and single icons
  # given as iconURL/iconUpdateURL.
  upgradeIcons =
    e:
    let
      keyed = lib.mapAttrs' (
        k: v:
        lib.nameValuePair (
          if (builtins.tryEval (lib.toInt k)).success then
            k
          else
            let
              size = toString (builtins.fromJSON k).width;
            in
            lib.warn "JSON object names for 'iconMapObj' are deprecated, use '${size}' instead of '${k}'" size
        ) v
      ) (e.iconMapObj or { });
      single =
        lib.optionalAttrs (e ? iconURL) {
          "16" =
            lib.warn "'iconURL' is deprecated, use 'icon = ${lib.strings.escapeNixString e.iconURL}' instead"
              e.iconURL;
        }
        // lib.optionalAttrs (e ? iconUpdateURL) {
          "16" =
            lib.warn "'iconUpdateURL' is deprecated, use 'icon = ${lib.strings.escapeNixString e.iconUpdateURL}' instead"
              e.iconUpdateURL;
        };
      # An explicit map wins over the single icon forms.
      icons = lib.optionalAttrs (e ? icon) { "16" = e.icon; } // single // keyed;
    in
    lib.throwIf (e ? hasPreferredIcon) "hasPreferredIcon has been removed" (
      removeAttrs e [
        "icon"
        "iconURL"
        "iconUpdateURL"
        "iconMapObj"
      ]
    )
    // lib.optionalAttrs (icons != { }) { iconMapObj = lib.mapAttrs (_: iconUrl) icons; };

  # An engine given only metaData is one of Firefox's own.
  engineEntry =
    id: input:
    let
      appProvided = input.isAppProvided or (removeAttrs input [ "metaData" ] == { });
      base = {
        inherit id;
        isAppProvided = appProvided;
        metaData = input.metaData or { };
      };
      custom = {
        name = id;
      }
      // upgradeIcons (input // base)
      // {
        loadPath = "[home-manager]/${
          lib.showAttrPath (
            modulePath
            ++ [
              "engines"
              id
            ]
          )
        }";
      };
    in
    lib.mapAttrs' (k: v: lib.nameValuePair (internalNames.${k} or k) v) (
      if appProvided then base else custom
    );

  defaults = lib.filter (x: x != null) [
    config.default
    config.privateDefault
  ];
  entries = lib.mapAttrs engineEntry (
    config.engines // lib.genAttrs defaults (id: config.engines.${id} or { })
  );
  # Ordered engines first (numbered from 1), then the others by id.
  engines =
    lib.imap1 (
      i: id:
      let
        e =
          entries.${id} or {
            inherit id;
            _isAppProvided = true;
            _metaData = { };
          };
      in
      e // { _metaData = e._metaData // { order = i; }; }
    ) config.order
    ++ lib.attrValues (removeAttrs entries config.order);

  # Firefox checks the default engines against this hash of the profile's
  # directory name, the engine id and its disclaimer naming the application.
  disclaimer =
    "By modifying this file, I agree that I am doing so only within ${appName} itself, "
    + "using official, user-driven search engine selection processes, and in a way which "
    + "does not circumvent user consent. I acknowledge that any attempt to change this file "
    + "from outside of ${appName} is a malicious act, and will be responded to accordingly.";
  engineHash = id: hexToBase64 (builtins.hashString "sha256" (profilePath + id + disclaimer));

  settings = {
    version = 12;
    inherit engines;
    metaData =
      lib.optionalAttrs (config.default != null) {
        defaultEngineId = config.default;
        defaultEngineIdHash = engineHash config.default;
      }
      // lib.optionalAttrs (config.privateDefault != null) {
        privateDefaultEngineId = config.privateDefault;
        privateDefaultEngineIdHash = engineHash config.privateDefault;
      }
      // {
        useSavedOrder = config.order != [ ];
      };
  };

  pow = b: e: lib.foldl' (acc: _: acc * b) 1 (lib.range 1 e);
  base64Chars = lib.stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  # Base64 of the bytes a hex string spells, padded.
  hexToBase64 =
    hex:
    let
      nBytes = lib.stringLength hex / 2;
      byteAt = i: lib.trivial.fromHexString (lib.substring (2 * i) 2 hex);
      group =
        g:
        let
          present = lib.min 3 (nBytes - 3 * g);
          b = i: if i < present then byteAt (3 * g + i) else 0;
          n = (b 0 * 256 + b 1) * 256 + b 2;
          sextet = k: builtins.elemAt base64Chars (lib.mod (n / (pow 64 (3 - k))) 64);
        in
        lib.concatStrings (map sextet (lib.range 0 present)) + lib.fixedWidthString (3 - present) "=" "";
    in
    lib.concatMapStrings group (lib.range 0 ((nBytes + 2) / 3 - 1));

  json = builtins.toJSON settings;

  # printf escapes (octal, which every printf knows) of the mozlz4 header
  # and the LZ4 token of one all-literal sequence of `len` bytes.
  octal = b: "\\${toString (b / 64)}${toString (lib.mod (b / 8) 8)}${toString (lib.mod b 8)}";
  le32 = n: map (k: lib.mod (n / (pow 256 k)) 256) (lib.range 0 3);
  literalLength =
    len:
    if len < 15 then
      [ (len * 16) ]
    else
      [ 240 ] ++ lib.replicate ((len - 15) / 255) 255 ++ [ (lib.mod (len - 15) 255) ];
  header =
    len:
    lib.concatMapStrings octal (
      [
        109 # m
        111 # o
        122 # z
        76 # L
        122 # z
        52 # 4
        48 # 0
        0
      ]
      ++ le32 len
      ++ literalLength len
    );

  file = pkgs.runCommand "search.json.mozlz4" {
    inherit json;
    passAsFile = [ "json" ];
  } ''
    printf '${header (lib.stringLength json)}' > "$out"
    cat "$jsonPath" >> "$out"
  '';
in
{
  options = {
    enable = mkOption {
      internal = true;
      type = types.bool;
      default =
        config.default != null
        || config.privateDefault != null
        || config.order != [ ]
        || config.engines != { };
      description = "Whether search.json is written.";
    };

    force = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Replace an existing search configuration, which ${appName} turns
        from the link into a file of its own whenever it runs.
      '';
    };

    default = mkOption {
      type = types.nullOr types.str;
      default = null;
      apply = e: if e != null then engineId e else null;
      example = "ddg";
      description = "The id of the default search engine.";
    };

    privateDefault = mkOption {
      type = types.nullOr types.str;
      default = null;
      apply = e: if e != null then engineId e else null;
      example = "ddg";
      description = "The id of the default search engine in private windows.";
    };

    order = mkOption {
      type = types.uniq (types.listOf types.str);
      default = [ ];
      apply = map engineId;
      example = [
        "ddg"
        "google"
      ];
      description = "Engine ids in the order they are listed; the others follow.";
    };

    engines = mkOption {
      type = types.attrsOf (types.attrsOf (pkgs.formats.json { }).type);
      default = { };
      apply = lib.mapAttrs' (n: v: lib.nameValuePair (engineId n) v);
      example = lib.literalExpression ''
        {
          nix-packages = {
            name = "Nix Packages";
            urls = [ { template = "https://search.nixos.org/packages?query={searchTerms}"; } ];
            definedAliases = [ "@np" ];
          };
          bing.metaData.hidden = true;
        }
      '';
      description = ''
        Search engines by id. One given only `metaData` is one of
        ${appName}'s own; others are added, with the fields of Firefox's
        search.json written without their leading underscores, and `icon`
        for a single icon (a path or an address).
      '';
    };

    file = mkOption {
      internal = true;
      readOnly = true;
      type = types.path;
      default = file;
      description = "The search.json.mozlz4 file.";
    };
  };
}
