import DocumentRegister
import Foundation
import Hummingbird
import Typesetting
import VanBanFiles
import VietnameseText

// What the register page shows: its filter, its rows, its exports.
extension Workbench {
    struct RegisterModel {
        var folder: String
        var folderURL: String
        var csrf: String
        var years: [Choice]
        var types: [Choice]
        var rows: [EntryRow]
        var hasRows: Bool
        var count: Int
        var hasRegister: Bool
        var period: String
        var exports: [ExportLink]
        var mayVoid: Bool
        var message: String
        var hasMessage: Bool
        var isError: Bool
        var unfinished: Int
        var hasUnfinished: Bool
        var year: String
        var type: String
    }

    struct Choice { var value: String; var label: String; var selected: Bool }
    struct ExportLink { var label: String; var url: String; var id: String }

    struct EntryRow {
        var id: String
        var number: String
        var date: String
        var typeAndSubject: String
        var signer: String
        var recipients: [String]
        var archive: String
        var hasArchive: Bool
        var copies: String
        var state: String
        var stateClass: String
        var note: String
        var hasNote: Bool
        var file: String
        var fileURL: String
        var hasFile: Bool
        var canVoid: Bool
    }

    /// The filter a request names: `nam` (absent: the latest year of the register; empty: every
    /// year) and `loai` (a type abbreviation; empty: every type).
    struct RegisterQuery {
        var year: Int?
        var type: String?
        var yearText: String { year.map(String.init) ?? "" }
        var typeText: String { type ?? "" }
        var query: String {
            "nam=\(yearText)&loai=\(Pages.pathComponent(typeText))"
        }
    }

    /// The page's parameters: `nam`, `loai`, and `da-huy` (the entry just voided).
    struct RegisterParameters {
        var year: String?
        var type: String?
        var voided: String?

        init(year: String? = nil, type: String? = nil, voided: String? = nil) {
            self.year = year; self.type = type; self.voided = voided
        }

        init(_ request: Request) {
            let parameters = request.uri.queryParameters
            year = parameters["nam"].map(String.init)
            type = parameters["loai"].map { String($0).removingPercentEncoding ?? String($0) }
            voided = parameters["da-huy"].map(String.init)
        }

        func query(years: [Int]) -> RegisterQuery {
            var query = RegisterQuery()
            if let year { query.year = Int(year) } else { query.year = years.last }
            if let type, !type.isEmpty { query.type = type }
            return query
        }
    }

    /// What the page and the export read: every entry (for the choices), and those the filter keeps.
}
