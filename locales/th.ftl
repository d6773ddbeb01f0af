# kofu — ข้อความบนหน้าจอ ตู้ออกหนังสือรับรอง ในร้านสะดวกซื้อ ภาษาไทย (แปลจากต้นฉบับ ja.ftl)
# คีย์เหมือนกันทุกไฟล์ภาษา (มีการทดสอบ ตรวจคีย์ที่ขาดหรือเกิน)
# คง { $… } ไว้ตามเดิม จำนวนเงิน ({ $amount }) จัดรูปแบบมาแล้ว
# หนังสือรับรองที่พิมพ์ออกมา ยังเป็นภาษาญี่ปุ่น

## ภาษาและทั่วไป

language-name = ไทย
app-title = kofu — ตู้ออกหนังสือรับรอง ในร้านสะดวกซื้อ (SPECIMEN ตัวอย่างเท่านั้น)
specimen-banner = SPECIMEN (ตัวอย่าง) — ตู้นี้ พิมพ์เฉพาะ หนังสือรับรองตัวอย่าง
money-yen = ¥{ $amount }
date-full = { $weekday } { $day } { $monthName } { $year } { $time }
date-short = { $day } { $monthName } { $year }
fiscal-year = ปีงบประมาณ { $year } (รายได้ปี { $incomeYear })
era-reiwa = เรวะ
era-heisei = เฮเซ
weekday-1 = จ.
weekday-2 = อ.
weekday-3 = พ.
weekday-4 = พฤ.
weekday-5 = ศ.
weekday-6 = ส.
weekday-7 = อา.
month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม
list-separator = ,{" "}

## ปุ่มทั่วไป

btn-back = ย้อนกลับ
btn-cancel = ยกเลิก
btn-next = ถัดไป
btn-ok = ตกลง
btn-finish = เสร็จสิ้น
toggle-large-text = ตัวอักษรใหญ่
toggle-high-contrast = คอนทราสต์สูง
keypad-help = แป้นตัวเลข: ตัวเลข ใช้พิมพ์หรือเลือก · 2 และ 8 เลื่อนตัวเลือก · ○ ยืนยัน · ← ลบหนึ่งตัว · × ย้อนกลับหรือยกเลิก

## หน้าแรก (ภาษาและบริการภาครัฐ)

home-title = กรุณาเลือกบริการ
home-language = ภาษา / Language
home-services = บริการภาครัฐ
home-services-hint = หากต้องการ หนังสือรับรอง เช่น สำเนาทะเบียนผู้พักอาศัย (住民票の写し) กรุณากด "บริการภาครัฐ"

## บริการภาครัฐ

services-title = บริการภาครัฐ
services-cert-issue = บริการออกหนังสือรับรอง (ร้านสะดวกซื้อ)
services-hint = ด้วย บัตร My Number คุณสามารถรับ หนังสือรับรองของ เทศบาลที่คุณอาศัยอยู่ หรือของ ภูมิลำเนาตามทะเบียนครอบครัว (本籍地)

## การยินยอม (เครื่องแบบ Sharp)

consent-title = ข้อควรทราบในการใช้งาน
consent-body = การรับหนังสือรับรอง ต้องใช้ บัตร My Number และ รหัส PIN (ตัวเลข 4 หลัก) ของ ใบรับรองอิเล็กทรอนิกส์ สำหรับยืนยันตัวผู้ใช้ หากใส่ PIN ผิด 3 ครั้งติดต่อกัน บัตรจะถูกล็อก และปลดล็อกได้ ที่เคาน์เตอร์ของเทศบาลเท่านั้น หนังสือรับรองที่พิมพ์แล้ว ไม่สามารถคืนหรือเปลี่ยนได้ กรุณาอย่าลืม บัตร หนังสือรับรอง และเงินทอน
consent-instruction = กรุณาอ่าน ข้อควรทราบ แล้วกด "ยินยอม"
consent-agree = ยินยอม

## วางบัตร

place-title = กรุณาวางบัตร
place-instruction = { $vendor ->
    [sharp] กรุณาวางบัตร บนเครื่องอ่านบัตร แล้วกด "ถัดไป"
   *[other] กรุณาวาง บัตร My Number บนเครื่องอ่านบัตร
}
place-phone-note = หากใช้ สมาร์ทโฟน (ฟังก์ชัน บัตร My Number) กรุณาแตะ ที่เครื่องอ่านบัตร
place-detected = อ่านบัตรแล้ว

