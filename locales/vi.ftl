# kofu — chữ trên màn hình máy cấp giấy chứng nhận tại cửa hàng tiện lợi, tiếng Việt (dịch từ bản gốc ja.ftl).
# Các khóa giống nhau trong mọi tệp ngôn ngữ (bài kiểm tra phát hiện khóa thiếu hoặc thừa).
# Giữ nguyên các chỗ { $… }. Số tiền ({ $amount }) đã được định dạng sẵn.
# Bản thân giấy chứng nhận được in vẫn bằng tiếng Nhật.

## Ngôn ngữ và chung

language-name = Tiếng Việt
app-title = kofu — máy mô phỏng cấp giấy chứng nhận tại cửa hàng tiện lợi (chỉ in bản mẫu SPECIMEN)
specimen-banner = SPECIMEN (bản mẫu) — máy này chỉ in giấy chứng nhận mẫu
money-yen = { $amount } yên
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
list-separator = ,{" "}

## Nút chung

btn-back = Quay lại
btn-cancel = Hủy
btn-next = Tiếp
btn-ok = Xác nhận
btn-finish = Kết thúc
page-previous = Trang trước
page-next = Trang sau
page-of = Trang { $page } / { $pages }
toggle-large-text = Chữ lớn
toggle-high-contrast = Độ tương phản cao
keypad-help = Bàn phím số: nhập hoặc chọn bằng số · 2 và 8 di chuyển lựa chọn · ○ xác nhận · ← xóa · × quay lại hoặc hủy

## Màn hình đầu (ngôn ngữ và dịch vụ hành chính)

home-title = Vui lòng chọn dịch vụ
home-language = Ngôn ngữ / Language
home-services = Dịch vụ hành chính
home-services-hint = Để lấy giấy chứng nhận như bản sao phiếu cư trú (住民票の写し), vui lòng nhấn "Dịch vụ hành chính"
home-service-copy = Sao chụp
home-service-print = In (USB / điện thoại)
home-service-scan = Quét
home-service-fax = Gửi fax
home-service-photo = In ảnh
home-service-tickets = Vé và các loại thanh toán
home-not-here = Quý khách không thể sử dụng "{ $service }" trên máy mô phỏng này. Để lấy giấy chứng nhận, vui lòng nhấn "{ $services }".

## Dịch vụ hành chính

services-title = Dịch vụ hành chính
services-cert-issue = Dịch vụ cấp giấy chứng nhận (cửa hàng tiện lợi)
services-hint = Với thẻ My Number, Quý khách có thể lấy giấy chứng nhận của chính quyền địa phương (thành phố/quận/thị trấn/làng) nơi Quý khách sinh sống hoặc của nơi đăng ký hộ tịch (本籍地)

## Đồng ý (máy kiểu Sharp)

consent-title = Lưu ý khi sử dụng
consent-body = Để lấy giấy chứng nhận, Quý khách cần thẻ My Number và mã PIN (4 chữ số) của chứng thư điện tử xác thực người dùng. Nếu nhập sai mã PIN 3 lần liên tiếp, thẻ sẽ bị khóa và chỉ có thể mở khóa tại quầy của chính quyền địa phương. Giấy chứng nhận đã in không thể trả lại hay đổi. Xin Quý khách lưu ý không để quên thẻ, giấy chứng nhận và tiền thừa.
consent-instruction = Vui lòng đọc lưu ý khi sử dụng, rồi nhấn "Đồng ý"
consent-agree = Đồng ý

## Đặt thẻ

place-title = Vui lòng đặt thẻ
place-instruction = { $vendor ->
    [sharp] Vui lòng đặt thẻ lên đầu đọc thẻ, rồi nhấn "Tiếp"
   *[other] Vui lòng đặt thẻ My Number lên đầu đọc thẻ
}
place-phone-note = Nếu Quý khách dùng điện thoại thông minh (chức năng thẻ My Number), vui lòng đưa điện thoại lại gần đầu đọc thẻ
place-detected = Đã đọc thẻ

## Loại giấy chứng nhận

path-title = Vui lòng chọn giấy chứng nhận Quý khách muốn lấy
path-residence = Giấy chứng nhận của chính quyền địa phương nơi Quý khách sinh sống
path-domicile = Giấy chứng nhận của nơi đăng ký hộ tịch (本籍地)
path-register = Đăng ký sử dụng giấy chứng nhận của nơi đăng ký hộ tịch

## Mã PIN

pin-title = Vui lòng nhập mã PIN
pin-instruction = Vui lòng nhập mã PIN (4 chữ số) của chứng thư điện tử xác thực người dùng, rồi nhấn "Xác nhận"
pin-entered = Mã PIN: đã nhập { $count }/4 chữ số
pin-wrong = Mã PIN không đúng. Nếu nhập sai thêm { $tries } lần nữa, thẻ sẽ bị khóa.
pin-clear = Sửa

## Đăng ký sử dụng

registered-title = Đã tiếp nhận đăng ký sử dụng
registered-body = Từ { $date }, Quý khách có thể lấy giấy chứng nhận của nơi đăng ký hộ tịch. Vui lòng lấy thẻ.

## Lấy thẻ ra

remove-title = Vui lòng lấy thẻ ra
remove-body = Đã xác nhận danh tính. Khi Quý khách lấy thẻ ra khỏi đầu đọc thẻ, máy sẽ chuyển sang bước tiếp theo.

