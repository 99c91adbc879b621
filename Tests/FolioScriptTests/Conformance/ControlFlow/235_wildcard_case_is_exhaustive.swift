// `case _:` makes a switch exhaustive, as `default:` does.
let k = 3
switch k {
case 1: print("one")
case _: print("other")
}
enum Dir { case n, s }
let d = Dir.s
switch d {
case .n: print("n")
case _: print("not n")
}
func pick(_ b: Bool) -> Int {
    switch b {
    case true: return 1
    case _: return 0
    }
}
print(pick(false))
