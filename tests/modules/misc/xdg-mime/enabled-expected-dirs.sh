mkdir -p $out/share/{applications,mime/packages}
