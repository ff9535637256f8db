# pkgs.formats.toml against the files nixpkgs writes (remarshal's json2toml,
# tomlkit). Each case names a value and the TOML text.
{ lib, pkgs, ... }:
let
  text = value: ((pkgs.formats.toml { }).generate "x.toml" value).drvAttrs.text;
  char = hex: builtins.fromJSON ''"\u${hex}"'';

  cases = {
    # A table holding only tables and arrays of tables has no header; one
    # after another table still gets its blank line.
    headerless = {
      value = { a.b = [ { x = 1; } ]; a.c.y = 2; a.c.z.w = 3; d.e = [ { f = 1; } ]; };
      toml = ''
        [[a.b]]
        x = 1

        [a.c]
        y = 2

        [a.c.z]
        w = 3

        [[d.e]]
        f = 1
      '';
    };
    # Home Manager's tests/modules/programs/helix/languages-expected.toml.
    hmHelixLanguages = {
      value = { language-server.typescript-language-server = { command = "@typescript-language-server@/bin/typescript-language-server"; args = [ "--stdio" "--tsserver-path=@typescript@/lib/node_modules/typescript/lib" ]; }; language = [ { name = "rust"; auto-format = false; } ]; };
      toml = ''
        [[language]]
        auto-format = false
        name = "rust"

        [language-server.typescript-language-server]
        args = ["--stdio", "--tsserver-path=@typescript@/lib/node_modules/typescript/lib"]
        command = "@typescript-language-server@/bin/typescript-language-server"
      '';
    };
    # Sub-tables and arrays of tables inside an array's element.
    inTableArrays = {
      value = { fruit = [ { name = "apple"; physical = { color = "red"; }; variety = [ { name = "red delicious"; } { name = "granny"; } ]; } { name = "banana"; } ]; };
      toml = ''
        [[fruit]]
        name = "apple"

        [fruit.physical]
        color = "red"

        [[fruit.variety]]
        name = "red delicious"

        [[fruit.variety]]
        name = "granny"

        [[fruit]]
        name = "banana"
      '';
    };
    # Tables inside arrays are inline tables; floats keep their dot.
    inline = {
      value = { float = 1.0; mixed = [ 1 { a = 1; b = "x"; } [ 2 3 ] { } ]; nested = [ [ { a = 1; } ] ]; list = [ { a = 1; } 2 ]; };
      toml = ''
        float = 1.0
        list = [{a = 1}, 2]
        mixed = [1, {a = 1, b = "x"}, [2, 3], {}]
        nested = [[{a = 1}]]
      '';
    };
    # Arrays of six or more values take a line each, except inside arrays
    # of tables.
    multiline = {
      value = { a = [ 1 2 3 4 5 6 ]; b = [ 1 2 3 4 5 ]; aot = [ { d = [ 1 2 3 4 5 6 ]; } ]; t.c = [ "x" "y" "z" "u" "v" [ 1 2 ] ]; };
      toml = ''
        a = [
            1,
            2,
            3,
            4,
            5,
            6,
        ]
        b = [1, 2, 3, 4, 5]

        [[aot]]
        d = [1, 2, 3, 4, 5, 6]

        [t]
        c = [
            "x",
            "y",
            "z",
            "u",
            "v",
            [1, 2],
        ]
      '';
    };
    # Basic strings with short escapes, \u00XX for other control characters;
    # quoted keys escape quotes and control characters but not backslashes.
    strings = {
      value = { "a b" = "tab\there"; "q\"k" = "say \"hi\" \\"; "back\\slash" = "é${char "0001"}${char "007f"}${char "001b"}"; bare-key_1 = "line\nbreak\r${char "0008"}${char "000c"}"; "" = "empty key"; };
      toml = ''
        "" = "empty key"
        "a b" = "tab\there"
        "back\slash" = "é\u0001\u007f\u001b"
        bare-key_1 = "line\nbreak\r\b\f"
        "q\"k" = "say \"hi\" \\"
      '';
    };
    # An array of tables whose key comes first gets no blank line even when
    # plain values end up in front of it (tomlkit puts the line on the array).
    tableArrayFirst = {
      value = { a = [ { y = 2; } ]; b = { x = 1; }; c = 1; };
      toml = ''
        c = 1
        [[a]]
        y = 2

        [b]
        x = 1
      '';
    };
    # Arrays of tables and tables keep their key order; each array element
    # after the first starts with a blank line; an empty table is its header.
    tableArrayLater = {
      value = { a = 1; b = [ { x = 1; } { x = 2; } ]; c.d = 1; e = { }; };
      toml = ''
        a = 1

        [[b]]
        x = 1

        [[b]]
        x = 2

        [c]
        d = 1

        [e]
      '';
    };
  };
in
lib.mapAttrs (name: c: {
  expr = text c.value;
  expected = c.toml;
}) cases
// {
  # remarshal refuses null.
  nullValue = {
    expr = text { a = null; };
    expectedError = true;
  };
}
