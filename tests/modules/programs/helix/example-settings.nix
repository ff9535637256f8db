# Settings with extraConfig after them, languages with store paths, the
# ignore file and a theme from settings. Mirrors Home Manager's
# tests/modules/programs/helix/example-settings.nix: config.toml and
# languages.toml have its bytes (store paths aside).
{ config, pkgs, ... }:
let
  stub = name: pkgs.runCommand name { } "";
in
{
  programs.helix = {
    enable = true;

    settings = {
      theme = "base16";
      editor = {
        line-number = "relative";
        lsp.display-messages = true;
      };
      keys.normal = {
        space.space = "file_picker";
        space.w = ":w";
        space.q = ":q";
        esc = [
          "collapse_selection"
          "keep_primary_selection"
        ];
      };
    };

    extraConfig = ''
      [keys.normal.G]
      G = "goto_file_end"
      g = "goto_file_start"
    '';

    languages = {
      language-server.typescript-language-server = {
        command = "${stub "typescript-language-server"}/bin/typescript-language-server";
        args = [
          "--stdio"
          "--tsserver-path=${stub "typescript"}/lib/node_modules/typescript/lib"
        ];
      };
      language = [
        {
          name = "rust";
          auto-format = false;
        }
      ];
    };

    ignores = [
      ".build/"
      "!.gitignore"
    ];

    themes.base16 = {
      "ui.menu" = "none";
      "ui.menu.selected".modifiers = [ "reversed" ];
      "ui.linenr" = {
        fg = "#665c54";
        bg = "#3c3836";
      };
      comment.fg = "#665c54";
      string = "#b8bb26";
      "variable.other.member" = "#fb4934";
    };
    themes.plain = ''
      inherits = "base16"
    '';
  };

  test.expected = {
    "home-files/.config/helix/config.toml" = ./example-settings-expected-config.toml;
    "home-files/.config/helix/languages.toml" = ./example-settings-expected-languages.toml;
    "home-files/.config/helix/ignore" = ./example-settings-expected-ignore;
    "home-files/.config/helix/themes/base16.toml" = ./example-settings-expected-theme.toml;
    "home-files/.config/helix/themes/plain.toml" = ./example-settings-expected-plain.toml;
  };
}