## Chọn giấy chứng nhận

cert-title = Vui lòng chọn giấy chứng nhận
cert-fee = { $fee } / bản
cert-none = Không có giấy chứng nhận nào Quý khách có thể lấy
cert-kind-resident_certificate = Bản sao phiếu cư trú (住民票の写し)
cert-kind-seal_certificate = Giấy chứng nhận đăng ký con dấu (印鑑登録証明書)
cert-kind-tax_certificate = Giấy chứng nhận chịu thuế / không chịu thuế (thu nhập)
cert-kind-family_register_appendix = Bản sao phụ lục hộ tịch (戸籍の附票の写し)
cert-kind-family_register = Giấy chứng nhận hộ tịch (戸籍証明書)

## Chọn nội dung

options-title = Vui lòng chọn nội dung cho { $kind }
opt-scope = Người được ghi
opt-scope-holder = Chỉ bản thân
opt-scope-household = Toàn bộ hộ gia đình
opt-scope-members = Một số thành viên trong hộ (chọn)
opt-relationship = Ghi chủ hộ và quan hệ với chủ hộ
opt-domicile = Ghi nơi đăng ký hộ tịch và người đứng đầu hộ tịch
opt-my-number = Ghi mã số cá nhân (My Number)
opt-nationality = Ghi quốc tịch/khu vực
opt-residence-status = Ghi tư cách lưu trú, thời hạn lưu trú v.v.
opt-residence-card = Ghi số thẻ lưu trú (在留カード) v.v.
opt-year = Năm tài chính
opt-extent = Loại
opt-extent-whole = Chứng nhận toàn bộ (tất cả mọi người)
opt-extent-individual = Chứng nhận cá nhân (một người)
opt-person = Người được chứng nhận
opt-appendix-note = Bản sao phụ lục hộ tịch được lập cho những người có tên trong hộ tịch của Quý khách
opt-members-none = Vui lòng chọn ít nhất 1 người

## Số bản

copies-title = Vui lòng chọn số bản
copies-value = { $count } bản
copies-more = Thêm 1 bản
copies-less = Bớt 1 bản
copies-max = Tối đa { $max } bản
copies-ceiling = Tối đa { $max } bản, vì mỗi giao dịch chỉ được tối đa { $ceiling }
copies-subtotal = Tạm tính { $amount }

## Xác nhận

confirm-title = Vui lòng kiểm tra nội dung
confirm-line = { $kind }: { $copies } bản, { $amount }
confirm-total = Tổng cộng { $amount }
confirm-pay = Xác nhận và thanh toán
confirm-add = Lấy thêm giấy chứng nhận khác

## Thanh toán

pay-title = Vui lòng cho tiền vào
pay-due = Số tiền phải trả { $amount }
pay-inserted = Số tiền đã cho vào { $amount }
pay-remaining = Còn thiếu { $amount }
pay-accepted = Tiền có thể sử dụng: { $list }
pay-no-change = Hiện không trả được tiền thừa. Vui lòng cho vào đúng số tiền
pay-cancel-note = Khi Quý khách nhấn "Hủy", toàn bộ số tiền đã cho vào sẽ được trả lại

## In

print-title = Đang in
print-progress = Đã in { $done } / { $total } bản
print-wait = Vui lòng chờ đến khi in xong và không rời khỏi máy.
flow-step-1 = Ngôn ngữ
flow-step-2 = Dịch vụ
flow-step-3 = Thẻ
flow-step-4 = Mã PIN
flow-step-5 = Giấy chứng nhận
flow-step-6 = Số bản
flow-step-7 = Thanh toán
flow-step-at = Bước { $n }/{ $count }: { $name }
print-halted-title-paper_jam = Máy đã dừng in do kẹt giấy
print-halted-title-out_of_paper = Máy đã dừng in do hết giấy
print-halted-call-staff = Vui lòng gọi nhân viên cửa hàng. Sau khi nhân viên sửa xong, máy sẽ in tiếp các giấy chứng nhận còn lại. Không đưa thẻ hoặc mã PIN cho bất kỳ ai.
print-halted-cancel-note = Khi Quý khách nhấn "Hủy", phí của các bản chưa in sẽ được trả lại
printer-halted = Đã dừng, chờ nhân viên: { $fault }
printer-clear-fault = Nhân viên: xử lý { $fault }
effect-printer_halted = Máy in đã dừng ({ $fault }) sau { $printed } / { $of } bản, chờ nhân viên
effect-printer_resumed = Nhân viên đã xử lý { $fault }; tiếp tục in
live-printer-halted = Máy in đã dừng ({ $fault }). Vui lòng gọi nhân viên cửa hàng.
live-printer-resumed = Đã tiếp tục in.
trainer-ev-clear-fault = Nhân viên sửa máy in

## Đồ để quên

take-title = Vui lòng lưu ý không để quên đồ
take-card = Vui lòng lấy thẻ
take-certs = Vui lòng lấy { $count } bản giấy chứng nhận ở khay ra giấy
take-change = Vui lòng lấy tiền thừa: { $amount }
take-nothing = Không có đồ để quên
take-issued = Đã cấp giấy chứng nhận
take-cancelled = Đã hủy. Số tiền Quý khách đã cho vào đã được trả ra khay trả tiền
take-cancelled-unpaid = Đã hủy. Quý khách chưa thanh toán khoản nào
take-timeout = Đã kết thúc vì không có thao tác
take-fault = Máy in đã dừng ({ $fault }). Máy chỉ thu phí cho số bản đã in được. Vui lòng gọi nhân viên cửa hàng.

