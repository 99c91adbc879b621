import Foundation

/// What `folio --version` prints: the release, the configuration and the identity of this very
/// executable, so that two builds of the same release are told apart.
///
/// `folio 0.25 (release build 1f3a…9c, 2026-12-06 22:41 UTC)`: the build is named by the GNU
/// build ID the linker wrote into the executable (the same identity the render cache keys on;
/// see ``BuildIdentifier``) and the executable's modification time. The release number is
/// the issue the tool was last versioned at; there are no tagged releases yet.
public enum FolioVersion {
    /// The release number.
    public static let release = "0.25"

    /// The configuration the tool was compiled in.
    public static var configuration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    /// The full version line.
    public static func line() -> String {
        let running =
            FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? "/proc/self/exe" : (Bundle.main.executablePath ?? CommandLine.arguments[0])
        let executable = URL(fileURLWithPath: running).resolvingSymlinksInPath().path
        var parts = ["\(configuration) build"]
        if let id = ELFBuildID.read(path: executable) {
            parts[0] += " " + String(id.prefix(16))
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable),
            let modified = attributes[.modificationDate] as? Date
        {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
            parts.append(formatter.string(from: modified))
        }
        return "folio \(release) (\(parts.joined(separator: ", ")))"
    }
}
