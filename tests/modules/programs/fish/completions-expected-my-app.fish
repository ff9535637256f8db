complete -c myapp -s -v
