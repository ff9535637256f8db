# programs.info: the GNU Info reader, the `info` outputs of installed
# packages, and the profile's share/info/dir built when the profile is,
# so `info` lists every installed manual on its start page.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.info;

  infoPackage = pkgs.texinfoInteractive;

  # Debian keeps install-info apart from the reader; nixpkgs' texinfo has
  # both.
  tools = [
    pkgs.gzip
    infoPackage
  ] ++ lib.optional (pkgs ? install-info) pkgs.install-info;

  infoDir = "$out/share/info";
in
{
  imports = [
    (lib.mkRemovedOptionModule [ "programs" "info" "homeInfoDirLocation" ]
      "The Info `dir` file is now built into the profile, not kept in your home directory."
    )
  ];

  options.programs.info.enable = lib.mkEnableOption "GNU Info";

  config = lib.mkIf cfg.enable {
    home.packages = [ infoPackage ];
    home.extraOutputsToInstall = [ "info" ];

    # Only when share/info is the profile's own directory (more than one
    # package has manuals) and no package brought a dir file.
    home.extraProfileCommands = ''
      if [[ -w "${infoDir}" && ! -e "${infoDir}/dir" ]]; then
        PATH="${lib.makeBinPath tools}''${PATH:+:}$PATH" \
          find -L "${infoDir}" \( -name '*.info' -o -name '*.info.gz' \) \
            -exec install-info '{}' "${infoDir}/dir" ';'
      fi
    '';
  };
}
