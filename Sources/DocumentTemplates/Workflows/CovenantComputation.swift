import DataInput
import Foundation
import VietnameseText

/// A covenant's commitments: numbered (`noi_dung`) or a score table (`tieu_chi`: Mục, Nội dung,
/// Điểm tối đa, and where the data gives them Điểm tự nhận and Điểm đạt được, with totals; a
/// heading row is not summed).
enum CovenantComputation {
    static let scoreKeys = ["diem_toi_da", "diem_tu_nhan", "diem_dat_duoc"]

    /// Every name the covenant's computation gives a template, with what it holds, declared here
    /// (docs/templates.md lists them; a test holds the two and `run` together).
    static let names: [(name: String, meaning: String)] = [
        ("tong_diem_toi_da", "tổng điểm tối đa của bảng điểm"), ("tong_diem_tu_nhan", "tổng điểm tự nhận"),
        ("tong_diem_dat_duoc", "tổng điểm đạt được"), ("co_diem_dat_duoc", "bảng điểm có cột điểm tự nhận, đạt được"),
    ]

    static func run(_ root: DataNode, errors: inout [DataError]) -> [String: Any] {
        let hasCommitments = root.hasValue("noi_dung") || root.hasValue("tieu_chi") || root.hasValue("phan")
        if !hasCommitments {
            errors.append(root.error("giao ước cần các nội dung cam kết: «noi_dung» (các cam kết đánh số) hoặc «tieu_chi» (bảng điểm)"))
        }
        var context: [String: Any] = [:]
        let rows = (try? root["tieu_chi"]?.list()) ?? []
        var totals: [String: Decimal] = [:]
        var givenBeyondMaximum = false
        for row in rows where (try? row["nhom"]?.bool()) != true {
            for key in scoreKeys {
                guard let value = try? row[key]?.decimal() else { continue }
                totals[key, default: 0] += value
                if key != "diem_toi_da" { givenBeyondMaximum = true }
            }
            if let maximum = try? row["diem_toi_da"]?.decimal(), let node = row["diem_dat_duoc"] ?? row["diem_tu_nhan"],
               let value = try? node.decimal(), value > maximum {
                errors.append(node.error("điểm \(NumberText.decimal(value)) vượt điểm tối đa \(NumberText.decimal(maximum)) của nội dung này"))
            }
        }
        for key in scoreKeys { context["tong_" + key] = totals[key].map { NumberText.decimal($0) } ?? "" }
        context["co_diem_dat_duoc"] = givenBeyondMaximum
        return context
    }
}
