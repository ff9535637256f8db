if true then "ok" else throw "not forced"
