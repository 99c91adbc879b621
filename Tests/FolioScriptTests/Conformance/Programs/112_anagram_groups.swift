let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
var groups: [String: [String]] = [:]
var order: [String] = []
for w in words {
    let key = String(w.sorted())
    if groups[key] == nil { order.append(key) }
    groups[key, default: []].append(w)
}
for key in order { print(groups[key]!.joined(separator: ",")) }
