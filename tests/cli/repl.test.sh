#!/usr/bin/env bash
# `hearth repl` with piped input: each case feeds lines to the REPL and
# compares the whole transcript (stdout and stderr together, the banner's
# version line left out) with the one written below, which follows what
# `nix repl` of current Nix prints for the same input (no colours: stdout
# is not a terminal). Usage: repl.test.sh /path/to/hearth
set -uo pipefail
hearth="$(realpath "${1:?usage: repl.test.sh /path/to/hearth}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HEARTH_STORE="$tmp/store" HOME="$tmp/home" NIX_PATH=
mkdir -p "$HOME"

cat >"$tmp/f.nix" <<'NIX'
{ alpha = 1; beta = { gamma = 2; }; }
NIX
cat >"$tmp/fn.nix" <<'NIX'
{ n ? 1, s ? "d" }: { inherit n s; }
NIX
mkdir -p "$tmp/lookup/thing"
echo '{ fromLookup = "found"; }' >"$tmp/lookup/thing/default.nix"

failed=0
# check NAME INPUT EXPECTED [ARGS...]: runs `hearth repl ARGS`, or with
# command=(...) set, `hearth COMMAND...` instead; lines matching $skip (an
# extended regular expression) are left out of the transcript.
command=(repl)
check() {
  local name="$1" input="$2" expected="$3"
  shift 3
  local got
  got="$(cd "$tmp" && printf '%s' "$input" | "$hearth" "${command[@]}" "$@" 2>&1 | sed 1d |
    grep -Ev "${skip:-^<no line is skipped>$}")"
  if [ "$got" != "$expected" ]; then
    echo "FAIL $name"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got")
    failed=$((failed + 1))
  else
    echo "ok   $name"
  fi
}

check basics '1 + 2
x = 3
x * 2
{ a = 1; b = { c = 2; }; l = [ 1 2 ]; f = x: x; s = "str"; }
[ 1 (1+1) { } ]
builtins.map
' 'Type :? for help.
nix-repl> 1 + 2
3

nix-repl> x = 3

nix-repl> x * 2
6

nix-repl> { a = 1; b = { c = 2; }; l = [ 1 2 ]; f = x: x; s = "str"; }
{
  a = 1;
  b = { ... };
  f = «lambda f @ «string»:1:43»;
  l = [ ... ];
  s = "str";
}

nix-repl> [ 1 (1+1) { } ]
[
  1
  2
  { ... }
]

nix-repl> builtins.map
«primop map»

nix-repl> '

check print-and-type ':p { a = 1; b = { c = 2; }; l = [ 1 [2] ]; s = "str\n"; }
:p "a\nb"
:t 1
:t builtins.add 1
:t derivation { name = "x"; builder = "/bin/sh"; system = "x86_64-linux"; }
derivation { name = "x"; builder = "/bin/sh"; system = "x86_64-linux"; }
let x = { a = 1; }; in [ x x ]
{ a = throw "x"; b = 2; }
{ "a b" = 1; "or" = 2; }
' 'Type :? for help.
nix-repl> :p { a = 1; b = { c = 2; }; l = [ 1 [2] ]; s = "str\n"; }
{
  a = 1;
  b = { c = 2; };
  l = [
    1
    [ 2 ]
  ];
  s = "str\n";
}

nix-repl> :p "a\nb"
a
b

nix-repl> :t 1
an integer

nix-repl> :t builtins.add 1
the partially applied built-in function '"'"'add'"'"'

nix-repl> :t derivation { name = "x"; builder = "/bin/sh"; system = "x86_64-linux"; }
a set

nix-repl> derivation { name = "x"; builder = "/bin/sh"; system = "x86_64-linux"; }
«derivation /nix/store/97qlv6h78lxlm9zc8849ahsbcklhsi2y-x.drv»

nix-repl> let x = { a = 1; }; in [ x x ]
[
  { ... }
  «repeated»
]

nix-repl> { a = throw "x"; b = 2; }
{
  a = «error: x»;
  b = 2;
}

nix-repl> { "a b" = 1; "or" = 2; }
{
  "a b" = 1;
  or = 2;
}

nix-repl> '

check errors-do-not-end-the-session 'undefined_thing
throw "boom"
:foo
:b 1
:doc 1
1
' "Type :? for help.
nix-repl> undefined_thing
error: undefined variable 'undefined_thing'
       at «string»:1:1:
            1| undefined_thing
             | ^

nix-repl> throw \"boom\"
error:
       … while calling the 'throw' builtin
         at «string»:1:1:
            1| throw \"boom\"
             | ^

       error: boom

nix-repl> :foo
error: unknown command ':foo'

nix-repl> :b 1
error: expression does not evaluate to a derivation, so I can't build it

nix-repl> :doc 1
error: value does not have documentation

nix-repl> 1
1

nix-repl> "

check multi-line-input '{ a = 1;
  b = 2; }
"abc
def"
y = 1 +
  2
