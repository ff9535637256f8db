{ greeting }: "bundled ${greeting}"
