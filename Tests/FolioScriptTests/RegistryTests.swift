import Testing

@testable import FolioScript

final class Meters: CustomStringConvertible {
    let value: Double
    init(_ value: Double) { self.value = value }
    var description: String { "\(value) m" }
}

@Suite struct RegistryTests {
    /// A table with `Meters` registered, as an embedder of the interpreter would build it.
    static func metersTable() -> BindingTable {
        BindingTable { bindings in
            let registry = bindings.registry
            let meters = registry.registerType("Meters")
            func unwrap(_ v: Value) -> Double {
                if case .native(let o) = v, let m = o as? Meters { m.value } else { .nan }
            }
            registry.registerInitializer(meters, labels: [nil], parameters: [.double]) { args in
                if case .double(let x) = args[0] { return .native(Meters(x)) }
                return .void
            }
            registry.registerMethod(meters, "scaled", labels: ["by"], parameters: [.double], result: .named(meters)) {
                receiver, args in
                guard case .double(let k) = args[0] else { return .void }
                return .native(Meters(unwrap(receiver) * k))
            }
            registry.registerProperty(meters, "value", type: .double) { .double(unwrap($0)) }
            registry.registerOperator("+", lhs: .named(meters), rhs: .named(meters), result: .named(meters)) { a, b in
                .native(Meters(unwrap(a) + unwrap(b)))
            }
        }
    }

    @Test func aRegisteredTypeHasInitializersMethodsPropertiesAndOperators() {
        let session = ScriptSession(file: "t.md", bindings: Self.metersTable())
        let result = run("let a = Meters(2)\nlet b = a.scaled(by: 3) + a\nprint(b, b.value)", in: session)
        #expect(result.error == nil)
        #expect(result.printedText == "8.0 m 8.0\n")
    }

    @Test func aTypeRegisteredInOneTableIsUnknownToSessionsOfAnother() {
        _ = Self.metersTable()
        let failure = run("let a = Meters(2)").error
        #expect(failure?.id == .cannotFindInScope)
    }
}
