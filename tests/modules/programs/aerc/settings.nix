# aerc.conf and binds.conf from settings (global keys first), a style set
# from settings and one as text, and a template.
{
  programs.aerc = {
    enable = true;
    extraConfig = {
      general.unsafe-accounts-conf = true;
      ui = {
        index-columns = "date<*,name<17,flags>4,subject<*";
        mouse-enabled = false;
      };
    };
    extraBinds = {
      "<C-p>" = ":prev-tab<Enter>";
      "<C-n>" = ":next-tab<Enter>";
      messages = {
        q = ":quit<Enter>";
        j = ":next<Enter>";
      };
      "compose::editor"."<C-k>" = ":prev-field<Enter>";
    };
    stylesets = {
      dark = {
        "*.default" = true;
        "title.reverse" = true;
      };
      plain = "*.default=true\n";
    };
    templates.new_message = "Hello,\n";
  };

  test.expected = {
    "home-files/.config/aerc/aerc.conf" = ./settings-expected-aerc.conf;
    "home-files/.config/aerc/binds.conf" = ./settings-expected-binds.conf;
    "home-files/.config/aerc/stylesets/dark" = ./settings-expected-dark;
    "home-files/.config/aerc/stylesets/plain" = ./settings-expected-plain;
    "home-files/.config/aerc/templates/new_message" = ./settings-expected-new_message;
  };
}
