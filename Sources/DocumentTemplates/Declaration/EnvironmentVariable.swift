import Foundation

/// One environment variable, read with `getenv`: `ProcessInfo.processInfo.environment` copies
/// every variable into a dictionary (about half a million instructions) to answer one name.
enum EnvironmentVariable {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
