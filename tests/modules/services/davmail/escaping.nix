# Hearth's own case: what Java's Properties.load would read otherwise is
# escaped (a blank or separator in a key, a backslash, a line break or a
# leading blank in a value).
{
  imports = [ ./read-properties.nix ];

  services.davmail = {
    enable = true;
    settings = {
      "my key=a:b" = "C:\\dir";
      "two.lines" = "one\ntwo";
      "leading.blank" = "  x";
    };
  };

  test.expected."home-files/davmail.properties" = ./escaping.properties;
}
