function func
  echo "Hello"
end
