mkdir -p $out/bin
sed "s|@GENERATION_DIR@|$out|g" "$activateScript" > $out/activate
chmod +x $out/activate
ln -s $out/activate $out/bin/home-manager-generation
echo 26.11 > $out/hm-version
echo 1 > $out/gen-version
ln -s /nix/store/00000000000000000000000000000000-home-manager-files $out/home-files
ln -s /nix/store/00000000000000000000000000000000-home-manager-path $out/home-path
cp /nix/store/00000000000000000000000000000000-hearth-manifest.json $out/manifest.json
cp /nix/store/00000000000000000000000000000000-extra-dependencies $out/extra-dependencies


