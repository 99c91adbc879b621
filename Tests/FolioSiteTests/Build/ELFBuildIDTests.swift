import Foundation
import Testing

@testable import FolioSite

/// The render cache identifies the build by the linker's GNU build ID, read from the ELF notes.
@Suite struct ELFBuildIDTests {
    /// A minimal 64-bit little-endian ELF file: header, one `PT_NOTE` program header and a note
    /// segment holding `notes`.
    static func elf(notes: [UInt8]) -> [UInt8] {
        func le(_ value: UInt64, _ size: Int) -> [UInt8] {
            (0..<size).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
        var header = [UInt8](repeating: 0, count: 64)
        header.replaceSubrange(0..<6, with: [0x7F, 0x45, 0x4C, 0x46, 2, 1])
        header.replaceSubrange(32..<40, with: le(64, 8))  // e_phoff
        header.replaceSubrange(54..<56, with: le(56, 2))  // e_phentsize
        header.replaceSubrange(56..<58, with: le(1, 2))  // e_phnum
        var program = [UInt8](repeating: 0, count: 56)
        program.replaceSubrange(0..<4, with: le(4, 4))  // PT_NOTE
        program.replaceSubrange(8..<16, with: le(120, 8))  // p_offset
        program.replaceSubrange(32..<40, with: le(UInt64(notes.count), 8))  // p_filesz
        return header + program + notes
    }

    static func note(type: UInt32, name: [UInt8], descriptor: [UInt8]) -> [UInt8] {
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func padded(_ bytes: [UInt8]) -> [UInt8] { bytes + [UInt8](repeating: 0, count: (4 - bytes.count % 4) % 4) }
        return le32(name.count) + le32(descriptor.count) + le32(Int(type)) + padded(name) + padded(descriptor)
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("elf-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func findsTheGNUBuildIDAfterOtherNotes() throws {
        let abiTag = Self.note(type: 1, name: Array("GNU\0".utf8), descriptor: [0, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0])
        let buildID = Self.note(type: 3, name: Array("GNU\0".utf8), descriptor: [0xDE, 0xAD, 0x0B, 0xEE, 0xF0])
        let path = try Self.write(Self.elf(notes: abiTag + buildID))
        #expect(ELFBuildID.read(path: path) == "dead0beef0")
    }

    @Test func noBuildIDOrNotELFIsNil() throws {
        let otherVendor = Self.note(type: 3, name: Array("XYZ\0".utf8), descriptor: [1, 2, 3, 4])
        #expect(ELFBuildID.read(path: try Self.write(Self.elf(notes: otherVendor))) == nil)
        #expect(ELFBuildID.read(path: try Self.write(Array("#!/bin/sh\necho hi\n".utf8))) == nil)
        // A note whose sizes run past the segment is refused, not read out of bounds.
        var truncated = Self.note(type: 3, name: Array("GNU\0".utf8), descriptor: [1, 2, 3, 4])
        truncated[4] = 200
        #expect(ELFBuildID.read(path: try Self.write(Self.elf(notes: truncated))) == nil)
        #expect(ELFBuildID.read(path: "/nonexistent/folio") == nil)
    }

    /// The running test executable, linked by the same toolchain as `folio`: the same ID
    /// `readelf -n` prints (when binutils is installed).
    @Test func matchesReadelfOnTheRunningExecutable() throws {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let id = try #require(ELFBuildID.read(path: executable))
        #expect(id.count >= 16)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
        process.arguments = ["-n", executable]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.contains("Build ID: \(id)"))
    }
}
