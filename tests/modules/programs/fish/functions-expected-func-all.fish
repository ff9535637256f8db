function func-all --description="Every flag" --wraps="echo" --on-event="e1" --on-event="e2" --no-scope-shadowing --argument-names=a b
  echo $argv
end
