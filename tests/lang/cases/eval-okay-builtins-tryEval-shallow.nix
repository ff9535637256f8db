# tryEval forces only to weak head normal form.
(builtins.tryEval [ (throw "inner") ]).success