## ประเภทหนังสือรับรอง

path-title = กรุณาเลือก หนังสือรับรองที่ต้องการ
path-residence = หนังสือรับรองของ เทศบาลที่คุณอาศัยอยู่
path-domicile = หนังสือรับรองของ ภูมิลำเนาตามทะเบียนครอบครัว (本籍地)
path-register = ลงทะเบียน เพื่อใช้หนังสือรับรอง ของภูมิลำเนาตามทะเบียนครอบครัว

## รหัส PIN

pin-title = กรุณาใส่รหัส PIN
pin-instruction = กรุณาใส่ รหัส PIN (ตัวเลข 4 หลัก) ของ ใบรับรองอิเล็กทรอนิกส์ สำหรับยืนยันตัวผู้ใช้ แล้วกด "ตกลง"
pin-entered = PIN: ใส่แล้ว { $count } จาก 4 หลัก
pin-wrong = รหัส PIN ไม่ถูกต้อง { $tries ->
    [one] หากผิดอีก 1 ครั้ง บัตรจะถูกล็อก
   *[other] หากผิดอีก { $tries } ครั้ง บัตรจะถูกล็อก
}
pin-clear = แก้ไข

## การลงทะเบียน

registered-title = รับการลงทะเบียนแล้ว
registered-body = ตั้งแต่ { $date } คุณสามารถรับ หนังสือรับรองของ ภูมิลำเนาตามทะเบียนครอบครัว ได้ กรุณารับบัตรคืน

## นำบัตรออก

remove-title = กรุณานำบัตรออก
remove-body = ยืนยันตัวตนแล้ว นำบัตรออก จากเครื่องอ่านบัตร เพื่อดำเนินการต่อ

## เลือกหนังสือรับรอง

cert-title = กรุณาเลือกหนังสือรับรอง
cert-fee = ฉบับละ { $fee }
cert-none = ไม่มีหนังสือรับรอง ที่คุณรับได้ที่นี่
cert-kind-resident_certificate = สำเนาทะเบียนผู้พักอาศัย (住民票の写し)
cert-kind-seal_certificate = หนังสือรับรอง การจดทะเบียนตราประทับ (印鑑登録証明書)
cert-kind-tax_certificate = หนังสือรับรอง การเสียภาษี / ไม่เสียภาษี (รายได้)
cert-kind-family_register_appendix = สำเนาเอกสารแนบ ทะเบียนครอบครัว (戸籍の附票の写し)
cert-kind-family_register = หนังสือรับรอง ทะเบียนครอบครัว (戸籍証明書)

## เลือกเนื้อหา

options-title = เลือกเนื้อหา: { $kind }
opt-scope = ผู้ที่ระบุ
opt-scope-holder = เฉพาะตัวคุณ
opt-scope-household = ทุกคนในครัวเรือน
opt-scope-members = บางคนในครัวเรือน (เลือก)
opt-relationship = ระบุ หัวหน้าครัวเรือน และความสัมพันธ์
opt-domicile = ระบุ ภูมิลำเนา และผู้มีชื่อเป็นคนแรก ในทะเบียนครอบครัว
opt-my-number = ระบุ หมายเลขประจำตัว (My Number)
opt-year = ปีงบประมาณ
opt-extent = ประเภท
opt-extent-whole = ทั้งทะเบียน (ทุกคน)
opt-extent-individual = รายบุคคล (หนึ่งคน)
opt-person = บุคคล
opt-appendix-note = สำเนาเอกสารแนบ จะออกให้สำหรับ บุคคลที่มีชื่อ ในทะเบียนครอบครัวของคุณ
opt-members-none = กรุณาเลือก อย่างน้อยหนึ่งคน

## จำนวนฉบับ

copies-title = ต้องการกี่ฉบับ
copies-value = { $count ->
    [one] 1 ฉบับ
   *[other] { $count } ฉบับ
}
copies-more = เพิ่ม 1 ฉบับ
copies-less = ลด 1 ฉบับ
copies-max = สูงสุด { $max } ฉบับ
copies-subtotal = ยอดรวมย่อย { $amount }

## ยืนยัน