## Không sử dụng được

oos-title = Hiện không thể sử dụng
oos-hours = Giờ phục vụ: hằng ngày { $open }–{ $close }
oos-now = Hiện tại: { $now }

## Không thể cấp

refusal-title = Không thể cấp giấy chứng nhận
refusal-rule = Lý do
refusal-next = Việc cần làm tiếp theo
refusal-back = Quay lại danh sách giấy chứng nhận

## Lý do. Tham số: { $city } tên địa phương; { $hall } quầy (kèm giờ tiếp nhận và số điện thoại);
## { $office } tên quầy; { $open } { $close } giờ theo quy định; { $reopens } thời điểm dịch vụ hoạt động lại;
## { $date } ngày hết hạn hoặc ngày bắt đầu dùng được; { $registered } yes / no; { $stopFrom } { $stopUntil }
## thời gian tạm ngừng; { $year } năm tài chính; { $days } số ngày; { $age } tuổi tối thiểu;
## { $tries } số lần nhập mã PIN; { $hotline } số điện thoại; { $button } tên nút.

refusal-sentence = { $title }. { $rule }. { $next }.
reason-out_of_service_hours-title = Ngoài giờ phục vụ
reason-out_of_service_hours-rule = Dịch vụ cấp giấy chứng nhận tại cửa hàng tiện lợi hoạt động hằng ngày từ { $open } đến { $close } (giờ Nhật Bản)
reason-out_of_service_hours-next = Vui lòng quay lại từ { $reopens } trở đi, hoặc lấy giấy chứng nhận tại { $hall }
reason-year_end_suspension-title = Dịch vụ tạm ngừng dịp cuối năm và đầu năm mới
reason-year_end_suspension-rule = Dịch vụ tạm ngừng từ { $stopFrom } đến { $stopUntil }
reason-year_end_suspension-next = Vui lòng quay lại từ { $reopens } trở đi. Quầy của chính quyền địa phương cũng nghỉ đến hết { $stopUntil }
reason-maintenance-title = Đang bảo trì hệ thống
reason-maintenance-rule = Dịch vụ tạm ngừng trong thời gian bảo trì do { $city } thông báo
reason-maintenance-next = Vui lòng quay lại từ { $reopens } trở đi, hoặc lấy giấy chứng nhận tại { $hall }
reason-centre_unreachable-title = Tạm ngừng phục vụ do lỗi kết nối
reason-centre_unreachable-rule = Dịch vụ tạm ngừng khi máy không thể kết nối với trung tâm cấp giấy chứng nhận
reason-centre_unreachable-next = Vui lòng thử lại sau ít phút, hoặc lấy giấy chứng nhận tại { $hall }
reason-family_register_hours-title = Ngoài giờ cấp giấy chứng nhận hộ tịch
reason-family_register_hours-rule = { $city } chỉ cấp giấy chứng nhận hộ tịch tại cửa hàng tiện lợi vào ngày thường (trừ ngày lễ), từ { $open } đến { $close }
reason-family_register_hours-next = Vui lòng quay lại từ { $reopens } trở đi, hoặc lấy giấy chứng nhận tại { $hall }
reason-card_expired-title = Thẻ đã hết hạn
reason-card_expired-rule = Thẻ của Quý khách chỉ có hiệu lực đến hết { $date }
reason-card_expired-next = Vui lòng đăng ký cấp lại thẻ tại { $hall } và mang theo thẻ cùng giấy tờ tùy thân. Trong thời gian chờ, Quý khách vui lòng lấy giấy chứng nhận tại quầy
reason-certificate_expired-title = Chứng thư điện tử đã hết hạn
reason-certificate_expired-rule = Chứng thư điện tử xác thực người dùng chỉ có hiệu lực đến { $date } (ngày sinh nhật thứ 5 kể từ khi cấp)
reason-certificate_expired-next = Vui lòng gia hạn chứng thư điện tử tại { $hall }. Quý khách vui lòng mang theo thẻ và kiểm tra lại mã PIN của mình
reason-certificate_revoked-title = Chứng thư điện tử đã mất hiệu lực
reason-certificate_revoked-rule = Chứng thư điện tử xác thực người dùng đã mất hiệu lực
reason-certificate_revoked-next = Vui lòng xin cấp lại chứng thư điện tử tại { $hall } và mang theo thẻ
reason-card_suspended-title = Thẻ đang bị tạm dừng
reason-card_suspended-rule = Do đã có trình báo mất hoặc bị trộm, chứng thư điện tử của thẻ đã bị tạm dừng
reason-card_suspended-next = Nếu đã tìm thấy thẻ, Quý khách vui lòng làm thủ tục hủy tạm dừng tại { $hall } và mang theo thẻ cùng giấy tờ tùy thân. Liên hệ hỏi đáp về việc tạm dừng: { $hotline } (gọi miễn phí)
reason-pin_locked-title = Mã PIN đã bị khóa
reason-pin_locked-rule = Nhập sai mã PIN { $tries } lần liên tiếp thì mã PIN sẽ bị khóa. Chỉ quầy của chính quyền địa phương mới có thể mở khóa
reason-pin_locked-next = Vui lòng đặt lại mã PIN tại { $hall } và mang theo thẻ cùng giấy tờ tùy thân như bằng lái xe hoặc thẻ bảo hiểm y tế
reason-under_age-title = Dịch vụ không dành cho người dưới { $age } tuổi
reason-under_age-rule = Dịch vụ tại cửa hàng tiện lợi dành cho người từ { $age } tuổi trở lên
reason-under_age-next = Cha mẹ hoặc người giám hộ vui lòng lấy giấy chứng nhận tại { $hall }
reason-moved_out-title = Đã có khai báo chuyển đi
reason-moved_out-rule = Không thể cấp giấy chứng nhận tại cửa hàng tiện lợi cho người đã khai báo chuyển đi
reason-moved_out-next = Vui lòng khai báo chuyển đến tại chính quyền địa phương nơi chuyển đến trong vòng { $days } ngày. Vui lòng lấy giấy chứng nhận của { $city } tại { $hall }
reason-support_measures-title = Vui lòng lấy giấy chứng nhận tại quầy
reason-support_measures-rule = Không thể dùng thẻ này để lấy giấy chứng nhận tại cửa hàng tiện lợi
reason-support_measures-next = Vui lòng trao đổi tại quầy của { $hall }
reason-support_measures-rule-private = Vì lý do an toàn, không cấp giấy chứng nhận tại cửa hàng tiện lợi cho người đang được áp dụng biện pháp hỗ trợ (nạn nhân bạo lực gia đình, bị đeo bám v.v.). Màn hình công khai chỉ hiển thị "Không thể sử dụng thẻ này"
reason-deceased-title = Không thể sử dụng thẻ này
reason-deceased-rule = Không thể dùng thẻ này cho dịch vụ tại cửa hàng tiện lợi
reason-deceased-next = Vui lòng trao đổi tại quầy của { $hall }
reason-deceased-rule-private = Hồ sơ ghi nhận người đứng tên thẻ đã qua đời nên không thể dùng thẻ này. Người nhà có thể yêu cầu cấp giấy chứng nhận tại quầy
reason-moved_in_today-title = Không thể sử dụng trong ngày chuyển đến
reason-moved_in_today-rule = Khai báo chuyển đến được cập nhật vào dịch vụ tại cửa hàng tiện lợi từ ngày hôm sau
reason-moved_in_today-next = Vui lòng quay lại từ ngày mai, hoặc lấy giấy chứng nhận ngay hôm nay tại { $hall }
reason-gaiji_pending-title = Vui lòng lấy giấy chứng nhận tại quầy
reason-gaiji_pending-rule = Ký tự trong hồ sơ của Quý khách (外字, ký tự ngoài bảng mã) chưa được đăng ký xong nên chưa thể in
reason-gaiji_pending-next = Vui lòng hỏi tại { $hall }
reason-not_resident-title = Chỉ dành cho người sinh sống tại { $city }
reason-not_resident-rule = Giấy chứng nhận này chỉ cấp cho cư dân của { $city }
reason-not_resident-next = Vui lòng chọn giấy chứng nhận của chính quyền địa phương nơi Quý khách sinh sống, hoặc giấy chứng nhận của nơi đăng ký hộ tịch
reason-no_seal_registration-title = Chưa đăng ký con dấu
reason-no_seal_registration-rule = Chỉ có thể chứng nhận con dấu đã đăng ký tại { $city }
reason-no_seal_registration-next = Vui lòng đăng ký con dấu tại { $hall } và mang theo con dấu cần đăng ký cùng giấy tờ tùy thân
reason-no_tax_record-title = Không có hồ sơ thuế
reason-no_tax_record-rule = { $city } không có hồ sơ thuế của Quý khách cho { $year } (Quý khách phải sinh sống tại { $city } cả vào ngày 1 tháng 1 của năm đó lẫn hiện tại)
reason-no_tax_record-next = Vui lòng hỏi tại { $hall }. Nếu vào ngày 1 tháng 1 Quý khách sinh sống ở nơi khác, vui lòng hỏi chính quyền địa phương nơi đó
reason-no_family_register-title = Quý khách không có nơi đăng ký hộ tịch tại đây
reason-no_family_register-rule = Giấy chứng nhận hộ tịch chỉ cấp cho người có nơi đăng ký hộ tịch tại { $city }
reason-no_family_register-next = Vui lòng yêu cầu tại chính quyền địa phương nơi đăng ký hộ tịch của Quý khách (nếu nơi đó có dịch vụ tại cửa hàng tiện lợi, Quý khách có thể dùng dịch vụ đó)
reason-not_japanese_national-title = Chỉ dành cho người có quốc tịch Nhật Bản
reason-not_japanese_national-rule = Hộ tịch chỉ được lập cho người có quốc tịch Nhật Bản
reason-not_japanese_national-next = Vui lòng chọn giấy chứng nhận của chính quyền địa phương nơi Quý khách sinh sống, như bản sao phiếu cư trú
reason-domicile_not_registered-title = Cần đăng ký sử dụng giấy chứng nhận của nơi đăng ký hộ tịch
reason-domicile_not_registered-rule = Người sinh sống ngoài { $city } cần đăng ký sử dụng trước (việc đăng ký mất { $days } ngày làm việc)
reason-domicile_not_registered-next = { $registered ->
    [yes] Đăng ký sử dụng đang được xử lý. Vui lòng quay lại từ { $date } trở đi
   *[no] Vui lòng bắt đầu lại từ đầu và chọn "{ $button }" ở màn hình chọn loại giấy chứng nhận. Vui lòng quay lại sau khi đăng ký hoàn tất
}
reason-card_unreadable-title = Không đọc được thẻ
reason-card_unreadable-rule = Đầu đọc thẻ không đọc được chip IC của thẻ
reason-card_unreadable-next = Vui lòng lấy thẻ ra, đặt thẻ nằm phẳng trên đầu đọc và thử lại từ đầu. Nếu vẫn không đọc được, vui lòng mang thẻ đến { $hall } để kiểm tra
reason-card_not_yet_usable-title = Thẻ có thể sử dụng từ ngày mai
reason-card_not_yet_usable-rule = Không thể dùng dịch vụ tại cửa hàng tiện lợi vào ngày nhận thẻ hoặc ngày đổi mã PIN
reason-card_not_yet_usable-next = Vui lòng quay lại từ ngày mai, hoặc lấy giấy chứng nhận ngay hôm nay tại { $hall }
reason-not_offered-title = Giấy chứng nhận này không được cấp tại cửa hàng tiện lợi
reason-not_offered-rule = { $city } không cấp giấy chứng nhận này tại cửa hàng tiện lợi
reason-not_offered-next = Vui lòng lấy giấy chứng nhận tại { $hall }
reason-registration_not_needed-title = Không cần đăng ký sử dụng
reason-registration_not_needed-rule = { $registered ->
    [yes] Quý khách đã hoàn tất đăng ký sử dụng. Quý khách có thể lấy giấy chứng nhận của nơi đăng ký hộ tịch từ { $date }
   *[no] Đăng ký sử dụng chỉ dành cho người có nơi đăng ký hộ tịch tại { $city } nhưng sinh sống ở nơi khác
}
reason-registration_not_needed-next = Vui lòng bắt đầu lại từ đầu và chọn trực tiếp giấy chứng nhận Quý khách cần
reason-smartphone_not_supported-title = Không thể dùng điện thoại thông minh trên máy này
reason-smartphone_not_supported-rule = { $case ->
    [register] Để đăng ký sử dụng giấy chứng nhận của nơi đăng ký hộ tịch, Quý khách cần thẻ My Number vật lý; không thể đăng ký bằng điện thoại thông minh
    [later] Máy này hỗ trợ { $device } từ { $date } trở đi
   *[never] Đầu đọc thẻ của máy này không hỗ trợ { $device }
}
reason-smartphone_not_supported-next = Vui lòng dùng thẻ My Number vật lý cùng mã PIN (4 chữ số)

