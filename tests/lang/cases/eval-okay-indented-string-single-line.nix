''  leading spaces kept when on the first line''
