# Checks for tests that switch a home and read its files back: each failed
# check is counted and the test goes on, so one run lists every difference;
# checks_done ends the test with the count.

failures=0
# A command that stops the test under `set -e` names itself: CI shows only
# the test's output, and an unchecked $(...) failing would otherwise end
# the test without a word.
trap 'echo "FAIL: ${BASH_SOURCE[0]}:$LINENO: \`$BASH_COMMAND\` exited $?" >&2' ERR
fail() {
  echo "FAIL: $*" | head -n 40
  failures=$((failures + 1))
}

# expect_file PATH: the file's text must equal stdin, and the path must be
# a link into the generation's home files.
expect_file() {
  local want
  want="$(cat; echo x)"
  [[ "$(readlink "$1")" == /nix/store/*-home-manager-files/* ]] || fail "$1 is not linked from the generation"
  [[ "$(cat "$1"; echo x)" == "$want" ]] || fail "$1 differs: $(diff <(printf '%s' "${want%x}") "$1")"
}

checks_done() {
  if ((failures > 0)); then
    echo "$failures failure(s)"
    exit 1
  fi
  echo ok
}
