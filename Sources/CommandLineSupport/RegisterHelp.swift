/// `vanban so --help`, printed by `vanban` and by the register's own program alike.
public enum RegisterHelp {
    public static let text = """
    vanban so cap DỮ_LIỆU.yaml [--thu-muc THƯ_MỤC] [-o RA.pdf] [--so-ban N] [--force] [--fonts THƯ_MỤC]
    vanban so huy SỐ/KÝ-HIỆU --nam NĂM --ly-do "…" [--thu-muc THƯ_MỤC]
    vanban so liet-ke [--nam NĂM] [--loai QĐ] [--co-quan UBND] [--thu-muc THƯ_MỤC]
    vanban so xuat [--nam NĂM] [--loai QĐ] [--co-quan UBND] -o SO.pdf|SO.xlsx|SO.csv [--force] [--thu-muc THƯ_MỤC]

    Sổ đăng ký văn bản đi (Nghị định 30/2020, Điều 15): mỗi cơ quan một dãy số mỗi năm, bắt đầu
    từ 01 ngày 01 tháng 01; mọi văn bản ban hành đều vào sổ. Sổ nằm ở THƯ_MỤC/.vanban/so-dang-ky.sqlite
    (THƯ_MỤC mặc định: thư mục của tệp dữ liệu với «cap», thư mục hiện tại với các lệnh khác).

      cap      Lấy số tiếp theo của cơ quan (ky_hieu_co_quan) cho năm của ngày ban hành (không có
               ngày thì lấy ngày hôm nay và ghi vào tệp), ghi «so» và «ngay_ban_hanh» vào tệp dữ liệu
               (giữ nguyên ghi chú và thứ tự; bản cũ giữ ở .vanban/phien-ban/), vào sổ, dàn trang PDF.
               Tệp đã cấp số thì không cấp lại. Lần cấp bị ngắt giữa chừng được lần chạy sau hoàn tất
               (tệp đã có số) hoặc tự hủy số đó kèm lý do (tệp chưa có số).
               --so-ban N: số lượng bản ghi vào sổ (mặc định: số nơi nhận, cộng một bản lưu).
      huy      Hủy một số (ban hành nhầm, thu hồi…) kèm lý do. Số đã hủy không bao giờ cấp lại;
               sổ không xóa dòng nào.
      liet-ke  Liệt kê sổ, kể cả các lần cấp số chưa hoàn tất.
      xuat     In sổ ra PDF (A4 ngang), Excel (.xlsx) hoặc CSV (UTF-8, dấu «;»). Mặc định năm nay.

    Cách đánh số: .vanban/so-dang-ky.yaml, ví dụ
      co_quan:
        UBND: chung        # một dãy số cho mọi loại văn bản (mặc định)
        SNV: theo_loai     # mỗi loại văn bản (QĐ, KH, BB…) một dãy số

    Mã thoát: 0 thành công; 1 dữ liệu có lỗi, văn bản đã cấp số, số không có trong sổ; 2 cách gọi
    lệnh sai; 3 không ghi được tệp ra (hoặc tệp đã có mà không dùng --force); 4 sổ đăng ký không
    dùng được (hỏng, bị chương trình khác khóa quá lâu, hoặc của phiên bản VanBan mới hơn).
    Biến môi trường VANBAN_SO_CHO_KHOA: số giây chờ khi sổ đang bị khóa (mặc định 8).
    """
}
