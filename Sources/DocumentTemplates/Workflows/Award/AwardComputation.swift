import AwardRules
import DataInput
import Foundation
import VietnameseText

/// The award decision's figures: each recipient's money from the dated rules table (award form
/// × collective, individual or household, base salary on the decision date, rounded by the
/// rule of that day), the counts ("23 tập thể và 05 gia đình"), totals in figures and words,
/// per award form. A decision may pay no money (`tien_thuong: không`: the Prime Minister's and
/// many ministries' decisions); a draft's money is computed for the day the data names or today.
struct AwardComputation {
    let rules: AwardRulesTable
    let words: NumberWordsSettings

    /// The recipients' lists, which `run` makes (with their `co_` flags) in place of what the
    /// data's lists would give: not worth converting beforehand.
    static let computedKeys: Set<String> = Set(AwardRecipient.lists.map(\.key))

    func run(_ root: DataNode, decisionDate: CalendarDate?, dateNode: DataNode?, statedAmounts: [StatedAmount] = [],
             errors: inout [DataError], notices: inout [DataNotice]) -> [String: Any] {
        let paysMoney = (try? root["tien_thuong"]?.bool()) ?? true
        var moneyDate: CalendarDate?
        if paysMoney {
            moneyDate = self.moneyDate(root, decisionDate: decisionDate, dateNode: dateNode, errors: &errors, notices: &notices)
            if moneyDate == nil { return [:] }
        }
        var resolver = AwardFormResolver(rules: rules, moneyDate: moneyDate, defaultForm: root["hinh_thuc"])
        var listed = ListedAmounts()
        var moneyValues: [Int: MoneyValue] = [:]
        func money(_ amount: Int) -> MoneyValue {
            if let known = moneyValues[amount] { return known }
            let value = MoneyValue(amount: amount, settings: words)
            moneyValues[amount] = value
            return value
        }
        var recipients: [AwardRecipient] = []
        for (key, kind) in AwardRecipient.lists {
            var ofKind: [AwardRecipient] = []
            for node in (try? root[key]?.list()) ?? [] {
                do {
                    let resolution = try resolver.resolve(node, kind: kind)
                    if let award = resolution.award { listed.add(node, computed: award, errors: &errors) }
                    ofKind.append(AwardRecipient(node: node, kind: kind, resolution: resolution, money: money))
                } catch {
                    errors.append(error)
                }
            }
            if kind == .individual, (try? root["sap_xep_ca_nhan"]?.bool()) == true {
                ofKind = ofKind.sortedByVietnameseName { $0.name }
            }
            recipients += ofKind
        }
        if recipients.isEmpty && errors.isEmpty {
            errors.append(root.error("quyết định khen thưởng cần ít nhất một tập thể (tap_the), cá nhân (ca_nhan) hoặc hộ gia đình (ho_gia_dinh)"))
        }
        if paysMoney { listed.check(statedAmounts, errors: &errors, notices: &notices) }
        notices += Self.unverifiedRowNotices(resolver.amounts, at: dateNode ?? root)
        let context = AwardContext(recipients: recipients, summary: AwardSummary(recipients), words: words, paysMoney: paysMoney,
                                   inlineList: (try? root["danh_sach_trong_dieu_1"]?.bool()) ?? false,
                                   verb: (try? root["dong_tu"]?.string()) ?? "Tặng")
        return context.fields()
    }

    /// The day the money is computed for: the decision's date; for a draft, the day the data
    /// names (`ngay_tinh_tien`) or today, with a warning saying which.
    private func moneyDate(_ root: DataNode, decisionDate: CalendarDate?, dateNode: DataNode?,
                           errors: inout [DataError], notices: inout [DataNotice]) -> CalendarDate? {
        if let decisionDate { return decisionDate }
        if let node = root["ngay_tinh_tien"] {
            do {
                let day = try node.date()
                notices.append(node.notice(.warning, "quyết định chưa có ngày ban hành: tiền thưởng tính theo ngày \(day.shortForm) (ngay_tinh_tien); tính lại khi có ngày ký"))
                return day
            } catch {
                errors.append(error)
                return nil
            }
        }
        let today = CalendarDate.today()
        notices.append((dateNode ?? root).notice(.warning, "quyết định chưa có ngày ban hành: tiền thưởng tính theo hôm nay, \(today.shortForm); tính lại khi có ngày ký (hoặc ghi «ngay_tinh_tien»)"))
        return today
    }

    /// One warning per row of the law tables that the decision's money rests on and that was not
    /// checked against the law's text, naming the row and what remains unverified.
    static func unverifiedRowNotices(_ awards: [AwardAmount], at node: DataNode) -> [DataNotice] {
        var seen = Set<String>()
        var notices: [DataNotice] = []
        for award in awards {
            for row in award.unverifiedRows where seen.insert(row.label + "|" + (row.provenance.location?.description ?? "")).inserted {
                let place = row.provenance.location.map { " (\($0))" } ?? ""
                notices.append(node.notice(.warning, "tiền thưởng dựa trên dòng chưa đối chiếu văn bản của bảng tiền thưởng\(place): \(row.label), căn cứ \(row.provenance.legalSource); cần xác minh: \(row.provenance.unverified ?? "")"))
            }
        }
        return notices.sorted { $0.message < $1.message }
    }
}
