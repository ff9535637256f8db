# Home Manager's fcitx5 user-session-variables case: the variables given
# replace the defaults (no GLFW_IM_MODULE nor SDL_IM_MODULE), and
# ignoreUserConfig still adds SKIP_FCITX_USER_PATH.
{
  imports = [ ./stub-pkgs.nix ];

  i18n.inputMethod = {
    enable = true;
    type = "fcitx5";
    fcitx5 = {
      ignoreUserConfig = true;
      sessionVariables = {
        NIXOS_OZONE_WL = 1;
        XMODIFIERS = "@im=fcitx";
      };
    };
  };

  test.expected."home-path/etc/profile.d/hm-session-vars.sh" = ./user-session-variables-expected-vars.sh;
}