confirm-title = กรุณาตรวจสอบ รายการที่เลือก
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = รวม { $amount }
confirm-pay = ยืนยันและชำระเงิน
confirm-add = รับหนังสือรับรองอื่นอีก

## การชำระเงิน

pay-title = กรุณาใส่เงิน
pay-due = ยอดที่ต้องชำระ { $amount }
pay-inserted = ใส่แล้ว { $amount }
pay-remaining = ยังขาด { $amount }
pay-accepted = รับ: { $list }
pay-no-change = ขณะนี้ ไม่มีเงินทอน กรุณาใส่เงิน ให้พอดี
pay-cancel-note = กด "ยกเลิก" เพื่อรับ เงินที่ใส่ คืนทั้งหมด

## การพิมพ์

print-title = กำลังพิมพ์
print-progress = พิมพ์แล้ว { $done } จาก { $total }
print-wait = กรุณารอ จนกว่าจะพิมพ์เสร็จ อย่าออกจาก หน้าเครื่อง

## อย่าลืมของ

take-title = อย่าลืม ของของคุณ
take-card = กรุณารับบัตรคืน
take-certs = กรุณารับ { $count ->
    [one] หนังสือรับรอง
   *[other] หนังสือรับรอง { $count } ฉบับ
} จากช่องรับเอกสาร
take-change = กรุณารับเงินทอน: { $amount }
take-nothing = ไม่มีของที่ลืมไว้
take-issued = ออกหนังสือรับรองแล้ว
take-cancelled = ยกเลิกแล้ว เงินของคุณ อยู่ที่ช่องรับเงินทอน
take-timeout = สิ้นสุดการใช้งาน เนื่องจาก ไม่มีการใช้งาน
take-fault = เครื่องพิมพ์หยุดทำงาน ({ $fault }) คุณชำระเฉพาะ ส่วนที่พิมพ์แล้ว กรุณาเรียก พนักงานร้าน

## ไม่สามารถใช้บริการ

oos-title = ขณะนี้ ไม่สามารถใช้บริการได้
oos-hours = เวลาให้บริการ: ทุกวัน { $open }–{ $close }
oos-now = ขณะนี้: { $now }

## ไม่สามารถออกได้

refusal-title = ไม่สามารถ ออกหนังสือรับรองได้
refusal-rule = เหตุผล
refusal-next = สิ่งที่ต้องทำต่อไป
refusal-back = กลับไปที่ รายการหนังสือรับรอง

## เหตุผล ({ $city } ชื่อเทศบาล, { $hall } สำนักงาน, { $open }–{ $close } เวลาให้บริการ)

