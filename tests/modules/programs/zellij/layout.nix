# Mirrors Home Manager's zellij-layout: ordered children (a repeated
# `pane`, a bare `children` node), properties before the braces.
{
  programs.zellij = {
    enable = true;
    layouts.dev.layout._children = [
      {
        default_tab_template._children = [
          {
            pane = {
              size = 1;
              borderless = true;
              plugin.location = "zellij:tab-bar";
            };
          }
          { children = { }; }
          {
            pane = {
              size = 2;
              borderless = true;
              plugin.location = "zellij:status-bar";
            };
          }
        ];
      }
      {
        tab = {
          _props = {
            name = "Project";
            focus = true;
          };
          _children = [ { pane.command = "nvim"; } ];
        };
      }
      {
        tab = {
          _props.name = "Git";
          _children = [ { pane.command = "lazygit"; } ];
        };
      }
      {
        tab = {
          _props.name = "Files";
          _children = [ { pane.command = "yazi"; } ];
        };
      }
      {
        tab = {
          _props.name = "Shell";
          _children = [ { pane.command = "zsh"; } ];
        };
      }
    ];
  };

  test.expected."home-files/.config/zellij/layouts/dev.kdl" = ./layout-expected.kdl;
}
