# Home Manager's custom-rendering test: one match assigning each rendering
# setting, hinting as a switch and a style, vertical layouts shortened.
{
  fonts.fontconfig = {
    enable = true;
    antialiasing = false;
    hinting = "none";
    subpixelRendering = "vertical-bgr";
  };

  test.expected."home-files/.config/fontconfig/conf.d/10-hm-rendering.conf" =
    ./custom-rendering-expected.conf;
}
