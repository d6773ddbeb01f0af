### The trainees area of the vi bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = Học viên
trainee-none = Nhập tên học viên để lưu các câu trả lời.
trainee-results = Kết quả của { $name }
trainee-results-none = Chưa trả lời bài tập nào.
trainee-col-exercise = Bài tập
trainee-col-answer = Câu trả lời
trainee-col-mark = Đúng hay sai
trainee-col-time = Thời gian
trainee-right = Đúng
trainee-wrong = Sai
trainee-seconds = { $seconds } giây
trainee-export = Xuất kết quả (JSON, CSV, PDF)
trainee-store-failed = Không lưu được kết quả: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }, { $age } tuổi — { $kind }
case-situation-pin = { $situation } · mã PIN { $pin }
case-kiosk = Máy: { $outcome }
case-outcome-issues = cấp giấy chứng nhận
case-outcome-domicile = chỉ cấp giấy chứng nhận của nơi đăng ký hộ tịch
case-outcome-refuses = từ chối: { $refusal }
case-situation-deceased = Đã được ghi nhận là qua đời; người thân mang thẻ đến
case-situation-support = Thuộc diện biện pháp hỗ trợ (bạo lực gia đình, đeo bám)
case-situation-moved-out = Đã nộp khai báo chuyển đi
case-situation-gaiji = Ký tự ngoài bảng mã (外字) trong tên đang chờ xử lý
case-situation-child = Trẻ em { $age } tuổi
case-situation-cert-expired = Chứng thư điện tử đã hết hạn ngày { $date }
case-situation-stay-ended = Thời hạn lưu trú đã kết thúc ngày { $date }
case-situation-card-expired = Thẻ đã hết hạn ngày { $date }
case-situation-suspended = Thẻ bị tạm dừng
case-situation-revoked = Chứng thư điện tử bị thu hồi
case-situation-new-card = Hôm nay mới nhận thẻ hoặc chứng thư điện tử
case-situation-pin-changed = Hôm nay đã đổi mã PIN
case-situation-pin-failures = Số lần nhập sai mã PIN liên tiếp: { $failures }
case-situation-moved-in-today = Hôm nay mới chuyển đến
case-situation-domicile-registered = Sống ở địa phương khác; nơi đăng ký hộ tịch ở đây, đã đăng ký sử dụng ngày { $date }
case-situation-domicile-only = Sống ở địa phương khác; nơi đăng ký hộ tịch ở đây, chưa đăng ký sử dụng
case-situation-elsewhere = Sống ở địa phương khác
case-situation-foreign = Cư dân người nước ngoài ({ $nationality })
case-situation-no-seal = Chưa đăng ký con dấu
case-situation-no-tax = Không có hồ sơ thuế
case-situation-resident = Cư dân, không có gì đặc biệt
case-cards-title = Thẻ tình huống: cư dân hư cấu
case-cards-head = Thẻ tình huống — cư dân hư cấu (mẫu) · máy lúc { $time }
case-card-age = { $age } tuổi · { $kind }
case-card-situation = Tình huống
case-card-kiosk = Máy sẽ làm gì
