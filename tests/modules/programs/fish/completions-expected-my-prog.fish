complete -c myprog -s o -l output
