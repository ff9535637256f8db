[ (1 == "1") (null == null) (null == false) (true == true) ("" == null) ([ ] == { }) (1 == 1.0) ]
