func lcs(_ a: String, _ b: String) -> String {
    let x = Array(a), y = Array(b)
    var dp = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count {
        for j in 1...y.count {
            dp[i][j] = x[i - 1] == y[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1])
        }
    }
    var i = x.count, j = y.count
    var out: [Character] = []
    while i > 0 && j > 0 {
        if x[i - 1] == y[j - 1] { out.append(x[i - 1]); i -= 1; j -= 1 }
        else if dp[i - 1][j] >= dp[i][j - 1] { i -= 1 } else { j -= 1 }
    }
    return String(out.reversed())
}
print(lcs("ABCBDAB", "BDCABA"), lcs("folio", "portfolio"))
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    var prev = Array(0...y.count)
    for i in 1...max(x.count, 1) where !x.isEmpty {
        var cur = [i] + Array(repeating: 0, count: y.count)
        for j in stride(from: 1, through: y.count, by: 1) {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[y.count]
}
print(editDistance("kitten", "sitting"), editDistance("flaw", "lawn"), editDistance("same", "same"))
func coinWays(_ coins: [Int], _ amount: Int) -> Int {
    var ways = Array(repeating: 0, count: amount + 1)
    ways[0] = 1
    for c in coins where c <= amount {
        for v in c...amount { ways[v] += ways[v - c] }
    }
    return ways[amount]
}
print(coinWays([1, 2, 5], 11), coinWays([2, 5, 3, 6], 10), coinWays([1, 5, 10, 25, 50], 100))
func lis(_ xs: [Int]) -> Int {
    var tails: [Int] = []
    for x in xs {
        var lo = 0, hi = tails.count
        while lo < hi { let m = (lo + hi) / 2; if tails[m] < x { lo = m + 1 } else { hi = m } }
        if lo == tails.count { tails.append(x) } else { tails[lo] = x }
    }
    return tails.count
}
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]))
