// Closures as the Language Guide's chapter uses them: sorted(by:) four ways, map with a
// mutable copy of its parameter, captured running totals, an escaping closure stored and
// called later through a trailing closure with a label, and multiple trailing closures.
let names = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
func backward(_ a: String, _ b: String) -> Bool { a > b }
print(names.sorted(by: backward))
print(names.sorted { $0 < $1 })
print(names.sorted(by: >))
let digitNames = [0: "Zero", 1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"]
let numbers = [16, 58, 510]
let strings = numbers.map { (number) -> String in
    var number = number
    var output = ""
    repeat {
        output = digitNames[number % 10]! + output
        number /= 10
    } while number > 0
    return output
}
print(strings)
func makeIncrementer(forIncrement amount: Int) -> () -> Int {
    var runningTotal = 0
    func incrementer() -> Int {
        runningTotal += amount
        return runningTotal
    }
    return incrementer
}
let incrementByTen = makeIncrementer(forIncrement: 10)
print(incrementByTen(), incrementByTen())
let incrementBySeven = makeIncrementer(forIncrement: 7)
print(incrementBySeven(), incrementByTen())
var completionHandlers: [() -> Void] = []
func someFunctionWithEscapingClosure(completionHandler: @escaping () -> Void) {
    completionHandlers.append(completionHandler)
}
var x = 10
someFunctionWithEscapingClosure { x = 100 }
completionHandlers.first?()
print(x)
struct Downloader {
    var server: String
    func loadPicture(completion: (String) -> Void, onFailure: () -> Void) {
        if server == "ok" { completion("picture from \(server)") } else { onFailure() }
    }
    func retry(times: Int, action: (Int) -> Void) {
        for attempt in 1...times { action(attempt) }
    }
}
Downloader(server: "ok").loadPicture { picture in
    print(picture)
} onFailure: {
    print("Couldn't download the next picture.")
}
Downloader(server: "down").loadPicture { print($0) } onFailure: { print("Couldn't download the next picture.") }
Downloader(server: "ok").retry(times: 2) { print("attempt", $0) }
