run mkdir -m700 -p $VERBOSE_ARG /home/hm-user/Maildir/fallback-test
