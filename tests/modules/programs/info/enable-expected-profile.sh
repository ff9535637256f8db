if [[ -w "$out/share/info" && ! -e "$out/share/info/dir" ]]; then
  PATH="@gzip@/bin:@texinfo-interactive@/bin:@install-info@/bin${PATH:+:}$PATH" \
    find -L "$out/share/info" \( -name '*.info' -o -name '*.info.gz' \) \
      -exec install-info '{}' "$out/share/info/dir" ';'
fi