y
z = 1; w = 2
' "Type :? for help.
nix-repl> { a = 1;
            b = 2; }
{
  a = 1;
  b = 2;
}

nix-repl> \"abc
          def\"
\"abc\\ndef\"

nix-repl> y = 1 +
            2

nix-repl> y
3

nix-repl> z = 1; w = 2
error: syntax error, unexpected ';', expecting end of file
       at «string»:1:3:
            1|  1; w = 2
             |   ^

nix-repl> "

check load-add-reload ':l f.nix
alpha
beta
:a { zeta = 5; }
zeta
:r
zeta
:l nonexistent.nix
' "Type :? for help.
nix-repl> :l f.nix
Added 2 variables.

nix-repl> alpha
1

nix-repl> beta
{ gamma = 2; }

nix-repl> :a { zeta = 5; }
Added 1 variables.

nix-repl> zeta
5

nix-repl> :r
Loading '$tmp/f.nix'...
Added 2 variables.

nix-repl> zeta
error: undefined variable 'zeta'
       at «string»:1:1:
            1| zeta
             | ^

nix-repl> :l nonexistent.nix
error: path '$tmp/nonexistent.nix' does not exist

nix-repl> "

check file-with-args 'n
s
' "Type :? for help.
Loading '$tmp/fn.nix'...
Added 2 variables.
nix-repl> n
5

nix-repl> s
\"hi\"

nix-repl> " --file "$tmp/fn.nix" --arg n 5 --argstr s hi

check positional-file-and-lookup 'alpha
:l <thing>
fromLookup
' "Type :? for help.
Loading 'f.nix'...
Added 2 variables.
nix-repl> alpha
1

nix-repl> :l <thing>
Added 1 variables.

nix-repl> fromLookup
\"found\"

nix-repl> " f.nix -I "$tmp/lookup"

check expr-and-quit 'a
:q
a
' "Type :? for help.
Loading '«string»'...
Added 1 variables.
nix-repl> a
{
  b = 3;
  c = 4;
}

nix-repl> :q" -E '{a={b=3;c=4;};}'

# Nix's built-in <nix/fetchurl.nix> resolves here too (NIX_PATH is empty),
# not only in `hearth instantiate`; the path is Nix 2.8's and 2.26's.
check corepkgs-fetchurl '(import <nix/fetchurl.nix> { url = "https://example.org/a.tar.gz"; sha256 = "0000000000000000000000000000000000000000000000000000"; }).outPath
' 'Type :? for help.
nix-repl> (import <nix/fetchurl.nix> { url = "https://example.org/a.tar.gz"; sha256 = "0000000000000000000000000000000000000000000000000000"; }).outPath
"/nix/store/32p55m515z8rbxw04jg0nnrqj7vpmyg7-a.tar.gz"

nix-repl> '

# :b writes the .drv, builds it with `hearth build` and lists the outputs
# (paths as Nix computes them).
check build ':b derivation { name = "y"; builder = "/bin/sh"; outputs = ["out" "dev"]; args = ["-c" "echo hi > $out; echo > $dev"]; system = "x86_64-linux"; }
' 'Type :? for help.
nix-repl> :b derivation { name = "y"; builder = "/bin/sh"; outputs = ["out" "dev"]; args = ["-c" "echo hi > $out; echo > $dev"]; system = "x86_64-linux"; }
this derivation will be built:
  /nix/store/2vdqz9y0cyhss8dxyzhppq4969svqynx-y.drv
building '"'"'/nix/store/2vdqz9y0cyhss8dxyzhppq4969svqynx-y.drv'"'"'...

This derivation produced the following outputs:
  dev -> /nix/store/7akldix491vyr651y6hlp79v0bfbrn7c-y-dev
  out -> /nix/store/bhmd1wj0r4bnz7gy9i42wimwfwmk6zp0-y

nix-repl> '

# :log prints the log the store kept of a build, once there is one (paths as
# Nix computes them).
check log ':log derivation { name = "z"; builder = "/bin/sh"; args = ["-c" "echo making z; echo z > $out"]; system = "x86_64-linux"; }
:b derivation { name = "z"; builder = "/bin/sh"; args = ["-c" "echo making z; echo z > $out"]; system = "x86_64-linux"; }
:log derivation { name = "z"; builder = "/bin/sh"; args = ["-c" "echo making z; echo z > $out"]; system = "x86_64-linux"; }
' 'Type :? for help.
nix-repl> :log derivation { name = "z"; builder = "/bin/sh"; args = ["-c" "echo making z; echo z > $out"]; system = "x86_64-linux"; }
error: build log of '"'"'/nix/store/jvfv5vxmj1jq9ir8xzlkyzhs51xcmxa9-z.drv'"'"' is not available

nix-repl> :b derivation { name = "z"; builder = "/bin/sh"; args = ["-c" "echo making z; echo z > $out"]; system = "x86_64-linux"; }
this derivation will be built:
  /nix/store/jvfv5vxmj1jq9ir8xzlkyzhs51xcmxa9-z.drv
