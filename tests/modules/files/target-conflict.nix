# Two enabled entries with one target fail the build-time assertion.
{
  home.file = {
    conflict1 = {
      text = "";
      target = "baz";
    };
    conflict2 = {
      source = ./sources/vimrc;
      target = "baz";
    };
  };
}
