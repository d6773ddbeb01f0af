# kofu — chữ trên màn hình máy cấp giấy chứng nhận tại cửa hàng tiện lợi, tiếng Việt (dịch từ bản gốc ja.ftl).
# Các khóa giống nhau trong mọi tệp ngôn ngữ (bài kiểm tra phát hiện khóa thiếu hoặc thừa).
# Giữ nguyên các chỗ { $… }. Số tiền ({ $amount }) đã được định dạng sẵn.
# Bản thân giấy chứng nhận được in vẫn bằng tiếng Nhật.

## Ngôn ngữ và chung

language-name = Tiếng Việt
app-title = kofu — máy cấp giấy chứng nhận tại cửa hàng tiện lợi (chỉ bản mẫu SPECIMEN)
specimen-banner = SPECIMEN (bản mẫu) — máy này chỉ in giấy chứng nhận mẫu
money-yen = ¥{ $amount }
date-full = { $weekday }, { $day }/{ $month }/{ $year }, { $time }
date-short = { $day }/{ $month }/{ $year }
fiscal-year = Năm tài chính { $year } (thu nhập năm { $incomeYear })
era-reiwa = Reiwa
era-heisei = Heisei
weekday-1 = T2
weekday-2 = T3
weekday-3 = T4
weekday-4 = T5
weekday-5 = T6
weekday-6 = T7
weekday-7 = CN
month-1 = Tháng 1
month-2 = Tháng 2
month-3 = Tháng 3
month-4 = Tháng 4
month-5 = Tháng 5
month-6 = Tháng 6
month-7 = Tháng 7
month-8 = Tháng 8
month-9 = Tháng 9
month-10 = Tháng 10
month-11 = Tháng 11
month-12 = Tháng 12
list-separator = ,{" "}

## Nút chung

btn-back = Quay lại
btn-cancel = Hủy
btn-next = Tiếp
btn-ok = Xác nhận
btn-finish = Kết thúc
toggle-large-text = Chữ lớn
toggle-high-contrast = Độ tương phản cao
keypad-help = Bàn phím số: nhập hoặc chọn bằng số · 2 và 8 di chuyển lựa chọn · ○ xác nhận · ← xóa một ký tự · × quay lại hoặc hủy

## Màn hình đầu (ngôn ngữ và dịch vụ hành chính)

home-title = Vui lòng chọn dịch vụ
home-language = Ngôn ngữ / Language
home-services = Dịch vụ hành chính
home-services-hint = Để lấy giấy chứng nhận như bản sao phiếu cư trú (住民票の写し), hãy nhấn "Dịch vụ hành chính"

## Dịch vụ hành chính

services-title = Dịch vụ hành chính
services-cert-issue = Dịch vụ cấp giấy chứng nhận (cửa hàng tiện lợi)
services-hint = Với thẻ My Number, bạn có thể lấy giấy chứng nhận của thành phố/quận/thị trấn/làng nơi bạn sống hoặc nơi đăng ký hộ tịch (本籍地)

## Đồng ý (máy kiểu Sharp)

consent-title = Lưu ý khi sử dụng
consent-body = Để lấy giấy chứng nhận, bạn cần thẻ My Number và mã PIN (4 chữ số) của chứng thư điện tử xác thực người dùng. Nhập sai mã PIN 3 lần liên tiếp thì thẻ sẽ bị khóa và chỉ có thể mở khóa tại quầy của chính quyền địa phương. Giấy chứng nhận đã in không thể trả lại hay đổi. Xin đừng để quên thẻ, giấy chứng nhận và tiền thừa.
consent-instruction = Vui lòng đọc lưu ý khi sử dụng, rồi nhấn "Đồng ý"
consent-agree = Đồng ý

## Đặt thẻ

place-title = Vui lòng đặt thẻ
place-instruction = { $vendor ->
    [sharp] Đặt thẻ lên đầu đọc thẻ, rồi nhấn "Tiếp"
   *[other] Đặt thẻ My Number lên đầu đọc thẻ
}
place-phone-note = Nếu dùng điện thoại thông minh (chức năng thẻ My Number), hãy giữ điện thoại trên đầu đọc thẻ
place-detected = Đã đọc thẻ

## Loại giấy chứng nhận

path-title = Vui lòng chọn giấy chứng nhận bạn muốn lấy
path-residence = Giấy chứng nhận của địa phương nơi bạn sống
path-domicile = Giấy chứng nhận của nơi đăng ký hộ tịch (本籍地)
path-register = Đăng ký sử dụng giấy chứng nhận của nơi đăng ký hộ tịch

