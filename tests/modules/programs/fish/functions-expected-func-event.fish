function func-event --on-event="fish_command_not_found"
  echo "Not found!"
end
