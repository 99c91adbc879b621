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

/// An input made on first use, so a run limited to some workloads (`NAME`) does not spend its
/// time (and its profile) sampling the inputs of the others.
final class Input {
    private let make: () throws -> Tensor
    private var value: Tensor?
    init(_ make: @escaping () throws -> Tensor) { self.make = make }
    func get() throws -> Tensor {
        if let value { return value }
        let made = try make()
        value = made
        return made
    }
}

do {
    let key = RandomKey(seed: 0)
    let n = 10_000_000
    let a = Input { try Tensor.normal(shape: [n], key: key.foldIn(1)) }
    let b = Input { try Tensor.normal(shape: [n], key: key.foldIn(2)) }
    let m = Input { try Tensor.normal(shape: [4096, 1024], key: key.foldIn(3)) }
    /// Two square matrices of side `size` (seeds 4 and 5 for 512, 6 and 7 for 1024, as before).
    func squares(_ size: Int, _ seed: UInt32) -> (Input, Input) {
        (Input { try Tensor.normal(shape: [size, size], key: key.foldIn(seed)) },
         Input { try Tensor.normal(shape: [size, size], key: key.foldIn(seed + 1)) })
    }
    let (p256, q256) = squares(256, 9), (p512, q512) = squares(512, 4)
    let (p1024, q1024) = squares(1024, 6), (p2048, q2048) = squares(2048, 11)

    try measure("add 1e7") { try a.get() + b.get() }
    try measure("multiply 1e7") { try a.get() * b.get() }
    try measure("exp 1e7") { exp(try a.get()) }
    try measure("gelu 1e7") { gelu(try a.get()) }
    try measure("sum axis 0 [4096,1024]") { try m.get().sum(axis: 0) }
    try measure("sum axis 1 [4096,1024]") { try m.get().sum(axis: 1) }
    try measure("logSumExp axis 0 [4096,1024]") { try m.get().logSumExp(axis: 0) }
    try measure("logSumExp axis 1 [4096,1024]") { try m.get().logSumExp(axis: 1) }
    try measure("softmax [4096,1024]") { softmax(try m.get()) }
    try measure("matmul 256") { try matmul(p256.get(), q256.get()) }
    try measure("matmul 512") { try matmul(p512.get(), q512.get()) }
    try measure("matmul 1024") { try matmul(p1024.get(), q1024.get()) }
    try measure("matmul 2048") { try matmul(p2048.get(), q2048.get()) }
    try measure("normal 1e7") { try Tensor.normal(shape: [n], key: key.foldIn(8)) }
} catch {
    print("error: \(error)")
    exit(1)
}
