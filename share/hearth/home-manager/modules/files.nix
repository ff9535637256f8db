# home.file: the files linked into the home directory. This module checks
# them (one target per file), builds the `home-manager-files` link farm the
# generation points at, lists them for the activation manifest
# (home.linkedFiles), and declares the activation steps that deal with
# files. Linking itself is done by `hearth activate` (see
# docs/generation-manifest.md); the onChange hooks stay bash.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;
  inherit (config.home) homeDirectory fileOverlapResolution;
  inherit (lib.hm) dag;

  inherit (import ./lib/file-type.nix { inherit homeDirectory lib pkgs; }) fileType;

  # Enabled files, shortest target first, so a directory is handled before
  # anything placed inside it (the link farm relies on this order).
  files = lib.sortOn (f: lib.stringLength f.target) (
    builtins.filter (f: f.enable) (lib.attrValues config.home.file)
  );

  # A source already in the store (it has string context) is used as is;
  # anything else is copied in under a sanitised name.
  sourceStorePath =
    file:
    let
      sourcePath = toString file.source;
    in
    if builtins.hasContext sourcePath then
      file.source
    else
      builtins.path {
        path = file.source;
        name = lib.hm.strings.storeFileName (baseNameOf sourcePath);
      };

  withOnChange = builtins.filter (f: f.onChange != "") files;

  q = lib.escapeShellArg;

  # The data `hearth activate` needs about one file; see
  # docs/generation-manifest.md.
  describe = f: {
    inherit (f)
      target
      executable
      recursive
      ignorelinks
      force
      ;
    source = "${sourceStorePath f}";
    onChange = f.onChange != "";
  };

  # What the link farm does when a plain file lands on a path that a
  # recursively linked directory already put there.
  onOverlap =
    {
      ignore = "return";
      error = "exit 1";
      override = ''rm "$realOut/$relTarget"'';
    }
    .${fileOverlapResolution};

  linkFarmScript = ''
    mkdir -p "$out"
    # The store may itself be reached through a symlink.
    realOut="$(realpath -m "$out")"
    declare -A seenTargets

    # insertFile SOURCE RELTARGET EXECUTABLE(inherit|1|"") RECURSIVE IGNORELINKS
    insertFile() {
      local source="$1" relTarget="$2" executable="$3" recursive="$4" ignorelinks="$5"

      # Cannot happen past the module assertion; logged for the test suite.
      if [[ -n "''${seenTargets[$relTarget]-}" ]]; then
        echo "File conflict for file '$relTarget'" >&2
        return
      fi
      if [[ -e "$realOut/$relTarget" && ! -d "$realOut/$relTarget" ]]; then
        echo "$relTarget conflicts with recursively symlinked file" >&2
        ${onOverlap}
      fi
      seenTargets[$relTarget]=1

      local target
      target="$(realpath -m "$realOut/$relTarget")"
      if [[ "$target" != "$realOut"/* ]]; then
        echo "Error installing file '$relTarget' outside \$HOME" >&2
        exit 1
      fi

      mkdir -p "$(dirname "$target")"
      if [[ -d "$source" ]]; then
        if [[ -n "$recursive" ]]; then
          mkdir -p "$target"
          lndir -silent ''${ignorelinks:+-ignorelinks} "$source" "$target"
        else
          ln -s "$source" "$target"
        fi
        return
      fi

      local isExecutable=""
      [[ -x "$source" ]] && isExecutable=1
      # Link when the mode already fits, copy and fix the mode otherwise.
      if [[ "$executable" == inherit || "$executable" == "$isExecutable" ]]; then
        ln -s "$source" "$target"
      else
        cp "$source" "$target"
        if [[ -n "$executable" ]]; then chmod +x "$target"; else chmod -x "$target"; fi
      fi
    }
  ''
  + lib.concatMapStrings (
    f:
    "insertFile ${
      lib.escapeShellArgs [
        (sourceStorePath f)
        f.target
        (if f.executable == null then "inherit" else if f.executable then "1" else "")
        (if f.recursive then "1" else "")
        (if f.ignorelinks then "1" else "")
      ]
    }\n"
  ) files;
in
{
  options.home = {
    file = mkOption {
      type = fileType "home.file" "{env}`HOME`" homeDirectory;
      default = { };
      description = "Files to place in the home directory, keyed by path (relative to it unless absolute). Each is linked from the store when the generation is activated.";
    };

    fileOverlapResolution = mkOption {
      type = types.enum [
        "ignore"
        "error"
        "override"
      ];
      default = "ignore";
      visible = false;
      description = ''
        What to do when a file lands where a recursively linked directory
        already placed one: keep the directory's file ("ignore"), fail the
        build ("error") or replace it ("override"). Experimental.
      '';
    };

    linkedFiles = mkOption {
      type = types.listOf types.attrs;
      internal = true;
      readOnly = true;
      description = ''
        The enabled files, shortest target first, as the activation
        manifest lists them.
      '';
    };
  };

  options.home-files = mkOption {
    type = types.package;
    internal = true;
    description = "Store directory mirroring the home directory with every file of {option}`home.file`.";
  };

  config = {
    assertions = [
      (
        let
          counts = builtins.foldl' (acc: f: acc // { ${f.target} = (acc.${f.target} or 0) + 1; }) { } files;
          dups = builtins.attrNames (lib.filterAttrs (_: n: n > 1) counts);
        in
        {
          assertion = dups == [ ];
          message = ''
            Conflicting managed target files: ${lib.concatStringsSep ", " dups}

            This may happen, for example, if you have a configuration similar to

                home.file = {
                  conflict1 = { source = ./foo.nix; target = "baz"; };
                  conflict2 = { source = ./bar.nix; target = "baz"; };
                }'';
        }
      )
    ];

    # `home.file.foo.source = config.lib.file.mkOutOfStoreSymlink ./bar;`
    # makes ~/foo a link to a store path that is itself a link to the
    # absolute path of bar, so edits to bar show without a rebuild.
    lib.file.mkOutOfStoreSymlink =
      path:
      let
        pathStr = toString path;
      in
      pkgs.runCommandLocal (lib.hm.strings.storeFileName (baseNameOf pathStr)) { } "ln -s ${q pathStr} $out";

    home.linkedFiles = map describe files;

    # Before writeBoundary: fails if a target is occupied by something Home
    # Manager does not own (unless backups or `force` apply). A crash here
    # leaves the home directory untouched; nothing has been written yet.
    home.activation.checkLinkTargets = dag.entryBefore [ "writeBoundary" ] ''
      hearthActivateStep checkLinkTargets
    '';

    # Removes the links of the old generation that the new one lacks, then
    # links every new file. Cleaning first means the links pass through
    # FA -> FA ∩ FB -> FB: a crash in between leaves only links both
    # generations agree on, each pointing into a complete generation, and
    # running activation again finishes the job.
    home.activation.linkGeneration = dag.entryAfter [ "writeBoundary" ] ''
      hearthActivateStep linkGeneration
    '';

    # Records, for files with an onChange hook, whether the home copy
    # differs from the new source. Read-only: a crash here changes nothing.
    home.activation.checkFilesChanged = dag.entryBefore [ "linkGeneration" ] (
      ''
        function _cmp() {
          if [[ -d $1 && -d $2 ]]; then
            diff -rq "$1" "$2" &> /dev/null
          else
            cmp --quiet "$1" "$2"
          fi
        }
        declare -A changedFiles
      ''
      + lib.concatMapStrings (f: ''
        _cmp ${q "${sourceStorePath f}"} ${q homeDirectory}/${q f.target} \
          && changedFiles[${q f.target}]=0 \
          || changedFiles[${q f.target}]=1
      '') withOnChange
      + ''
        unset -f _cmp
      ''
    );

    # Runs the onChange hooks of the files that changed. The links are all
    # in place by now; a crash part-way leaves later hooks unrun until the
    # next activation that changes those files.
    home.activation.onFilesChange = dag.entryAfter [ "linkGeneration" ] (
      lib.concatMapStrings (f: ''
        if (( ''${changedFiles[${q f.target}]} == 1 )); then
          if [[ -v DRY_RUN || -v VERBOSE ]]; then
            echo "Running onChange hook for" ${q f.target}
          fi
          if [[ ! -v DRY_RUN ]]; then
            ${f.onChange}
          fi
        fi
      '') withOnChange
    );

    # Directories and files with the right mode are linked; files whose
    # execute bit must change are copied.
    home-files = pkgs.runCommandLocal "home-manager-files" {
      nativeBuildInputs = [ pkgs.lndir ];
    } linkFarmScript;
  };
}
