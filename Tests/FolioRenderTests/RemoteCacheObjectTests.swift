import FolioMarkdown
import FolioScript
import Foundation
import Testing

@testable import FolioRender

/// What the shared cache stores and how its settings are found, without a server (the
/// server-backed tests are FolioCLITests' `RemoteCacheTests`, against nginx).
@Suite struct RemoteCacheObjectTests {
    @Test func anObjectIsServedOnlyWhenItsLengthAndHashMatch() {
        let entry = Data("{\"format\":3}\n<html>page</html>".utf8)
        let object = RemoteCache.wrap(entry)
        #expect(RemoteCache.unwrap(object) == entry)
        #expect(RemoteCache.unwrap(object.dropLast(1)) == nil, "cut short")
        var garbled = object
        garbled[garbled.count - 3] ^= 0x01
        #expect(RemoteCache.unwrap(garbled) == nil, "one bit flipped")
        #expect(RemoteCache.unwrap(entry) == nil, "no header")
        #expect(RemoteCache.unwrap(Data()) == nil)
        #expect(RemoteCache.unwrap(Data("folio-remote-entry 9 0 x\n".utf8)) == nil, "another format")
    }

    @Test func theKeyChangesWithEveryInputKnownBeforeTheNoteRuns() {
        let cache = RenderCache(directory: URL(fileURLWithPath: "/nonexistent"), buildIdentifier: "b1", options: "page")
        let key = cache.key(path: "notes/a.md", source: "text")
        #expect(key.count == 32)
        #expect(
            key
                == RenderCache(directory: URL(fileURLWithPath: "/elsewhere"), buildIdentifier: "b1", options: "page")
                .key(path: "notes/a.md", source: "text"), "independent of the machine's folders")
        #expect(key != cache.key(path: "notes/b.md", source: "text"))
        #expect(key != cache.key(path: "notes/a.md", source: "text!"))
        #expect(
            key
                != RenderCache(directory: cache.directory, buildIdentifier: "b2", options: "page").key(
                    path: "notes/a.md", source: "text"))
        #expect(
            key
                != RenderCache(directory: cache.directory, buildIdentifier: "b1", options: "other").key(
                    path: "notes/a.md", source: "text"))
    }

    @Test func anEntryMadeOnOneMachineDecodesOnAnother() throws {
        let source = "---\ntitle: T\n---\n\n```swift\n#expect(1 + 1 == 2)\n```\n"
        let run = NoteRunner.run(source: source, path: "notes/t.md")
        let note = RenderedNote(run)
        let here = RenderCache(directory: URL(fileURLWithPath: "/a"), buildIdentifier: "b", options: "page")
        let there = RenderCache(directory: URL(fileURLWithPath: "/b"), buildIdentifier: "b", options: "page")
        let data = try #require(here.entryData(note, source: source, milliseconds: 42))
        let decoded = try #require(there.decode(data, path: "notes/t.md", source: source))
        #expect(decoded.note == note)
        #expect(decoded.milliseconds == 42)
        #expect(there.decode(data, path: "notes/t.md", source: source + " ") == nil, "other text")
        #expect(there.decode(data.dropLast(), path: "notes/t.md", source: source) == nil, "cut short")
    }

    @Test func settingsFileParsesItsFewKeysAndRefusesOthers() throws {
        let settings = try ProjectSettings.parse(
            """
            # shared cache
            cache-url = "https://cache.example.org/folio#x"  # a comment
            cache-read-only = true

            cache-timeout = 2.5
            """, path: "folio.toml")
        #expect(settings.cacheURL == "https://cache.example.org/folio#x")
        #expect(settings.cacheReadOnly == true)
        #expect(settings.cacheTimeout == 2.5)
        for (text, message) in [
            ("cache-url = https://x", "folio.toml:1: `cache-url` must be a quoted string"),
            ("\ncache-read-only = yes", "folio.toml:2: `cache-read-only` must be true or false"),
            ("cache-timeout = -1", "folio.toml:1: `cache-timeout` must be a positive number of seconds"),
            ("token = \"x\"", "folio.toml:1: unknown setting `token`"),
            ("cache-url", "folio.toml:1: expected `key = value`"),
        ] {
            #expect(throws: ProjectSettings.ParseError.self) { try ProjectSettings.parse(text, path: "folio.toml") }
            do {
                _ = try ProjectSettings.parse(text, path: "folio.toml")
            } catch {
                #expect(error.description.hasPrefix(message), "\(error.description)")
            }
        }
    }

    @Test func theFlagBeatsTheEnvironmentWhichBeatsTheFile() throws {
        var file = ProjectSettings()
        file.cacheURL = "http://file.example/c"
        file.cacheReadOnly = true
        let fromFile = try #require(try file.remoteCache(flagURL: nil, flagReadOnly: false, environment: [:]))
        #expect(fromFile.url.absoluteString == "http://file.example/c")
        #expect(fromFile.readOnly)
        let environment = [
            "FOLIO_CACHE_URL": "http://env.example/c", "FOLIO_CACHE_READ_ONLY": "0", "FOLIO_CACHE_TOKEN": "t",
        ]
        let fromEnvironment = try #require(
            try file.remoteCache(flagURL: nil, flagReadOnly: false, environment: environment))
        #expect(fromEnvironment.url.absoluteString == "http://env.example/c")
        #expect(!fromEnvironment.readOnly)
        #expect(fromEnvironment.token == "t")
        let fromFlag = try #require(
            try file.remoteCache(flagURL: "https://flag.example/c", flagReadOnly: true, environment: environment))
        #expect(fromFlag.url.absoluteString == "https://flag.example/c")
        #expect(fromFlag.readOnly)
        #expect(try ProjectSettings().remoteCache(flagURL: nil, flagReadOnly: false, environment: [:]) == nil)
        #expect(throws: ProjectSettings.ParseError.self) {
            try ProjectSettings().remoteCache(flagURL: "ftp://x/y", flagReadOnly: false, environment: [:])
        }
    }

    @Test func theURLIsShownWithoutCredentials() throws {
        let url = try #require(URL(string: "https://user:secret@cache.example.org:8443/folio?token=abc"))
        let shown = RemoteCacheSettings(url: url).displayURL
        #expect(shown == "https://cache.example.org:8443/folio")
    }
}