reason-out_of_service_hours-title = นอกเวลาให้บริการ
reason-out_of_service_hours-rule = บริการเปิดทุกวัน ตั้งแต่ { $open } ถึง { $close } (เวลาญี่ปุ่น)
reason-out_of_service_hours-next = กรุณากลับมาใหม่ ในเวลาให้บริการ หรือรับที่ { $hall }
reason-year_end_suspension-title = หยุดบริการ ช่วงปีใหม่
reason-year_end_suspension-rule = หยุดบริการ ตั้งแต่ 29 ธันวาคม ถึง 3 มกราคม
reason-year_end_suspension-next = กรุณามาใหม่ ตั้งแต่ 4 มกราคม เคาน์เตอร์ของเทศบาล ก็ปิดถึง 3 มกราคม
reason-maintenance-title = กำลังบำรุงรักษาระบบ
reason-maintenance-rule = หยุดบริการ ระหว่างการบำรุงรักษา ที่ { $city } ประกาศไว้
reason-maintenance-next = กรุณามาใหม่ หลังบำรุงรักษาเสร็จ หรือรับที่ { $hall }
reason-family_register_hours-title = นอกเวลา ออกหนังสือรับรอง ทะเบียนครอบครัว
reason-family_register_hours-rule = { $city } ออกหนังสือรับรอง ทะเบียนครอบครัว เฉพาะเวลาที่กำหนด ในวันทำการ
reason-family_register_hours-next = กรุณามาใหม่ ในเวลาวันทำการ หรือรับที่ { $hall }
reason-card_expired-title = บัตรของคุณ หมดอายุแล้ว
reason-card_expired-rule = ไม่สามารถใช้ บัตรที่หมดอายุได้
reason-card_expired-next = กรุณายื่นขอ บัตรใหม่ที่ { $hall } โดยนำบัตร และเอกสารยืนยันตัวตนไปด้วย
reason-certificate_expired-title = ใบรับรองอิเล็กทรอนิกส์ หมดอายุแล้ว
reason-certificate_expired-rule = ใบรับรองอิเล็กทรอนิกส์ สำหรับยืนยันตัวผู้ใช้ หมดอายุแล้ว (วันเกิดครั้งที่ 5 หลังออกบัตร)
reason-certificate_expired-next = กรุณาต่ออายุ ใบรับรองอิเล็กทรอนิกส์ ที่ { $hall } โดยนำบัตรไปด้วย และจำรหัส PIN ให้ได้
reason-certificate_revoked-title = ใบรับรองอิเล็กทรอนิกส์ ถูกเพิกถอนแล้ว
reason-certificate_revoked-rule = ใบรับรองอิเล็กทรอนิกส์ สำหรับยืนยันตัวผู้ใช้ ถูกเพิกถอนแล้ว
reason-certificate_revoked-next = กรุณาขอออก ใบรับรองอิเล็กทรอนิกส์ใหม่ ที่ { $hall } โดยนำบัตรไปด้วย
reason-card_suspended-title = บัตรของคุณ ถูกระงับชั่วคราว
reason-card_suspended-rule = มีการแจ้ง บัตรหายหรือถูกขโมย ใบรับรองอิเล็กทรอนิกส์ของบัตร จึงถูกระงับ
reason-card_suspended-next = หากพบบัตรแล้ว กรุณายกเลิกการระงับ ที่ { $hall } โดยนำบัตร และเอกสารยืนยันตัวตนไปด้วย
reason-pin_locked-title = รหัส PIN ถูกล็อก
reason-pin_locked-rule = รหัส PIN จะถูกล็อก เมื่อใส่ผิด 3 ครั้งติดต่อกัน ปลดล็อกได้ ที่เคาน์เตอร์ของเทศบาลเท่านั้น
reason-pin_locked-next = กรุณาตั้งรหัส PIN ใหม่ ที่ { $hall } โดยนำบัตร และเอกสารยืนยันตัวตน เช่น ใบขับขี่ไปด้วย
reason-under_age-title = ผู้ที่อายุต่ำกว่า 15 ปี ใช้บริการไม่ได้
reason-under_age-rule = บริการนี้ สำหรับผู้ที่มีอายุ 15 ปีขึ้นไป
reason-under_age-next = ผู้ปกครอง สามารถรับได้ที่ { $hall }
reason-moved_out-title = มีการแจ้งย้ายออกแล้ว
reason-moved_out-rule = ผู้ที่แจ้งย้ายออกแล้ว ไม่สามารถรับหนังสือรับรอง ที่ร้านสะดวกซื้อได้
reason-moved_out-next = กรุณาแจ้งย้ายเข้า ที่เทศบาลใหม่ ภายใน 14 วัน หนังสือรับรองของ { $city } กรุณารับที่ { $hall }
reason-support_measures-title = กรุณารับที่เคาน์เตอร์
reason-support_measures-rule = เพื่อความปลอดภัยของคุณ ผู้ที่ได้รับ มาตรการคุ้มครอง ไม่สามารถรับหนังสือรับรอง ที่ร้านสะดวกซื้อได้
reason-support_measures-next = กรุณาสอบถาม ที่เคาน์เตอร์ของ { $hall }
reason-deceased-title = ไม่สามารถใช้บัตรนี้ได้
reason-deceased-rule = มีบันทึกว่า ผู้ถือบัตรเสียชีวิตแล้ว จึงใช้บัตรไม่ได้
reason-deceased-next = สมาชิกในครอบครัว สามารถขอหนังสือรับรอง ได้ที่ { $hall }
reason-moved_in_today-title = ใช้บริการไม่ได้ ในวันที่ย้ายเข้า
reason-moved_in_today-rule = การแจ้งย้ายเข้า จะมีผลกับบริการนี้ ตั้งแต่วันถัดไป
reason-moved_in_today-next = กรุณามาใหม่ พรุ่งนี้ หรือรับวันนี้ที่ { $hall }
reason-gaiji_pending-title = กรุณารับที่เคาน์เตอร์
reason-gaiji_pending-rule = ตัวอักษรในบันทึกของคุณ (gaiji) ยังลงทะเบียนไม่เสร็จ จึงยังพิมพ์ไม่ได้
reason-gaiji_pending-next = กรุณาสอบถาม ที่ { $hall }
reason-not_resident-title = เฉพาะผู้ที่อาศัยอยู่ใน { $city }
reason-not_resident-rule = หนังสือรับรองนี้ ออกให้เฉพาะ ผู้พักอาศัยใน { $city }
reason-not_resident-next = กรุณาเลือก หนังสือรับรองของ เทศบาลที่คุณอาศัยอยู่ หรือของภูมิลำเนา ตามทะเบียนครอบครัว
reason-no_seal_registration-title = ไม่มีการจดทะเบียนตราประทับ
reason-no_seal_registration-rule = รับรองได้เฉพาะ ตราประทับที่จดทะเบียน ใน { $city }
reason-no_seal_registration-next = กรุณาจดทะเบียนตราประทับ ที่ { $hall } โดยนำตราประทับ และเอกสารยืนยันตัวตนไปด้วย
reason-no_tax_record-title = ไม่มีบันทึกภาษี
reason-no_tax_record-rule = { $city } ไม่มีบันทึกภาษีของคุณ ในปีงบประมาณนี้ (คุณต้องอาศัยอยู่ใน { $city } ทั้งวันที่ 1 มกราคม ของปีนั้น และในปัจจุบัน)
reason-no_tax_record-next = กรุณาสอบถาม เทศบาลที่คุณอาศัยอยู่ ในวันที่ 1 มกราคม
reason-no_family_register-title = ไม่มีทะเบียนครอบครัวที่นี่
reason-no_family_register-rule = หนังสือรับรองทะเบียนครอบครัว ออกให้เฉพาะ ผู้ที่มีภูมิลำเนา ใน { $city }
reason-no_family_register-next = กรุณาสอบถาม เทศบาลของภูมิลำเนา ตามทะเบียนครอบครัวของคุณ
reason-not_japanese_national-title = เฉพาะผู้ถือสัญชาติญี่ปุ่น
reason-not_japanese_national-rule = หนังสือรับรองทะเบียนครอบครัว มีเฉพาะ สำหรับผู้ถือสัญชาติญี่ปุ่น
reason-not_japanese_national-next = กรุณาเลือก หนังสือรับรองของ เทศบาลที่คุณอาศัยอยู่ เช่น สำเนาทะเบียนผู้พักอาศัย
reason-domicile_not_registered-title = ต้องลงทะเบียน เพื่อใช้หนังสือรับรอง ของภูมิลำเนา
reason-domicile_not_registered-rule = หากภูมิลำเนา ต่างจากที่อยู่อาศัย ต้องลงทะเบียนก่อน (ใช้เวลา 1–5 วันทำการ)
reason-domicile_not_registered-next = กรุณาเลือก "ลงทะเบียน เพื่อใช้หนังสือรับรอง ของภูมิลำเนาตามทะเบียนครอบครัว" จากหน้าแรก
reason-card_unreadable-title = อ่านบัตรไม่ได้
reason-card_unreadable-rule = เครื่องอ่านบัตร อ่านบัตรไม่ได้
reason-card_unreadable-next = กรุณานำบัตรออก แล้วลองใหม่ ตั้งแต่ต้น หากยังเกิดขึ้นอีก กรุณาสอบถาม ที่ { $hall }
reason-card_not_yet_usable-title = บัตรของคุณ ใช้ได้ตั้งแต่พรุ่งนี้
reason-card_not_yet_usable-rule = ไม่สามารถใช้บัตร ที่ร้านสะดวกซื้อ ในวันที่ได้รับบัตร หรือวันที่เปลี่ยนรหัส PIN
reason-card_not_yet_usable-next = กรุณามาใหม่ พรุ่งนี้ หรือรับวันนี้ที่ { $hall }
reason-not_offered-title = หนังสือรับรองนี้ ไม่ออกที่ร้านสะดวกซื้อ
reason-not_offered-rule = { $city } ไม่ได้ออก หนังสือรับรองนี้ ที่ร้านสะดวกซื้อ
reason-not_offered-next = กรุณารับที่ { $hall }

