// The FolioNumerics side of the Folio-vs-NumPy benchmark (see ../../run.sh): runs each
// workload `repetitions` times after a warm-up and prints "name<TAB>median seconds" lines.
import FolioNumerics
import Foundation

let repetitions = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 7
/// Optional second argument: run only the workloads whose name contains it (for profiling).
let only = CommandLine.arguments.dropFirst(2).first

func now(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Times `body` (one warm-up run, then `repetitions` runs) and prints the median.
func measure(_ name: String, _ body: () throws -> Tensor) rethrows {
    if let only, !name.contains(only) { return }
    var sink = try body().count
    var times: [Double] = [], cpuTimes: [Double] = []
    for _ in 0..<repetitions {
        let start = now(), cpuStart = now(CLOCK_PROCESS_CPUTIME_ID)
        let r = try body()
        times.append(now() - start)
        cpuTimes.append(now(CLOCK_PROCESS_CPUTIME_ID) - cpuStart)
        sink &+= r.count
    }
    times.sort()
    cpuTimes.sort()
    // Third column: the median CPU time of all threads (on a loaded machine wall time mostly
    // measures the scheduler). The sink goes to stderr so the results are not optimized away.
    print("\(name)\t\(times[times.count / 2])\t\(cpuTimes[cpuTimes.count / 2])")
    FileHandle.standardError.write("\(name)\tsink \(sink)\n".data(using: .utf8) ?? Data())
}

do {
    let key = RandomKey(seed: 0)
    let n = 10_000_000
    let a = try Tensor.normal(shape: [n], key: key.foldIn(1))
    let b = try Tensor.normal(shape: [n], key: key.foldIn(2))
    let m = try Tensor.normal(shape: [4096, 1024], key: key.foldIn(3))
    let p512 = try Tensor.normal(shape: [512, 512], key: key.foldIn(4))
    let q512 = try Tensor.normal(shape: [512, 512], key: key.foldIn(5))
    let p1024 = try Tensor.normal(shape: [1024, 1024], key: key.foldIn(6))
    let q1024 = try Tensor.normal(shape: [1024, 1024], key: key.foldIn(7))

    try measure("add 1e7") { try a + b }
    try measure("multiply 1e7") { try a * b }
    measure("exp 1e7") { exp(a) }
    measure("gelu 1e7") { gelu(a) }
    try measure("sum axis 0 [4096,1024]") { try m.sum(axis: 0) }
    try measure("sum axis 1 [4096,1024]") { try m.sum(axis: 1) }
    try measure("logSumExp axis 0 [4096,1024]") { try m.logSumExp(axis: 0) }
    try measure("logSumExp axis 1 [4096,1024]") { try m.logSumExp(axis: 1) }
    measure("softmax [4096,1024]") { softmax(m) }
    try measure("matmul 512") { try matmul(p512, q512) }
    try measure("matmul 1024") { try matmul(p1024, q1024) }
    try measure("normal 1e7") { try Tensor.normal(shape: [n], key: key.foldIn(8)) }
} catch {
    print("error: \(error)")
    exit(1)
}
