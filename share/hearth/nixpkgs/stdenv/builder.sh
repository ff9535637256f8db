# Builds the stdenv derivation: `$out/setup`, the script every build
# sources, is ./setup.sh behind the values fixed at evaluation time.
PATH=${initialPath// /:}
mkdir -p "$out"
{
  printf 'export SHELL=%s\n' "$shell"
  printf 'initialPath="%s"\n' "$initialPath"
  cat "$setup"
} >"$out/setup"
