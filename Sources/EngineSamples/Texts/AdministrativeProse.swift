// Administrative prose written for the engine's samples, tests and benchmark: a half-year
// report, an inspection plan, a results announcement and exemplary workers, in the manner of
// the offices that use VanBan. The units are real provinces; the events, figures and people
// are invented. One paragraph per line.

extension EngineSamples {
    /// Half-year report of an emulation cluster: figures, percentages, a cited decree.
    static let halfYearReport = """
    BÁO CÁO SƠ KẾT PHONG TRÀO THI ĐUA SÁU THÁNG ĐẦU NĂM 2024
    Thực hiện Kế hoạch số 12/KH-CTĐ ngày 22 tháng 01 năm 2024 của Cụm thi đua các Sở Nội vụ các tỉnh duyên hải Nam Trung Bộ về tổ chức phong trào thi đua năm 2024, các đơn vị thành viên đã triển khai đồng bộ nhiệm vụ chuyên môn gắn với phong trào thi đua yêu nước, bám sát chủ đề năm “Kỷ cương, trách nhiệm, đổi mới, hiệu quả” và đạt được nhiều kết quả tích cực.
    Ngay từ đầu năm, Cụm trưởng đã chủ trì hội nghị ký kết giao ước thi đua với sự tham gia của lãnh đạo năm đơn vị thành viên. Nội dung giao ước gồm bảy nhóm tiêu chí, trong đó nhấn mạnh việc nâng cao chất lượng tham mưu về tổ chức bộ máy, quản lý biên chế, cải cách hành chính và công tác thi đua, khen thưởng. Mỗi tiêu chí đều có thang điểm cụ thể, được các đơn vị thảo luận kỹ trước khi thống nhất.
    Về công tác tổ chức bộ máy, các Sở Nội vụ đã tham mưu cho Ủy ban nhân dân tỉnh hoàn thành việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025 theo đúng lộ trình; rà soát, sửa đổi quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của 86 cơ quan chuyên môn; kịp thời hướng dẫn việc bố trí cán bộ, công chức dôi dư sau sắp xếp, bảo đảm quyền lợi chính đáng của người lao động.
    Công tác cải cách hành chính tiếp tục chuyển biến rõ nét. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt 98,7%, tăng 2,1 điểm phần trăm so với cùng kỳ; 100% thủ tục thuộc thẩm quyền của Sở được cung cấp dịch vụ công trực tuyến toàn trình. Chỉ số hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính được khảo sát độc lập, kết quả công khai trên cổng thông tin điện tử của tỉnh.
    Phong trào thi đua được phát động sâu rộng với nhiều hình thức phong phú. Các đơn vị tổ chức 14 đợt thi đua chuyên đề, tập trung vào chuyển đổi số, xây dựng văn hóa công sở và thực hành tiết kiệm, chống lãng phí. Qua đó đã phát hiện 37 tập thể, 112 cá nhân tiêu biểu để biểu dương, nhân rộng; nhiều sáng kiến như phần mềm quản lý hồ sơ công chức, sổ tay nghiệp vụ thi đua điện tử đã được áp dụng rộng rãi.
    Công tác khen thưởng bảo đảm đúng người, đúng thành tích, kịp thời và công khai. Trong sáu tháng, Chủ tịch Ủy ban nhân dân các tỉnh đã tặng Bằng khen cho 64 tập thể và 205 cá nhân; Giám đốc các Sở Nội vụ tặng Giấy khen cho 118 lượt tập thể, cá nhân. Việc xét khen thưởng thực hiện theo Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ; tỷ lệ khen thưởng người trực tiếp lao động, công tác đạt trên 40%.
    Bên cạnh kết quả đạt được, phong trào thi đua ở một số đơn vị còn mang tính hình thức, chưa gắn chặt với nhiệm vụ trọng tâm; việc đăng ký thi đua của một vài phòng chuyên môn còn chậm; hồ sơ đề nghị khen thưởng có trường hợp phải bổ sung nhiều lần do thiếu minh chứng. Nguyên nhân chủ yếu là công tác hướng dẫn, kiểm tra chưa thường xuyên và đội ngũ làm công tác thi đua, khen thưởng phải kiêm nhiệm nhiều việc.
    Sáu tháng cuối năm, Cụm thi đua thống nhất tập trung vào năm nhiệm vụ trọng tâm: một là, tiếp tục quán triệt các văn bản mới về thi đua, khen thưởng đến từng cán bộ, công chức; hai là, đẩy mạnh chuyển đổi số trong quản lý hồ sơ khen thưởng; ba là, tổ chức kiểm tra chéo giữa các đơn vị vào tháng 10; bốn là, chuẩn bị chu đáo hội nghị tổng kết và bình xét, suy tôn đơn vị dẫn đầu; năm là, giới thiệu điển hình tiên tiến trên các phương tiện thông tin đại chúng.
    Hội nghị sơ kết được tổ chức vào ngày 18 tháng 7 năm 2024 tại thành phố Quy Nhơn, tỉnh Bình Định. Các đại biểu đã trao đổi kinh nghiệm, thống nhất các giải pháp khắc phục hạn chế và cam kết hoàn thành xuất sắc nhiệm vụ năm 2024.
    """

