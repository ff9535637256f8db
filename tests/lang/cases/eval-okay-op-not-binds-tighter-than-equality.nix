# !true == false is (!true) == false.
[ (!true == false) (!(1 == 2)) ]
