import DataInput
import VietnameseText

/// Attendance of a meeting of people (a school's council, a board): "có mặt 09/09 thành viên",
/// "có mặt 08/09 thành viên, vắng 01: bà Nguyễn Thị Lan (có lý do: ốm)". A cluster's conference
/// counts its member units instead (MinutesComputation).
enum MeetingAttendance {
    static func context(_ root: DataNode) -> [String: Any] {
        guard let people = try? root["thanh_vien_hop"]?.list(), !people.isEmpty else { return [:] }
        var absent: [String] = []
        for person in people where (try? person["vang"]?.bool()) == true {
            let name = (try? person["ho_ten"]?.string()) ?? ""
            let withReason = (try? person["co_ly_do"]?.bool()) ?? true
            let reason = (try? person["ly_do"]?.string()) ?? ""
            let note = withReason ? (reason.isEmpty ? "có lý do" : "có lý do: \(reason)") : "không có lý do"
            absent.append("\(lowercasingCourtesyTitle(name)) (\(note))")
        }
        var text = "có mặt \(NumberText.twoDigitCount(people.count - absent.count))/\(NumberText.twoDigitCount(people.count)) thành viên"
        if !absent.isEmpty { text += ", vắng \(NumberText.twoDigitCount(absent.count)): " + absent.joined(separator: ", ") }
        return ["diem_danh_thanh_vien": text, "so_thanh_vien": CountValue(count: people.count),
                "so_co_mat_thanh_vien": CountValue(count: people.count - absent.count), "so_vang_thanh_vien": CountValue(count: absent.count)]
    }

    /// "Bà Nguyễn Thị Lan" → "bà Nguyễn Thị Lan" mid-sentence; a name without a title as it is.
    static func lowercasingCourtesyTitle(_ name: String) -> String {
        guard let title = CourtesyTitle.leading(in: name) else { return name }
        return title.lowercased() + name.dropFirst(title.count)
    }
}
