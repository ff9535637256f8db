[ (true && false) (true || false) (!true) (!false) (false || !false && false) ]
