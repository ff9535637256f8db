if [[ ! -f "@kitty-themes@/share/kitty-themes/themes/SpaceGray_Eighties.conf" ]]; then
  errorEcho "kitty-themes does not contain the theme file @kitty-themes@/share/kitty-themes/themes/SpaceGray_Eighties.conf!"
  exit 1
fi
if [[ ! -f "@kitty-themes@/share/kitty-themes/themes/GitHub.conf" ]]; then
  errorEcho "kitty-themes does not contain the theme file @kitty-themes@/share/kitty-themes/themes/GitHub.conf!"
  exit 1
fi
if [[ ! -f "@kitty-themes@/share/kitty-themes/themes/TokyoNight.conf" ]]; then
  errorEcho "kitty-themes does not contain the theme file @kitty-themes@/share/kitty-themes/themes/TokyoNight.conf!"
  exit 1
fi
if [[ ! -f "@kitty-themes@/share/kitty-themes/themes/OneDark.conf" ]]; then
  errorEcho "kitty-themes does not contain the theme file @kitty-themes@/share/kitty-themes/themes/OneDark.conf!"
  exit 1
fi
