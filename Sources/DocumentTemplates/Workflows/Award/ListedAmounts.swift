import AwardRules
import DataInput
import VietnameseText

/// Amounts a list states, checked against the money the rules give: a "Số tiền" column row by
/// row, and a total line's amount against the rows it sums. A list that disagrees with the law
/// is an error, never a silently different decision.
struct ListedAmounts {
    /// Computed money by row place (file, sheet, row).
    private var computedByRow: [String: Int] = [:]

    static func key(_ location: SourceLocation) -> String {
        "\(location.file)|\(location.sheet ?? "")|\(location.line)"
    }

    mutating func add(_ node: DataNode, computed: AwardAmount, errors: inout [DataError]) {
        computedByRow[Self.key(node.location)] = computed.amount
        guard let listedNode = node["so_tien"], let listed = try? listedNode.int(), listed != computed.amount else { return }
        errors.append(listedNode.error("số tiền ghi trong danh sách là \(NumberText.grouped(listed)) đồng, khác số tiền tính theo quy định \(NumberText.grouped(computed.amount)) đồng (hệ số \(computed.coefficient) × \(computed.baseSalaryRule.name) \(NumberText.grouped(computed.baseSalary)) đồng, \(computed.roundingRule.label)); hãy sửa số tiền trong danh sách hoặc xoá cột số tiền"))
    }

    func check(_ stated: [StatedAmount], errors: inout [DataError], notices: inout [DataNotice]) {
        var seen = Set<SourceLocation>()
        for total in stated where seen.insert(total.location).inserted {
            let amounts = total.rows.map { computedByRow[Self.key($0)] }
            guard amounts.allSatisfy({ $0 != nil }) else {
                notices.append(DataNotice(.note, location: total.location, message: "không đối chiếu được tổng tiền \(NumberText.grouped(total.amount)) đồng của dòng tổng: có dòng của danh sách không được đọc vào quyết định"))
                continue
            }
            let sum = amounts.reduce(0) { $0 + $1! }
            guard sum != total.amount else { continue }
            errors.append(DataError(location: total.location, message: "dòng tổng ghi tổng số tiền \(NumberText.grouped(total.amount)) đồng nhưng \(total.rows.count) dòng của danh sách cộng lại là \(NumberText.grouped(sum)) đồng theo số tiền tính theo quy định; hãy sửa dòng tổng"))
        }
    }
}
