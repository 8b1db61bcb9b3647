@testable import OfficialDocuments
import Typesetting

// The page queries (text lines from glyph runs, rules, runs by text) are the conformance
// library's own (Sources/OfficialDocuments/Conformance/PageQueries.swift); the tests read pages
// the way ND30Conformance does. What is left here is the default page's text area.

let a4 = DocumentStyle().pageStyle
let bodyLeft = a4.margins.left
let bodyRight = a4.size.width - a4.margins.right
let bodyCentre = (bodyLeft + bodyRight) / 2
