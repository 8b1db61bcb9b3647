import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files `AtomicFile` writes beside their targets (".qd.pdf.4711.1a2b3c4d.tmp"):
/// named with the writing process, removed when the process is interrupted (SIGINT, SIGTERM),
/// and, when a process was killed outright, by the next write to the same target.
enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var open: Set<String> = []
    nonisolated(unsafe) private static var signalSources: [DispatchSourceSignal] = []

    static func name(besides destination: URL) -> String {
        let name = ".\(destination.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8).lowercased()).tmp"
        return destination.deletingLastPathComponent().appendingPathComponent(name).path
    }

    static func entryExists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    static func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        installSignalHandlers()
        open.insert(path)
    }

    static func unregister(_ path: String) {
        lock.lock()
        open.remove(path)
        lock.unlock()
    }

    /// On SIGINT or SIGTERM: the temporary files go, then the process ends as the signal says.
    /// The handlers run on a dispatch queue, not in the signal's context, so they may take the
    /// lock; the main thread may be deep in a layout meanwhile.
    private static func installSignalHandlers() {
        guard signalSources.isEmpty else { return }
        // A signal ignored from the start (a background job's SIGINT) stays ignored.
        for number in [SIGINT, SIGTERM] where !isIgnored(number) {
            #if canImport(Darwin)
            // kqueue reports a signal whatever its disposition: ignoring it keeps the default
            // action from ending the process first. On Linux, dispatch installs its own handler
            // when the first source of a signal starts, once; ignoring the signal here would
            // replace the handler of a source already running (the server's shutdown on
            // SIGTERM) and every source of that signal would go deaf.
            signal(number, SIG_IGN)
            #endif
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                lock.lock()
                for path in open { unlink(path) }
                open.removeAll()
                lock.unlock()
                endBySignal(number)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Ends the process as the signal would have: its default action, taken on this thread
    /// with the signal unblocked (dispatch's threads, and a parent's mask, may block it), and
    /// exit status 128 + n should it still not end.
    private static func endBySignal(_ number: Int32) -> Never {
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
        _exit(128 + number)
    }

    private static func isIgnored(_ number: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(number, nil, &current) == 0 else { return false }
        #if canImport(Glibc)
        let handler = current.__sigaction_handler.sa_handler
        #else
        let handler = current.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Temporary files of `destination` left by processes that no longer run (killed with
    /// SIGKILL, or the machine lost power). Another process's file, still being written, stays.
    static func removeStale(besides destination: URL) {
        let folder = destination.deletingLastPathComponent().path
        let prefix = ".\(destination.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let parts = name.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard parts.count == 2, parts[1].count == 8, let pid = pid_t(parts[0]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }
}
