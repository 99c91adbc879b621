// Lazy stored properties of classes: computed on first read, once, using the instance;
// replaced by assignment; each instance its own.
var log: [String] = []
func expensive(_ label: String) -> Int {
    log.append(label)
    return label.count * 10
}
class Report {
    let title: String
    var pages = 3
    lazy var summary: String = "\(title) (\(pages) pages)"
    lazy var score: Int = expensive(title)
    lazy var doubled = pages * 2
    lazy var cache: [Int] = {
        log.append("cache built")
        return Array(1...pages)
    }()
    lazy var note: String? = nil
    init(title: String) {
        self.title = title
        log.append("init \(title)")
    }
}
let report = Report(title: "Q3")
print(log)
report.pages = 5
print(report.summary)
report.pages = 7
print(report.summary)
print(report.score, report.score, log)
print(report.doubled)
report.pages = 1
print(report.doubled)
report.score = 1
print(report.score, log.count)
print(report.cache, report.cache.count, log.last ?? "")
report.cache.append(99)
print(report.cache)
print(report.note ?? "no note")
report.note = "checked"
print(report.note ?? "no note")
let other = Report(title: "Annual")
print(other.score, report.score, log)
class Derived: Report {
    lazy var extra = summary + "!"
}
let derived = Derived(title: "Sub")
derived.pages = 1
print(derived.extra, derived.summary)
