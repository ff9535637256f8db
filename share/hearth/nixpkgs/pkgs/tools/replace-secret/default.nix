# replace-secret STRING SECRET_FILE FILE: replaces every STRING in FILE with
# the text of SECRET_FILE, newlines at either end removed, as nixpkgs'
# replace-secret does for services that keep passwords out of the store.
# The secret is read from its file, never passed as an argument, so it
# does not show in /proc/<pid>/cmdline. Bash alone, so that it runs where
# no Python or Perl is installed; FILE is rewritten in place (same inode,
# same mode).
{ writeShellScriptBin }:
writeShellScriptBin "replace-secret" ''
  set -eu
  if [ "$#" -ne 3 ]; then
    echo "usage: replace-secret STRING_TO_REPLACE SECRET_FILE FILE" >&2
    exit 1
  fi
  secret=
  content=
  # read -d "" stops only at a NUL byte: the whole file, trailing newlines kept.
  IFS= read -r -d "" secret < "$2" || true
  IFS= read -r -d "" content < "$3" || true
  while [[ $secret == $'\n'* ]]; do secret=''${secret#$'\n'}; done
  while [[ $secret == *$'\n' ]]; do secret=''${secret%$'\n'}; done
  # Quoted, the pattern and the replacement are literal text.
  printf '%s' "''${content//"$1"/"$secret"}" > "$3"
''
