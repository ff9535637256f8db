# services.gammastep and services.redshift: one implementation
# (./colour-temperature.nix) for the two colour temperature adjusters,
# which differ in names, paths and the main section of their INI file.
{
  imports = [
    (import ./colour-temperature.nix {
      name = "gammastep";
      programName = "Gammastep";
      # gammastep 2.0 renamed the [redshift] section.
      mainSection = "general";
      executable = "gammastep";
      applet = "gammastep-indicator";
      configPath = "gammastep/config.ini";
      documentation = "https://gitlab.com/chinstrap/gammastep/";
    })
    (import ./colour-temperature.nix {
      name = "redshift";
      programName = "Redshift";
      mainSection = "redshift";
      executable = "redshift";
      # Debian ships it in the redshift-gtk package: set `package` to it
      # for the applet.
      applet = "redshift-gtk";
      configPath = "redshift/redshift.conf";
      documentation = "http://jonls.dk/redshift/";
    })
  ];
}
