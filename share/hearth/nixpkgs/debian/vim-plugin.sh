# Lays one Vim plugin of a Debian package out as nixpkgs' vimUtils plugins
# are: the plugin's own directories (plugin/, autoload/, doc/...) at $out.
# Run by ./vim-plugins.nix with
#   $src      the package's unpacked files (only its own, not its depends)
#   $debName  the package's name, for messages
#   $pack     the name of the pack link to take, or empty for the first
# Debian installs a plugin one of two ways: a Vim package link
# usr/share/{vim/vimfiles,nvim/site}/pack/<x>/{start,opt}/<name> to the
# plugin's root, or files under an addon directory (usr/share/vim/addons
# unless the entry names a basedir) listed by usr/share/vim/registry/*.yaml.
shopt -s nullglob dotglob

# Links are relative (../<package>/...), so that they resolve wherever the
# store lives. link FROM TO: $out/FROM -> $src/TO.
link() {
  local up="../" rest=$1
  while [[ $rest == */* ]]; do
    up+="../"
    rest=${rest#*/}
  done
  ln -s "$up${src##*/}/$2" "$out/$1"
}

srcReal=$(readlink -f "$src")
root=
for link in "$src"/usr/share/vim/vimfiles/pack/*/{start,opt}/* "$src"/usr/share/nvim/site/pack/*/{start,opt}/*; do
  if [ -n "$pack" ] && [ "${link##*/}" != "$pack" ]; then continue; fi
  root=$(readlink -f "$link")
  break
done

mkdir -p "$out"
if [ -n "$root" ]; then
  if [ ! -d "$root" ] || [[ $root != "$srcReal"/* ]]; then
    echo "hearth: Debian package $debName: its Vim pack link ${pack:+$pack }does not lead to a directory of the package" >&2
    exit 1
  fi
  root=${root#"$srcReal"/}
  for entry in "$srcReal/$root"/*; do link "${entry##*/}" "$root/${entry##*/}"; done
elif [ -n "$pack" ]; then
  echo "hearth: Debian package $debName has no Vim pack link named $pack" >&2
  exit 1
else
  for registry in "$src"/usr/share/vim/registry/*.yaml; do
    basedir=$(sed -n 's/^basedir:[[:space:]]*//p' "$registry" | tr -d "\"'")
    basedir=${basedir:-/usr/share/vim/addons}
    basedir=${basedir#/}
    # The items of the top-level `files:` list, up to the next key.
    sed -n '/^files:/,/^[^[:space:]-]/ s/^[[:space:]]*-[[:space:]]*//p' "$registry" | tr -d "\"'\r" |
      while read -r file; do
        [ -n "$file" ] || continue
        mkdir -p "$out/$(dirname "$file")"
        link "$file" "$basedir/$file"
      done
  done
fi

entries=("$out"/*)
if [ ${#entries[@]} = 0 ]; then
  echo "hearth: Debian package $debName has no Vim plugin files (no pack link, no addon registry entry)" >&2
  exit 1
fi

# Help tags, as vimUtils makes them with :helptags, when Debian ships none
# (its addon manager writes them on installation). The rules are Vim's: a
# *tag* has no blank or '|' inside, follows the line's start or a blank,
# and ends the line or precedes a blank; Vim 9 also skips example blocks
# (after a line ending in " >", up to a line starting with a non-blank).
docs=("$out"/doc/*.txt)
if [ ${#docs[@]} != 0 ] && [ ! -e "$out/doc/tags" ]; then
  if [ -L "$out/doc" ]; then
    rm "$out/doc"
    mkdir "$out/doc"
    for entry in "$srcReal/$root/doc"/*; do link "doc/${entry##*/}" "$root/doc/${entry##*/}"; done
  fi
  for doc in "$out"/doc/*.txt; do
    awk -v file="${doc##*/}" '
      {
        line = $0
        if (example) {
          if (line == "" || substr(line, 1, 1) ~ /[ \t\r]/) next
          example = 0
        }
        n = length(line)
        p1 = index(line, "*")
        while (p1 > 0) {
          q = index(substr(line, p1 + 1), "*")
          if (q == 0) break
          p2 = p1 + q
          if (p2 > p1 + 1) {
            tag = substr(line, p1 + 1, p2 - p1 - 1)
            before = p1 == 1 ? " " : substr(line, p1 - 1, 1)
            after = p2 == n ? " " : substr(line, p2 + 1, 1)
            if (tag !~ /[ \t|]/ && before ~ /[ \t]/ && after ~ /[ \t\r]/) print tag "\t" file
          }
          p1 = p2
        }
        if (line == ">" || line ~ / >$/) example = 1
      }' "$doc"
  done | LC_ALL=C sort -u | awk -F '\t' '
    {
      pattern = ""
      for (i = 1; i <= length($1); i++) {
        c = substr($1, i, 1)
        if (c == "\\" || c == "/") pattern = pattern "\\"
        pattern = pattern c
      }
      print $1 "\t" $2 "\t/*" pattern "*"
    }' > "$out/doc/tags"
fi
