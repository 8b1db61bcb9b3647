import AwardRules
import DataInput
import VietnameseText

/// Resolves each recipient's award form once per (form, kind): the form as written (what the
/// decision prints), its number among the decision's forms (one per name folded for grouping),
/// and — when the decision pays money — its amount from the rules table.
struct AwardFormResolver {
    let rules: AwardRulesTable
    /// The day the money is computed for; nil when the decision pays none.
    let moneyDate: CalendarDate?
    let defaultForm: DataNode?

    struct Resolution {
        var form: String
        var formID: Int
        var award: AwardAmount?
    }

    private var memo: [String: Result<Resolution, AwardRulesError>] = [:]
    private(set) var formIDs: [String: Int] = [:]
    /// Every amount resolved, for the warnings on unverified rows.
    private(set) var amounts: [AwardAmount] = []

    init(rules: AwardRulesTable, moneyDate: CalendarDate?, defaultForm: DataNode?) {
        self.rules = rules
        self.moneyDate = moneyDate
        self.defaultForm = defaultForm
    }

    /// The recipient's own form, or the decision's; an error at the form's place otherwise.
    mutating func resolve(_ node: DataNode, kind: RecipientKind) throws(DataError) -> Resolution {
        let ownForm = node.hasValue("hinh_thuc") ? node["hinh_thuc"] : nil
        guard let formNode = ownForm ?? defaultForm else {
            throw node.error("thiếu hình thức khen thưởng: ghi «hinh_thuc» cho quyết định hoặc cho từng người")
        }
        let form = try formNode.string()
        let key = "\(kind.rawValue)|\(form)"
        if memo[key] == nil { memo[key] = compute(form, kind: kind) }
        switch memo[key]! {
        case .success(let resolution): return resolution
        case .failure(let error): throw formNode.error(error.description)
        }
    }

    private mutating func compute(_ form: String, kind: RecipientKind) -> Result<Resolution, AwardRulesError> {
        let groupKey = Cluster.key(form)
        let id = formIDs[groupKey] ?? formIDs.count
        formIDs[groupKey] = id
        guard let moneyDate else { return .success(Resolution(form: form, formID: id, award: nil)) }
        do {
            let award = try rules.award(form, for: kind, decisionDate: moneyDate)
            amounts.append(award)
            return .success(Resolution(form: form, formID: id, award: award))
        } catch {
            return .failure(error)
        }
    }
}
