import Testing
import VietnameseText

@Suite struct CourtesyTitleTests {
    /// A title is found in any case, as written, only when a name follows it.
    @Test func aLeadingTitleIsFoundAsWritten() {
        #expect(CourtesyTitle.leading(in: "Bà Nguyễn Thị An") == "Bà")
        #expect(CourtesyTitle.leading(in: "  ông Trần Văn Bình") == "ông")
        #expect(CourtesyTitle.leading(in: "ĐỒNG CHÍ Lê Văn Dũng") == "ĐỒNG CHÍ")
        #expect(CourtesyTitle.leading(in: "Đ/c Phạm Minh Đức") == "Đ/c")
        #expect(CourtesyTitle.leading(in: "Cô giáo Hoàng Thị Lan") == "Cô giáo")
        #expect(CourtesyTitle.leading(in: "Bàng Văn Chi") == nil)
        #expect(CourtesyTitle.leading(in: "Ông") == nil)
        #expect(CourtesyTitle.leading(in: "Ông ") == nil)
        #expect(CourtesyTitle.leading(in: "") == nil)
    }
}