## เมื่อไม่มีการใช้งาน

warning-title = ต้องการใช้งานต่อหรือไม่
warning-body = หน้าจอจะกลับไป หน้าแรก ใน { $seconds } วินาที เงินที่ใส่ และบัตร จะถูกคืน
warning-extend = ขอเวลาเพิ่ม

## ส่วนต่าง ๆ ของเครื่อง

reader-title = เครื่องอ่านบัตร
reader-choose = บัตรที่จะวาง
reader-place = วางบัตร
reader-place-phone = แตะโทรศัพท์ ที่เครื่องอ่าน
reader-remove = นำบัตรออก
reader-empty = ไม่มีบัตร บนเครื่องอ่าน
reader-has = บนเครื่องอ่าน: { $name }
card-kind-card = บัตร My Number
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = ช่องใส่เหรียญ และธนบัตร
slot-insert = ใส่ { $amount }
printer-title = เครื่องพิมพ์
printer-idle = พร้อมใช้งาน
printer-busy = กำลังพิมพ์ { $done } / { $total }
printer-stopped = หยุด: { $fault }
fault-paper_jam = กระดาษติด
fault-out_of_paper = กระดาษหมด
fault-card_unreadable = อ่านบัตรไม่ได้
fault-no_change = เงินทอนหมด
tray-title = ช่องรับเอกสาร
tray-empty = ว่าง
tray-open = เปิด { $name }
tray-take = รับหนังสือรับรอง
tray-opened = เปิดแล้ว: { $path }
tray-open-failed = เปิดไม่ได้ ไฟล์: { $path }
change-title = ช่องรับเงินทอน
change-empty = ว่าง
change-take = รับเงินทอน
keypad-title = แป้นตัวเลข
keypad-digit = แป้นตัวเลข { $digit }
keypad-enter = แป้นตัวเลข ○ ยืนยัน
keypad-clear = แป้นตัวเลข ← แก้ไข
keypad-cancel = แป้นตัวเลข × ยกเลิก
keypad-tactile = ปุ่ม 5 มีจุดนูน
jack-title = ช่องเสียบหูฟัง (คำแนะนำเสียง)
jack-plug = เสียบหูฟัง
jack-unplug = ถอดหูฟัง
jack-speaking = คำแนะนำเสียง: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = ใส่ PIN แล้ว 1 หลัก
trainer-toggle = หน้าจอผู้ฝึกสอน (F2)

