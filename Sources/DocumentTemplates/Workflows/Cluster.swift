import DataInput
import Foundation
import InputGuards
import OfficialDocuments
import VietnameseText

/// An emulation cluster or bloc (Cụm/Khối thi đua) as the shared data describes it: its
/// members with their leaders, the chair (Cụm trưởng) and vice-chair (Cụm phó).
struct Cluster {
    struct Member {
        var name: String
        /// `Cluster.key(name)`, computed once: members are looked up by name again and again.
        var key: String
        var leaderTitle: String
        var leaderName: String
        /// Who signs for the unit when not the head: quyền hạn, the head's title, own title.
        var deputy: (authority: String, forTitle: String, title: String, name: String)?
        var node: DataNode
    }

    var name: String
    var symbol: String?
    var year: Int?
    var members: [Member]
    var chair: String?
    var viceChair: String?
    /// Each member's place in `members` by its key: scores and absences look members up one
    /// by one (a list of 20.000 scores against 20.000 members would be 400 million comparisons).
    var memberIndex: [String: Int] = [:]

    /// Names compare without regard to case, spacing or NFC/NFD.
    static func key(_ name: String) -> String {
        nfc(name).lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func member(named name: String) -> Member? {
        memberIndex[Self.key(name)].map { members[$0] }
    }

    mutating func add(_ member: Member) {
        memberIndex[member.key] = members.count
        members.append(member)
    }

    /// The members with the chair first and the vice-chair second, the rest as listed.
    var signingOrder: [Member] {
        var rest = members
        func take(_ name: String?) -> Member? {
            guard let key = name.map(Self.key), let index = rest.firstIndex(where: { $0.key == key }) else { return nil }
            return rest.remove(at: index)
        }
        let first = take(chair), second = take(viceChair)
        return [first, second].compactMap { $0 } + rest
    }

    static func read(_ node: DataNode, errors: inout [DataError]) -> Cluster? {
        do {
            var cluster = Cluster(name: try node.required("ten").string(), symbol: try node["ky_hieu"]?.string(),
                                  year: (try? node["nam"]?.year()) ?? nil, members: [], chair: nil, viceChair: nil)
            for memberNode in try node.required("thanh_vien").list() {
                let name = try memberNode.required("ten").string()
                let memberKey = key(name)
                // A member listed twice is reported by the input check (DuplicateRecipients).
                if cluster.memberIndex[memberKey] != nil { continue }
                let leader = try memberNode.required("nguoi_dung_dau")
                var member = Member(name: name, key: memberKey, leaderTitle: try leader.required("chuc_vu").string(),
                                    leaderName: CourtesyTitle.stripped(try leader.required("ho_ten").string()), deputy: nil, node: memberNode)
                if let deputy = memberNode["ky_thay"] {
                    member.deputy = (try deputy["quyen_han"]?.string() ?? "KT.", try deputy["thay_mat"]?.string() ?? member.leaderTitle,
                                     try deputy.required("chuc_vu").string(), CourtesyTitle.stripped(try deputy.required("ho_ten").string()))
                }
                cluster.add(member)
            }
            if cluster.members.isEmpty {
                errors.append(node.error("cụm thi đua cần ít nhất một đơn vị thành viên"))
            }
            for (key, label) in [("cum_truong", "Cụm trưởng"), ("cum_pho", "Cụm phó")] {
                guard let roleNode = node[key] else { continue }
                let unit = try roleNode.string()
                if cluster.member(named: unit) == nil {
                    errors.append(roleNode.error("\(label) \(Excerpt.quoted(unit)) không có trong danh sách thành viên"))
                }
                if key == "cum_truong" { cluster.chair = unit } else { cluster.viceChair = unit }
            }
            if let chair = cluster.chair, let vice = cluster.viceChair, key(chair) == key(vice) {
                errors.append(node.error("Cụm trưởng và Cụm phó không được là cùng một đơn vị (\(Excerpt.quoted(chair)))"))
            }
            return cluster
        } catch {
            errors.append(error)
            return nil
        }
    }

    /// Every name `{{#cum_thi_dua}}` gives a template, with what it holds, declared here as the
    /// computations' names are (docs/templates.md lists them; a test holds the three together).
    static let names: [(name: String, meaning: String)] = [
        ("ten", "tên cụm, khối"), ("ten_in_hoa", "tên in hoa"), ("ky_hieu", "ký hiệu"),
        ("nam", "năm thi đua"), ("nam_sau", "năm sau đó"),
        ("cum_truong", "đơn vị Cụm trưởng"), ("cum_pho", "đơn vị Cụm phó"),
        ("loai", "«Cụm» hoặc «Khối»"), ("truong", "«Cụm trưởng» hoặc «Khối trưởng»"), ("pho", "«Cụm phó» hoặc «Khối phó»"),
        ("so_thanh_vien", "số đơn vị thành viên"), ("thanh_vien", "các đơn vị thành viên"), ("thu_tu_ky", "các đơn vị theo thứ tự ký"),
    ]
    /// The names of each item of `thanh_vien`.
    static let memberNames: [(name: String, meaning: String)] = [
        ("ten", "tên đơn vị"), ("ten_in_hoa", "tên in hoa"), ("la_cum_truong", "đơn vị là Cụm trưởng"), ("la_cum_pho", "đơn vị là Cụm phó"),
    ]
    /// The names of each item of `thu_tu_ky` (and of its `ky_thay`).
    static let signingNames: [(name: String, meaning: String)] = [
        ("don_vi", "tên đơn vị"), ("chuc_vu", "chức vụ người ký"), ("ho_ten", "họ tên người ký"),
        ("ky_thay", "ký thay: «quyen_han» (KT., TL.…) và «thay_mat» (chức vụ người đứng đầu)"),
    ]

    var context: TemplateObject {
        let ordered = signingOrder
        let chairKey = chair.map(Self.key)
        let viceChairKey = viceChair.map(Self.key)
        let memberItems: [TemplateObject] = members.enumerated().map { index, member in
            TemplateObject([
                "ten": member.name, "ten_in_hoa": officialUppercased(member.name),
                "la_cum_truong": chairKey.map { $0 == member.key } ?? false,
                "la_cum_pho": viceChairKey.map { $0 == member.key } ?? false,
            ], position: ListPosition(index: index, count: members.count))
        }
        let signing: [TemplateObject] = ordered.enumerated().map { index, member in
            var item = TemplateObject([
                "don_vi": member.name, "chuc_vu": member.deputy?.title ?? member.leaderTitle,
                "ho_ten": member.deputy?.name ?? member.leaderName,
            ], position: ListPosition(index: index, count: ordered.count))
            if let deputy = member.deputy {
                item["ky_thay"] = TemplateObject(["quyen_han": deputy.authority, "thay_mat": deputy.forTitle])
            }
            return item
        }
        // A bloc (Khối thi đua) has a Khối trưởng; a cluster (Cụm) a Cụm trưởng.
        let word = nfc(name).lowercased().hasPrefix("khối") ? "Khối" : "Cụm"
        var result = TemplateObject([
            "ten": name, "ten_in_hoa": officialUppercased(name), "thanh_vien": memberItems, "thu_tu_ky": signing,
            "loai": word, "truong": "\(word) trưởng", "pho": "\(word) phó",
            "so_thanh_vien": CountValue(count: members.count),
        ])
        if let symbol { result["ky_hieu"] = symbol }
        if let year { result["nam"] = String(year); result["nam_sau"] = String(year + 1) }
        if let chair { result["cum_truong"] = chair }
        if let viceChair { result["cum_pho"] = viceChair }
        return result
    }
}
