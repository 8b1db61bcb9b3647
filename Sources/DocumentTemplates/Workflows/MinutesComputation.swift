import DataInput
import Foundation
import InputGuards
import VietnameseText

/// The conference minutes' figures: attendance against the cluster's members, the score table
/// ranked with ties (1, 2, 2, 4), each vote's share and outcome, the election of next year's
/// chair and vice-chair.
struct MinutesComputation {
    let cluster: Cluster?

    /// Every name the minutes' computation gives a template, with what it holds, declared here
    /// (docs/templates.md lists them; a test holds the two and `run` together).
    static let names: [(name: String, meaning: String)] = [
        ("nam_danh_gia", "năm được đánh giá"), ("nam_suy_ton", "năm của Cụm trưởng, Cụm phó mới"),
        ("diem_danh", "«có mặt 12/13 đơn vị, vắng 01: …» (hội nghị của cụm)"),
        ("co_mat", "số đơn vị có mặt"), ("tong_don_vi", "số đơn vị của cụm"), ("so_vang", "số đơn vị vắng"),
        ("vang", "các đơn vị vắng: don_vi, ghi_chu"),
        ("diem_danh_thanh_vien", "«có mặt 09/09 thành viên, vắng …» (cuộc họp của người)"),
        ("so_thanh_vien", "số thành viên"), ("so_co_mat_thanh_vien", "số thành viên có mặt"),
        ("so_vang_thanh_vien", "số thành viên vắng"),
        ("xep_hang", "điểm xếp hạng đồng hạng (1, 2, 2, 4): hang, don_vi, diem, dong_hang"),
        ("co_xep_hang", "có bảng điểm"), ("thang_diem", "thang điểm"), ("dan_dau", "đơn vị dẫn đầu và điểm"),
        ("bieu_quyet", "mỗi biểu quyết: noi_dung, tan_thanh, tong_so, ti_le, thong_qua, ket_qua"),
        ("ti_le_thong_qua", "tỷ lệ phải vượt để thông qua («50%»)"),
        ("cum_truong_moi", "Cụm trưởng năm sau: don_vi và số phiếu"), ("cum_pho_moi", "Cụm phó năm sau: don_vi và số phiếu"),
    ]

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        let value = Decimal(part) * 100 / Decimal(whole)
        var rounded = Decimal()
        var source = value
        NSDecimalRound(&rounded, &source, 2, .plain)
        return NumberText.decimal(rounded, maximumFractionDigits: 2) + "%"
    }

    func memberName(_ node: DataNode, errors: inout [DataError]) -> String? {
        guard let name = try? node.string() else { return nil }
        if let cluster, cluster.member(named: name) == nil {
            errors.append(node.error("\(Excerpt.quoted(name)) không phải đơn vị thành viên của \(Excerpt.quoted(cluster.name))"))
            return nil
        }
        return cluster?.member(named: name)?.name ?? name
    }

    func run(_ root: DataNode, errors: inout [DataError]) -> [String: Any] {
        var context: [String: Any] = [:]
        if let year = (try? root["nam_danh_gia"]?.year()) ?? cluster?.year {
            context["nam_danh_gia"] = String(year)
            context["nam_suy_ton"] = String(year + 1)
        }
        let threshold = (try? root["ti_le_thong_qua"]?.decimal()) ?? 50
        let present = attendance(root, into: &context, errors: &errors)
        scores(root, into: &context, errors: &errors)
        votes(root, present: present, threshold: threshold, into: &context, errors: &errors)
        election(root, present: present, threshold: threshold, into: &context, errors: &errors)
        return context
    }

    /// The member units absent, with or without reason; the count of those present.
    private func attendance(_ root: DataNode, into context: inout [String: Any], errors: inout [DataError]) -> Int {
        let total = cluster?.members.count ?? 0
        var absent: [[String: Any]] = []
        var absentNames = Set<String>()
        for node in (try? root["vang"]?.list()) ?? [] {
            guard let unitNode = node["don_vi"], let name = memberName(unitNode, errors: &errors) else {
                if node["don_vi"] == nil { errors.append(node.error("thiếu trường bắt buộc «don_vi»")) }
                continue
            }
            if !absentNames.insert(Cluster.key(name)).inserted {
                errors.append(unitNode.error("đơn vị \(Excerpt.quoted(name)) đã ghi vắng ở trên"))
                continue
            }
            let withReason = (try? node["co_ly_do"]?.bool()) ?? true
            let reason = (try? node["ly_do"]?.string()) ?? ""
            let note = withReason ? (reason.isEmpty ? "có lý do" : "có lý do: \(reason)") : "không có lý do"
            absent.append(["don_vi": name, "ghi_chu": note])
        }
        let present = total - absent.count
        context["vang"] = TemplateObject.numbered(absent)
        context["so_vang"] = CountValue(count: absent.count)
        context["co_mat"] = CountValue(count: present)
        context["tong_don_vi"] = CountValue(count: total)
        var line = "có mặt \(NumberText.twoDigitCount(present))/\(NumberText.twoDigitCount(total)) đơn vị"
        if !absent.isEmpty {
            line += ", vắng \(NumberText.twoDigitCount(absent.count)): "
                + absent.map { "\($0["don_vi"]!) (\($0["ghi_chu"]!))" }.joined(separator: ", ")
        }
        // A meeting of people counts them; a cluster's conference its member units.
        if cluster != nil { context["diem_danh"] = line }
        context.merge(MeetingAttendance.context(root)) { $1 }
        return present
    }

    /// The score table, ranked with ties.
    private func scores(_ root: DataNode, into context: inout [String: Any], errors: inout [DataError]) {
        let scale = try? root["thang_diem"]?.decimal()
        var scores: [(unit: String, score: Decimal)] = []
        var scored = Set<String>()
        for node in (try? root["diem"]?.list()) ?? [] {
            guard let unitNode = node["don_vi"], let scoreNode = node["diem"] else {
                errors.append(node.error("mỗi dòng điểm cần «don_vi» và «diem»"))
                continue
            }
            guard let unit = memberName(unitNode, errors: &errors) else { continue }
            guard let score = try? scoreNode.decimal() else { continue }
            if !scored.insert(Cluster.key(unit)).inserted {
                errors.append(unitNode.error("đơn vị \(Excerpt.quoted(unit)) đã có điểm ở trên"))
                continue
            }
            if score < 0 {
                errors.append(scoreNode.error("điểm không được âm (\(NumberText.decimal(score)))"))
            } else if let scale, score > scale {
                errors.append(scoreNode.error("điểm \(NumberText.decimal(score)) vượt thang điểm \(NumberText.decimal(scale))"))
            }
            scores.append((unit, score))
        }
        let ranked = competitionRanking(scores, score: { $0.score }, tieOrder: { VietnameseCollation.areInIncreasingOrder($0.unit, $1.unit) })
        context["xep_hang"] = TemplateObject.numbered(ranked.map { entry -> [String: Any] in
            ["hang": String(entry.rank), "don_vi": entry.item.unit, "diem": NumberText.decimal(entry.item.score), "dong_hang": entry.isTied]
        })
        context["co_xep_hang"] = !ranked.isEmpty
        if let scale { context["thang_diem"] = NumberText.decimal(scale) }
        if let first = ranked.first {
            context["dan_dau"] = ["don_vi": first.item.unit, "diem": NumberText.decimal(first.item.score)]
        }
    }

    /// One vote: the share in favour of the ballots (those present unless given) and whether
    /// it passed.
    private func vote(_ node: DataNode, present: Int, threshold: Decimal, errors: inout [DataError]) -> [String: Any]? {
        guard let forNode = node["tan_thanh"] else {
            errors.append(node.error("thiếu số phiếu tán thành «tan_thanh»"))
            return nil
        }
        guard let votes = try? forNode.int() else { return nil }
        let ballots = (try? node["tong_so"]?.int()) ?? present
        // Negative counts are the declared range's to report.
        if votes > ballots {
            errors.append(forNode.error("số phiếu tán thành \(votes) phải từ 0 đến tổng số \(ballots)"))
            return nil
        }
        let share = Decimal(votes) * 100 / Decimal(max(ballots, 1))
        return ["tan_thanh": String(votes), "tong_so": String(ballots), "ti_le": Self.percent(votes, of: ballots),
                "thong_qua": share > threshold, "ket_qua": share > threshold ? "thông qua" : "không thông qua"]
    }

    private func votes(_ root: DataNode, present: Int, threshold: Decimal, into context: inout [String: Any], errors: inout [DataError]) {
        var votes: [[String: Any]] = []
        for node in (try? root["bieu_quyet"]?.list()) ?? [] {
            guard var item = vote(node, present: present, threshold: threshold, errors: &errors) else { continue }
            item["noi_dung"] = (try? node["noi_dung"]?.string()) ?? ""
            votes.append(item)
        }
        context["bieu_quyet"] = TemplateObject.numbered(votes)
        context["ti_le_thong_qua"] = NumberText.decimal(threshold) + "%"
    }

    /// The election of next year's chair and vice-chair: two different member units.
    private func election(_ root: DataNode, present: Int, threshold: Decimal, into context: inout [String: Any], errors: inout [DataError]) {
        var elected: [String: String] = [:]
        for key in ["cum_truong_moi", "cum_pho_moi"] {
            guard let node = root[key], let unitNode = node["don_vi"] else { continue }
            guard let unit = memberName(unitNode, errors: &errors),
                  var item = vote(node, present: present, threshold: threshold, errors: &errors) else { continue }
            item["don_vi"] = unit
            context[key] = item
            elected[key] = unit
        }
        if let chair = elected["cum_truong_moi"], let vice = elected["cum_pho_moi"], Cluster.key(chair) == Cluster.key(vice) {
            errors.append(root.error("Cụm trưởng và Cụm phó năm sau không được là cùng một đơn vị (\(Excerpt.quoted(chair)))"))
        }
    }
}