## Quầy (tên bằng tiếng Việt trong hồ sơ địa phương; nếu không có thì tên tiếng Nhật kèm cách đọc)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours }; điện thoại { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first }, hoặc { $others }
office-alternatives-separator = , hoặc{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $days } { $weeks } { $open }–{ $close }
office-weeks-join = { $list } hằng tháng
office-weeks-separator = {" "}và{" "}
office-week-1 = tuần thứ 1
office-week-2 = tuần thứ 2
office-week-3 = tuần thứ 3
office-week-4 = tuần thứ 4
office-week-5 = tuần thứ 5
office-hours-separator = ,{" "}
office-closed-holidays = nghỉ ngày lễ và từ ngày 29/12 đến ngày 3/1

## Bước tiếp theo (tên ngắn cho người huấn luyện chọn)

next-step-come_back_in_service_hours = Quay lại trong giờ phục vụ
next-step-come_back_after_year_end = Quay lại sau kỳ tạm ngừng cuối năm
next-step-come_back_after_maintenance = Quay lại sau khi bảo trì xong
next-step-come_back_in_office_hours = Quay lại trong giờ tiếp nhận ngày thường
next-step-come_back_tomorrow = Quay lại từ ngày mai
next-step-reset_pin_at_city_hall = Đặt lại mã PIN tại quầy của chính quyền địa phương
next-step-renew_card_at_city_hall = Đăng ký cấp lại thẻ tại quầy của chính quyền địa phương
next-step-renew_certificate_at_city_hall = Gia hạn chứng thư điện tử tại quầy của chính quyền địa phương
next-step-cancel_suspension_at_city_hall = Hủy tạm dừng tại quầy của chính quyền địa phương
next-step-register_seal_at_city_hall = Đăng ký con dấu tại quầy của chính quyền địa phương
next-step-tax_office = Hỏi quầy thuế
next-step-city_hall = Trao đổi tại quầy của chính quyền địa phương
next-step-complete_move_in = Khai báo chuyển đến tại nơi ở mới
next-step-municipality_of_residence = Dùng giấy chứng nhận của chính quyền địa phương nơi sinh sống
next-step-municipality_of_domicile = Yêu cầu tại chính quyền địa phương nơi đăng ký hộ tịch
next-step-register_domicile_and_wait = Đăng ký sử dụng giấy chứng nhận của nơi đăng ký hộ tịch rồi chờ
next-step-choose_another_certificate = Chọn giấy chứng nhận khác
next-step-place_card_again = Đặt lại thẻ lên đầu đọc
next-step-insert_more_money = Cho thêm số tiền còn thiếu
next-step-choose_certificates_directly = Chọn trực tiếp giấy chứng nhận
next-step-use_plastic_card = Dùng thẻ My Number vật lý
device-card = thẻ My Number
device-android = điện thoại Android
device-iphone = iPhone