    /// A plan with numbered sections and points, dates and a decree cited in full.
    static let inspectionPlan = """
    KẾ HOẠCH KIỂM TRA CHÉO CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2024
    Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng; căn cứ kết quả sơ kết sáu tháng đầu năm, Cụm thi đua các Sở Nội vụ các tỉnh duyên hải Nam Trung Bộ ban hành Kế hoạch kiểm tra chéo như sau.
    I. MỤC ĐÍCH, YÊU CẦU
    1. Đánh giá khách quan, thực chất việc triển khai phong trào thi đua và công tác khen thưởng tại các đơn vị thành viên; kịp thời phát hiện, chấn chỉnh những thiếu sót trong quy trình xét, đề nghị khen thưởng.
    2. Qua kiểm tra, các đơn vị học hỏi lẫn nhau những cách làm hay, mô hình hiệu quả; làm cơ sở để chấm điểm, bình xét thi đua cuối năm bảo đảm công bằng, minh bạch.
    3. Việc kiểm tra được tiến hành nghiêm túc, đúng nội dung, không gây phiền hà và không làm ảnh hưởng đến hoạt động chuyên môn của đơn vị được kiểm tra.
    II. NỘI DUNG, HÌNH THỨC KIỂM TRA
    1. Nội dung: việc ban hành văn bản chỉ đạo, hướng dẫn về thi đua, khen thưởng; việc tổ chức phát động, ký kết giao ước và đăng ký danh hiệu thi đua; việc lập, lưu trữ hồ sơ khen thưởng theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư; việc quản lý, sử dụng quỹ thi đua, khen thưởng.
    2. Hình thức: mỗi đơn vị tự kiểm tra, lập báo cáo theo mẫu gửi về đơn vị Cụm trưởng trước ngày 30 tháng 9; sau đó đoàn kiểm tra chéo gồm đại diện lãnh đạo và chuyên viên của hai đơn vị làm việc trực tiếp tại đơn vị được kiểm tra, mỗi đợt không quá hai ngày.
    III. THỜI GIAN, PHÂN CÔNG
    Đoàn kiểm tra thứ nhất do Sở Nội vụ tỉnh Khánh Hòa chủ trì, kiểm tra Sở Nội vụ tỉnh Phú Yên từ ngày 07 đến ngày 08 tháng 10 năm 2024. Đoàn thứ hai do Sở Nội vụ tỉnh Phú Yên chủ trì, kiểm tra Sở Nội vụ tỉnh Bình Định từ ngày 14 đến ngày 15 tháng 10. Đoàn thứ ba do Sở Nội vụ tỉnh Bình Định chủ trì, kiểm tra Sở Nội vụ tỉnh Quảng Ngãi trong tuần thứ ba của tháng 10. Đoàn thứ tư kiểm tra Sở Nội vụ tỉnh Khánh Hòa; thời gian cụ thể do hai đơn vị thỏa thuận.
    IV. TỔ CHỨC THỰC HIỆN
    Thủ trưởng các đơn vị thành viên có trách nhiệm cử cán bộ tham gia đoàn kiểm tra, chuẩn bị đầy đủ hồ sơ, tài liệu và bố trí địa điểm làm việc. Kết thúc mỗi đợt, trưởng đoàn lập biên bản có chữ ký của đại diện hai bên, gửi về đơn vị Cụm trưởng trong vòng năm ngày làm việc. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Nội vụ tỉnh Bình Định (qua Phòng Công tác thi đua - khen thưởng) để phối hợp giải quyết.
    """

