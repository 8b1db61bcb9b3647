import AwardRules
import DataInput
import Foundation
import LegalRegister

/// The law as VanBan holds it: the register of legal documents and the award money table, each
/// read when a document first needs it (a plan without căn cứ needs neither), and the table
/// checked against the register as it is read.
final class LawSource: @unchecked Sendable {
    private let loadRegister: @Sendable () throws -> LegalRegister
    private let loadRules: @Sendable (LegalRegister) throws -> AwardRulesTable
    private var register: Result<LegalRegister, Error>?
    private var rules: Result<AwardRulesTable, Error>?
    private let lock = NSLock()

    init(register: @escaping @Sendable () throws -> LegalRegister,
         rules: @escaping @Sendable (LegalRegister) throws -> AwardRulesTable) {
        loadRegister = register
        loadRules = rules
    }

    /// From files, each named in messages as `display` gives it: the register first, then the
    /// table checked against it; each file's tree kept by the standard `ReadingCache`.
    convenience init(registerFile: (path: String, display: String), rulesFile: (path: String, display: String)) {
        self.init(register: { try LegalRegister(contentsOfFile: registerFile.path, displayPath: registerFile.display, cache: .standard) },
                  rules: { register in
                      try AwardRulesTable(contentsOfFile: rulesFile.path, displayPath: rulesFile.display, register: register, cache: .standard)
                  })
    }

    func legalRegister() throws -> LegalRegister {
        lock.lock(); defer { lock.unlock() }
        return try registerLocked()
    }

    func rulesTable() throws -> AwardRulesTable {
        lock.lock(); defer { lock.unlock() }
        if rules == nil { rules = Result { try loadRules(try registerLocked()) } }
        return try rules!.get()
    }

    private func registerLocked() throws -> LegalRegister {
        if register == nil { register = Result { try loadRegister() } }
        return try register!.get()
    }
}
