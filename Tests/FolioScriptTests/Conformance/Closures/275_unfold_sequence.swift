// `sequence(first:next:)` and `sequence(state:next:)` (UnfoldSequence), used by Rosetta
// Code's tree-folding sieve (BeyondTheBook.md, #09).
let powers = sequence(first: 1) { $0 < 100 ? $0 * 3 : nil }
print(Array(powers))
let fibs = sequence(state: (0, 1)) { (state: inout (Int, Int)) -> Int? in
    let next = state.0
    state = (state.1, state.0 + state.1)
    return next
}
print(Array(fibs.prefix(10)))
