source /home/hm-user/.config/zsh/.zshenv
