import Foundation

/// Prints a message for the user on standard error.
public func report(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
