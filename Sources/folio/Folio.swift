import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A literate notebook engine for Swift.")
}
