import Foundation
import SwiftSyntax

/// Foundation's `CharacterSet` where string methods take one (`trimmingCharacters(in:)`,
/// `components(separatedBy:)`): the predefined sets by their implicit-member names, and
/// `CharacterSet(charactersIn: "…")`.
extension Lowerer {
    private static let predefinedSets: [String: CharacterSet] = [
        "whitespaces": .whitespaces, "whitespacesAndNewlines": .whitespacesAndNewlines, "newlines": .newlines,
        "decimalDigits": .decimalDigits, "letters": .letters, "lowercaseLetters": .lowercaseLetters,
        "uppercaseLetters": .uppercaseLetters, "alphanumerics": .alphanumerics,
        "punctuationCharacters": .punctuationCharacters,
        "symbols": .symbols, "controlCharacters": .controlCharacters,
    ]

    /// Whether `expr` is written as a character set (`.whitespaces`, `CharacterSet(…)`, `.letters.union(…)`).
    func isCharacterSetExpression(_ expr: ExprSyntax) -> Bool {
        if let member = expr.as(MemberAccessExprSyntax.self) {
            if member.base == nil || member.base?.trimmedDescription == "CharacterSet" {
                return Self.predefinedSets[member.declName.baseName.text] != nil
            }
        }
        if let call = expr.as(FunctionCallExprSyntax.self) {
            if call.calledExpression.trimmedDescription == "CharacterSet" { return true }
            if let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base,
                ["union", "subtracting", "intersection"].contains(member.declName.baseName.text)
            {
                return isCharacterSetExpression(base)
            }
        }
        return false
    }

    /// Lowers a character-set expression (see `isCharacterSetExpression`).
    func characterSet(_ expr: ExprSyntax) throws -> (Frame) throws -> CharacterSet {
        if let member = expr.as(MemberAccessExprSyntax.self),
            let set = Self.predefinedSets[member.declName.baseName.text],
            member.base == nil || member.base?.trimmedDescription == "CharacterSet"
        {
            return { _ in set }
        }
        if let call = expr.as(FunctionCallExprSyntax.self) {
            let arguments = allArguments(call)
            if call.calledExpression.trimmedDescription == "CharacterSet", arguments.count == 1,
                arguments[0].label == "charactersIn"
            {
                let text = try argument(arguments[0].expr, .string).eval
                let at = loc(call)
                return { frame in CharacterSet(charactersIn: try stringValue(text(frame), at)) }
            }
            if let member = call.calledExpression.as(MemberAccessExprSyntax.self), let base = member.base,
                arguments.count == 1,
                arguments[0].label == nil
            {
                let left = try characterSet(base)
                let right = try characterSet(arguments[0].expr)
                switch member.declName.baseName.text {
                case "union": return { frame in try left(frame).union(right(frame)) }
                case "subtracting": return { frame in try left(frame).subtracting(right(frame)) }
                case "intersection": return { frame in try left(frame).intersection(right(frame)) }
                default: break
                }
            }
        }
        throw error(
            "expected a character set such as .whitespaces, .newlines, .punctuationCharacters or CharacterSet(charactersIn: \",;\")",
            expr, id: .invalidArgument)
    }
}
