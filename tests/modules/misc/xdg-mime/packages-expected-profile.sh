if [[ -w $out/share/mime && -w $out/share/mime/packages && -d $out/share/mime/packages ]]; then
  XDG_DATA_DIRS=$out/share \
  PKGSYSTEM_ENABLE_FSYNC=0 \
  @update-mime-database@/bin/update-mime-database -V $out/share/mime > /dev/null
fi

if [[ -w $out/share/applications ]]; then
  @desktop-file-utils-custom@/bin/update-desktop-database $out/share/applications
fi
