indirect enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
}
func render(_ j: JSON) -> String {
    switch j {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let d): return d == d.rounded() ? String(Int(d)) : String(d)
    case .string(let s): return "\"" + s + "\""
    case .array(let xs): return "[" + xs.map(render).joined(separator: ",") + "]"
    case .object(let kv): return "{" + kv.map { "\"\($0.0)\":" + render($0.1) }.joined(separator: ",") + "}"
    }
}
func depth(_ j: JSON) -> Int {
    switch j {
    case .array(let xs): return 1 + (xs.map(depth).max() ?? 0)
    case .object(let kv): return 1 + (kv.map { depth($0.1) }.max() ?? 0)
    default: return 0
    }
}
let doc: JSON = .object([
    ("name", .string("folio")),
    ("version", .number(2)),
    ("ratio", .number(0.75)),
    ("tags", .array([.string("swift"), .string("notes")])),
    ("meta", .object([("draft", .bool(false)), ("parent", .null)])),
])
print(render(doc))
print(depth(doc))
print(depth(.array([.array([.array([])])])))
