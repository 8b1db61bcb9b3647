import CommandLineSupport
import Foundation

/// The command's help, in Vietnamese (the argument parser's own is English).
enum VietnameseHelp {
    static let main = """
    vanban — soạn văn bản thi đua, khen thưởng theo Nghị định 30/2020/NĐ-CP, xuất PDF.

    Cách dùng:
      vanban render DỮ_LIỆU.yaml… [-o RA.pdf | -o THƯ_MỤC] [--png THƯ_MỤC] [--force] [--fonts THƯ_MỤC] [--allow THƯ_MỤC]
      vanban check DỮ_LIỆU.yaml… [--fonts THƯ_MỤC] [--allow THƯ_MỤC]
      vanban templates
      vanban new TÊN_MẪU [-o DỮ_LIỆU.yaml] [--force]
      vanban text VĂN_BẢN.txt [-o RA.pdf] [--png THƯ_MỤC] [--force]
      vanban samples [-o THƯ_MỤC] [--png] [--force]
      vanban so cap DỮ_LIỆU.yaml | so huy SỐ --nam NĂM --ly-do "…" | so liet-ke | so xuat -o SO.pdf
      vanban serve [--workspace THƯ_MỤC] [--port 8080] [--host ĐỊA_CHỈ] | serve --add-user TÊN

    Lệnh:
      render     Kiểm tra dữ liệu rồi dàn trang thành PDF (tệp dữ liệu ghi tên mẫu ở trường «mau»).
                 Nhận nhiều tệp hoặc thư mục; dàn trang song song trên các nhân máy.
      check      Kiểm tra dữ liệu và thể thức trang theo Nghị định 30/2020, không ghi tệp nào.
      templates  Liệt kê các mẫu văn bản và mô tả.
      new        Tạo tệp dữ liệu trống (có ghi chú) cho một mẫu.
      text       Dàn trang một tệp văn bản thuần (mỗi dòng một đoạn).
      samples    Dàn trang các văn bản mẫu của bộ máy dàn trang.
      so         Sổ đăng ký văn bản đi: cấp số, hủy số, liệt kê, xuất sổ («vanban so --help»).
      serve      Mở bàn làm việc trên trình duyệt: soạn, kiểm tra, xem trước văn bản («vanban serve --help»).

    Tùy chọn chung:
      -o, --output   Tệp hoặc thư mục ra.
      --png DIR      Ghi thêm ảnh PNG từng trang (80 dpi) vào thư mục DIR.
      --force        Cho phép ghi đè tệp đã có (mặc định: không bao giờ ghi đè).
      --fonts DIR    Thư mục phông chữ của người dùng (ví dụ Times New Roman thật), ưu tiên hơn phông kèm theo.
      --allow DIR    Cho phép dữ liệu dùng tệp trong thư mục DIR (tệp dùng chung, danh sách, ảnh chữ ký);
                     mặc định chỉ được dùng tệp trong thư mục của tệp dữ liệu. Ghi nhiều lần được.
      -h, --help     Hiện hướng dẫn này; «vanban LỆNH --help» cho từng lệnh.

    Mã thoát:
      0  thành công
      1  dữ liệu hoặc tệp vào có lỗi (mỗi lỗi ghi rõ tệp, dòng, trường)
      2  cách gọi lệnh sai
      3  không ghi được tệp ra, hoặc tệp đã có mà không dùng --force
      4  sổ đăng ký văn bản đi không dùng được (hỏng, bị khóa quá lâu, của phiên bản mới hơn)

    Biến môi trường: VANBAN_TEMPLATES (thư mục mẫu), VANBAN_FONTS (thư mục phông kèm theo),
    VANBAN_AWARD_RULES (bảng hệ số tiền thưởng), VANBAN_PROFILE=1 (đo thời gian từng bước),
    VANBAN_CACHE (thư mục giữ mẫu và bảng đã đọc, mặc định ~/.cache/vanban; 0 để tắt).
    """

    static let commands: [String: String] = [
        "so": RegisterHelp.text,
        "render": """
        vanban render DỮ_LIỆU.yaml… [-o RA.pdf | -o THƯ_MỤC] [--png THƯ_MỤC] [--force] [--fonts THƯ_MỤC] [--allow THƯ_MỤC]

        Kiểm tra từng tệp dữ liệu (YAML hoặc JSON) với mẫu nó ghi ở trường «mau», tính toán (số đếm,
        tiền thưởng, xếp hạng), điền mẫu và dàn trang thành PDF theo Nghị định 30/2020.
        Có thể đưa nhiều tệp hoặc một thư mục (mọi tệp .yaml/.json có trường «mau»).

          -o, --output   Một tệp vào: tên tệp PDF ra. Nhiều tệp vào: thư mục ra.
                         Mặc định: cạnh tệp dữ liệu, cùng tên, đuôi .pdf.
          --png DIR      Ghi thêm ảnh PNG từng trang vào DIR.
          --force        Ghi đè tệp đã có.
          --fonts DIR    Thư mục phông của người dùng.
          --allow DIR    Cho phép dữ liệu dùng tệp (dùng chung, danh sách, ảnh) trong DIR, ngoài
                         thư mục của chính tệp dữ liệu.

        Dữ liệu có lỗi thì không ghi tệp nào cho dữ liệu đó; mã thoát 1.
        """,
        "check": """
        vanban check DỮ_LIỆU.yaml… [--fonts THƯ_MỤC] [--allow THƯ_MỤC]

        Kiểm tra dữ liệu như «render» nhưng không ghi tệp nào: dàn trang văn bản rồi đối chiếu
        từng trang với thể thức Nghị định 30/2020 (điều nào không đúng in thành cảnh báo, kèm
        số trang). In «hợp lệ» hoặc danh sách lỗi (tệp, dòng, trường, điều cần sửa). Mã thoát 1
        nếu có lỗi.

          --fonts DIR    Thư mục phông của người dùng.
          --allow DIR    Cho phép dữ liệu dùng tệp trong DIR, ngoài thư mục của chính tệp dữ liệu.
        """,
        "templates": """
        vanban templates

        Liệt kê các mẫu văn bản có trong thư mục Templates/ kèm mô tả.
        """,
        "new": """
        vanban new TÊN_MẪU [-o DỮ_LIỆU.yaml] [--force]

        Tạo tệp dữ liệu cho mẫu TÊN_MẪU: mỗi trường có ghi chú (tên, kiểu, bắt buộc hay không) và
        giá trị ví dụ. Không có -o thì in ra màn hình.
        """,
        "text": """
        vanban text VĂN_BẢN.txt [-o RA.pdf] [--png THƯ_MỤC] [--fonts THƯ_MỤC] [--force]

        Dàn trang một tệp văn bản thuần UTF-8 (mỗi dòng một đoạn) thành PDF cỡ chữ 14, canh đều.
        """,
        "serve": ServeHelp.text,
        "samples": """
        vanban samples [-o THƯ_MỤC] [--png] [--force]

        Dàn trang các văn bản mẫu của bộ máy dàn trang (tin gốc, bảng 1.000 dòng) vào THƯ_MỤC (mặc định out).
        """,
    ]

    /// The help to print for these arguments, if they ask for help.
    static func text(for arguments: [String]) -> String? {
        let wantsHelp = arguments.contains("-h") || arguments.contains("--help") || arguments.first == "help"
        if arguments.isEmpty { return main }
        if arguments == ["so"] { return RegisterHelp.text }
        guard wantsHelp else { return nil }
        let words = arguments.filter { !$0.hasPrefix("-") && $0 != "help" }
        if let command = words.first, let text = commands[command] { return text }
        return main
    }
}
