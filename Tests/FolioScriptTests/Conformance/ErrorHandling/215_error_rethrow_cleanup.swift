enum ValidationError: Error {
    case tooShort(Int)
    case missingDigit
    case forbidden(String)
}
func validate(_ password: String) throws -> String {
    guard password.count >= 8 else { throw ValidationError.tooShort(password.count) }
    guard password.contains(where: { $0.isNumber }) else { throw ValidationError.missingDigit }
    for bad in ["password", "1234"] where password.lowercased().contains(bad) {
        throw ValidationError.forbidden(bad)
    }
    return "ok"
}
var log: [String] = []
func check(_ p: String) -> String {
    defer { log.append(p) }
    do {
        return try validate(p)
    } catch ValidationError.tooShort(let n) {
        return "too short (\(n))"
    } catch ValidationError.forbidden(let word) {
        return "contains \(word)"
    } catch {
        return "invalid: \(error)"
    }
}
for p in ["abc", "abcdefgh", "Password99", "s3cure-pass", "x1234yyyy"] { print(p, "->", check(p)) }
print(log.count, log.last ?? "")
func firstValid(_ ps: [String]) throws -> String {
    for p in ps { if (try? validate(p)) != nil { return p } }
    throw ValidationError.missingDigit
}
print((try? firstValid(["a", "bbbbbbbb9"])) ?? "none", (try? firstValid(["a"])) ?? "none")