## Mã PIN

pin-title = Vui lòng nhập mã PIN
pin-instruction = Nhập mã PIN (4 chữ số) của chứng thư điện tử xác thực người dùng, rồi nhấn "Xác nhận"
pin-entered = Mã PIN: đã nhập { $count }/4 chữ số
pin-wrong = Sai mã PIN. { $tries ->
    [one] Nếu sai thêm 1 lần nữa, thẻ sẽ bị khóa.
   *[other] Nếu sai thêm { $tries } lần nữa, thẻ sẽ bị khóa.
}
pin-clear = Sửa

## Đăng ký sử dụng

registered-title = Đã tiếp nhận đăng ký sử dụng
registered-body = Từ { $date }, bạn có thể lấy giấy chứng nhận của nơi đăng ký hộ tịch. Vui lòng lấy thẻ.

## Lấy thẻ ra

remove-title = Vui lòng lấy thẻ ra
remove-body = Đã xác nhận danh tính. Lấy thẻ ra khỏi đầu đọc thẻ để tiếp tục.

## Chọn giấy chứng nhận

cert-title = Vui lòng chọn giấy chứng nhận
cert-fee = { $fee } / bản
cert-none = Không có giấy chứng nhận nào bạn có thể lấy
cert-kind-resident_certificate = Bản sao phiếu cư trú (住民票の写し)
cert-kind-seal_certificate = Giấy chứng nhận đăng ký con dấu (印鑑登録証明書)
cert-kind-tax_certificate = Giấy chứng nhận chịu thuế / không chịu thuế (thu nhập)
cert-kind-family_register_appendix = Bản sao phụ lục hộ tịch (戸籍の附票の写し)
cert-kind-family_register = Giấy chứng nhận hộ tịch (戸籍証明書)

## Chọn nội dung

options-title = Chọn nội dung: { $kind }
opt-scope = Người được ghi
opt-scope-holder = Chỉ bản thân
opt-scope-household = Toàn bộ hộ gia đình
opt-scope-members = Một số thành viên trong hộ (chọn)
opt-relationship = Ghi chủ hộ và quan hệ với chủ hộ
opt-domicile = Ghi nơi đăng ký hộ tịch và người đứng đầu hộ tịch
opt-my-number = Ghi mã số cá nhân (My Number)
opt-year = Năm tài chính
opt-extent = Loại
opt-extent-whole = Chứng nhận toàn bộ (tất cả mọi người)
opt-extent-individual = Chứng nhận cá nhân (một người)
opt-person = Người được chứng nhận
opt-appendix-note = Bản sao phụ lục hộ tịch được làm cho những người có tên trong hộ tịch của bạn
opt-members-none = Vui lòng chọn ít nhất 1 người

## Số bản

copies-title = Vui lòng chọn số bản
copies-value = { $count ->
    [one] 1 bản
   *[other] { $count } bản
}
copies-more = Thêm 1 bản
copies-less = Bớt 1 bản
copies-max = Tối đa { $max } bản
copies-subtotal = Tạm tính { $amount }

## Xác nhận

confirm-title = Vui lòng kiểm tra nội dung
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Tổng cộng { $amount }
confirm-pay = Xác nhận và thanh toán
confirm-add = Lấy thêm giấy chứng nhận khác

## Thanh toán

pay-title = Vui lòng cho tiền vào
pay-due = Số tiền phải trả { $amount }
pay-inserted = Đã cho vào { $amount }
pay-remaining = Còn thiếu { $amount }
pay-accepted = Nhận: { $list }
pay-no-change = Hiện không trả được tiền thừa. Vui lòng cho vào đúng số tiền
pay-cancel-note = Nhấn "Hủy" để nhận lại toàn bộ số tiền đã cho vào

## In

print-title = Đang in
print-progress = Đã in { $done } / { $total } bản
print-wait = Vui lòng chờ đến khi in xong. Xin đừng rời khỏi máy.

## Đồ để quên

take-title = Xin đừng để quên đồ
take-card = Vui lòng lấy thẻ
take-certs = Vui lòng lấy { $count ->
    [one] giấy chứng nhận
   *[other] { $count } giấy chứng nhận
} ở khay ra giấy
take-change = Vui lòng lấy tiền thừa: { $amount }
take-nothing = Không có đồ để quên
take-issued = Đã cấp giấy chứng nhận
take-cancelled = Đã hủy. Tiền của bạn ở khay trả tiền
take-timeout = Đã kết thúc vì không có thao tác
take-fault = Máy in đã dừng ({ $fault }). Bạn chỉ phải trả cho phần đã in. Vui lòng gọi nhân viên cửa hàng.

