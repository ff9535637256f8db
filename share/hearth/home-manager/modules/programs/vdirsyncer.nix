# programs.vdirsyncer: ~/.config/vdirsyncer/config, one pair with a local
# and a remote storage for every calendar and address book that enables
# vdirsyncer (the `accounts.{calendar,contact}.accounts.<name>.vdirsyncer`
# options are declared here too), as Home Manager writes it, plus
# assertions that each storage only carries options its type accepts.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.vdirsyncer;

  commandOption =
    what: example:
    mkOption {
      type = types.nullOr (types.listOf types.str);
      default = null;
      inherit example;
      description = "A command (program and arguments) that prints ${what}.";
    };

  hookOption =
    when:
    mkOption {
      type = types.nullOr types.lines;
      default = null;
      description = "A shell script run ${when}, given the item's file as its argument.";
    };

  # The options vdirsyncer adds to a calendar or an address book.
  accountModule = {
    options.vdirsyncer = {
      enable = lib.mkEnableOption "synchronization using vdirsyncer";

      urlCommand = commandOption "the storage's URL" [ "~/get-url.sh" ];
      userNameCommand = commandOption "the user name" [ "~/get-username.sh" ];

      collections = mkOption {
        type = types.nullOr (types.listOf (types.either types.str (types.listOf types.str)));
        default = null;
        description = "The collections to synchronise: names, or lists of [pair name, remote name, local name].";
      };

      conflictResolution = mkOption {
        type = types.nullOr (
          types.either (types.enum [
            "remote wins"
            "local wins"
          ]) (types.listOf types.str)
        );
        default = null;
        description = "Which side wins a conflict, or a command that merges; `null` reports the conflict.";
      };

      partialSync = mkOption {
        type = types.nullOr (
          types.enum [
            "revert"
            "error"
            "ignore"
          ]
        );
        default = null;
        description = "What to do with changes to a read-only side; `null` for vdirsyncer's `revert`.";
      };

      metadata = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [
          "color"
          "displayname"
        ];
        description = "The collection properties that `vdirsyncer metasync` copies.";
      };

      timeRange = mkOption {
        type = types.nullOr (
          types.submodule {
            options = {
              start = mkOption {
                type = types.str;
                description = "A Python expression for the first moment synchronised.";
              };
              end = mkOption {
                type = types.str;
                description = "A Python expression for the last moment synchronised.";
              };
            };
          }
        );
        default = null;
        example = {
          start = "datetime.now() - timedelta(days=365)";
          end = "datetime.now() + timedelta(days=365)";
        };
        description = "Only events in this window are synchronised; `null` for all.";
      };

      itemTypes = mkOption {
        type = types.nullOr (types.listOf types.str);
        default = null;
        description = "The kinds of items (VEVENT, VTODO...) to synchronise; `null` for all.";
      };

      useVcard4 = mkOption {
        type = types.bool;
        default = false;
        description = "Whether a CardDAV server is asked for vCard 4.0 rather than 3.0.";
      };

      verify = mkOption {
        type = types.nullOr types.path;
        default = null;
        example = "/path/to/cert.pem";
        description = "The certificate to check the server against; `null` for the system's.";
      };

      verifyFingerprint = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The SHA1 or MD5 fingerprint the server's certificate must have.";
      };

      auth = mkOption {
        type = types.nullOr (
          types.enum [
            "basic"
            "digest"
            "guess"
          ]
        );
        default = null;
        description = "The HTTP authentication scheme; `null` for vdirsyncer's `basic`.";
      };

      authCert = mkOption {
        type = types.nullOr (types.either types.str (types.listOf types.str));
        default = null;
        description = "A client certificate with its key, or the certificate and key files.";
      };

      userAgent = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The User-Agent sent to the server; `null` for `vdirsyncer`.";
      };

      postHook = hookOption "after an item is created or changed";
      preDeletionHook = hookOption "before an item is deleted";

      localReadOnly = mkOption {
        type = types.nullOr types.bool;
        default = null;
        description = "Whether the local storage is read-only; `null` leaves it to vdirsyncer.";
      };

      tokenFile = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "Where a Google storage keeps its access tokens.";
      };

      clientIdCommand = commandOption "the OAuth client id" [
        "pass"
        "client_id"
      ];
      clientSecretCommand = commandOption "the OAuth client secret" [
        "pass"
        "client_secret"
      ];
    };
  };

  # Calendars and address books share one namespace in the file, told
  # apart by a prefix.
  enabledWithPrefix =
    prefix: accounts:
    lib.filterAttrs (_: a: a.vdirsyncer.enable) (
      lib.mapAttrs' (n: a: lib.nameValuePair (prefix + n) a) accounts
    );

  syncedAccounts =
    enabledWithPrefix "calendar_" config.accounts.calendar.accounts
    // enabledWithPrefix "contacts_" config.accounts.contact.accounts;

  defined = lib.filterAttrs (_: v: v != null);

  script =
    name: text: if text == null then null else "${pkgs.writeShellScriptBin name text}/bin/${name}";

  # Storage settings keyed by their option names; `render` spells them.
  localStorage =
    a:
    defined (
      {
        inherit (a.local) type fileExt encoding path;
        postHook = script "post-hook" a.vdirsyncer.postHook;
        preDeletionHook = script "pre-deletion-hook" a.vdirsyncer.preDeletionHook;
        readOnly = a.vdirsyncer.localReadOnly;
      }
    );

  remoteStorage =
    a:
    defined (
      lib.getAttrs [ "type" "url" "userName" "passwordCommand" ] a.remote
      // lib.getAttrs [
        "urlCommand"
        "userNameCommand"
        "itemTypes"
        "verify"
        "verifyFingerprint"
        "auth"
        "authCert"
        "userAgent"
        "tokenFile"
        "clientIdCommand"
        "clientSecretCommand"
        "timeRange"
      ] a.vdirsyncer
      // {
        useVcard4 = if a.vdirsyncer.useVcard4 then true else null;
      }
    );

  # `collections` is always written (`null` meaning every collection).
  pairSettings =
    a:
    lib.filterAttrs (k: v: k == "collections" || (v != null && v != [ ])) (
      lib.getAttrs [ "collections" "conflictResolution" "metadata" "partialSync" ] a.vdirsyncer
    );

  quote = s: ''"${s}"'';
  list = items: "[${lib.concatStringsSep ", " items}]";
  quotedList = l: list (map quote l);
  fetchCommand = key: argv: "${key}.fetch = ${quotedList ([ "command" ] ++ argv)}";

  # Option name -> the config line(s) vdirsyncer reads.
  render =
    n: v:
    let
      plain = {
        type = "type";
        path = "path";
        fileExt = "fileext";
        encoding = "encoding";
        postHook = "post_hook";
        preDeletionHook = "pre_deletion_hook";
        url = "url";
        userName = "username";
        password = "password";
        verify = "verify";
        verifyFingerprint = "verify_fingerprint";
        auth = "auth";
        userAgent = "useragent";
        tokenFile = "token_file";
        clientId = "client_id";
        clientSecret = "client_secret";
        partialSync = "partial_sync";
      };
      fetched = {
        urlCommand = "url";
        userNameCommand = "username";
        passwordCommand = "password";
        clientIdCommand = "client_id";
        clientSecretCommand = "client_secret";
      };
    in
    if plain ? ${n} then
      "${plain.${n}} = ${quote v}"
    else if fetched ? ${n} then
      fetchCommand fetched.${n} v
    else if n == "passwordPrompt" then
      ''password.fetch = ["prompt", "${v}"]''
    else if n == "timeRange" then
      "start_date = ${quote v.start}\nend_date = ${quote v.end}"
    else if n == "itemTypes" then
      "item_types = ${quotedList v}"
    else if n == "metadata" then
      "metadata = ${quotedList v}"
    else if n == "authCert" then
      "auth_cert = ${if lib.isString v then quote v else quotedList v}"
    else if n == "readOnly" then
      "read_only = ${lib.boolToString v}"
    else if n == "useVcard4" then
      "use_vcard_4 = ${lib.boolToString v}"
    else if n == "collections" then
      "collections = ${
        if v == null || v == [ ] then
          "null"
        else
          list (map (c: if lib.isString c then quote c else quotedList c) v)
      }"
    else if n == "conflictResolution" then
      if v == "remote wins" then
        ''conflict_resolution = "a wins"''
      else if v == "local wins" then
        ''conflict_resolution = "b wins"''
      else
        "conflict_resolution = ${quotedList ([ "command" ] ++ v)}"
    else
      throw "vdirsyncer: no rendering for option ${n}";

  renderAll = attrs: lib.concatStringsSep "\n" (lib.mapAttrsToList render attrs);

  pairs = lib.mapAttrs (_: pairSettings) syncedAccounts;
  localStorages = lib.mapAttrs (_: localStorage) syncedAccounts;
  remoteStorages = lib.mapAttrs (_: remoteStorage) syncedAccounts;

  pairSection = n: v: ''
    [pair ${n}]
    a = "${n}_remote"
    b = "${n}_local"
    ${renderAll v}
  '';

  storageSections =
    suffix: storages:
    lib.concatStringsSep "\n\n" (
      lib.mapAttrsToList (n: v: "[storage ${n}_${suffix}]\n" + renderAll v) storages
    );

  configText = ''
    [general]
    status_path = "${cfg.statusPath}"

    ### Pairs

    ${lib.concatStringsSep "\n" (lib.mapAttrsToList pairSection pairs)}

    ### Local storages

    ${storageSections "local" localStorages}

    ### Remote storages

    ${storageSections "remote" remoteStorages}
  '';

  # What each storage type needs and accepts, as vdirsyncer documents it.
  requiredFor =
    t:
    if t == "caldav" || t == "carddav" || t == "http" then
      [ "url" ]
    else if t == "filesystem" then
      [
        "path"
        "fileExt"
      ]
    else if t == "singlefile" then
      [ "path" ]
    else if t == "google_calendar" || t == "google_contacts" then
      [
        "tokenFile"
        "clientId"
        "clientSecret"
      ]
    else
      throw "Unrecognized storage type: ${t}";

  remoteCommon = [
    "urlCommand"
    "userName"
    "userNameCommand"
    "password"
    "passwordCommand"
    "passwordPrompt"
    "verify"
    "verifyFingerprint"
    "auth"
    "authCert"
    "userAgent"
  ];

  acceptedFor =
    t:
    if t == "caldav" then
      [
        "timeRange"
        "itemTypes"
      ]
      ++ remoteCommon
    else if t == "carddav" then
      [ "useVcard4" ] ++ remoteCommon
    else if t == "http" then
      remoteCommon
    else if t == "filesystem" then
      [
        "fileExt"
        "encoding"
        "postHook"
        "preDeletionHook"
        "readOnly"
      ]
    else if t == "singlefile" then
      [
        "encoding"
        "readOnly"
      ]
    else if t == "google_calendar" then
      [
        "timeRange"
        "itemTypes"
        "clientIdCommand"
        "clientSecretCommand"
      ]
    else if t == "google_contacts" then
      [
        "clientIdCommand"
        "clientSecretCommand"
      ]
    else
      throw "Unrecognized storage type: ${t}";

  exclusiveGroups = [
    [
      "url"
      "urlCommand"
    ]
    [
      "userName"
      "userNameCommand"
    ]
  ];

  # Checked once per set option, as Home Manager does, so a storage with
  # several options repeats its requirement checks.
  storageAssertions =
    n: s:
    let
      accepted = acceptedFor s.type ++ requiredFor s.type;
      missing = lib.filter (r: !(s ? "${r}Command")) (requiredFor s.type);
      perOption =
        opt:
        [
          {
            assertion = lib.elem opt accepted;
            message = ''
              Storage ${n} is of type ${s.type}. Option
              ${opt} is not allowed for this type.
            '';
          }
        ]
        ++ map (r: {
          assertion = s ? ${r};
          message = ''
            Storage ${n} is of type ${s.type}, but required
            option ${r} is not set.
          '';
        }) missing
        ++ map (
          group:
          let
            set = lib.filter (o: (s.${o} or null) != null) group;
          in
          {
            assertion = builtins.length set <= 1;
            message = "Storage ${n} has mutually exclusive options: ${lib.concatStringsSep ", " set}";
          }
        ) exclusiveGroups;
    in
    lib.concatMap perOption (builtins.attrNames (removeAttrs s [ "type" ]));
in
{
  options = {
    programs.vdirsyncer = {
      enable = lib.mkEnableOption "vdirsyncer";

      package = lib.mkPackageOption pkgs "vdirsyncer" { };

      statusPath = mkOption {
        type = types.str;
        default = "${config.xdg.dataHome}/vdirsyncer/status";
        defaultText = "$XDG_DATA_HOME/vdirsyncer/status";
        description = "The directory where vdirsyncer remembers the state of the last sync.";
      };
    };

    accounts.calendar.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };

    accounts.contact.accounts = mkOption {
      type = types.attrsOf (types.submodule accountModule);
    };
  };

  config = lib.mkIf cfg.enable {
    assertions =
      lib.concatLists (lib.mapAttrsToList storageAssertions localStorages)
      ++ lib.concatLists (lib.mapAttrsToList storageAssertions remoteStorages);

    home.packages = [ cfg.package ];

    xdg.configFile."vdirsyncer/config".text = configText;
  };
}
