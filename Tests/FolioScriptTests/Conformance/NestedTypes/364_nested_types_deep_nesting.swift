// The Swift Programming Language, Nested Types: types nested to any depth, each able to use the
// names of the types around it.
struct Library {
    struct Shelf {
        enum Kind: String {
            case fiction, reference
        }
        struct Book {
            let title: String
            let kind: Kind
        }
        var books: [Book] = []
        mutating func add(_ title: String, _ kind: Kind) {
            books.append(Book(title: title, kind: kind))
        }
    }
    var shelves: [String: Shelf] = [:]
}
var library = Library()
var shelf = Library.Shelf()
shelf.add("Moby-Dick", .fiction)
shelf.add("Atlas", .reference)
library.shelves["A"] = shelf
let kinds: [Library.Shelf.Kind] = library.shelves["A"]!.books.map { $0.kind }
print(kinds.map { $0.rawValue })
let book = Library.Shelf.Book(title: "Emma", kind: .fiction)
print(book.title, book.kind)