## Diễn biến (nhật ký thao tác cho người huấn luyện)

effect-language_changed = Đã đổi ngôn ngữ sang { $lang }
effect-card_read = Đã đọc thẻ
effect-card_taken_off = Đã lấy thẻ ra khỏi đầu đọc
effect-card_may_be_removed = Có thể lấy thẻ ra
effect-pin_accepted = Đã xác nhận mã PIN
effect-pin_rejected = Sai mã PIN (còn { $tries } lần)
effect-pin_locked = Mã PIN đã bị khóa
effect-registration_accepted = Đã tiếp nhận đăng ký sử dụng (dùng được từ { $date })
effect-selection_started = Đã chọn { $kind }
effect-selection_added = { $kind }: { $copies } bản ({ $fee } / bản)
effect-selection_reopened = Đã bỏ chọn { $kind } để thay đổi
effect-total = Tổng cộng { $amount }
effect-payment_due = Phải trả { $amount }
effect-money_accepted = Đã nhận { $amount } (còn thiếu { $remaining })
effect-money_returned = Đã trả lại { $amount } ({ $why })
effect-returned-denomination = tiền xu/tiền giấy máy này không nhận
effect-returned-already_paid = đã thanh toán đủ
effect-returned-no_change = không có tiền thừa (chỉ nhận đúng số tiền)
effect-returned-closed = hết giờ phục vụ
effect-returned-change = tiền thừa
effect-returned-refund = hoàn tiền
effect-printing_started = Bắt đầu in
effect-copy_printed = Đã in { $kind }: bản { $copy }/{ $of } ({ $number })
effect-printer_stopped = Máy in đã dừng: { $fault }
effect-output_failed = Không thể lưu giấy chứng nhận ({ $path }: { $error }). Dừng in và hoàn lại tiền cho các bản chưa in
effect-printing_done = Đã in xong
effect-refused = Không thể cấp: { $sentence }
effect-refusal_left = Kết thúc từ màn hình báo không thể cấp
effect-fault_armed = Đã thiết lập lỗi: { $fault }
effect-inactivity_warning = Không có thao tác: nếu không kéo dài thời gian, sau { $seconds } giây sẽ quay lại màn hình đầu
effect-time_extended = Đã kéo dài thời gian
effect-timed_out = Không có thao tác: đã quay lại màn hình đầu
effect-returned_home = Để nguyên màn hình kết thúc: đã quay lại màn hình đầu
effect-session_ended = Kết thúc: { $status }
effect-other_service_touched = Đã nhấn "{ $service }": máy mô phỏng này không có dịch vụ này (đi nhầm hướng)
effect-status-issued = đã cấp
effect-status-refused = không thể cấp
effect-status-cancelled = đã hủy
effect-status-timed_out = hết thời gian
effect-status-registered = đã đăng ký sử dụng

