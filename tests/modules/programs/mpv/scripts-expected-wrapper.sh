wrapProgram $out/bin/mpv --add-flags '--script=@mpvScript@/share/mpv/scripts/mpvScript' --prefix LD_LIBRARY_PATH : @libaacs@/lib
