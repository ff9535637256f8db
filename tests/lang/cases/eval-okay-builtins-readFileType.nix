map builtins.readFileType [ ./lib/readdir/a.txt ./lib/readdir/sub ./lib/readdir/link ]
