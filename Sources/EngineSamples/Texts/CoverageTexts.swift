// Texts that cover what the engine must get right in Vietnamese: every vowel with every tone
// in both cases, long compound names, and the document numbers, dates and amounts that must
// never be broken. Written for the project; one paragraph per line.

extension EngineSamples {
    /// The twelve vowels with the six tones (none, huyền, hỏi, ngã, sắc, nặng), in syllables,
    /// lower and upper case, the letter đ, then words that use them. (Syllables rather than
    /// letters alone: pdftotext takes evenly spaced single letters for one letter-spaced word.)
    static let tonedLetters = """
    ma mà mả mã má mạ căn cằn cẳn cẵn cắn cặn cân cần cẩn cẫn cấn cận me mè mẻ mẽ mé mẹ mê mề mể mễ mế mệ mi mì mỉ mĩ mí mị
    mo mò mỏ mõ mó mọ mô mồ mổ mỗ mố mộ mơ mờ mở mỡ mớ mợ mu mù mủ mũ mú mụ mư mừ mử mữ mứ mự ky kỳ kỷ kỹ ký kỵ đa đà
    MA MÀ MẢ MÃ MÁ MẠ CĂN CẰN CẲN CẴN CẮN CẶN CÂN CẦN CẨN CẪN CẤN CẬN ME MÈ MẺ MẼ MÉ MẸ MÊ MỀ MỂ MỄ MẾ MỆ MI MÌ MỈ MĨ MÍ MỊ
    MO MÒ MỎ MÕ MÓ MỌ MÔ MỒ MỔ MỖ MỐ MỘ MƠ MỜ MỞ MỠ MỚ MỢ MU MÙ MỦ MŨ MÚ MỤ MƯ MỪ MỬ MỮ MỨ MỰ KY KỲ KỶ KỸ KÝ KỴ ĐA ĐÀ
    Sáu thanh trong một câu: ma, mà, mả, mã, má, mạ; ngày mai Hội đồng sẽ họp ở Quảng Ngãi, Đắk Lắk và Bạc Liêu.
    Người được khen thưởng: Nguyễn Thị Thúy Hằng, Trần Quốc Vượng, Phạm Ngọc Ẩn, Lý Thị Ửng, Võ Ưng Thuận, Huỳnh Ỷ Lan.
    ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ TẶNG BẰNG KHEN CHO ÔNG ĐỖ ĐỨC DŨNG, BÀ ÂU THỊ YẾN.
    """

    /// Long names of bodies and places, as they stand in a header or a table cell.
    static let compoundNames = """
    Cộng hòa xã hội chủ nghĩa Việt Nam; Độc lập - Tự do - Hạnh phúc.
    Ban Thi đua - Khen thưởng Trung ương; Hội đồng Thi đua - Khen thưởng tỉnh Bà Rịa - Vũng Tàu.
    Phòng Tổ chức, biên chế và tổ chức phi chính phủ, Sở Nội vụ thành phố Hồ Chí Minh.
    Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế; Ủy ban Mặt trận Tổ quốc Việt Nam huyện Krông Pắc.
    Cụm thi đua các Sở Nội vụ các tỉnh, thành phố Đồng bằng sông Cửu Long và Đông Nam Bộ.
    """

    /// Numbers that are one word each, whatever the line width.
    static let documentNumbers = """
    Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017, Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 và Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;
    Theo đề nghị tại Tờ trình số 125/TTr-SNV ngày 01/3/2023 và Quyết định số 1523/QĐ-UBND ngày 05/01/2023, Kế hoạch số 12/KH-CTĐ, Biên bản số 01/BB-CTĐ;
    Tặng thưởng 1.760.000 đồng mỗi cá nhân, 3.510.000 đồng mỗi tập thể; tổng cộng 542.040.000 đồng, trong đó 88.000.000.000 đồng từ quỹ thi đua (tỷ lệ 12,5%).
    """
}