## Khi không có thao tác

warning-title = Quý khách có muốn tiếp tục không?
warning-body = Sau { $seconds } giây, máy sẽ quay lại màn hình đầu. Tiền đã cho vào và thẻ sẽ được trả lại.
warning-extend = Kéo dài thời gian

## Các bộ phận của máy

reader-title = Đầu đọc thẻ
reader-choose = Thẻ để đặt
reader-place = Đặt thẻ
reader-place-phone = Giữ điện thoại trên đầu đọc
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = Thẻ: mặt trước hướng lên, đặt phẳng trên đầu đọc thẻ
guide-phone = Điện thoại thông minh: đưa lại gần đầu đọc thẻ
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
fault-centre_unreachable = Mất kết nối trung tâm
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
speech-repeat = Nghe lại
speech-stop = Dừng giọng nói
jack-pin-digit = Đã nhập 1 chữ số mã PIN
trainer-toggle = Màn hình huấn luyện viên (F2)

## Thông báo trạng thái (đọc to)

live-printing-done = Đã in xong. Vui lòng lấy giấy chứng nhận.
live-card-can-remove = Quý khách có thể lấy thẻ ra
live-returned = { $amount } đã được trả ra khay trả tiền
live-session-reset = Đã quay lại màn hình đầu
live-card-placed = Đã đặt thẻ
live-card-removed = Đã lấy thẻ ra
live-not-here = Quý khách không thể sử dụng "{ $service }" tại đây

## Màn hình huấn luyện viên