building '"'"'/nix/store/jvfv5vxmj1jq9ir8xzlkyzhs51xcmxa9-z.drv'"'"'...
making z

This derivation produced the following outputs:
  out -> /nix/store/zj265bpfzv7v5k1f43xggb83dc4k3s0y-z

nix-repl> :log derivation { name = "z"; builder = "/bin/sh"; args = ["-c" "echo making z; echo z > $out"]; system = "x86_64-linux"; }
making z

nix-repl> '

# An error inside a value is shown in place, without the colours Nix puts
# in fromTOML's message (it quotes toml11's report, which ends in a newline).
check nested-error-colours '{ a = builtins.fromTOML "a = "; b = 2; }
' 'Type :? for help.
nix-repl> { a = builtins.fromTOML "a = "; b = 2; }
{
  a = «error: while parsing TOML: [error] bad format: unknown value appeared
 --> fromTOML
   |
 1 | a = 
   |     ^-- here
»;
  b = 2;
}

nix-repl> '

check trace-verbose 'builtins.traceVerbose "shown" 1
' 'Type :? for help.
nix-repl> builtins.traceVerbose "shown" 1
trace: shown
1

nix-repl> ' --trace-verbose

# What Hearth cannot do says so (:sh and :u are in repl_shell.test.sh).
check unsupported ':i 1
:lf .
:load-flake
:sh 1
' "Type :? for help.
nix-repl> :i 1
error: ':i' is not supported: Hearth has no nix-env profiles to install into; build the derivation with ':b' and add it to home.packages

nix-repl> :lf .
error: ':lf' is not supported: Hearth does not implement flakes; load a Nix file with ':l' instead

nix-repl> :load-flake
error: ':load-flake' is not supported: Hearth does not implement flakes; load a Nix file with ':l' instead

nix-repl> :sh 1
error: expression does not evaluate to a derivation, so I can't build it

nix-repl> "

# home-manager repl: the configuration's config, options, pkgs and lib.
cat >"$tmp/home.nix" <<NIX
{ pkgs, ... }: {
  home.username = "tester";
  home.homeDirectory = "$HOME";
  home.stateVersion = "25.11";
  home.file."hello.txt".text = "hi";
}
NIX
# How many names the entry file offers is Home Manager's business: the
# loading lines are left out.
command=(home-manager -f "$tmp/home.nix" repl)
skip='^(Loading|Added) '
check home-manager-repl 'config.home.file."hello.txt".text
lib.id config.home.username
:t options
:t pkgs
' "Type :? for help.
nix-repl> config.home.file.\"hello.txt\".text
\"hi\"

nix-repl> lib.id config.home.username
\"tester\"

nix-repl> :t options
a set

nix-repl> :t pkgs
a set

nix-repl> "
command=(repl)
skip=

# Ctrl-C (SIGINT) during a long evaluation stops that evaluation only: the
# session reports it as Nix does and reads the next input. The REPL reads
# from a fifo so that the signal comes while the first input is evaluated;
# if it did not stop the loop, `timeout` would end the whole run.
interrupt_case() {
  local loop="builtins.foldl' (a: i: builtins.foldl' (b: j: b + 1) a (builtins.genList (x: x) 10000)) 0 (builtins.genList (x: x) 1000000)"
  rm -f "$tmp/in" && mkfifo "$tmp/in"
  (cd "$tmp" && exec timeout 60 "$hearth" repl <"$tmp/in" >"$tmp/out" 2>&1) &
  local pid=$! waited=0
  exec 3>"$tmp/in"
  printf '%s\n' "$loop" >&3
  # Until the REPL has echoed the input and is evaluating it.
  until grep -qF "nix-repl> $loop" "$tmp/out" 2>/dev/null || [ $waited -ge 100 ]; do
    sleep 0.1; waited=$((waited + 1))
  done
  sleep 0.3
  kill -INT "$pid" # timeout passes the signal on to the REPL
  printf '1 + 1\n' >&3
  exec 3>&-
  wait "$pid"
  local status=$? expected got
  expected="Type :? for help.
nix-repl> $loop
error: interrupted by the user

nix-repl> 1 + 1
2

nix-repl> "
  got="$(sed 1d "$tmp/out")"
  if [ $status -eq 0 ] && [ "$got" = "$expected" ]; then
    echo "ok   interrupt"
  else
    echo "FAIL interrupt (status $status)"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got")
    failed=$((failed + 1))
  fi
}
interrupt_case

# The banner names Hearth and its version, on stderr.
banner="$(printf '' | "$hearth" repl 2>&1 >/dev/null)"
case "$banner" in
"Hearth "*"
Type :? for help.") echo "ok   banner" ;;
*) echo "FAIL banner: $banner"; failed=$((failed + 1)) ;;
esac

[ "$failed" -eq 0 ] || { echo "$failed case(s) failed"; exit 1; }