## Không sử dụng được

oos-title = Hiện không thể sử dụng
oos-hours = Giờ phục vụ: hằng ngày { $open }–{ $close }
oos-now = Bây giờ: { $now }

## Không thể cấp

refusal-title = Không thể cấp giấy chứng nhận
refusal-rule = Lý do
refusal-next = Việc cần làm tiếp theo
refusal-back = Quay lại danh sách giấy chứng nhận

## Lý do ({ $city } tên địa phương, { $hall } quầy, { $open }–{ $close } giờ phục vụ)

reason-out_of_service_hours-title = Ngoài giờ phục vụ
reason-out_of_service_hours-rule = Dịch vụ tại cửa hàng tiện lợi hoạt động hằng ngày từ { $open } đến { $close } (giờ Nhật Bản)
reason-out_of_service_hours-next = Vui lòng quay lại trong giờ phục vụ, hoặc lấy tại { $hall }
reason-year_end_suspension-title = Tạm nghỉ dịp cuối năm và năm mới
reason-year_end_suspension-rule = Dịch vụ tạm nghỉ từ ngày 29 tháng 12 đến ngày 3 tháng 1
reason-year_end_suspension-next = Vui lòng quay lại từ ngày 4 tháng 1. Quầy của chính quyền địa phương cũng nghỉ đến ngày 3 tháng 1
reason-maintenance-title = Đang bảo trì hệ thống
reason-maintenance-rule = Dịch vụ tạm nghỉ trong thời gian bảo trì do { $city } thông báo
reason-maintenance-next = Vui lòng quay lại sau khi bảo trì xong, hoặc lấy tại { $hall }
reason-family_register_hours-title = Ngoài giờ tiếp nhận giấy chứng nhận hộ tịch
reason-family_register_hours-rule = { $city } chỉ cấp giấy chứng nhận hộ tịch vào giờ quy định của ngày thường
reason-family_register_hours-next = Vui lòng quay lại trong giờ tiếp nhận ngày thường, hoặc lấy tại { $hall }
reason-card_expired-title = Thẻ đã hết hạn
reason-card_expired-rule = Không thể dùng thẻ đã quá hạn sử dụng
reason-card_expired-next = Vui lòng đăng ký cấp lại thẻ tại { $hall }. Hãy mang theo thẻ và giấy tờ tùy thân
reason-certificate_expired-title = Chứng thư điện tử đã hết hạn
reason-certificate_expired-rule = Chứng thư điện tử xác thực người dùng đã quá hạn (ngày sinh nhật thứ 5 sau khi cấp)
reason-certificate_expired-next = Vui lòng gia hạn chứng thư điện tử tại { $hall }. Hãy mang theo thẻ và nhớ mã PIN
reason-certificate_revoked-title = Chứng thư điện tử đã mất hiệu lực
reason-certificate_revoked-rule = Chứng thư điện tử xác thực người dùng đã mất hiệu lực
reason-certificate_revoked-next = Vui lòng xin cấp lại chứng thư điện tử tại { $hall }. Hãy mang theo thẻ
reason-card_suspended-title = Thẻ đang bị tạm dừng
reason-card_suspended-rule = Do đã trình báo mất hoặc bị trộm, chứng thư điện tử của thẻ đã bị dừng
reason-card_suspended-next = Nếu đã tìm thấy thẻ, vui lòng hủy tạm dừng tại { $hall }. Hãy mang theo thẻ và giấy tờ tùy thân
reason-pin_locked-title = Mã PIN đã bị khóa
reason-pin_locked-rule = Nhập sai mã PIN 3 lần liên tiếp thì sẽ bị khóa. Chỉ quầy của chính quyền địa phương mới mở khóa được
reason-pin_locked-next = Vui lòng đặt lại mã PIN tại { $hall }. Hãy mang theo thẻ và giấy tờ tùy thân như bằng lái xe
reason-under_age-title = Người dưới 15 tuổi không thể sử dụng
reason-under_age-rule = Dịch vụ tại cửa hàng tiện lợi dành cho người từ 15 tuổi trở lên
reason-under_age-next = Cha mẹ hoặc người giám hộ vui lòng lấy tại { $hall }
reason-moved_out-title = Đã có trình báo chuyển đi
reason-moved_out-rule = Không thể cấp giấy chứng nhận tại cửa hàng tiện lợi cho người đã trình báo chuyển đi
reason-moved_out-next = Vui lòng trình báo chuyển đến tại nơi ở mới trong vòng 14 ngày. Giấy chứng nhận của { $city } vui lòng lấy tại { $hall }
reason-support_measures-title = Vui lòng lấy tại quầy
reason-support_measures-rule = Vì sự an toàn của bạn, không cấp giấy chứng nhận tại cửa hàng tiện lợi cho người đang được áp dụng biện pháp hỗ trợ
reason-support_measures-next = Vui lòng hỏi tại quầy của { $hall }
reason-deceased-title = Không thể sử dụng thẻ này
reason-deceased-rule = Người giữ thẻ có hồ sơ đã qua đời nên không thể dùng thẻ
reason-deceased-next = Người trong gia đình có thể yêu cầu giấy chứng nhận tại { $hall }
reason-moved_in_today-title = Không thể sử dụng trong ngày chuyển đến
reason-moved_in_today-rule = Trình báo chuyển đến được cập nhật vào dịch vụ từ ngày hôm sau
reason-moved_in_today-next = Vui lòng quay lại từ ngày mai, hoặc hôm nay lấy tại { $hall }
reason-gaiji_pending-title = Vui lòng lấy tại quầy
reason-gaiji_pending-rule = Ký tự trong hồ sơ của bạn (gaiji) chưa đăng ký xong nên chưa thể in
reason-gaiji_pending-next = Vui lòng hỏi tại { $hall }
reason-not_resident-title = Chỉ dành cho người sống tại { $city }
reason-not_resident-rule = Giấy chứng nhận này chỉ cấp cho cư dân của { $city }
reason-not_resident-next = Vui lòng chọn giấy chứng nhận của địa phương nơi bạn sống hoặc của nơi đăng ký hộ tịch
reason-no_seal_registration-title = Chưa đăng ký con dấu
reason-no_seal_registration-rule = Chỉ có thể chứng nhận con dấu đã đăng ký tại { $city }
reason-no_seal_registration-next = Vui lòng đăng ký con dấu tại { $hall }. Hãy mang theo con dấu và giấy tờ tùy thân
reason-no_tax_record-title = Không có hồ sơ thuế
reason-no_tax_record-rule = { $city } không có hồ sơ thuế của bạn cho năm tài chính này (bạn phải sống tại { $city } vào ngày 1 tháng 1 năm đó và hiện tại)
reason-no_tax_record-next = Vui lòng hỏi địa phương nơi bạn sống vào ngày 1 tháng 1
reason-no_family_register-title = Không có nơi đăng ký hộ tịch ở đây
reason-no_family_register-rule = Giấy chứng nhận hộ tịch chỉ cấp cho người có nơi đăng ký hộ tịch tại { $city }
reason-no_family_register-next = Vui lòng hỏi địa phương nơi đăng ký hộ tịch của bạn
reason-not_japanese_national-title = Chỉ dành cho người có quốc tịch Nhật Bản
reason-not_japanese_national-rule = Giấy chứng nhận hộ tịch chỉ dành cho người có quốc tịch Nhật Bản
reason-not_japanese_national-next = Vui lòng chọn giấy chứng nhận của địa phương nơi bạn sống, như bản sao phiếu cư trú
reason-domicile_not_registered-title = Cần đăng ký sử dụng giấy chứng nhận của nơi đăng ký hộ tịch
reason-domicile_not_registered-rule = Nếu nơi đăng ký hộ tịch khác nơi bạn sống, bạn cần đăng ký sử dụng trước (mất 1–5 ngày làm việc)
reason-domicile_not_registered-next = Từ màn hình đầu, hãy chọn "Đăng ký sử dụng giấy chứng nhận của nơi đăng ký hộ tịch"
reason-card_unreadable-title = Không đọc được thẻ
reason-card_unreadable-rule = Đầu đọc thẻ không đọc được thẻ
reason-card_unreadable-next = Vui lòng lấy thẻ ra và thử lại từ đầu. Nếu vẫn lỗi, vui lòng hỏi tại { $hall }
reason-card_not_yet_usable-title = Thẻ có thể sử dụng từ ngày mai
reason-card_not_yet_usable-rule = Không thể dùng dịch vụ tại cửa hàng tiện lợi vào ngày nhận thẻ hoặc ngày đổi mã PIN
reason-card_not_yet_usable-next = Vui lòng quay lại từ ngày mai, hoặc hôm nay lấy tại { $hall }
reason-not_offered-title = Không cấp giấy chứng nhận này tại cửa hàng tiện lợi
reason-not_offered-rule = { $city } không cấp giấy chứng nhận này tại cửa hàng tiện lợi
reason-not_offered-next = Vui lòng lấy tại { $hall }

