import Foundation

/// The GNU build ID the linker writes into an ELF executable (`NT_GNU_BUILD_ID`): a hash of the
/// linked contents that changes with every different build. Reading it touches a few kilobytes,
/// where hashing the executable itself reads tens of megabytes, on every cold render of a new
/// project. `nil` for files that are not 64-bit little-endian ELF or carry no build ID (then
/// the caller hashes the bytes).
public enum ELFBuildID {
    /// The build ID of the executable at `path`, as lowercase hex.
    public static func read(path: String) -> String? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        func bytes(at offset: UInt64, count: Int) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil,
                let data = try? file.read(upToCount: count), data.count == count
            else { return nil }
            return [UInt8](data)
        }
        // ELF header: magic, class 2 (64-bit), data 1 (little-endian).
        guard let header = bytes(at: 0, count: 64), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]),
            header[4] == 2, header[5] == 1
        else { return nil }
        let programHeaders = integer(header, at: 32, size: 8)
        let entrySize = Int(integer(header, at: 54, size: 2))
        let entryCount = Int(integer(header, at: 56, size: 2))
        guard entrySize >= 56, entryCount > 0, entryCount < 4096,
            let table = bytes(at: programHeaders, count: entrySize * entryCount)
        else { return nil }
        let noteSegment: UInt32 = 4  // PT_NOTE
        for entry in 0..<entryCount {
            let base = entry * entrySize
            guard integer(table, at: base, size: 4) == noteSegment else { continue }
            let offset = integer(table, at: base + 8, size: 8)
            let size = Int(integer(table, at: base + 32, size: 8))
            guard size > 0, size < 1 << 20, let notes = bytes(at: offset, count: size) else { continue }
            if let id = buildID(inNotes: notes) { return id }
        }
        return nil
    }

    /// Walks the notes of one `PT_NOTE` segment: name size, descriptor size, type, then the
    /// name and descriptor, each padded to four bytes.
    static func buildID(inNotes notes: [UInt8]) -> String? {
        let gnuBuildID: UInt64 = 3  // NT_GNU_BUILD_ID
        var cursor = 0
        while cursor + 12 <= notes.count {
            let nameSize = Int(integer(notes, at: cursor, size: 4))
            let descriptorSize = Int(integer(notes, at: cursor + 4, size: 4))
            let type = integer(notes, at: cursor + 8, size: 4)
            let name = cursor + 12
            let descriptor = name + (nameSize + 3) / 4 * 4
            let next = descriptor + (descriptorSize + 3) / 4 * 4
            guard next <= notes.count else { return nil }
            if type == gnuBuildID, nameSize == 4, notes[name..<name + 4].elementsEqual([0x47, 0x4E, 0x55, 0]),
                descriptorSize > 0
            {
                return notes[descriptor..<descriptor + descriptorSize]
                    .map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            }
            cursor = next
        }
        return nil
    }

    /// The little-endian unsigned integer of `size` bytes at `offset`.
    static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + i]) }
        return value
    }
}
