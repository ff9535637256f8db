# Settings merge over the options' program_options; the icon always shows.
{
  services.udiskie = {
    enable = true;
    automount = false;
    tray = "always";
    settings = {
      program_options = {
        udisks_version = 2;
        notify = false;
      };
      icon_names.media = [ "media-optical" ];
    };
  };

  test.expected."home-files/.config/udiskie/config.yml" = ./settings.yml;
}
