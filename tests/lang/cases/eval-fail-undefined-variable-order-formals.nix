{ zz ? y, map ? x }: z
