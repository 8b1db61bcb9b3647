import Foundation
import Testing
@testable import DocumentMarkup

/// Whole bodies as templates would produce them, one per document type of VanBan.
@Suite("Example documents")
struct ExampleDocumentTests {
    @Test func awardDecision() throws {
        let body = """
        _Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;_

        _Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;_

        _Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 20 tháng 12 năm 2022._

        #giữa QUYẾT ĐỊNH:

        Điều #. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 04 tập thể và 13 cá nhân
        (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua năm 2022.

        Điều #. Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 3.510.000~đồng; mỗi cá nhân
        1.760.000~đồng từ nguồn kinh phí khen thưởng của tỉnh.

        Điều #. Quyết định này có hiệu lực kể từ ngày ký.

        Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các tập thể, cá nhân có tên
        tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

        ::: phụ-lục tiêu-đề="Danh sách tập thể, cá nhân được tặng Bằng khen"
        {cột="12mm 5* 5* 20mm" căn="giữa trái trái giữa"}
        | TT | Tên tập thể, họ và tên | Chức vụ, đơn vị công tác | Ghi chú |
        |---|---|---|---|
        {nhóm} | {gộp=4 trái} *I. TẬP THỂ* |
        | 1 | Phòng Tổ chức \\- Hành chính | Sở Nội vụ | |
        {nhóm} | {gộp=4 trái} *II. CÁ NHÂN* |
        | 1 | Ông Nguyễn Văn An | Trưởng phòng, Sở Nội vụ | |
        {tổng} | {gộp=3} Tổng cộng: 02 | |
        :::
        """
        #expect(try outline(body) == """
        paragraph: i["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"]
        paragraph: i["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"]
        paragraph: i["Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 20 tháng 12 năm 2022."]
        centered: "QUYẾT ĐỊNH:"
        numbered article 1: "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 04 tập thể và 13 cá nhân (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua năm 2022."
        numbered article 2: "Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 3.510.000\\u{A0}đồng; mỗi cá nhân 1.760.000\\u{A0}đồng từ nguồn kinh phí khen thưởng của tỉnh."
        numbered article 3: "Quyết định này có hiệu lực kể từ ngày ký."
        paragraph: "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
        annex title="Danh sách tập thể, cá nhân được tặng Bằng khen"
          table columns=[12mm center, 5* left, 5* left, 20mm center] borders
            header | "TT" | "Tên tập thể, họ và tên" | "Chức vụ, đơn vị công tác" | "Ghi chú" |
            group | span=4 left b["I. TẬP THỂ"] |
            row | "1" | "Phòng Tổ chức - Hành chính" | "Sở Nội vụ" | "" |
            group | span=4 left b["II. CÁ NHÂN"] |
            row | "1" | "Ông Nguyễn Văn An" | "Trưởng phòng, Sở Nội vụ" | "" |
            total | span=3 "Tổng cộng: 02" | "" |
        """)
    }

    @Test func emulationPlan() throws {
        let body = """
        Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2022 của Ủy ban nhân dân tỉnh, Khối thi đua
        các sở, ngành Tổng hợp xây dựng Kế hoạch phát động phong trào thi đua năm 2022 như sau:

        # Mục đích, yêu cầu
        ## Mục đích
        - Đẩy mạnh phong trào thi đua yêu nước;
        - Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến.
        ## Yêu cầu
        Công tác thi đua phải bảo đảm *công khai, dân chủ, kịp thời*.

        # Nội dung thi đua
        #. Thi đua hoàn thành thắng lợi nhiệm vụ chính trị được giao:
        #) Thực hiện tốt chương trình công tác năm;
        #) Đẩy mạnh cải cách hành chính.
        #. Thi đua xây dựng cơ quan văn minh.

        # Tổ chức thực hiện
        Khối trưởng chủ trì, phối hợp với Khối phó^[Sở Nội vụ là Khối trưởng, Sở Tài chính là Khối phó năm 2022.]
        triển khai Kế hoạch này./.
        """
        #expect(try outline(body) == """
        paragraph: "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2022 của Ủy ban nhân dân tỉnh, Khối thi đua các sở, ngành Tổng hợp xây dựng Kế hoạch phát động phong trào thi đua năm 2022 như sau:"
        heading romanSection I: "Mục đích, yêu cầu"
        heading clause 1: "Mục đích"
        list
          - "Đẩy mạnh phong trào thi đua yêu nước;"
          - "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến."
        heading clause 2: "Yêu cầu"
        paragraph: "Công tác thi đua phải bảo đảm " b["công khai, dân chủ, kịp thời"] "."
        heading romanSection II: "Nội dung thi đua"
        numbered clause 1: "Thi đua hoàn thành thắng lợi nhiệm vụ chính trị được giao:"
        numbered point a: "Thực hiện tốt chương trình công tác năm;"
        numbered point b: "Đẩy mạnh cải cách hành chính."
        numbered clause 2: "Thi đua xây dựng cơ quan văn minh."
        heading romanSection III: "Tổ chức thực hiện"
        paragraph: "Khối trưởng chủ trì, phối hợp với Khối phó" fn["Sở Nội vụ là Khối trưởng, Sở Tài chính là Khối phó năm 2022."] " triển khai Kế hoạch này./."
        """)
    }

    @Test func covenantWithSignatureGrid() throws {
        let units = [("Sở Nội vụ", "Giám đốc", "Nguyễn Văn An"), ("Sở Tài chính", "KT. Giám đốc<br>Phó Giám đốc", "Trần Thị Bình"),
                     ("Sở Kế hoạch và Đầu tư", "Giám đốc", "Lê Hoàng Cường")]
        var body = """
        Các đơn vị thành viên Khối thi đua các sở, ngành Tổng hợp cùng ký giao ước thi đua năm 2022
        với các nội dung sau:

        #. Tiếp tục đổi mới công tác thi đua, khen thưởng theo Chỉ thị số 34-CT/TW.
        #. Thực hiện tốt cải cách hành chính, chuyển đổi số.

        #ngắt-trang
        ::: chữ-ký cột=3

        """
        for (unit, title, name) in units {
            // the title holds markup written by the template (<br>), the rest is data
            body += "| \(MarkupEscaper.escape(unit)) | \(title) | \(MarkupEscaper.escape(name)) |\n"
        }
        body += ":::\n"
        #expect(try outline(body) == """
        paragraph: "Các đơn vị thành viên Khối thi đua các sở, ngành Tổng hợp cùng ký giao ước thi đua năm 2022 với các nội dung sau:"
        numbered clause 1: "Tiếp tục đổi mới công tác thi đua, khen thưởng theo Chỉ thị số 34-CT/TW."
        numbered clause 2: "Thực hiện tốt cải cách hành chính, chuyển đổi số."
        page-break
        signature-grid columns=3
          cell "Sở Nội vụ" / "Giám đốc" / "Nguyễn Văn An"
          cell "Sở Tài chính" / "KT. Giám đốc" br "Phó Giám đốc" / "Trần Thị Bình"
          cell "Sở Kế hoạch và Đầu tư" / "Giám đốc" / "Lê Hoàng Cường"
        """)
    }

    @Test func conferenceMinutes() throws {
        let body = """
        # Thời gian, địa điểm
        - Thời gian: 08 giờ 00, ngày 15 tháng 12 năm 2022.
        - Địa điểm: Hội trường Sở Nội vụ.
        # Thành phần tham dự
        - Chủ trì: Ông Nguyễn Văn An \\- Giám đốc Sở Nội vụ, Khối trưởng;
        + Đại diện 13 đơn vị thành viên.
        # Nội dung
        ## Kết quả bỏ phiếu suy tôn Khối trưởng năm 2023
        {cột="15mm 5* 20mm 20mm" căn="giữa trái phải phải"}
        | TT | Đơn vị | Số phiếu | Tỉ lệ (%) |
        |---|
        | 1 | Sở Tài chính | 12/13 | 92,3 |

        ::: cùng-trang
        {giữa, không-thụt}
        _Biên bản kết thúc lúc 11 giờ 30 cùng ngày./._
        :::
        """
        #expect(try outline(body) == """
        heading romanSection I: "Thời gian, địa điểm"
        list
          - "Thời gian: 08 giờ 00, ngày 15 tháng 12 năm 2022."
          - "Địa điểm: Hội trường Sở Nội vụ."
        heading romanSection II: "Thành phần tham dự"
        list
          - "Chủ trì: Ông Nguyễn Văn An - Giám đốc Sở Nội vụ, Khối trưởng;"
          + "Đại diện 13 đơn vị thành viên."
        heading romanSection III: "Nội dung"
        heading clause 1: "Kết quả bỏ phiếu suy tôn Khối trưởng năm 2023"
        table columns=[15mm center, 5* left, 20mm right, 20mm right] borders
          header | "TT" | "Đơn vị" | "Số phiếu" | "Tỉ lệ (%)" |
          row | "1" | "Sở Tài chính" | "12/13" | "92,3" |
        keep-together
          paragraph(center, no-indent): i["Biên bản kết thúc lúc 11 giờ 30 cùng ngày./."]
        """)
    }
}
