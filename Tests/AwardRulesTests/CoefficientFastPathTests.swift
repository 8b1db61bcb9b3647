import Foundation
import Testing
@testable import AwardRules

/// Plain coefficients ("0,3", "1.5", "12") are read without `Decimal`; whatever that reading
/// accepts, the `Decimal` reading must give the same number.
@Suite struct CoefficientFastPathTests {
    @Test(arguments: [
        "0", "1", "12", "0.3", "0,3", "1.5", "1,5", "1.25", "1,25", "1.500", "1,500", "12.345", "999999999",
        "999999999,999", "0.0", "00.3", "01", ".3", "3.", "1.2345", "1,2,3", "1.2.3", "-0,3", "+1", " 0,3 ", "1 000",
        "1.000.000", "0,30", "١", "1e3",
    ])
    func plainReadingAgrees(text: String) {
        let trimmed = text.trimmedWhitespace
        if let plain = Coefficient.plainThousandths(trimmed) {
            #expect((try? Coefficient(parsingDecimal: text))?.thousandths == plain, "\(text)")
        }
        let full = Result { () throws(CoefficientError) in try Coefficient(parsingDecimal: text) }
        let quick = Result { () throws(CoefficientError) in try Coefficient(parsing: text) }
        #expect("\(quick)" == "\(full)")
    }

    @Test func plainReadingCoversTheUsualSpellings() {
        #expect(Coefficient.plainThousandths("0,3") == 300)
        #expect(Coefficient.plainThousandths("1.5") == 1500)
        #expect(Coefficient.plainThousandths("12") == 12000)
        #expect(Coefficient.plainThousandths("1.234,5") == nil)
    }

    @Test func randomTextAgrees() {
        let pieces = Array("0123456789.,0. -a")
        var state: UInt64 = 5
        for _ in 0..<20000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(pieces[Int((state >> 33) % UInt64(pieces.count))])
            }
            let full = Result { () throws(CoefficientError) in try Coefficient(parsingDecimal: text) }
            let quick = Result { () throws(CoefficientError) in try Coefficient(parsing: text) }
            #expect("\(quick)" == "\(full)", "\(text.debugDescription)")
        }
    }
}
