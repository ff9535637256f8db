# VTE integration for bash: lets VTE terminals track the working directory.
{
  config,
  lib,
  pkgs,
  ...
}:

{
  meta.maintainers = [ lib.maintainers.rycee ];

  options.programs.bash.enableVteIntegration = lib.mkEnableOption "" // {
    description = ''
      Source VTE's shell script in interactive shells, so terminals built
      on VTE (GNOME Terminal, Tilix...) know the current directory and
      open new tabs there.
    '';
  };

  # Upstream vte.sh replaces PROMPT_COMMAND and clobbers the exit status of
  # the user's last command; the wrapper keeps both.
  config.programs.bash.initExtra = lib.mkIf config.programs.bash.enableVteIntegration ''
    __HM_PROMPT_COMMAND="''${PROMPT_COMMAND:+''${PROMPT_COMMAND%;};}__hm_vte_prompt_command"
    . ${pkgs.vte}/etc/profile.d/vte.sh
    if [[ $(type -t __vte_prompt_command) = function ]]; then
      __hm_vte_prompt_command() {
        local old_exit_status=$?
        __vte_prompt_command
        return $old_exit_status
      }
      PROMPT_COMMAND="$__HM_PROMPT_COMMAND"
    fi
    unset __HM_PROMPT_COMMAND
  '';
}
