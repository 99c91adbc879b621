let s = readText("../../etc/passwd")
let t = readText("/etc/passwd")
