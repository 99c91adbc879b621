@testable import FolioScript

/// One short block per diagnostic family: a block that must stop with that identifier.
///
/// `ScriptDiagnosticTests` runs each one, and checks that the corpus reaches every
/// identifier but the few that no single block can reach cheaply (`unreachedIdentifiers`).
let diagnosticCorpus: [(code: String, id: ScriptDiagnosticID)] = [
    ("let x = (1", .syntaxError),
    ("actor A {}", .unsupportedConcurrency),
    ("@freestanding(expression) macro m() = #externalMacro(module: \"M\", type: \"T\")", .unsupportedMacro),
    ("#sourceLocation(file: \"a\", line: 1)\nlet x = 1\n#sourceLocation()", .unsupportedCompilerControl),
    ("func f() {\n  init() {}\n}", .unsupportedDeclaration),
    ("func f() {\n  protocol Inner {}\n}", .nestedTypeDeclaration),
    ("switch 1 {\ncase 1:\n  fallthrough\n  print(1)\ndefault: break\n}", .unsupportedStatement),
    ("let r = /ab+c/", .unsupportedExpression),
    ("let x: Int.Protocol = Int.self", .unsupportedType),
    ("let x: Float16 = 1", .unsupportedNumericType),
    ("func outer(n: Int) { func f<T>(_ x: T) -> Int { n } }", .unsupportedGenerics),
    ("@dynamicMemberLookup struct W { var x: Int }", .unsupportedAttribute),
    ("var x = 1\nlet y = x++", .unsupportedOperator),
    ("let k = \\String.count", .unsupportedFeature),
    ("print(y)", .cannotFindInScope),
    ("let x = 1\nlet x = 2", .invalidRedeclaration),
    ("extension Int { var twice: Int = 0 }", .invalidDeclaration),
    ("struct S {}\nweak var s: S? = nil", .invalidOwnership),
    ("@propertyWrapper struct W { var x: Int }", .invalidPropertyWrapper),
    (
        "@resultBuilder struct B { static func buildBlock(_ xs: Int...) -> Int { xs.count } }\n"
            + "func make(@B _ body: () -> Int) -> Int { body() }\nlet n = make { if true { 1 } }",
        .invalidResultBuilder
    ),
    ("let s: String = 1", .typeMismatch),
    ("let x = 1 + \"a\"", .invalidOperands),
    ("let x = nil", .cannotInferType),
    ("for i in 5 { print(i) }", .missingConformance),
    ("let x = 1\nlet y = x!", .optionalMisuse),
    ("let x = 99999999999999999999", .invalidLiteral),
    ("let x = [1]\nprint(x.nothing)", .noMember),
    ("let x = 1\nprint(x[0])", .noSubscript),
    ("let t = Tensor.zeros(5)", .noMatchingOverload),
    ("func f(_ a: Int) -> Int { a }\nprint(f(1, 2))", .wrongArgumentCount),
    ("func f(a: Int) -> Int { a }\nprint(f(1))", .wrongArgumentLabels),
    ("let s = \"a b\".trimmingCharacters(in: 5)", .invalidArgument),
    ("let x = 1\nprint(x())", .notCallable),
    ("protocol P {}\nlet p = P()", .notConstructible),
    ("func f(_ x: inout Int) {}\nvar a = 1\nf(a)", .inoutMisuse),
    ("var a = [1, 2]\nswap(&a[0], &a[1])", .exclusiveAccess),
    ("let x = 1\nx = 2", .cannotAssign),
    ("break", .misplacedControlTransfer),
    ("func f(_ x: Int?) {\n  guard let y = x else { print(1) }\n  print(y)\n}\nf(nil)", .missingReturn),
    ("func f() {\n  return 1\n}", .invalidReturn),
    ("let x = _", .invalidExpression),
    ("let (a, b) = (1, 2, 3)", .patternMismatch),
    ("enum E { case a, b }\nlet e = E.a\nswitch e {\ncase .a: print(1)\n}", .nonExhaustiveSwitch),
    ("func f() throws {\n  throw 1\n}", .invalidThrow),
    ("#expect(1)", .invalidCheck),
    ("let x = Int.max\nlet y = x + 1", .arithmeticOverflow),
    ("let z = 0\nlet y = 1 / z", .divisionByZero),
    ("let a = [1]\nprint(a[3])", .indexOutOfRange),
    ("var a: [Int] = []\na.removeLast()", .emptyCollection),
    ("let n = 0\nfor i in stride(from: 0, to: 3, by: n) { print(i) }", .invalidRange),
    ("let d = Double.nan\nlet n = Int(d)", .conversionOutOfRange),
    ("let x: Int? = nil\nprint(x!)", .forceUnwrapNil),
    ("enum E: Error { case e }\nfunc f() throws -> Int { throw E.e }\nlet x = try! f()", .forceTryFailed),
    ("let a: Any = 1\nlet s = a as! String", .castFailed),
    ("let n = -1\nlet s = String(repeating: \"a\", count: n)", .preconditionFailure),
    ("fatalError(\"stop\")", .fatalError),
    ("import Foundation\nlet s = String(format: \"%d %d\", 1)", .invalidFormat),
    ("enum E: Error { case e }\nthrow E.e", .uncaughtError),
    (
        "class A { var n = 1 }\nclass B {\n  unowned let a: A\n  init(_ a: A) { self.a = a }\n}\n"
            + "let b = B(A())\nprint(b.a.n)",
        .danglingUnownedReference
    ),
    ("let t = Tensor([1.0, 2.0]) + Tensor([1.0, 2.0, 3.0])", .numericsError),
    ("let x: Tensor = [1, 2, 3]\nChart {\n  LineMark(x: x, y: [1.0, 2.0], series: \"a\")\n}", .chartError),
    ("let s = readText(\"/etc/passwd\")", .dataFileError),
    ("func f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))", .recursionDepth),
]

/// Identifiers the corpus does not reach, and why: each needs a session with a budget, a
/// note of thousands of declarations, an earlier failed block, FolioRender (a failed check is
/// a check result until a note is run), or a bug in Folio.
let unreachedIdentifiers: Set<ScriptDiagnosticID> = [
    .timeLimit, .memoryLimit, .variableLimit, .specializationDepth, .uninitializedVariable, .checkFailed,
    .internalError,
]
