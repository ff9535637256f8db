# Targets: the attribute name by default, `target` when given, absolute
# paths inside the home directory made relative, xdg.configFile placed
# under xdg.configHome; disabled entries vanish. The manifest lists the
# enabled files shortest target first, each with its store source.
{
  home.file = {
    "hello.txt".text = "hello\n";
    renamed = {
      text = "renamed\n";
      target = ".config/renamed/target";
    };
    "/home/hm-user/absolute".text = "abs\n";
    vimrc = {
      source = ./sources/vimrc;
      target = ".vimrc";
    };
    tool = {
      source = ./sources/tool.sh;
      target = ".local/bin/tool";
      executable = true;
    };
    off = {
      text = "never\n";
      enable = false;
    };
    forced = {
      text = "forced\n";
      target = ".forced";
      force = true;
    };
  };
  xdg.configFile."app/app.conf".text = ''
    key = value
  '';

  test.expected = {
    "home-files/hello.txt" = ./text-and-targets-expected-hello.txt;
    "home-files/absolute" = ./text-and-targets-expected-absolute;
    "home-files/.config/app/app.conf" = ./text-and-targets-expected-app.conf;
    "home-files/.vimrc" = ./sources/vimrc;
    "manifest/files" = ./text-and-targets-expected-files.json;
  };
}
