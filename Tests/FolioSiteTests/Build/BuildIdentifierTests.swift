import Foundation
import Testing

@testable import FolioSite

@Suite struct BuildIdentifierTests {
    /// On Linux the running executable carries a GNU build ID, which names the build without
    /// hashing its bytes; the value is the same on every call.
    @Test func namesTheRunningBuild() throws {
        let root = try Fixture.folder()
        let identifier = BuildIdentifier.current(memoIn: root)
        #if os(Linux)
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
            let buildID = try #require(ELFBuildID.read(path: executable))
            #expect(identifier == "gnu-build-id-" + buildID)
        #endif
        #expect(BuildIdentifier.current(memoIn: nil) == identifier)
    }

    @Test func versionLineNamesReleaseAndConfiguration() {
        let line = FolioVersion.line()
        #expect(line.hasPrefix("folio \(FolioVersion.release) (\(FolioVersion.configuration) build "))
    }
}
