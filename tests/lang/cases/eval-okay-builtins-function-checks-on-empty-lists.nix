# Which list builtins check their function argument when the list is empty.
[ (builtins.map null [ ]) (builtins.filter null [ ]) (builtins.sort null [ ]) (builtins.mapAttrs null { }) ]
