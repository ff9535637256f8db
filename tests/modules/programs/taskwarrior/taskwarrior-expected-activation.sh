verboseEcho "Making sure taskrc includes the generated settings"
if [[ ! -s /home/hm-user/.config/task/taskrc ]]; then
  run mkdir -p /home/hm-user/.config/task
  if [[ -v DRY_RUN ]]; then
    run echo 'include /home/hm-user/.config/task/home-manager-taskrc' ">" /home/hm-user/.config/task/taskrc
  else
    echo 'include /home/hm-user/.config/task/home-manager-taskrc' > /home/hm-user/.config/task/taskrc
  fi
elif ! grep -qxF 'include /home/hm-user/.config/task/home-manager-taskrc' /home/hm-user/.config/task/taskrc; then
  run sed -i '1i include /home/hm-user/.config/task/home-manager-taskrc' /home/hm-user/.config/task/taskrc
fi
