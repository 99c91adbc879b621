struct S {
    var _h = 0
    var h: Int { get { _h } set { _h = newValue * 2 } }
    mutating func f() -> Int { h = 10; return h }
}
var s = S()
print(s.f())