## การแจ้งสถานะ (อ่านออกเสียง)

live-printing-done = พิมพ์เสร็จแล้ว กรุณารับ หนังสือรับรอง
live-card-can-remove = นำบัตรออกได้แล้ว
live-returned = คืน { $amount } ที่ช่องรับเงินทอนแล้ว
live-session-reset = กลับไปหน้าแรกแล้ว
live-card-placed = วางบัตรแล้ว
live-card-removed = นำบัตรออกแล้ว

## หน้าจอผู้ฝึกสอน

trainer-title = หน้าจอผู้ฝึกสอน
trainer-clock = นาฬิกาจำลอง
trainer-pause = หยุดชั่วคราว
trainer-resume = ทำต่อ
trainer-speed = ความเร็ว ×{ $x }
trainer-plus-1m = เดินหน้า 1 นาที
trainer-plus-10m = เดินหน้า 10 นาที
trainer-plus-1h = เดินหน้า 1 ชั่วโมง
trainer-jump-0629 = ไปที่ 6:29
trainer-jump-2300 = ไปที่ 23:00
trainer-jump-1229 = ไปที่ 29 ธันวาคม
trainer-set-field = วันที่และเวลา (RFC 3339)
trainer-set = ตั้งเวลา
trainer-set-invalid = รูปแบบวันที่และเวลา ไม่ถูกต้อง (เช่น 2026-11-25T10:00:00+09:00)
trainer-deck = เพอร์โซนา (บัตร)
trainer-municipality = เทศบาล
trainer-vendor = รุ่นเครื่อง
trainer-print-speed = เวลาพิมพ์ (วินาทีต่อฉบับ)
trainer-faults = จำลองความขัดข้อง
trainer-after-copies = หลังพิมพ์กี่ฉบับ
trainer-inject = จำลอง: { $fault }
trainer-new-session = เริ่มการใช้งานใหม่
trainer-log = บันทึกเหตุการณ์
trainer-log-rule = กฎ: { $rule }
trainer-log-next = ขั้นตอนถัดไป: { $next }
trainer-error = ข้อผิดพลาด: { $message }
