# onChange hooks: checkFilesChanged compares each hooked file with the
# home copy before linking, onFilesChange runs the hooks of changed files.
{
  home.file."conf/a.conf" = {
    text = "a\n";
    onChange = ''
      echo "a changed"
    '';
  };
  home.file."plain".text = "no hook\n";

  test.expected = {
    "activation/checkFilesChanged" = ./on-change-expected-check.sh;
    "activation/onFilesChange" = ./on-change-expected-run.sh;
  };
}
