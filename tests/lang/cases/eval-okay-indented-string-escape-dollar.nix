''
  ''${not interpolated}
  $''${also}
''
