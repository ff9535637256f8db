# Mirrors Home Manager's mako-renamed-options test: every option from
# before `settings` lands there under its kebab-case name. (The rename
# warnings name the defining file, so they are not compared.)
{
  services.mako = {
    enable = true;
    actions = true;
    anchor = "top-right";
    backgroundColor = "#000000";
    borderColor = "#FFFFFF";
    borderRadius = 0;
    borderSize = 2;
    defaultTimeout = 5000;
    font = "monospace 10";
    format = "<b>%s</b>\n%b";
    groupBy = "app-name";
    height = 100;
    iconPath = "/usr/share/icons/hicolor";
    icons = true;
    ignoreTimeout = false;
    layer = "top";
    margin = 10;
    markup = true;
    maxHistory = 5;
    maxIconSize = 32;
    maxVisible = 3;
    output = "HDMI-A-1";
    padding = "5,10";
    progressColor = "#4C7899";
    sort = "-time";
    textColor = "#FFFFFF";
    width = 300;
  };

  test.expected."home-files/.config/mako/config" = ./renamed-options-config;
}
