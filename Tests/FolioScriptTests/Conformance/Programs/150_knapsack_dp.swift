let weights = [1, 3, 4, 5]
let values = [1, 4, 5, 7]
let capacity = 7
var dp = Array(repeating: Array(repeating: 0, count: capacity + 1), count: weights.count + 1)
for i in 1...weights.count {
    for w in 0...capacity {
        dp[i][w] = dp[i - 1][w]
        if weights[i - 1] <= w { dp[i][w] = max(dp[i][w], dp[i - 1][w - weights[i - 1]] + values[i - 1]) }
    }
}
print(dp[weights.count][capacity])
func lcs(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    var t = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count { for j in 1...y.count { t[i][j] = x[i - 1] == y[j - 1] ? t[i - 1][j - 1] + 1 : max(t[i - 1][j], t[i][j - 1]) } }
    return t[x.count][y.count]
}
print(lcs("ABCBDAB", "BDCABA"))
