wrapProgram $out/bin/obs \
  --set OBS_PLUGINS_PATH "/nix/store/00000000000000000000000000000000-obs-studio-plugins/lib/obs-plugins" \
  --set OBS_PLUGINS_DATA_PATH "/nix/store/00000000000000000000000000000000-obs-studio-plugins/share/obs/obs-plugins" --set-default WLR 1
