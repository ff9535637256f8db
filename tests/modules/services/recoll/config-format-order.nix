# Mirrors Home Manager's recoll config-format-order test: plain keys come
# first and sections last, each group in name order, whatever the order
# of the attributes. Adapted: the package is a placeholder.
{
  services.recoll = {
    enable = true;
    package = {
      type = "derivation";
      name = "recoll";
      outPath = "@recoll@";
    };
    settings = {
      a = {
        foo = "bar";
      };
      b = 10;
      c = {
        a = "This should appear as the second section.";
        b = 53;
        aa = true;
      };
      d = false;
      e = "This should be the second to the last non-attrset value in the config.";
      f = {
        a = "This should be second to the last for the attribute names with an attrset.";
        b = 3193;
        c = false;
        d = [
          "Hello"
          "there"
        ];
      };
      foo = {
        bar = "This should be the last attribute with an attrset.";
        baz = 42;
      };
      g = [
        "This"
        "is"
        "coming"
        "from"
        "a"
        "list"
      ];
    };
  };

  test.expected."home-files/.recoll/recoll.conf" = ./config-format-order.conf;
}
