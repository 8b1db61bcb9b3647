/// `vanban serve --help`, printed by `vanban` and by the workbench's own program alike.
public enum ServeHelp {
    public static let text = """
    vanban serve [--workspace THƯ_MỤC] [--port 8080] [--host ĐỊA_CHỈ] [--fonts THƯ_MỤC]
    vanban serve --add-user TÊN [--workspace THƯ_MỤC]

    Mở bàn làm việc: một trang web trên máy này để soạn văn bản từ mẫu, dán danh sách từ Excel,
    xem lỗi bên cạnh từng ô và xem trước các trang trong lúc gõ; tải PDF, PNG, tệp dữ liệu.
    In ra địa chỉ để mở trong trình duyệt (mặc định http://127.0.0.1:8080/).

      --workspace DIR  Thư mục hồ sơ: mỗi hồ sơ một thư mục con gồm các tệp dữ liệu (YAML, CSV,
                       XLSX) mà «vanban render» cũng đọc. Mặc định: thư mục van-ban trong thư mục nhà.
      --port N         Cổng (mặc định 8080; 0: một cổng còn trống).
      --host ĐỊA_CHỈ   Địa chỉ nghe (mặc định 127.0.0.1, chỉ máy này). Địa chỉ khác chỉ được dùng
                       khi đã có người dùng: khi đó phải đăng nhập.
      --add-user TÊN   Thêm người dùng (hoặc đổi mật khẩu): mật khẩu đọc từ bàn phím (hai lần) hoặc
                       từ đầu vào chuẩn, lưu dạng băm bcrypt trong .vanban/nguoi-dung.yaml.

    Mỗi lần lưu, bản cũ của tệp được giữ trong .vanban/phien-ban/ của hồ sơ (10 bản gần nhất).
    """
}
