# The rest of Home Manager's polybar-empty-configuration test: no
# config.ini at all (the harness fails on the missing home.file target).
{
  services.polybar = {
    enable = true;
    script = "polybar bar &";
  };

  test.expected."home-files/.config/polybar/config.ini" = ./basic-configuration.conf;
}
