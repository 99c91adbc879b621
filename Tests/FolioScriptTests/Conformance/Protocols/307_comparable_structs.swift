// Arrays of a struct or class that declares only '<' for Comparable: sorted(), min(), max(), and
// the operators Comparable derives from '<' (>, <=, >=).
struct Version: Comparable, CustomStringConvertible {
    let major: Int
    let minor: Int
    static func < (a: Version, b: Version) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
    var description: String { "\(major).\(minor)" }
}
let versions = [Version(major: 2, minor: 1), Version(major: 1, minor: 9), Version(major: 2, minor: 0)]
print(versions.sorted(), versions.min()!, versions.max()!, [Version]().max() as Any)
print(versions.sorted { $0 > $1 }, versions[0] >= versions[2], versions[1] <= versions[0], Version(major: 1, minor: 0) < Version(major: 1, minor: 1))
final class Task: Comparable {
    let priority: Int
    init(_ p: Int) { priority = p }
    static func < (a: Task, b: Task) -> Bool { a.priority < b.priority }
    static func == (a: Task, b: Task) -> Bool { a.priority == b.priority }
}
print([Task(3), Task(1), Task(2)].sorted().map(\.priority), [Task(5), Task(7)].max()!.priority)