trainer-title = Màn hình huấn luyện viên
trainer-clock = Đồng hồ mô phỏng
trainer-pause = Tạm dừng
trainer-resume = Tiếp tục
trainer-speed = Tốc độ ×{ $x }
trainer-plus-1m = Tiến 1 phút
trainer-plus-10m = Tiến 10 phút
trainer-plus-1h = Tiến 1 giờ
trainer-jump-0629 = Đến { $time }
trainer-jump-2300 = Đến { $time }
trainer-jump-1229 = Đến 29/12
trainer-set-field = Ngày giờ (RFC 3339)
trainer-set = Đặt giờ
trainer-set-invalid = Sai định dạng ngày giờ (ví dụ: 2026-11-25T10:00:00+09:00)
trainer-deck = Nhân vật mẫu (thẻ)
trainer-participant = Người tham gia (mã, không phải tên)
trainer-task = Nhiệm vụ
trainer-condition = Điều kiện
trainer-municipality = Chính quyền địa phương
trainer-vendor = Loại máy
trainer-print-speed = Thời gian in (giây mỗi bản)
trainer-faults = Gây lỗi
trainer-after-copies = Sau khi in bao nhiêu bản
trainer-inject = Gây lỗi: { $fault }
trainer-armed-none = Không có lỗi nào đang chờ
trainer-armed-after = Đang chờ: { $fault }, sau khi in { $after } bản
trainer-armed-next = Đang chờ: { $fault }, vào lúc có thể xảy ra tiếp theo
trainer-new-session = Bắt đầu lượt sử dụng mới
trainer-log = Nhật ký sự kiện
trainer-log-rule = Quy tắc: { $rule }
trainer-log-next = Bước tiếp theo: { $next }
trainer-error = Lỗi: { $message }
trainer-handbook = In sổ tay đào tạo (PDF)
trainer-handbook-written = Đã lưu sổ tay đào tạo: { $path }
trainer-language-ja = tiếng Nhật
trainer-language-en = tiếng Anh
trainer-language-zh-Hans = tiếng Trung (giản thể)
trainer-language-ko = tiếng Hàn
trainer-language-pt = tiếng Bồ Đào Nha
trainer-language-es = tiếng Tây Ban Nha
trainer-language-vi = tiếng Việt
trainer-language-tl = tiếng Tagalog
trainer-language-id = tiếng Indonesia
trainer-language-th = tiếng Thái
trainer-language-ne = tiếng Nepal
trainer-screen-language = Màn hình đầu tiên
trainer-screen-services = Dịch vụ hành chính
trainer-screen-consent = Lưu ý khi sử dụng
trainer-screen-place_card = Đặt thẻ
trainer-screen-path = Loại giấy chứng nhận
trainer-screen-pin = Mã PIN
trainer-screen-registered = Đã tiếp nhận đăng ký sử dụng
trainer-screen-remove_card = Lấy thẻ ra
trainer-screen-certificate = Chọn giấy chứng nhận
trainer-screen-options = Chọn nội dung
trainer-screen-copies = Số bản
trainer-screen-confirm = Kiểm tra nội dung
trainer-screen-payment = Thanh toán
trainer-screen-printing = Đang in
trainer-screen-take_items = Lấy đồ
trainer-screen-out_of_service = Hiện không thể sử dụng
trainer-screen-refusal = Không thể cấp
trainer-ev-press = Đã bấm "{ $button }"
trainer-ev-language = Đã chọn ngôn ngữ: { $lang }
trainer-ev-place-card = Đã đặt thẻ ({ $card })
trainer-ev-remove-card = Đã lấy thẻ ra khỏi đầu đọc
trainer-ev-pin = Đã nhập mã PIN (4 chữ số)
trainer-ev-certificate = Đã chọn "{ $kind }"
trainer-ev-options = Đã chọn nội dung: { $options }
trainer-ev-options-default = Giữ nguyên nội dung mặc định
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies } bản
trainer-ev-insert = Đã cho vào { $amount }
trainer-ev-printer-step = Máy in
trainer-ev-take-items = Đã lấy thẻ, giấy chứng nhận và tiền thừa
trainer-ev-tick = Thời gian trôi qua ({ $time })
trainer-ev-fault = Huấn luyện viên gây lỗi: { $fault }
trainer-ev-fault-after = Huấn luyện viên gây lỗi: { $fault } (sau khi in { $after } bản)
trainer-ev-walk-away = Đã rời khỏi màn hình không thể cấp
trainer-ev-unknown = Một thao tác
trainer-log-said = { $event } → { $result }
trainer-log-screen = màn hình: { $screen }
trainer-log-nothing = không có thay đổi
trainer-log-rejected = { $event } → không được chấp nhận
trainer-log-veiled = ? (hiển thị sau khi trả lời)
trainer-log-veil-note = Phản hồi của máy được ẩn cho đến khi câu hỏi được trả lời
trainer-recording = Ghi lại (nghiên cứu)
trainer-record = ● Ghi lại các lượt sử dụng
trainer-record-stop = ■ Dừng ghi
trainer-recorded = Đã lưu { $count } lượt sử dụng
trainer-recording-into = Lưu vào { $dir } (đã lưu { $count } lượt)
trainer-record-error = Không thể ghi: { $error }
trainer-note-hint = Ghi chú của người quan sát (F3), nhấn Enter để thêm
trainer-note-add = Thêm ghi chú
trainer-exercises = Bài tập
trainer-exercise-pick = Chọn bài tập
trainer-exercise-numbered = Bài tập { $n }
trainer-exercise-titled = Bài tập { $n }: { $title }
trainer-exercise-none = (không có bài tập)
trainer-exercise-start = Bắt đầu bài tập
trainer-exercise-play = Phát đến câu hỏi
trainer-exercise-ask = Hỏi ngay
trainer-exercise-running = Đang chạy: { $exercise }. Hãy thao tác trên máy, hoặc phát đến câu hỏi.
trainer-exercise-own-persons = { $file }: không thể chạy kịch bản có nhân vật riêng trên màn hình huấn luyện viên
trainer-question = Câu hỏi
trainer-question-what = Sau thao tác cuối cùng của người dùng, máy sẽ làm gì? Nếu máy từ chối, hãy chọn lý do; sau đó chọn việc người dùng cần làm tiếp theo.
trainer-question-amount = Hãy cho biết cả số tiền còn thiếu.
trainer-question-veiled = Màn hình cảm ứng và phản hồi của máy được ẩn cho đến khi có câu trả lời.
trainer-question-trainer = Câu hỏi của người ra đề: { $question }
trainer-answer-reason = Lý do từ chối
trainer-answer-not-refused = Không từ chối (máy cấp được)
trainer-answer-next = Việc cần làm tiếp theo
trainer-answer-choose = (hãy chọn)
trainer-answer-amount = Số tiền (yên)
trainer-answer-submit = Gửi câu trả lời
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = Đang có câu hỏi đào tạo
trainer-veil-body = Màn hình được che cho đến khi câu hỏi trên màn hình huấn luyện viên được trả lời.
trainer-fb-right = Đúng.
trainer-fb-wrong = Sai.
trainer-fb-reason-right = Lý do đúng: máy hiển thị "{ $title }". Quy tắc: { $rule }
trainer-fb-reason-wrong = Không phải "{ $chosen }": máy hiển thị "{ $title }". Quy tắc: { $rule }
trainer-fb-reason-wrong-rule = Quy tắc của "{ $chosen }" là: { $chosenRule }. Người dùng này không thuộc trường hợp đó.
trainer-fb-reason-wrong-none = Máy có từ chối: máy hiển thị "{ $title }". Quy tắc: { $rule }
trainer-fb-not-refused-right = Đúng: máy không từ chối ở đây.
trainer-fb-reason-wrong-not-refused = Không phải "{ $chosen }": máy không từ chối ở đây.
trainer-fb-next-right = Việc cần làm tiếp theo là đúng: { $next }
trainer-fb-next-wrong = Không phải "{ $chosen }": việc cần làm tiếp theo là "{ $expected }": { $next }
trainer-fb-next-wrong-short = Không phải "{ $chosen }": việc cần làm tiếp theo là "{ $expected }".
trainer-fb-next-missing = Chưa chọn việc cần làm tiếp theo: đó là "{ $expected }": { $next }
trainer-fb-next-missing-short = Chưa chọn việc cần làm tiếp theo: đó là "{ $expected }".
trainer-fb-amount-right = Số tiền đúng: { $amount }
trainer-fb-amount-wrong = Số tiền sai ({ $given }): đúng là { $amount }.
trainer-fb-amount-missing = Chưa trả lời số tiền: đúng là { $amount }.
trainer-fb-trainer = Người ra đề nhắn: { $text }
trainer-fb-explanation = Giải thích: { $text }
trainer-score = Điểm: { $correct } / { $total } ({ $percent }%)
trainer-export = Xuất nhật ký (JSON và PDF)
trainer-exported = Đã xuất: { $path }
trainer-export-failed = Không thể xuất: { $error }

