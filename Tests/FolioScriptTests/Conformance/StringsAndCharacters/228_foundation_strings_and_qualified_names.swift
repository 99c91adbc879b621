// Foundation string methods with character sets, split with maxSplits/omittingEmptySubsequences,
// and module-qualified free functions (Foundation.tanh, Swift.max) past members of the same name.
import Foundation
let s = "a b  c"
print(s.split(separator: " "), s.split(separator: " ", omittingEmptySubsequences: false), s.split(separator: " ", maxSplits: 1))
print("x\n".trimmingCharacters(in: .whitespaces).count, "x\n".trimmingCharacters(in: .whitespacesAndNewlines), "--x;".trimmingCharacters(in: CharacterSet(charactersIn: "-;")))
print("tab\tsep here".components(separatedBy: .whitespaces), "a1b22c".components(separatedBy: .decimalDigits))
print("  hi!  ".trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)), "x,y".components(separatedBy: ","))
print("Hello".hasPrefix("He"), "Hello".hasSuffix("lo"), "Hello".uppercased(), "Hello".lowercased(), "Hello".contains("ell"), "Hello".replacingOccurrences(of: "l", with: "L"))
enum Activation {
    case relu, tanh
    func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .relu: return Swift.max(0, x)
        case .tanh: return Foundation.tanh(x)
        }
    }
}
struct Stats {
    var values: [Double]
    func max() -> Double { values.reduce(-Double.infinity) { Swift.max($0, $1) } }
    func sqrt() -> Double { Foundation.sqrt(values.reduce(0) { $0 + $1 * $1 }) }
}
let relu = Activation.relu, tanh = Activation.tanh
print(relu(-1), tanh(0.5), Stats(values: [3, 4]).max(), Stats(values: [3, 4]).sqrt(), Swift.abs(-2), Foundation.pow(2.0, 10.0))
