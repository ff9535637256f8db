let x = [ 1 x ]; in toString x
