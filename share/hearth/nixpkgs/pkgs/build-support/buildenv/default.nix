# buildEnv: one tree of symlinks merging the outputs of many packages, as a
# user environment or profile is. The work is done by ./builder.sh (bash and
# coreutils only); this file picks each package's outputs and priority.
{
  lib,
  runCommand,
  writeText,
}:
lib.makeOverridable (
  {
    name ? "${args.pname}-${args.version}",
    paths,
    ignoreCollisions ? false,
    ignoreSingleFileOutputs ? false,
    checkCollisionContents ? true,
    pathsToLink ? [ "/" ],
    extraOutputsToInstall ? [ ],
    extraPrefix ? "",
    manifest ? "",
    includeClosures ? false,
    postBuild ? "",
    nativeBuildInputs ? [ ],
    buildInputs ? [ ],
    passthru ? { },
    meta ? { },
    ...
  }@args:
  let
    # Each package contributes its outputs to install, at its priority
    # (lower wins; nixpkgs' default is 5).
    chosenOutputs = map (drv: {
      priority = drv.meta.priority or 5;
      paths =
        let
          wanted = lib.unique ((drv.meta.outputsToInstall or [ "out" ]) ++ extraOutputsToInstall);
          present = builtins.filter (o: drv ? ${o}) wanted;
        in
        if lib.isDerivation drv && drv ? outputs then map (o: toString drv.${o}) present else [ (toString drv) ];
    }) paths;

    # One line per path: "<priority> <store path>", in the order given.
    pkgsList = lib.concatMapStrings (
      p: lib.concatMapStrings (path: "${toString p.priority} ${path}\n") p.paths
    ) chosenOutputs;
  in
  runCommand name
    (
      builtins.removeAttrs args [
        "name"
        "paths"
        "postBuild"
        "pathsToLink"
        "extraOutputsToInstall"
        "passthru"
        "meta"
        "pname"
        "version"
        "includeClosures"
      ]
      // {
        inherit manifest ignoreSingleFileOutputs extraPrefix postBuild nativeBuildInputs buildInputs;
        ignoreCollisions = if ignoreCollisions then "1" else "";
        checkCollisionContents = if checkCollisionContents then "1" else "";
        pathsToLink = lib.concatStringsSep " " pathsToLink;
        packages = pkgsList;
        passAsFile = [
          "packages"
          "postBuild"
        ];
        preferLocalBuild = true;
        allowSubstitutes = false;
        passthru = passthru // {
          inherit paths;
        };
        meta = meta;
      }
    )
    ''
      source ${./builder.sh}
      eval "$(cat "$postBuildPath")"
    ''
)
