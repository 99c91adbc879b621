import FolioCharts
import FolioNumerics
import FolioRuntime

extension ScriptDiagnosticID {
    /// The identifier of an error that reached a block's boundary without being a
    /// `ScriptError`: an engine's, chart's or data file's error keeps its family; anything
    /// else is a bug in Folio.
    init(classifying error: any Error) {
        switch error {
        case let error as ScriptError: self = error.id
        case let error as BindingError: self = error.id
        case is TensorError: self = .numericsError
        case is ChartError: self = .chartError
        case is DataFileError: self = .dataFileError
        default: self = .internalError
        }
    }
}