## Bảng hỏi sau một phiên có ghi lại (chế độ nghiên cứu, `kofu --record`): câu hỏi SEQ (Sauro 2009) và
## thang đo khả năng sử dụng hệ thống SUS (Brooke 1996), các mục theo thứ tự chuẩn.
q-seq-title = Một câu hỏi về nhiệm vụ này
q-seq = Nhìn chung, Quý khách thấy việc hoàn thành nhiệm vụ này khó hay dễ đến mức nào?
q-seq-low = Rất khó
q-seq-high = Rất dễ
q-answer = { $n } ({ $anchor })
q-sus-offer = Quý khách có thể trả lời thêm 10 nhận định ngắn về chiếc máy này không?
q-sus-yes = Trả lời 10 nhận định
q-sus-skip = Không, kết thúc
q-sus-title = Nhận định { $n } / 10
q-sus-ask = Quý khách đồng ý với nhận định này ở mức nào?
q-sus-low = Hoàn toàn không đồng ý
q-sus-high = Hoàn toàn đồng ý
q-sus-1 = Tôi nghĩ rằng tôi muốn sử dụng hệ thống này thường xuyên.
q-sus-2 = Tôi thấy hệ thống này phức tạp một cách không cần thiết.
q-sus-3 = Tôi thấy hệ thống này dễ sử dụng.
q-sus-4 = Tôi nghĩ rằng tôi sẽ cần người rành về kỹ thuật hỗ trợ thì mới sử dụng được hệ thống này.
q-sus-5 = Tôi thấy các chức năng khác nhau của hệ thống này được kết hợp tốt với nhau.
q-sus-6 = Tôi thấy hệ thống này có quá nhiều chỗ không nhất quán.
q-sus-7 = Tôi nghĩ rằng hầu hết mọi người sẽ học cách sử dụng hệ thống này rất nhanh.
q-sus-8 = Tôi thấy hệ thống này rất rườm rà khi sử dụng.
q-sus-9 = Tôi cảm thấy rất tự tin khi sử dụng hệ thống này.
q-sus-10 = Tôi đã phải học nhiều thứ trước khi có thể bắt đầu sử dụng hệ thống này.
q-thanks = Xin cảm ơn Quý khách. Câu trả lời đã được lưu.
q-finish = Kết thúc
q-keypad = Vui lòng nhấn một phím số từ { $low } đến { $high }, hoặc chạm vào một câu trả lời trên màn hình.

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, nút
focus-button-disabled = { $name }, nút, không dùng được
focus-at = { $control }, { $pos } trên { $count }
focus-check = { $name }, ô đánh dấu, { $on ->
    [yes] đã đánh dấu
   *[no] chưa đánh dấu
}
focus-radio = { $name }, nút chọn, { $on ->
    [yes] đã chọn
   *[no] chưa chọn
}
