/// Exit codes the commands document (see `vanban --help`).
public enum ExitStatus {
    public static let badInput: Int32 = 1
    public static let usage: Int32 = 2
    public static let cannotWrite: Int32 = 3
}
