# pkgs.formats.yaml_1_1 and yaml_1_2 against the files nixpkgs writes
# (remarshal's json2yaml, ruamel.yaml). Each case names a value and the
# YAML 1.1 text; the YAML 1.2 text is the same without the `%YAML 1.1` and
# `---` lines unless the case gives it.
{ lib, pkgs, ... }:
let
  text = format: value: ((format { }).generate "x.yaml" value).drvAttrs.text;
  char = hex: builtins.fromJSON ''"\u${hex}"'';
  emoji = builtins.fromJSON ''"\ud83d\ude00"'';

  cases = {
    # null, booleans, numbers; a YAML 1.1 float needs a dot before its exponent.
    atoms = {
      value = { n = null; t = true; f = false; i = -3; x = 2.5; o = 1.0; big = 1.0e16; s = "plain text"; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        big: 1.0e+16
        f: false
        i: -3
        'n': null
        o: 1.0
        s: plain text
        t: true
        x: 2.5
      '';
      yaml_1_2 = ''
        big: 1e+16
        f: false
        i: -3
        n: null
        o: 1.0
        s: plain text
        t: true
        x: 2.5
      '';
    };
    # Double quotes for a ', a line break or a character only an escape
    # writes; characters above U+FFFF are escaped there, written as they are elsewhere.
    doubleQuoted = {
      value = { apostrophe = "it's"; newline = "line\nbreak"; tab = "tab\there"; esc = "x${char "001b"}y"; del = "x${char "007f"}y"; bell = "x${char "0007"}y"; nbsp = "x${char "00a0"}y"; emoji = "it's: ${emoji}"; emojiPlain = "${emoji}"; backslash = "it's: \\ \"q\""; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        apostrophe: it's
        backslash: "it's: \\ \"q\""
        bell: "x\ay"
        del: "x\x7Fy"
        emoji: "it's: \U0001F600"
        emojiPlain: 😀
        esc: "x\ey"
        nbsp: x y
        newline: "line\nbreak"
        tab: "tab\there"
      '';
    };
    # Lines past column 80 break at a space, or with \ in double quotes;
    # the continuation is two columns in from the parent.
    folding = {
      value = {
        deep.plain = "the quick brown fox jumps over the lazy dog and keeps on running past the end of the line";
        deep.single = "#the quick brown fox jumps over the lazy dog and keeps on running past the end of the line";
        deep.double = "the\tquick brown fox jumps over the lazy dog and keeps on running past the end of the line";
        deep.escapes = "x\tthe quick brown fox jumps over the lazy dog and keeps on running past the end\t\tof it";
        deep.long = "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword and more";
        list = [ "the quick brown fox jumps over the lazy dog and keeps on running past the end of the line" ];
        short = "the quick brown fox jumps over the lazy dog and keeps on running to column eighty";
      };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        deep:
          double: "the\tquick brown fox jumps over the lazy dog and keeps on running past\
            \ the end of the line"
          escapes: "x\tthe quick brown fox jumps over the lazy dog and keeps on running past\
            \ the end\t\tof it"
          long: averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword
            and more
          plain: the quick brown fox jumps over the lazy dog and keeps on running past the
            end of the line
          single: '#the quick brown fox jumps over the lazy dog and keeps on running past
            the end of the line'
        list:
        - the quick brown fox jumps over the lazy dog and keeps on running past the end of
          the line
        short: the quick brown fox jumps over the lazy dog and keeps on running to column
          eighty
      '';
    };
    # Home Manager's tests/modules/programs/gh/hosts-file.nix.
    hmGhHosts = {
      value = { "github.com" = { git_protocol = "ssh"; user = "my_username"; }; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        github.com:
          git_protocol: ssh
          user: my_username
      '';
    };
    # Home Manager's tests/modules/programs/k9s/example-plugins-expected.yaml.
    hmK9sPlugins = {
      value = { plugins.fred = { shortCut = "Ctrl-L"; description = "Pod logs"; scopes = [ "po" ]; command = "kubectl"; background = false; args = [ "logs" "-f" "$NAME" "-n" "$NAMESPACE" "--context" "$CLUSTER" ]; }; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        plugins:
          fred:
            args:
            - logs
            - -f
            - $NAME
            - -n
            - $NAMESPACE
            - --context
            - $CLUSTER
            background: false
            command: kubectl
            description: Pod logs
            scopes:
            - po
            shortCut: Ctrl-L
      '';
    };
    # Home Manager's tests/modules/programs/k9s/example-skin-expected.yaml.
    hmK9sSkin = {
      value = { k9s = { body = { fgColor = "dodgerblue"; bgColor = "#ffffff"; logoColor = "#0000ff"; }; info = { fgColor = "lightskyblue"; sectionColor = "steelblue"; }; }; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        k9s:
          body:
            bgColor: '#ffffff'
            fgColor: dodgerblue
            logoColor: '#0000ff'
          info:
            fgColor: lightskyblue
            sectionColor: steelblue
      '';
    };
    # Plain style unless an indicator or edge space forbids it.
    indicators = {
      value = { hash = "#x"; dashSpace = "- x"; dash = "-x"; colonSpace = "a: b"; colon = "a:b"; trailingColon = "a:"; leadingColon = ":a"; spaceHash = "x #y"; hashInside = "x#y"; qSpace = "? q"; q = "?q"; docStart = "---x"; docEnd = "...x"; brackets = "[x]"; braces = "{x}"; amp = "&a"; star = "*a"; bang = "!a"; pipe = "|a"; gt = ">a"; dquote = "\"a"; pct = "%a"; at = "@a"; tick = "`a"; comma = ",a"; lead = " lead"; trail = "trail "; twoSpaces = "two  spaces"; unicode = "é ☃"; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        amp: '&a'
        at: '@a'
        bang: '!a'
        braces: '{x}'
        brackets: '[x]'
        colon: a:b
        colonSpace: 'a: b'
        comma: ',a'
        dash: -x
        dashSpace: '- x'
        docEnd: '...x'
        docStart: '---x'
        dquote: '"a'
        gt: '>a'
        hash: '#x'
        hashInside: x#y
        lead: ' lead'
        leadingColon: :a
        pct: '%a'
        pipe: '|a'
        q: ?q
        qSpace: '? q'
        spaceHash: 'x #y'
        star: '*a'
        tick: '`a'
        trail: 'trail '
        trailingColon: 'a:'
        twoSpaces: two  spaces
        unicode: é ☃
      '';
    };
    # Keys follow the same rules, without line breaks.
    keys = {
      value = { "yes" = 1; "a b" = 2; "x: y" = 3; "it's" = 4; "" = 5; "#k" = 6; "line\nkey" = 7; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        ''': 5
        '#k': 6
        a b: 2
        it's: 4
        "line\nkey": 7
        'x: y': 3
        'yes': 1
      '';
      yaml_1_2 = ''
        ''': 5
        '#k': 6
        a b: 2
        it's: 4
        "line\nkey": 7
        'x: y': 3
        yes: 1
      '';
    };
    # Nested mappings indent two columns; a list under a key does not; a
    # mapping or list inside a list starts on the dash's line; empty ones are {} and [].
    nesting = {
      value = { m = { a = 1; n.b = "c"; }; l = [ 1 2 ]; lm = [ { a = 1; b = [ "x" ]; } { } ]; ll = [ [ 1 2 ] [ ] ]; e = { }; el = [ ]; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        e: {}
        el: []
        l:
        - 1
        - 2
        ll:
        - - 1
          - 2
        - []
        lm:
        - a: 1
          b:
          - x
        - {}
        m:
          a: 1
          'n':
            b: c
      '';
      yaml_1_2 = ''
        e: {}
        el: []
        l:
        - 1
        - 2
        ll:
        - - 1
          - 2
        - []
        lm:
        - a: 1
          b:
          - x
        - {}
        m:
          a: 1
          n:
            b: c
      '';
    };
    # Strings that would read back as another type are quoted: YAML 1.1's
    # booleans, sexagesimals and octals are plain strings in 1.2.
    readsAsOther = {
      value = { yes = "yes"; no = "no"; on = "on"; off = "Off"; y = "y"; N = "N"; time = "22:30:00"; sexf = "1:20.5"; octal = "0755"; bool = "true"; null = "null"; tilde = "~"; int = "12"; float = "1.5"; exp = "1e3"; hex = "0x1F"; date = "2024-01-01"; merge = "<<"; eq = "="; empty = ""; under = "-_"; word = "yesterday"; };
      yaml_1_1 = ''
        %YAML 1.1
        ---
        'N': 'N'
        bool: 'true'
        date: '2024-01-01'
        empty: '''
        eq: '='
        exp: '1e3'
        float: '1.5'
        hex: '0x1F'
        int: '12'
        merge: '<<'
        'no': 'no'
        'null': 'null'
        octal: '0755'
        'off': 'Off'
        'on': 'on'
        sexf: '1:20.5'
        tilde: '~'
        time: '22:30:00'
        under: '-_'
        word: yesterday
        'y': 'y'
        'yes': 'yes'
      '';
      yaml_1_2 = ''
        N: N
        bool: 'true'
        date: '2024-01-01'
        empty: '''
        eq: '='
        exp: '1e3'
        float: '1.5'
        hex: '0x1F'
        int: '12'
        merge: '<<'
        no: no
        'null': 'null'
        octal: '0755'
        off: Off
        on: on
        sexf: 1:20.5
        tilde: '~'
        time: 22:30:00
        under: '-_'
        word: yesterday
        y: y
        yes: yes
      '';
    };
    # An empty document: YAML 1.1 puts {} on the --- line
    # (YAML 1.2 writes {} alone, as the JSON it replaced did).
    rootEmpty = {
      value = { };
      yaml_1_1 = ''
        %YAML 1.1
        --- {}
      '';
      only_1_1 = true;
    };
    # A list at the top.
    rootList = {
      value = [ "a" { b = 1; } [ "c" ] ];
      yaml_1_1 = ''
        %YAML 1.1
        ---
        - a
        - b: 1
        - - c
      '';
    };
  };
in
lib.concatMapAttrs (name: c: {
  "${name}_1_1" = {
    expr = text pkgs.formats.yaml_1_1 c.value;
    expected = c.yaml_1_1;
  };
}
// lib.optionalAttrs (!(c.only_1_1 or false)) {
  "${name}_1_2" = {
    expr = text pkgs.formats.yaml_1_2 c.value;
    expected = c.yaml_1_2 or (lib.removePrefix "%YAML 1.1\n---\n" c.yaml_1_1);
  };
}) cases
