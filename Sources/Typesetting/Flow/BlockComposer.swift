import Foundation

/// Turns blocks into a vertical list at a given width: paragraphs into lines with widow and
/// orphan penalties, rules measured against the text above, grids (tables) into rows.
final class BlockComposer {
    let setter: ParagraphSetter
    let pageStyle: PageStyle
    /// Every footnote met so far, laid out at the text width, by number.
    var footnoteFrames: [Int: Frame] = [:]

    init(setter: ParagraphSetter, pageStyle: PageStyle) {
        self.setter = setter; self.pageStyle = pageStyle
    }

    private struct Composed {
        var items: [VItem]
        var spaceBefore: Double = 0
        var spaceAfter: Double = 0
        var keepWithNext = false
        /// Rules belong with the text they underline.
        var keepWithPrevious = false
        /// Horizontal extent of the widest line, for a rule that follows.
        var textExtent: (min: Double, max: Double)? = nil
    }

    func compose(_ blocks: [Block], width: Double) -> [VItem] {
        var out: [VItem] = []
        compose(blocks, width: width) { out.append($0) }
        return out
    }

    /// Hands each item on as soon as it is made: a long table goes out row by row, so pages
    /// can be built (and drawn) while later rows are still being set.
    func compose(_ blocks: [Block], width: Double, into emit: (VItem) -> Void) {
        var emitted = false
        func send(_ item: VItem) { emitted = true; emit(item) }
        var pendingSpace = 0.0
        var previousKeepsWithNext = false
        var textAbove: (min: Double, max: Double)? = nil
        for (index, block) in blocks.enumerated() {
            if case .pageBreak = block {
                send(.penalty(-BreakItems.infinitePenalty))
                pendingSpace = 0
                previousKeepsWithNext = false
                continue
            }
            // What goes between this block and the one before depends on this block's own
            // keep and space; a grid's are known before its rows are set.
            func separate(keepWithPrevious: Bool, spaceBefore: Double) {
                if index > 0 && emitted {
                    send(.penalty(previousKeepsWithNext || keepWithPrevious ? BreakItems.infinitePenalty : 0))
                }
                let space = pendingSpace + spaceBefore
                if space > 0 && emitted { send(.glue(space)) }
            }
            if case let .grid(grid) = block {
                separate(keepWithPrevious: false, spaceBefore: grid.spaceBefore)
                GridLayouter(composer: self, grid: grid, width: width).compose(into: send)
                pendingSpace = grid.spaceAfter
                previousKeepsWithNext = grid.keepWithNext
                continue
            }
            let composed = composeOne(block, width: width, textAbove: textAbove)
            separate(keepWithPrevious: composed.keepWithPrevious, spaceBefore: composed.spaceBefore)
            composed.items.forEach(send)
            pendingSpace = composed.spaceAfter
            previousKeepsWithNext = composed.keepWithNext
            if let extent = composed.textExtent { textAbove = extent }
        }
    }

    func stack(_ blocks: [Block], width: Double) -> Frame {
        Frame(stacking: compose(blocks, width: width))
    }

    private func composeOne(_ block: Block, width: Double, textAbove: (min: Double, max: Double)?) -> Composed {
        switch block {
        case let .paragraph(paragraph):
            return composeParagraph(paragraph, width: width)
        case let .rule(rule):
            return composeRule(rule, width: width, textAbove: textAbove)
        case let .space(amount):
            return Composed(items: [.glue(amount)])
        case let .group(group):
            var items = compose(group.blocks, width: width)
            if group.keepTogether {
                items = items.map { item in
                    if case let .penalty(p) = item, p < BreakItems.infinitePenalty, p > -BreakItems.infinitePenalty {
                        return .penalty(BreakItems.infinitePenalty)
                    }
                    return item
                }
            }
            return Composed(items: items, keepWithNext: group.keepWithNext)
        case let .image(image):
            return composeImage(image, width: width)
        case .grid, .pageBreak:
            preconditionFailure("compose(_:width:into:) handles grids and page breaks itself")
        }
    }

    /// The paragraph as it will be set in `width`: at its fallback size if it has one and
    /// would not fit on one line at its own size.
    func fitting(_ paragraph: Paragraph, within width: Double) -> Paragraph {
        guard paragraph.style.fallbackSize != nil else { return paragraph }
        if setter.measure(paragraph).maximum > width { return paragraph.atFallbackSize() }
        var fits = paragraph
        fits.style.fallbackSize = nil
        return fits
    }

