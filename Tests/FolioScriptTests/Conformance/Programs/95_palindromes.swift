func isPalindrome(_ s: String) -> Bool {
    let chars = s.lowercased().filter { $0.isLetter }
    return chars == String(chars.reversed())
}
for s in ["Racecar", "A man, a plan, a canal: Panama", "Swift", ""] {
    print("\"\(s)\":", isPalindrome(s))
}
func longestPalindrome(_ s: String) -> String {
    let a = Array(s)
    var best = ""
    for i in 0..<a.count {
        for j in i..<a.count {
            let sub = a[i...j]
            if Array(sub) == Array(sub.reversed()) && sub.count > best.count { best = String(sub) }
        }
    }
    return best
}
print(longestPalindrome("babad"), longestPalindrome("forgeeksskeegfor"))
