import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signals that stop a long-running command (`folio preview`).
public enum StopSignals {
    /// Unblocks SIGINT and SIGTERM and restores their default action: a parent may have blocked
    /// them (the mask is inherited), and Ctrl-C and `kill` must stop the server.
    public static func restoreDefaults() {
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &stopSignals, nil)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
