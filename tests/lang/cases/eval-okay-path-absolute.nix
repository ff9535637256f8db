[ /a/b/c /usr/bin/env /. ]
