let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
func toRoman(_ n: Int) -> String {
    var n = n
    var out = ""
    for (v, s) in table {
        while n >= v { out += s; n -= v }
    }
    return out
}
func fromRoman(_ s: String) -> Int {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    var total = 0
    let chars = Array(s)
    for i in chars.indices {
        let v = values[chars[i]]!
        if i + 1 < chars.count, v < values[chars[i + 1]]! { total -= v } else { total += v }
    }
    return total
}
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
    let r = toRoman(n)
    print(n, r, fromRoman(r) == n)
}