    /// Scores out of 1.000, ranks and vote shares.
    static let resultsAnnouncement = """
    THÔNG BÁO KẾT QUẢ BÌNH XÉT, SUY TÔN CỤM THI ĐUA NĂM 2024
    Ngày 12 tháng 12 năm 2024, tại Hội trường Ủy ban nhân dân tỉnh Phú Yên, Cụm thi đua các Sở Nội vụ các tỉnh duyên hải Nam Trung Bộ đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. Dự hội nghị có đại diện Ban Thi đua - Khen thưởng Trung ương, lãnh đạo Ủy ban nhân dân tỉnh Phú Yên và 40 đại biểu là lãnh đạo, chuyên viên các đơn vị thành viên.
    Trên cơ sở báo cáo tự chấm điểm của từng đơn vị và kết quả kiểm tra chéo, hội nghị đã thảo luận dân chủ, bỏ phiếu kín để bình xét thi đua. Kết quả như sau: Sở Nội vụ tỉnh Bình Định đạt 986/1.000 điểm, xếp thứ nhất; Sở Nội vụ tỉnh Khánh Hòa đạt 979 điểm, xếp thứ hai; Sở Nội vụ tỉnh Quảng Ngãi đạt 971 điểm, xếp thứ ba; Sở Nội vụ tỉnh Phú Yên đạt 968 điểm, xếp thứ tư; Sở Nội vụ tỉnh Ninh Thuận đạt 955 điểm, xếp thứ năm.
    Hội nghị thống nhất đề nghị Bộ trưởng Bộ Nội vụ tặng Cờ thi đua cho Sở Nội vụ tỉnh Bình Định là đơn vị dẫn đầu Cụm; đề nghị tặng Bằng khen cho Sở Nội vụ tỉnh Khánh Hòa và Sở Nội vụ tỉnh Quảng Ngãi. Tỷ lệ phiếu đồng ý lần lượt là 100%, 92,5% và 87,5% trên tổng số đại biểu có mặt.
    Hội nghị cũng suy tôn Sở Nội vụ tỉnh Khánh Hòa làm Cụm trưởng, Sở Nội vụ tỉnh Ninh Thuận làm Cụm phó Cụm thi đua năm 2025 với 100% đại biểu nhất trí. Đơn vị Cụm trưởng năm 2025 có trách nhiệm xây dựng kế hoạch, tổ chức ký kết giao ước thi đua trong quý I năm 2025 và báo cáo Bộ Nội vụ theo quy định.
    Phát biểu tại hội nghị, đại diện Ban Thi đua - Khen thưởng Trung ương ghi nhận những cố gắng của các đơn vị trong năm qua, đặc biệt là việc số hóa toàn bộ hồ sơ khen thưởng từ năm 2015 đến nay và việc rút ngắn thời gian thẩm định hồ sơ từ 20 ngày xuống còn 12 ngày làm việc; đồng thời đề nghị Cụm tiếp tục đổi mới nội dung, phương thức hoạt động, tránh hình thức, coi trọng phát hiện và nhân rộng điển hình ở cơ sở.
    Thay mặt Cụm trưởng năm 2025, Giám đốc Sở Nội vụ tỉnh Khánh Hòa cảm ơn sự tín nhiệm của các đơn vị, hứa sẽ kế thừa kết quả của năm 2024, phối hợp chặt chẽ với Cụm phó và các thành viên để phong trào thi đua ngày càng thiết thực, hiệu quả, góp phần hoàn thành thắng lợi nhiệm vụ chính trị của ngành Nội vụ.
    """

    /// People and places with many diacritics; a measurement with a superscript.
    static let exemplaryWorkers = """
    GƯƠNG ĐIỂN HÌNH TIÊN TIẾN TRONG NGÀNH NỘI VỤ
    Hơn mười năm làm công tác thi đua, khen thưởng ở Sở Nội vụ tỉnh Quảng Ngãi, chị Lê Thị Thanh Hương luôn được đồng nghiệp quý mến bởi sự tận tụy và cẩn trọng. Chị là người đề xuất xây dựng bộ hồ sơ mẫu cho từng hình thức khen thưởng, kèm theo danh mục minh chứng cần nộp, nhờ đó số hồ sơ bị trả lại để bổ sung giảm hơn một nửa.
    Ở huyện miền núi Sơn Hà, anh Đinh Văn Thưởng, công chức Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, đã vận động bà con người Hrê tham gia phong trào “Chung sức xây dựng nông thôn mới”. Từ những buổi họp thôn đầu tiên chỉ lác đác vài hộ đến dự, đến nay cả xã đã hiến hơn 12.000 m² đất để mở rộng đường liên thôn, xây dựng nhà văn hóa và sân thể thao.
    Ông Trương Quốc Bảo, nguyên Trưởng phòng Xây dựng chính quyền và công tác thanh niên, dù đã nghỉ hưu vẫn nhận lời làm cộng tác viên biên soạn tài liệu bồi dưỡng nghiệp vụ. Bộ tài liệu gồm 18 chuyên đề, được viết bằng ngôn ngữ giản dị, có nhiều ví dụ thực tế, đã trở thành cẩm nang của công chức cấp xã mới được tuyển dụng.
    Tập thể Phòng Tổ chức, biên chế và tổ chức phi chính phủ của Sở Nội vụ tỉnh Ninh Thuận được biểu dương vì đã hoàn thành trước thời hạn đề án vị trí việc làm của 312 đơn vị sự nghiệp công lập. Để làm được điều đó, cả phòng đã nhiều tháng làm việc ngoài giờ, trực tiếp xuống từng đơn vị hướng dẫn, tháo gỡ vướng mắc, rà soát từng bản mô tả công việc và khung năng lực.
    Những tấm gương ấy tuy bình dị nhưng có sức lan tỏa mạnh mẽ. Họ cho thấy thi đua không phải là phong trào nhất thời mà là việc làm hằng ngày, bắt đầu từ tinh thần trách nhiệm của mỗi người trước công việc được giao và trước nhân dân.
    """
}