## Khi không có thao tác

warning-title = Bạn có muốn tiếp tục không?
warning-body = Sau { $seconds } giây sẽ quay lại màn hình đầu. Tiền đã cho vào và thẻ sẽ được trả lại.
warning-extend = Kéo dài thời gian

## Các bộ phận của máy

reader-title = Đầu đọc thẻ
reader-choose = Thẻ để đặt
reader-place = Đặt thẻ
reader-place-phone = Giữ điện thoại trên đầu đọc
reader-remove = Lấy thẻ ra
reader-empty = Không có thẻ
reader-has = Trên đầu đọc: { $name }
card-kind-card = Thẻ My Number
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = Khe cho tiền xu và tiền giấy
slot-insert = Cho vào { $amount }
printer-title = Máy in
printer-idle = Đang chờ
printer-busy = Đang in { $done } / { $total }
printer-stopped = Đã dừng: { $fault }
fault-paper_jam = Kẹt giấy
fault-out_of_paper = Hết giấy
fault-card_unreadable = Lỗi đọc thẻ
fault-no_change = Hết tiền thừa
tray-title = Khay ra giấy
tray-empty = Trống
tray-open = Mở { $name }
tray-take = Lấy giấy chứng nhận
tray-opened = Đã mở: { $path }
tray-open-failed = Không mở được. Tệp: { $path }
change-title = Khay trả tiền
change-empty = Trống
change-take = Lấy tiền thừa
keypad-title = Bàn phím số
keypad-digit = Bàn phím số { $digit }
keypad-enter = Bàn phím số ○ Xác nhận
keypad-clear = Bàn phím số ← Sửa
keypad-cancel = Bàn phím số × Hủy
keypad-tactile = Phím 5 có chấm nổi
jack-title = Cổng tai nghe (hướng dẫn bằng giọng nói)
jack-plug = Cắm tai nghe
jack-unplug = Rút tai nghe
jack-speaking = Hướng dẫn bằng giọng nói: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = Đã nhập 1 chữ số mã PIN
trainer-toggle = Màn hình huấn luyện viên (F2)

