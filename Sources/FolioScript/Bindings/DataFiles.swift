import FolioNumerics
import FolioRuntime
import Foundation

/// `readText("data/x.txt")` and `Tensor(csvFile: "data/x.csv")`: files relative to the note's
/// folder. Paths that leave it (`..`, absolute paths, symlinks resolving outside) are refused;
/// every file read is recorded in `ScriptSession.filesRead` (the render cache hashes them).
/// The reading and parsing rules live in FolioRuntime, shared with compiled notes.
extension Bindings {
    func installData() {
        function("readText", [Param(nil, .string)], .string) { .string(try readNoteFile(try stringOf($0[0]))) }
        initializer(tensor, [Param("csvFile", .string)]) {
            let path = try stringOf($0[0])
            do {
                return tensorValue(try parseCSVTensor(try readNoteFile(path), path: path))
            } catch let error as DataFileError {
                throw BindingError(error.message, id: .dataFileError)
            }
        }
    }
}

/// Reads a file of the note's folder, refusing paths that leave it.
func readNoteFile(_ path: String) throws -> String {
    guard let context = BindingContext.current, let folder = context.noteFolder else {
        throw BindingError("data files can only be read from a note", id: .unsupportedFeature)
    }
    do {
        let (text, relative) = try readNoteDataFile(path, folder: folder)
        if !context.filesRead.contains(relative) { context.filesRead.append(relative) }
        return text
    } catch let error as DataFileError {
        throw BindingError(error.message, id: .dataFileError)
    }
}
