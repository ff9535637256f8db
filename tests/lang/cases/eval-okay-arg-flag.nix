{ x, y ? "default" }: [ x y ]
