import Typesetting

/// A table row as its borders draw it: the verticals of one height between two horizontals.
struct RowBox {
    var top: Double
    var bottom: Double
    var left: Double
    var right: Double
    /// Where the vertical borders stand, left to right.
    var borders: [Double]

    func contains(_ line: TextLine) -> Bool {
        line.y > top && line.y < bottom && line.minX >= left - Tolerance.position && line.maxX <= right + Tolerance.position
    }

    func sameSpan(as other: RowBox) -> Bool {
        abs(left - other.left) < Tolerance.position && abs(right - other.right) < Tolerance.position
    }
}

/// Bordered tables read off a page's rules: every row of a bordered grid draws a vertical at
/// each column edge, all of the row's height, and a horizontal above and below.
enum TableGeometry {
    static func rows(on page: LaidOutPage) -> [RowBox] {
        let rules = page.rules
        let verticals = rules.filter { $0.isVertical && $0.length > 0.5 }
        let horizontals = rules.filter(\.isHorizontal)
        var groups: [[LineSegment]] = []
        for vertical in verticals {
            if let i = groups.firstIndex(where: { abs($0[0].minY - vertical.minY) < 0.01 && abs($0[0].maxY - vertical.maxY) < 0.01 }) {
                groups[i].append(vertical)
            } else {
                groups.append([vertical])
            }
        }
        return groups.compactMap { group -> RowBox? in
            let borders = Array(Set(group.map { ($0.from.x * 100).rounded() / 100 })).sorted()
            guard borders.count >= 2, let left = borders.first, let right = borders.last else { return nil }
            let top = group[0].minY, bottom = group[0].maxY
            func ruled(_ y: Double) -> Bool {
                horizontals.contains { abs($0.from.y - y) < 0.01 && $0.minX <= left + 0.01 && $0.maxX >= right - 0.01 }
            }
            guard ruled(top), ruled(bottom) else { return nil }
            return RowBox(top: top, bottom: bottom, left: left, right: right, borders: borders)
        }.sorted { $0.top < $1.top }
    }

    /// Rows that follow one another with the same outer borders: the part of a table on a page.
    static func tables(on page: LaidOutPage) -> [[RowBox]] {
        var tables: [[RowBox]] = []
        for row in rows(on: page) {
            if let last = tables.last?.last, last.sameSpan(as: row), abs(last.bottom - row.top) < Tolerance.position {
                tables[tables.count - 1].append(row)
            } else {
                tables.append([row])
            }
        }
        return tables
    }
}
