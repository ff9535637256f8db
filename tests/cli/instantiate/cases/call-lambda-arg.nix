(x: { inherit x; }) (y: y)
