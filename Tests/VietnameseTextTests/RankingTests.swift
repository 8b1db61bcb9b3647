import Foundation
import Testing
@testable import VietnameseText

@Suite("Competition ranking")
struct RankingTests {
    struct Unit: Equatable { let name: String; let score: Decimal }

    @Test func tiesShareARankAndTheNextSkips() {
        let ranked = competitionRanking([95, 90, 90, 80, 70, 70, 70, 60], score: { $0 })
        #expect(ranked.map(\.rank) == [1, 2, 2, 4, 5, 5, 5, 8])
        #expect(ranked.map(\.isTied) == [false, true, true, false, true, true, true, false])
    }

    @Test func inputOrderDoesNotMatterForRanks() {
        let ranked = competitionRanking([60, 90, 95, 90], score: { $0 })
        #expect(ranked.map(\.item) == [95, 90, 90, 60])
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
    }

    @Test func tiesAreOrderedByTheCallersKey() {
        let units = [
            Unit(name: "Sở Nội vụ tỉnh Quảng Trị", score: 96.5),
            Unit(name: "Sở Nội vụ tỉnh Hà Tĩnh", score: 98),
            Unit(name: "Sở Nội vụ tỉnh Thanh Hóa", score: 98),
            Unit(name: "Sở Nội vụ tỉnh Đắk Lắk", score: 98),
            Unit(name: "Sở Nội vụ tỉnh Nghệ An", score: 95),
        ]
        let ranked = competitionRanking(units, score: \.score) {
            VietnameseCollation.areInIncreasingOrder($0.name, $1.name)
        }
        #expect(ranked.map(\.item.name) == [
            "Sở Nội vụ tỉnh Đắk Lắk", "Sở Nội vụ tỉnh Hà Tĩnh", "Sở Nội vụ tỉnh Thanh Hóa",
            "Sở Nội vụ tỉnh Quảng Trị", "Sở Nội vụ tỉnh Nghệ An",
        ])
        #expect(ranked.map(\.rank) == [1, 1, 1, 4, 5])
    }

    @Test func tiesTheKeyCannotSeparateKeepInputOrder() {
        let items = [("b", 1), ("a", 1), ("c", 1)]
        let ranked = competitionRanking(items, score: { $0.1 })
        #expect(ranked.map(\.item.0) == ["b", "a", "c"])
        #expect(ranked.map(\.rank) == [1, 1, 1])
    }

    @Test func lowerIsBetterForPenalties() {
        let ranked = competitionRanking([3, 0, 5, 0], score: { $0 }, higherIsBetter: false)
        #expect(ranked.map(\.item) == [0, 0, 3, 5])
        #expect(ranked.map(\.rank) == [1, 1, 3, 4])
    }

    @Test func emptyAndSingle() {
        #expect(competitionRanking([Int](), score: { $0 }).isEmpty)
        let one = competitionRanking([42], score: { $0 })
        #expect(one == [Ranked(rank: 1, item: 42, isTied: false)])
    }

    @Test func ranksAgreeWithCountingDefinition() {
        // Competition rank = 1 + number of items with a strictly better score.
        var generator = SystemRandomNumberGenerator()
        let scores = (0..<300).map { _ in Int.random(in: 0...40, using: &generator) }
        for entry in competitionRanking(scores, score: { $0 }) {
            #expect(entry.rank == 1 + scores.filter { $0 > entry.item }.count)
            #expect(entry.isTied == (scores.filter { $0 == entry.item }.count > 1))
        }
    }
}
