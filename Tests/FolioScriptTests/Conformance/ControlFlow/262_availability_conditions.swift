// Availability conditions: `#available` with `*` holds on the platform the program runs on (not
// an Apple one here), `#unavailable` does not; `@available` declarations are usable.
@available(macOS 13, iOS 16, *)
struct Modern {
    var name = "modern"
}
func pick() -> String {
    guard #available(macOS 13, *) else { return "legacy" }
    return Modern().name
}
var notes: [String] = []
if #available(iOS 17, macOS 14, watchOS 10, *) {
    notes.append("available")
} else {
    notes.append("fallback")
}
if #unavailable(macOS 14) {
    notes.append("unavailable branch")
} else {
    notes.append("not unavailable")
}
var count = 0
while #available(macOS 10.15, *), count < 3 {
    count += 1
}
if #available(macOS 12, *), count == 3 { notes.append("both") }
print(pick(), notes, count)
