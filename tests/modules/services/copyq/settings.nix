# Mirrors Home Manager's copyq-settings: each setting is one `copyq
# --start-server config` call at activation, booleans as true/false.
# (Home Manager's case only greps the activate script for the calls; this
# compares the whole entry.)
{
  services.copyq = {
    enable = true;
    settings = {
      disable_tray = true;
      hide_main_window = true;
      hide_tabs = true;
      hide_toolbar = true;
      autostart = false;
    };
  };

  test.expected."activation/copyqConfig" = ./settings-expected-activation.sh;
}
