// The Swift Programming Language, Error Handling: Converting Errors to Optional Values,
// Disabling Error Propagation, Specifying Cleanup Actions (file handling simulated with
// prints so that it runs).
enum FetchError: Error { case unavailable }
func someThrowingFunction(_ fail: Bool) throws -> Int {
    if fail { throw FetchError.unavailable }
    return 42
}
let x = try? someThrowingFunction(false)
let y: Int?
do {
    y = try someThrowingFunction(true)
} catch {
    y = nil
}
print(x as Any, y as Any)

struct Data { let text: String }
func fetchDataFromDisk() throws -> Data { throw FetchError.unavailable }
func fetchDataFromServer() throws -> Data { Data(text: "from the server") }
func fetchData() -> Data? {
    if let data = try? fetchDataFromDisk() { return data }
    if let data = try? fetchDataFromServer() { return data }
    return nil
}
print(fetchData()!.text)

func loadImage(atPath path: String) throws -> String {
    if path.isEmpty { throw FetchError.unavailable }
    return "image at \(path)"
}
let photo = try! loadImage(atPath: "./Resources/John Appleseed.jpg")
print(photo)

var openFiles: [String] = []
func exists(_ filename: String) -> Bool { !filename.isEmpty }
func open(_ filename: String) -> String {
    openFiles.append(filename)
    print("open \(filename)")
    return filename
}
func close(_ file: String) {
    openFiles.removeAll { $0 == file }
    print("close \(file)")
}
func processFile(filename: String) throws {
    if exists(filename) {
        let file = open(filename)
        defer {
            close(file)
        }
        var lines = ["first", "second", "third"]
        while let line = lines.popLast() {
            print("work with \(line)")
            if line == "second" && filename == "bad.txt" { throw FetchError.unavailable }
        }
        // close(file) is called here, at the end of the scope.
    }
}
try? processFile(filename: "notes.txt")
do {
    try processFile(filename: "bad.txt")
} catch {
    print("failed: \(error)")
}
print(openFiles)