    private func composeParagraph(_ paragraph: Paragraph, width: Double) -> Composed {
        let paragraph = fitting(paragraph, within: width)
        let set = setter.set(paragraph, width: width)
        for footnote in set.footnotes { layOutFootnote(footnote) }
        let style = paragraph.style
        var items: [VItem] = []
        let count = set.lines.count
        var widest: (min: Double, max: Double)? = nil
        for (i, line) in set.lines.enumerated() {
            if i > 0 {
                // A break after line i leaves i lines behind and count − i ahead.
                let allowed = !style.keepTogether && i >= style.orphans && count - i >= style.widows
                items.append(.penalty(allowed ? 0 : BreakItems.infinitePenalty))
            }
            var box = VBox(height: line.height, items: line.items, footnotes: line.footnoteNumbers, baseline: line.baseline)
            if i == 0, let level = paragraph.outlineLevel {
                box.anchors.append(OutlineAnchor(title: set.plainText.trimmingCharacters(in: .whitespacesAndNewlines),
                                                 level: level, y: 0))
            }
            items.append(.box(box))
            if widest == nil || line.textMaxX - line.textMinX > widest!.max - widest!.min {
                widest = (line.textMinX, line.textMaxX)
            }
        }
        return Composed(items: items, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter,
                        keepWithNext: style.keepWithNext, textExtent: widest)
    }

    private func layOutFootnote(_ footnote: PendingFootnote) {
        var markerStyle = pageStyle.footnoteStyle
        markerStyle.size = (markerStyle.size * 0.65).rounded()
        markerStyle.rise = pageStyle.footnoteStyle.size * 0.35
        let style = ParagraphStyle(alignment: .justified, firstLineIndent: pageStyle.footnoteFirstLineIndent,
                                   lineSpacing: pageStyle.footnoteLineSpacing, strut: pageStyle.footnoteStyle)
        // The note's own text takes the footnote size whatever size the body used.
        let content = footnote.content.map { inline -> Inline in
            if case let .text(text, textStyle, source) = inline {
                var s = textStyle; s.size = pageStyle.footnoteStyle.size
                return .text(text, s, source)
            }
            return inline
        }
        let paragraph = Paragraph([.text(String(footnote.number), markerStyle), .text(" ", pageStyle.footnoteStyle)] + content,
                                  style: style)
        footnoteFrames[footnote.number] = stack([.paragraph(paragraph)], width: pageStyle.bodyWidth)
    }

    private func composeRule(_ rule: Rule, width: Double, textAbove: (min: Double, max: Double)?) -> Composed {
        var length: Double
        var x: Double
        switch rule.length {
        case let .fixed(value):
            length = min(value, width)
            x = Self.offset(for: rule.alignment, length: length, width: width)
        case .fullWidth:
            length = width
            x = 0
        case let .fractionOfTextAbove(fraction):
            let extent = textAbove ?? (0, width)
            let textWidth = extent.max - extent.min
            length = textWidth * fraction
            switch rule.alignment {
            case .left, .justified: x = extent.min
            case .right: x = extent.max - length
            case .center: x = extent.min + (textWidth - length) / 2
            }
        }
        let y = rule.thickness / 2
        let box = VBox(height: rule.thickness,
                       items: [.line(LineSegment(from: Point(x: x, y: y), to: Point(x: x + length, y: y), thickness: rule.thickness))])
        return Composed(items: [.box(box)], spaceBefore: rule.spaceBefore, spaceAfter: rule.spaceAfter,
                        keepWithPrevious: true)
    }

    static func offset(for alignment: HorizontalAlignment, length: Double, width: Double) -> Double {
        switch alignment {
        case .left, .justified: return 0
        case .center: return (width - length) / 2
        case .right: return width - length
        }
    }

    private func composeImage(_ image: ImageBlock, width: Double) -> Composed {
        if !FileManager.default.isReadableFile(atPath: image.path) {
            setter.warn(LayoutWarning(.unreadableImage(path: image.path)))
            return Composed(items: [.glue(image.height)])
        }
        let w = min(image.width, width)
        let x = Self.offset(for: image.alignment, length: w, width: width)
        let placed = PlacedImage(path: image.path, origin: Point(x: x, y: 0), size: Size(width: w, height: image.height * w / image.width))
        return Composed(items: [.box(VBox(height: placed.size.height, items: [.image(placed)]))])
    }

    /// Narrowest and widest natural widths of a block list (content-sized grid columns).
    func measure(_ blocks: [Block]) -> (minimum: Double, maximum: Double) {
        var minimum = 0.0, maximum = 0.0
        for block in blocks {
            let m: (minimum: Double, maximum: Double)
            switch block {
            case let .paragraph(p): m = setter.measure(p)
            case let .rule(rule):
                if case let .fixed(v) = rule.length { m = (v, v) } else { m = (0, 0) }
            case let .image(image): m = (image.width, image.width)
            case let .group(group): m = measure(group.blocks)
            case let .grid(grid):
                let cells = grid.rows.flatMap(\.cells).map { measure($0.blocks) }
                m = (cells.map(\.minimum).max() ?? 0, cells.map(\.maximum).reduce(0, +))
            case .space, .pageBreak: m = (0, 0)
            }
            minimum = max(minimum, m.minimum)
            maximum = max(maximum, m.maximum)
        }
        return (minimum, maximum)
    }
}
