import DocumentMarkup

/// The body markup's blocks in reading order, as the composer meets them.
enum MarkupWalk {
    /// Every block of a section, groups opened, annexes left out (they are sections of their own).
    static func blocks(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        for block in blocks {
            switch block.kind {
            case let .keepTogether(children): out += Self.blocks(children)
            case .annex: continue
            default: out.append(block)
            }
        }
        return out
    }

    /// The annexes, in the order the composer makes their sections (depth first).
    static func annexes(in blocks: [Block]) -> [Annex] {
        var out: [Annex] = []
        for block in blocks {
            switch block.kind {
            case let .annex(annex): out.append(annex)
            case let .keepTogether(children): out += annexes(in: children)
            default: continue
            }
        }
        return out
    }

    static func tables(_ blocks: [Block]) -> [Table] {
        Self.blocks(blocks).compactMap { if case let .table(table) = $0.kind { return table } else { return nil } }
    }

    static func signatureGrids(_ blocks: [Block]) -> [SignatureGrid] {
        Self.blocks(blocks).compactMap { if case let .signatureGrid(grid) = $0.kind { return grid } else { return nil } }
    }
}
