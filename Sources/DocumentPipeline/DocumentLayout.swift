import DocumentTemplates
import OfficialDocuments
import Typesetting

/// A prepared document through the three steps after the data: composed as NĐ 30 lays it out
/// (header, title, căn cứ, signature, annexes as engine blocks), laid out in pages by the
/// engine, and the pages checked against NĐ 30 (`ND30Conformance`: every rule read off the
/// pages as geometry).
struct DocumentLayout {
    var prepared: PreparedDocument
    /// The name the document's messages start with.
    var display: String
    /// What a conformance violation is.
    var conformance: Problem.Severity

    /// The laid-out document, and the composer's and engine's warnings then the conformance
    /// violations. `pageDone` receives each page as soon as it is laid out (a PDF
    /// being written draws it meanwhile).
    func run(_ typesetter: Typesetter, clock: inout PhaseClock,
             pageDone: (LaidOutPage) -> Void) -> (LaidOutDocument, [Problem]) {
        let (laidOut, problems) = layOut(typesetter, clock: &clock, pageDone: pageDone)
        return (laidOut, problems + check(laidOut, clock: &clock))
    }

    /// The first two steps: the pages, and the composer's and engine's warnings.
    func layOut(_ typesetter: Typesetter, clock: inout PhaseClock,
                pageDone: (LaidOutPage) -> Void) -> (LaidOutDocument, [Problem]) {
        let composed = DocumentComposer(style: prepared.style).compose(prepared.document)
        clock.mark("trình bày NĐ 30")
        let laidOut = typesetter.layout(composed.document, pageDone: pageDone)
        clock.mark("dàn trang")
        return (laidOut, composed.warnings.map { Problem.composition($0, display: display) }
            + laidOut.warnings.map { Problem.layout($0, display: display) })
    }

    /// The last: the pages held against NĐ 30.
    func check(_ laidOut: LaidOutDocument, clock: inout PhaseClock) -> [Problem] {
        let violations = ND30Conformance.check(prepared.document, laidOut: laidOut, style: prepared.style)
        clock.mark("kiểm tra thể thức NĐ 30")
        return violations.map { Problem.conformance($0, display: display, severity: conformance) }
    }
}