## Thông báo trạng thái (đọc to)

live-printing-done = Đã in xong. Vui lòng lấy giấy chứng nhận.
live-card-can-remove = Bạn có thể lấy thẻ ra
live-returned = { $amount } đã được trả ra khay trả tiền
live-session-reset = Đã quay lại màn hình đầu
live-card-placed = Đã đặt thẻ
live-card-removed = Đã lấy thẻ ra

## Màn hình huấn luyện viên

trainer-title = Màn hình huấn luyện viên
trainer-clock = Đồng hồ mô phỏng
trainer-pause = Tạm dừng
trainer-resume = Tiếp tục
trainer-speed = Tốc độ ×{ $x }
trainer-plus-1m = Tiến 1 phút
trainer-plus-10m = Tiến 10 phút
trainer-plus-1h = Tiến 1 giờ
trainer-jump-0629 = Đến 6:29
trainer-jump-2300 = Đến 23:00
trainer-jump-1229 = Đến 29/12
trainer-set-field = Ngày giờ (RFC 3339)
trainer-set = Đặt giờ
trainer-set-invalid = Sai định dạng ngày giờ (ví dụ: 2026-11-25T10:00:00+09:00)
trainer-deck = Nhân vật (thẻ)
trainer-municipality = Chính quyền địa phương
trainer-vendor = Loại máy
trainer-print-speed = Thời gian in (giây mỗi bản)
trainer-faults = Gây lỗi
trainer-after-copies = Sau khi in số bản
trainer-inject = Gây lỗi: { $fault }
trainer-new-session = Bắt đầu lượt sử dụng mới
trainer-log = Nhật ký sự kiện
trainer-log-rule = Quy tắc: { $rule }
trainer-log-next = Bước tiếp theo: { $next }
trainer-error = Lỗi: { $message }
