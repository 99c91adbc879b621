import Foundation

/// The number of scalar multiply-adds that ``matmul(_:_:)`` performs while `body` runs,
/// including those of gradients taken inside `body` (a product's pullback is two products
/// of the same size, so a backward pass is measured, not assumed):
///
/// ```swift
/// let forward = try countMultiplyAdds { try matmul(x, w) }               // m·k·n
/// let step = try countMultiplyAdds { try gradient(at: w) { w in try matmul(x, w).sum() } }
/// ```
///
/// A product of an m×k by a k×n matrix counts m·k·n (per matrix of a batch, after
/// broadcasting); elementwise operations, reductions and softmax count nothing. Counting is
/// per task: products made by other tasks at the same time are not counted, and nested
/// counts add to every enclosing count.
/// - Throws: what `body` throws.
public func countMultiplyAdds(_ body: () throws -> Tensor) rethrows -> Int {
    let counter = MultiplyAddCounter(enclosing: MultiplyAddCounter.current)
    _ = try MultiplyAddCounter.$current.withValue(counter) { try body() }
    return counter.count
}

/// The running count of ``countMultiplyAdds(_:)`` (a class so that the task-local value can
/// be updated in place; one task writes it, so it needs no lock).
final class MultiplyAddCounter: @unchecked Sendable {
    /// The counter of the enclosing ``countMultiplyAdds(_:)``, which gets every addition too.
    let enclosing: MultiplyAddCounter?
    /// The multiply-adds counted so far.
    private(set) var count = 0

    init(enclosing: MultiplyAddCounter?) {
        self.enclosing = enclosing
    }

    /// The innermost counter of this task, if a count is running.
    @TaskLocal static var current: MultiplyAddCounter?

    /// Adds `n` to this count and to every enclosing one.
    func add(_ n: Int) {
        var c: MultiplyAddCounter? = self
        while let counter = c {
            counter.count += n
            c = counter.enclosing
        }
    }
}
