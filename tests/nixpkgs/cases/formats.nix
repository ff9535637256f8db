# pkgs.formats: the text each format generates (checked through the
# writeText derivation's `text`) and the module types they offer.
{ lib, pkgs, nixpkgs }:
let
  inherit (pkgs) formats;
  text = drv: drv.drvAttrs.text;
  # The value a format's type accepts, merged by the module system.
  typed =
    format: value:
    (lib.evalModules {
      modules = [
        {
          options.v = lib.mkOption { type = format.type; };
          config.v = value;
        }
      ];
    }).config.v;
  typeFails = format: value: !(builtins.tryEval (builtins.deepSeq (typed format value) null)).success;
in
{
  json = {
    expr = text ((formats.json { }).generate "x.json" {
      b = [ 1 "two" true null 1.5 ];
      a = { nested = { }; empty = [ ]; };
      "key with \"quotes\"" = "line\nbreak";
    });
    expected = ''
      {
        "a": {
          "empty": [],
          "nested": {}
        },
        "b": [
          1,
          "two",
          true,
          null,
          1.5
        ],
        "key with \"quotes\"": "line\nbreak"
      }
    '';
  };

  jsonScalar = {
    expr = text ((formats.json { }).generate "x.json" "s");
    expected = "\"s\"\n";
  };

  jsonName = {
    expr = ((formats.json { }).generate "settings.json" { }).name;
    expected = "settings.json";
  };

  yaml = {
    expr = text ((formats.yaml { }).generate "x.yaml" { a = [ 1 ]; });
    expected = "%YAML 1.1\n---\na:\n- 1\n";
  };

  toml = {
    expr = text ((formats.toml { }).generate "x.toml" {
      title = "T";
      "odd key" = 1;
      owner = { name = "n"; dob = "1979"; };
      database = { ports = [ 8000 8001 ]; enabled = true; limits = { max = 2.5; }; };
      servers = { alpha = { ip = "10.0.0.1"; }; };
      products = [ { name = "Hammer"; } { name = "Nail"; sku = 284758393; } ];
    });
    expected = ''
      "odd key" = 1
      title = "T"

      [database]
      enabled = true
      ports = [8000, 8001]

      [database.limits]
      max = 2.5

      [owner]
      dob = "1979"
      name = "n"

      [[products]]
      name = "Hammer"

      [[products]]
      name = "Nail"
      sku = 284758393

      [servers.alpha]
      ip = "10.0.0.1"
    '';
  };

  ini = {
    expr = text ((formats.ini { }).generate "x.ini" {
      general = { name = "x"; enable = true; count = 3; };
      "with space" = { k = "v"; };
    });
    expected = ''
      [general]
      count=3
      enable=true
      name=x

      [with space]
      k=v
    '';
  };

  iniDuplicateKeys = {
    expr = text ((formats.ini { listsAsDuplicateKeys = true; }).generate "x.ini" { s = { k = [ "a" "b" ]; }; });
    expected = "[s]\nk=a\nk=b\n";
  };

  iniListToValue = {
    expr = text ((formats.ini { listToValue = lib.concatMapStringsSep "," toString; }).generate "x.ini" { s = { k = [ 1 2 ]; }; });
    expected = "[s]\nk=1,2\n";
  };

  iniWithGlobalSection = {
    expr = text ((formats.iniWithGlobalSection { }).generate "x.ini" {
      globalSection = { top = 1; };
      sections = { s = { k = "v"; }; };
    });
    expected = "top=1\n\n[s]\nk=v\n";
  };

  keyValue = {
    expr = text ((formats.keyValue { }).generate "x.conf" { a = 1; b = "two"; c = false; });
    expected = "a=1\nb=two\nc=false\n";
  };

  gitIni = {
    expr = text ((formats.gitIni { }).generate "config" {
      user = { name = "Me"; email = "me@example.org"; };
      "remote \"origin\"" = { url = "x"; };
      url = { "git@github.com:" = { insteadOf = "https://github.com/"; }; };
    });
    expected = ''
      [remote "origin"]
      	url = "x"

      [url "git@github.com:"]
      	insteadOf = "https://github.com/"

      [user]
      	email = "me@example.org"
      	name = "Me"
    '';
  };

  jsonTypeMerges = {
    expr = (lib.evalModules {
      modules = [
        { options.v = lib.mkOption { type = (formats.json { }).type; }; }
        { config.v.a = 1; }
        { config.v.b = [ "x" ]; }
      ];
    }).config.v;
    expected = { a = 1; b = [ "x" ]; };
  };

  jsonTypeDescription = {
    expr = (formats.json { }).type.description;
    expected = "JSON value";
  };

  iniTypeRejectsNesting = {
    expr = typeFails (formats.ini { }) { s = { k = { deeper = 1; }; }; };
    expected = true;
  };

  iniTypeAcceptsAtoms = {
    expr = typed (formats.ini { }) { s = { k = 1; b = null; }; };
    expected = { s = { k = 1; b = null; }; };
  };

  iniTypeDuplicateKeys = {
    expr = typed (formats.ini { listsAsDuplicateKeys = true; }) { s = { k = "one"; l = [ 1 2 ]; }; };
    expected = { s = { k = [ "one" ]; l = [ 1 2 ]; }; };
  };

  tomlTypeRejectsNull = {
    expr = typeFails (formats.toml { }) { a = null; };
    expected = true;
  };

  keyValueType = {
    expr = typed (formats.keyValue { }) { a = "x"; };
    expected = { a = "x"; };
  };
}
