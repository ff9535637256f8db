{ greeting }: "hello ${greeting}"
