# kofu — ข้อความบนหน้าจอตู้ออกหนังสือรับรองในร้านสะดวกซื้อ ภาษาไทย (แปลจากต้นฉบับ ja.ftl)
# คีย์เหมือนกันทุกไฟล์ภาษา (มีการทดสอบตรวจคีย์ที่ขาดหรือเกิน)
# คง { $… } ไว้ตามเดิม จำนวนเงิน ({ $amount }) จัดรูปแบบมาแล้ว
# หนังสือรับรองที่พิมพ์ออกมายังเป็นภาษาญี่ปุ่น
# ภาษาไทยไม่เว้นวรรคระหว่างคำ เว้นวรรคเฉพาะระหว่างวลีหรือประโยค และรอบตัวเลข คำภาษาต่างประเทศ และ { $… }

## ภาษาและทั่วไป

language-name = ไทย
app-title = kofu — ตู้ออกหนังสือรับรองในร้านสะดวกซื้อ (SPECIMEN ตัวอย่างเท่านั้น)
specimen-banner = SPECIMEN (ตัวอย่าง) — ตู้นี้พิมพ์เฉพาะหนังสือรับรองตัวอย่างเท่านั้น
money-yen = { $amount } เยน
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
list-separator = ,{" "}

## ปุ่มทั่วไป

btn-back = ย้อนกลับ
btn-cancel = ยกเลิก
btn-next = ถัดไป
btn-ok = ตกลง
btn-finish = เสร็จสิ้น
page-previous = หน้าก่อนหน้า
page-next = หน้าถัดไป
page-of = หน้า { $page } / { $pages }
toggle-large-text = ตัวอักษรใหญ่
toggle-high-contrast = คอนทราสต์สูง
keypad-help = แป้นตัวเลข: กดตัวเลขเพื่อพิมพ์หรือเลือก · 2 และ 8 เลื่อนตัวเลือก · ○ ยืนยัน · ← ลบทีละตัว · × ย้อนกลับหรือยกเลิก

## หน้าแรก (ภาษาและบริการภาครัฐ)

home-title = กรุณาเลือกบริการ
home-language = ภาษา / Language
home-services = บริการภาครัฐ
home-services-hint = หากต้องการหนังสือรับรอง เช่น สำเนาทะเบียนบ้าน (住民票の写し) กรุณากด "บริการภาครัฐ"
home-service-copy = ถ่ายเอกสาร
home-service-print = สั่งพิมพ์ (USB / สมาร์ทโฟน)
home-service-scan = สแกนเอกสาร
home-service-fax = ส่งแฟกซ์
home-service-photo = พิมพ์ภาพถ่าย
home-service-tickets = ตั๋วและการชำระเงิน
home-not-here = ท่านไม่สามารถใช้ "{ $service }" กับเครื่องจำลองนี้ได้ หากต้องการหนังสือรับรอง กรุณากด "{ $services }"

## บริการภาครัฐ

services-title = บริการภาครัฐ
services-cert-issue = บริการออกหนังสือรับรอง (ร้านสะดวกซื้อ)
services-hint = ท่านสามารถใช้บัตร My Number ขอรับหนังสือรับรองของเทศบาลที่ท่านอาศัยอยู่ หรือของภูมิลำเนาตามทะเบียนครอบครัว (本籍地) ได้

## การยินยอม (เครื่องแบบ Sharp)

consent-title = ข้อควรทราบในการใช้งาน
consent-body = การรับหนังสือรับรองต้องใช้บัตร My Number และรหัส PIN (ตัวเลข 4 หลัก) ของใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวผู้ใช้ หากใส่รหัส PIN ผิด 3 ครั้งติดต่อกัน บัตรจะถูกล็อก และปลดล็อกได้ที่เคาน์เตอร์ของเทศบาลเท่านั้น หนังสือรับรองที่พิมพ์แล้วไม่สามารถคืนหรือเปลี่ยนได้ กรุณาอย่าลืมบัตร หนังสือรับรอง และเงินทอน
consent-instruction = กรุณาอ่านข้อควรทราบแล้วกด "ยินยอม"
consent-agree = ยินยอม

## วางบัตร

place-title = กรุณาวางบัตร
place-instruction = { $vendor ->
    [sharp] กรุณาวางบัตรบนเครื่องอ่านบัตรแล้วกด "ถัดไป"
   *[other] กรุณาวางบัตร My Number บนเครื่องอ่านบัตร
}
place-phone-note = หากใช้สมาร์ทโฟน (ฟังก์ชันบัตร My Number) กรุณาแตะที่เครื่องอ่านบัตร
place-detected = อ่านบัตรแล้ว

## ประเภทหนังสือรับรอง

path-title = กรุณาเลือกหนังสือรับรองที่ต้องการ
path-residence = หนังสือรับรองของเทศบาลที่ท่านอาศัยอยู่
path-domicile = หนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัว (本籍地)
path-register = ยื่นขอลงทะเบียนใช้หนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัว

## รหัส PIN

pin-title = กรุณาใส่รหัส PIN
pin-instruction = กรุณาใส่รหัส PIN (ตัวเลข 4 หลัก) ของใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวผู้ใช้ แล้วกด "ตกลง"
pin-entered = รหัส PIN: ใส่แล้ว { $count } จาก 4 หลัก
pin-wrong = รหัส PIN ไม่ถูกต้อง หากใส่ผิดอีก { $tries } ครั้ง บัตรจะถูกล็อก
pin-clear = แก้ไข

## การลงทะเบียนใช้บริการ

registered-title = รับคำขอลงทะเบียนใช้บริการแล้ว
registered-body = ท่านสามารถขอรับหนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัวได้ตั้งแต่ { $date } กรุณารับบัตรคืน

## นำบัตรออก

remove-title = กรุณานำบัตรออก
remove-body = ยืนยันตัวตนแล้ว กรุณานำบัตรออกจากเครื่องอ่านบัตรเพื่อดำเนินการต่อ

## เลือกหนังสือรับรอง

cert-title = กรุณาเลือกหนังสือรับรอง
cert-fee = ฉบับละ { $fee }
cert-none = ไม่มีหนังสือรับรองที่ท่านขอรับได้ที่นี่
cert-kind-resident_certificate = สำเนาทะเบียนบ้าน (住民票の写し)
cert-kind-seal_certificate = หนังสือรับรองการจดทะเบียนตราประทับ (印鑑登録証明書)
cert-kind-tax_certificate = หนังสือรับรองการเสียภาษี/ไม่เสียภาษี (รายได้)
cert-kind-family_register_appendix = สำเนาเอกสารแนบทะเบียนครอบครัว (戸籍の附票の写し)
cert-kind-family_register = หนังสือรับรองทะเบียนครอบครัว (戸籍証明書)

## เลือกเนื้อหา

options-title = กรุณาเลือกเนื้อหาของ { $kind }
opt-scope = บุคคลที่จะระบุในหนังสือรับรอง
opt-scope-holder = เฉพาะตัวท่านเอง
opt-scope-household = ทุกคนในครัวเรือน
opt-scope-members = บางคนในครัวเรือน (เลือก)
opt-relationship = ระบุหัวหน้าครัวเรือนและความสัมพันธ์
opt-domicile = ระบุภูมิลำเนาตามทะเบียนครอบครัวและผู้มีชื่อเป็นคนแรกในทะเบียนครอบครัว
opt-my-number = ระบุหมายเลขประจำตัว (My Number)
opt-nationality = ระบุสัญชาติ/ภูมิภาค
opt-residence-status = ระบุสถานภาพการพำนัก ระยะเวลาการพำนัก ฯลฯ
opt-residence-card = ระบุหมายเลขบัตรประจำตัวผู้พำนัก (在留カード) หรือเอกสารที่เทียบเท่า
opt-year = ปีงบประมาณ
opt-extent = ประเภท
opt-extent-whole = ทั้งทะเบียน (ทุกคน)
opt-extent-individual = รายบุคคล (หนึ่งคน)
opt-person = บุคคลที่จะรับรอง
opt-appendix-note = สำเนาเอกสารแนบทะเบียนครอบครัวจะออกให้สำหรับบุคคลที่มีชื่อในทะเบียนครอบครัวของท่าน
opt-members-none = กรุณาเลือกอย่างน้อยหนึ่งคน

## จำนวนฉบับ

copies-title = กรุณาเลือกจำนวนฉบับ
copies-value = { $count } ฉบับ
copies-more = เพิ่ม 1 ฉบับ
copies-less = ลด 1 ฉบับ
copies-max = สูงสุด { $max } ฉบับ
copies-ceiling = สูงสุด { $max } ฉบับ เนื่องจากเครื่องนี้รับชำระได้ไม่เกิน { $ceiling } ต่อครั้ง
copies-subtotal = ยอดรวมย่อย { $amount }

## ยืนยัน

confirm-title = กรุณาตรวจสอบรายการที่เลือก
confirm-line = { $kind } { $copies } ฉบับ: { $amount }
confirm-total = รวม { $amount }
confirm-pay = ยืนยันและชำระเงิน
confirm-add = ขอรับหนังสือรับรองอื่นเพิ่ม

## การชำระเงิน

pay-title = กรุณาใส่เงิน
pay-due = ยอดที่ต้องชำระ { $amount }
pay-inserted = จำนวนเงินที่ใส่แล้ว { $amount }
pay-remaining = ยังขาด { $amount }
pay-accepted = เงินที่ใช้ได้: { $list }
pay-no-change = ขณะนี้ไม่มีเงินทอน กรุณาใส่เงินให้พอดี
pay-cancel-note = กด "ยกเลิก" เพื่อรับเงินที่ใส่คืนทั้งหมด

## การพิมพ์

print-title = กำลังพิมพ์
print-progress = พิมพ์แล้ว { $done } จาก { $total } ฉบับ
print-wait = กรุณารอจนกว่าจะพิมพ์เสร็จ และอย่าออกจากหน้าเครื่อง
flow-step-1 = ภาษา
flow-step-2 = บริการ
flow-step-3 = บัตร
flow-step-4 = รหัส PIN
flow-step-5 = หนังสือรับรอง
flow-step-6 = จำนวนฉบับ
flow-step-7 = ชำระเงิน
flow-step-at = ขั้นตอนที่ { $n } จาก { $count }: { $name }
print-halted-title-paper_jam = หยุดพิมพ์เนื่องจากกระดาษติด
print-halted-title-out_of_paper = หยุดพิมพ์เนื่องจากกระดาษหมด
print-halted-call-staff = กรุณาเรียกพนักงานร้าน เมื่อพนักงานแก้ไขแล้ว เครื่องจะพิมพ์หนังสือรับรองที่เหลือต่อ อย่าให้บัตรหรือรหัส PIN แก่ผู้ใด
print-halted-cancel-note = กด "ยกเลิก" เพื่อรับค่าธรรมเนียมของฉบับที่ยังไม่ได้พิมพ์คืน
printer-halted = หยุด รอพนักงาน: { $fault }
printer-clear-fault = พนักงาน: แก้ไข{ $fault }
effect-printer_halted = เครื่องพิมพ์หยุด ({ $fault }) หลังพิมพ์ { $printed } จาก { $of } ฉบับ รอพนักงาน
effect-printer_resumed = พนักงานแก้ไข{ $fault }แล้ว พิมพ์ต่อ
live-printer-halted = เครื่องพิมพ์หยุดทำงาน ({ $fault }) กรุณาเรียกพนักงานร้าน
live-printer-resumed = พิมพ์ต่อแล้ว
trainer-ev-clear-fault = พนักงานแก้ไขเครื่องพิมพ์

## อย่าลืมสิ่งของ

take-title = กรุณาอย่าลืมสิ่งของของท่าน
take-card = กรุณารับบัตรคืน
take-certs = กรุณารับหนังสือรับรอง { $count } ฉบับจากช่องรับเอกสาร
take-change = กรุณารับเงินทอน: { $amount }
take-nothing = ไม่มีสิ่งของที่ลืมไว้
take-issued = ออกหนังสือรับรองแล้ว
take-cancelled = ยกเลิกแล้ว เงินของท่านอยู่ที่ช่องรับเงินทอน
take-cancelled-unpaid = ยกเลิกแล้ว ไม่มีการชำระเงิน
take-timeout = สิ้นสุดการใช้งานเนื่องจากไม่มีการดำเนินการ
take-fault = เครื่องพิมพ์หยุดทำงาน ({ $fault }) เรียกเก็บค่าธรรมเนียมเฉพาะฉบับที่พิมพ์ได้เท่านั้น กรุณาเรียกพนักงานร้าน

## ไม่สามารถใช้บริการ

oos-title = ขณะนี้ไม่สามารถใช้บริการได้
oos-hours = เวลาให้บริการ: ทุกวัน { $open }–{ $close } น.
oos-now = ขณะนี้: { $now }

## ไม่สามารถออกได้

refusal-title = ไม่สามารถออกหนังสือรับรองได้
refusal-rule = เหตุผล
refusal-next = สิ่งที่ต้องทำต่อไป
refusal-back = กลับไปที่รายการหนังสือรับรอง

## เหตุผล อาร์กิวเมนต์: { $city } ชื่อเทศบาล; { $hall } สำนักงานพร้อมเวลาทำการและโทรศัพท์;
## { $office } ชื่อสำนักงาน; { $open } { $close } เวลาตามกฎ; { $reopens } เวลาที่เปิดบริการอีกครั้ง;
## { $date } วันหมดอายุหรือวันที่เริ่มใช้ได้; { $registered } yes / no; { $stopFrom } { $stopUntil } ช่วงหยุดบริการ;
## { $year } ปีงบประมาณ; { $days } จำนวนวัน; { $age } อายุขั้นต่ำ; { $tries } จำนวนครั้ง; { $hotline } หมายเลขโทรศัพท์;
## { $button } ชื่อปุ่ม

refusal-sentence = { $title } { $rule } { $next }
reason-out_of_service_hours-title = อยู่นอกเวลาให้บริการ
reason-out_of_service_hours-rule = บริการนี้เปิดทุกวันตั้งแต่เวลา { $open } ถึง { $close } น. (เวลาญี่ปุ่น)
reason-out_of_service_hours-next = กรุณามาใหม่ตั้งแต่ { $reopens } หรือขอรับได้ที่ { $hall }
reason-year_end_suspension-title = หยุดให้บริการช่วงสิ้นปีและปีใหม่
reason-year_end_suspension-rule = งดให้บริการตั้งแต่ { $stopFrom } ถึง { $stopUntil }
reason-year_end_suspension-next = กรุณามาใหม่ตั้งแต่ { $reopens } เคาน์เตอร์ของเทศบาลก็ปิดทำการถึง { $stopUntil } เช่นกัน
reason-maintenance-title = อยู่ระหว่างการบำรุงรักษาระบบ
reason-maintenance-rule = งดให้บริการระหว่างการบำรุงรักษาที่ { $city } ประกาศไว้
reason-maintenance-next = กรุณามาใหม่ตั้งแต่ { $reopens } หรือขอรับได้ที่ { $hall }
reason-centre_unreachable-title = งดให้บริการชั่วคราวเนื่องจากการสื่อสารขัดข้อง
reason-centre_unreachable-rule = งดให้บริการระหว่างที่เครื่องไม่สามารถติดต่อศูนย์ออกหนังสือรับรองได้
reason-centre_unreachable-next = กรุณาลองใหม่อีกครั้งในภายหลัง หรือขอรับได้ที่ { $hall }
reason-family_register_hours-title = อยู่นอกเวลาออกหนังสือรับรองทะเบียนครอบครัว
reason-family_register_hours-rule = { $city } ออกหนังสือรับรองทะเบียนครอบครัวที่ร้านสะดวกซื้อเฉพาะวันจันทร์ถึงวันศุกร์ที่ไม่ตรงกับวันหยุดนักขัตฤกษ์ เวลา { $open }–{ $close } น.
reason-family_register_hours-next = กรุณามาใหม่ตั้งแต่ { $reopens } หรือขอรับได้ที่ { $hall }
reason-card_expired-title = บัตรของท่านหมดอายุแล้ว
reason-card_expired-rule = บัตรของท่านมีอายุถึง { $date }
reason-card_expired-next = กรุณายื่นขอบัตรใหม่ที่ { $hall } โดยนำบัตรและเอกสารยืนยันตัวตนไปด้วย ระหว่างนี้กรุณาขอรับหนังสือรับรองที่เคาน์เตอร์
reason-certificate_expired-title = ใบรับรองอิเล็กทรอนิกส์หมดอายุแล้ว
reason-certificate_expired-rule = ใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวผู้ใช้มีอายุถึง { $date } (วันเกิดครั้งที่ 5 หลังจากออกใบรับรองอิเล็กทรอนิกส์)
reason-certificate_expired-next = กรุณาต่ออายุใบรับรองอิเล็กทรอนิกส์ที่ { $hall } โดยนำบัตรไปด้วย และตรวจสอบให้แน่ใจว่าท่านจำรหัส PIN ได้
reason-certificate_revoked-title = ใบรับรองอิเล็กทรอนิกส์ถูกเพิกถอนแล้ว
reason-certificate_revoked-rule = ใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวผู้ใช้ถูกเพิกถอนแล้ว
reason-certificate_revoked-next = กรุณาขอออกใบรับรองอิเล็กทรอนิกส์ใหม่ที่ { $hall } โดยนำบัตรไปด้วย
reason-card_suspended-title = บัตรของท่านถูกระงับการใช้ชั่วคราว
reason-card_suspended-rule = ใบรับรองอิเล็กทรอนิกส์ของบัตรถูกระงับ เนื่องจากมีการแจ้งว่าบัตรสูญหายหรือถูกขโมย
reason-card_suspended-next = หากพบบัตรแล้ว กรุณายกเลิกการระงับชั่วคราวที่ { $hall } โดยนำบัตรและเอกสารยืนยันตัวตนไปด้วย สอบถามเรื่องการระงับชั่วคราวได้ที่ { $hotline } (โทรฟรี)
reason-pin_locked-title = รหัส PIN ถูกล็อก
reason-pin_locked-rule = รหัส PIN จะถูกล็อกเมื่อใส่ผิด { $tries } ครั้งติดต่อกัน และปลดล็อกได้ที่เคาน์เตอร์ของเทศบาลเท่านั้น
reason-pin_locked-next = กรุณาตั้งรหัส PIN ใหม่ที่ { $hall } โดยนำบัตรและเอกสารยืนยันตัวตน เช่น ใบขับขี่หรือบัตรประกันสุขภาพไปด้วย
reason-under_age-title = ผู้ที่อายุต่ำกว่า { $age } ปีไม่สามารถใช้บริการได้
reason-under_age-rule = บริการนี้สำหรับผู้ถือบัตรที่มีอายุ { $age } ปีขึ้นไป
reason-under_age-next = ผู้ปกครองสามารถขอรับหนังสือรับรองได้ที่ { $hall }
reason-moved_out-title = มีการแจ้งย้ายออกแล้ว
reason-moved_out-rule = ผู้ที่แจ้งย้ายออกแล้วไม่สามารถขอรับหนังสือรับรองที่ร้านสะดวกซื้อได้
reason-moved_out-next = กรุณาแจ้งย้ายเข้าที่เทศบาลแห่งใหม่ภายใน { $days } วัน สำหรับหนังสือรับรองของ { $city } กรุณาขอรับที่ { $hall }
reason-support_measures-title = กรุณาติดต่อที่เคาน์เตอร์
reason-support_measures-rule = บัตรนี้ไม่สามารถใช้ขอรับหนังสือรับรองที่ร้านสะดวกซื้อได้
reason-support_measures-next = กรุณาสอบถามที่เคาน์เตอร์ของ { $hall }
reason-support_measures-rule-private = ผู้ที่ได้รับมาตรการคุ้มครอง (ความรุนแรงในครอบครัว การสะกดรอยตาม ฯลฯ) จะไม่ได้รับหนังสือรับรองที่ร้านสะดวกซื้อเพื่อความปลอดภัยของผู้ถือบัตร หน้าจอสาธารณะแสดงเพียงว่า "ไม่สามารถใช้บัตรนี้ได้"
reason-deceased-title = ไม่สามารถใช้บัตรนี้ได้
reason-deceased-rule = บัตรนี้ไม่สามารถใช้ขอรับหนังสือรับรองที่ร้านสะดวกซื้อได้
reason-deceased-next = กรุณาสอบถามที่เคาน์เตอร์ของ { $hall }
reason-deceased-rule-private = มีบันทึกว่าผู้ถือบัตรเสียชีวิตแล้ว จึงใช้บัตรไม่ได้ สมาชิกในครอบครัวสามารถขอหนังสือรับรองได้ที่เคาน์เตอร์
reason-moved_in_today-title = ไม่สามารถใช้บริการในวันที่ย้ายเข้า
reason-moved_in_today-rule = การแจ้งย้ายเข้าจะมีผลกับบริการที่ร้านสะดวกซื้อตั้งแต่วันถัดไป
reason-moved_in_today-next = กรุณามาใหม่ตั้งแต่พรุ่งนี้ หรือขอรับวันนี้ได้ที่ { $hall }
reason-gaiji_pending-title = กรุณาติดต่อที่เคาน์เตอร์
reason-gaiji_pending-rule = ตัวอักษรพิเศษในข้อมูลของท่าน (外字) ยังลงทะเบียนไม่เสร็จ จึงยังพิมพ์ไม่ได้
reason-gaiji_pending-next = กรุณาสอบถามที่ { $hall }
reason-not_resident-title = เฉพาะผู้อยู่อาศัยใน { $city } เท่านั้น
reason-not_resident-rule = หนังสือรับรองนี้ออกให้เฉพาะผู้อยู่อาศัยใน { $city } เท่านั้น
reason-not_resident-next = กรุณาเลือกหนังสือรับรองของเทศบาลที่ท่านอาศัยอยู่ หรือหนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัว
reason-no_seal_registration-title = ไม่มีการจดทะเบียนตราประทับ
reason-no_seal_registration-rule = รับรองได้เฉพาะตราประทับที่จดทะเบียนไว้กับ { $city }
reason-no_seal_registration-next = กรุณาจดทะเบียนตราประทับที่ { $hall } โดยนำตราประทับที่จะจดทะเบียนและเอกสารยืนยันตัวตนไปด้วย
reason-no_tax_record-title = ไม่มีบันทึกภาษี
reason-no_tax_record-rule = { $city } ไม่มีบันทึกภาษีของท่านสำหรับ{ $year } (ท่านต้องอาศัยอยู่ใน { $city } ทั้งในวันที่ 1 มกราคมของปีนั้นและในปัจจุบัน)
reason-no_tax_record-next = กรุณาสอบถามเรื่องบันทึกภาษีที่ { $hall } หากในวันที่ 1 มกราคมท่านอาศัยอยู่ที่เทศบาลอื่น กรุณาสอบถามเทศบาลนั้น
reason-no_family_register-title = ไม่มีภูมิลำเนาตามทะเบียนครอบครัวที่นี่
reason-no_family_register-rule = หนังสือรับรองทะเบียนครอบครัวออกให้เฉพาะผู้ที่มีภูมิลำเนาตามทะเบียนครอบครัวอยู่ใน { $city } เท่านั้น
reason-no_family_register-next = กรุณาขอรับจากเทศบาลของภูมิลำเนาตามทะเบียนครอบครัวของท่าน (หากเทศบาลนั้นมีบริการที่ร้านสะดวกซื้อ ท่านสามารถใช้บริการนั้นได้)
reason-not_japanese_national-title = เฉพาะผู้มีสัญชาติญี่ปุ่นเท่านั้น
reason-not_japanese_national-rule = ทะเบียนครอบครัวจัดทำขึ้นสำหรับผู้มีสัญชาติญี่ปุ่นเท่านั้น
reason-not_japanese_national-next = กรุณาเลือกหนังสือรับรองของเทศบาลที่ท่านอาศัยอยู่ เช่น สำเนาทะเบียนบ้าน
reason-domicile_not_registered-title = ต้องลงทะเบียนก่อนใช้หนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัว
reason-domicile_not_registered-rule = ผู้ที่อาศัยอยู่นอก { $city } ต้องลงทะเบียนใช้บริการก่อน (การลงทะเบียนใช้เวลา { $days } วันทำการ)
reason-domicile_not_registered-next = { $registered ->
    [yes] การลงทะเบียนของท่านอยู่ระหว่างดำเนินการ กรุณามาใหม่ตั้งแต่ { $date }
   *[no] กรุณาเริ่มใหม่ตั้งแต่ต้น แล้วเลือก "{ $button }" ในหน้าจอเลือกประเภทหนังสือรับรอง และกรุณามาใหม่เมื่อการลงทะเบียนเสร็จสมบูรณ์
}
reason-card_unreadable-title = อ่านบัตรไม่ได้
reason-card_unreadable-rule = เครื่องอ่านบัตรอ่านชิป IC ของบัตรไม่ได้
reason-card_unreadable-next = กรุณานำบัตรออก แล้ววางบัตรให้ราบบนเครื่องอ่านและเริ่มใหม่ตั้งแต่ต้น หากยังอ่านไม่ได้ กรุณานำบัตรไปตรวจสอบที่ { $hall }
reason-card_not_yet_usable-title = บัตรของท่านใช้ได้ตั้งแต่พรุ่งนี้
reason-card_not_yet_usable-rule = ไม่สามารถใช้บัตรที่ร้านสะดวกซื้อในวันที่ได้รับบัตร และในวันที่เปลี่ยนรหัส PIN
reason-card_not_yet_usable-next = กรุณามาใหม่ตั้งแต่พรุ่งนี้ หรือขอรับวันนี้ได้ที่ { $hall }
reason-not_offered-title = หนังสือรับรองนี้ไม่มีบริการที่ร้านสะดวกซื้อ
reason-not_offered-rule = { $city } ไม่ได้ออกหนังสือรับรองนี้ที่ร้านสะดวกซื้อ
reason-not_offered-next = กรุณาขอรับที่ { $hall }
reason-registration_not_needed-title = ไม่จำเป็นต้องลงทะเบียน
reason-registration_not_needed-rule = { $registered ->
    [yes] ท่านลงทะเบียนเรียบร้อยแล้ว และสามารถใช้หนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัวได้ตั้งแต่ { $date }
   *[no] การลงทะเบียนนี้มีไว้สำหรับผู้ที่มีภูมิลำเนาตามทะเบียนครอบครัวอยู่ใน { $city } แต่อาศัยอยู่ที่เทศบาลอื่นเท่านั้น
}
reason-registration_not_needed-next = กรุณาเริ่มใหม่ตั้งแต่ต้น และเลือกหนังสือรับรองที่ต้องการโดยตรง
reason-smartphone_not_supported-title = ไม่สามารถใช้สมาร์ทโฟนของท่านกับเครื่องนี้ได้
reason-smartphone_not_supported-rule = { $case ->
    [register] การลงทะเบียนใช้หนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัวต้องใช้ตัวบัตร My Number และไม่สามารถลงทะเบียนด้วยสมาร์ทโฟนได้
    [later] เครื่องนี้จะรองรับ { $device } ตั้งแต่ { $date }
   *[never] เครื่องอ่านบัตรของเครื่องนี้ไม่รองรับ { $device }
}
reason-smartphone_not_supported-next = กรุณาใช้ตัวบัตร My Number และรหัส PIN (ตัวเลข 4 หลัก) แทน

## สำนักงาน (ชื่อจากข้อมูลของเทศบาลในภาษานี้ หากไม่มี ใช้ชื่อภาษาญี่ปุ่นพร้อมคำอ่าน)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours } โทร. { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first } หรือ { $others }
office-alternatives-separator = {" "}หรือ{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close } น.
office-hours-weeks = { $days } { $weeks } { $open }–{ $close } น.
office-weeks-join = { $list } ของเดือน
office-weeks-separator = {" "}และ
office-week-1 = ที่ 1
office-week-2 = ที่ 2
office-week-3 = ที่ 3
office-week-4 = ที่ 4
office-week-5 = ที่ 5
office-hours-separator = ;{" "}
office-closed-holidays = ปิดทำการวันหยุดนักขัตฤกษ์และวันที่ 29 ธันวาคม–3 มกราคม

## ขั้นตอนถัดไป (ชื่อสั้นสำหรับรายการเลือกของผู้ฝึกสอน)

next-step-come_back_in_service_hours = มาใหม่ในเวลาให้บริการ
next-step-come_back_after_year_end = มาใหม่หลังช่วงหยุดสิ้นปีและปีใหม่
next-step-come_back_after_maintenance = มาใหม่หลังการบำรุงรักษาเสร็จ
next-step-come_back_in_office_hours = มาใหม่ในเวลาทำการวันธรรมดา
next-step-come_back_tomorrow = มาใหม่ตั้งแต่พรุ่งนี้
next-step-reset_pin_at_city_hall = ตั้งรหัส PIN ใหม่ที่เคาน์เตอร์ของเทศบาล
next-step-renew_card_at_city_hall = ยื่นขอบัตรใหม่ที่เคาน์เตอร์ของเทศบาล
next-step-renew_certificate_at_city_hall = ต่ออายุใบรับรองอิเล็กทรอนิกส์ที่เคาน์เตอร์ของเทศบาล
next-step-cancel_suspension_at_city_hall = ยกเลิกการระงับชั่วคราวที่เคาน์เตอร์ของเทศบาล
next-step-register_seal_at_city_hall = จดทะเบียนตราประทับที่เคาน์เตอร์ของเทศบาล
next-step-tax_office = สอบถามที่เคาน์เตอร์ภาษีของเทศบาล
next-step-city_hall = ปรึกษาที่เคาน์เตอร์ของเทศบาล
next-step-complete_move_in = แจ้งย้ายเข้าที่เทศบาลแห่งใหม่
next-step-municipality_of_residence = ใช้หนังสือรับรองของเทศบาลที่อาศัยอยู่
next-step-municipality_of_domicile = ขอรับจากเทศบาลของภูมิลำเนาตามทะเบียนครอบครัว
next-step-register_domicile_and_wait = ลงทะเบียนใช้หนังสือรับรองของภูมิลำเนาแล้วรอ
next-step-choose_another_certificate = เลือกหนังสือรับรองอื่น
next-step-place_card_again = วางบัตรบนเครื่องอ่านใหม่อีกครั้ง
next-step-insert_more_money = ใส่เงินส่วนที่ขาด
next-step-choose_certificates_directly = เลือกหนังสือรับรองโดยตรง
next-step-use_plastic_card = ใช้ตัวบัตร My Number
device-card = บัตร My Number
device-android = สมาร์ทโฟน Android
device-iphone = iPhone

## สิ่งที่เกิดขึ้น (บันทึกเหตุการณ์สำหรับผู้ฝึกสอน)

effect-language_changed = เปลี่ยนภาษาเป็น { $lang }
effect-card_read = อ่านบัตรแล้ว
effect-card_taken_off = นำบัตรออกจากเครื่องอ่านแล้ว
effect-card_may_be_removed = นำบัตรออกได้แล้ว
effect-pin_accepted = รหัส PIN ถูกต้อง
effect-pin_rejected = รหัส PIN ผิด: เหลืออีก { $tries } ครั้ง
effect-pin_locked = รหัส PIN ถูกล็อก
effect-registration_accepted = รับคำขอลงทะเบียนแล้ว: ใช้ได้ตั้งแต่ { $date }
effect-selection_started = เลือก { $kind }
effect-selection_added = { $kind }: { $copies } ฉบับ (ฉบับละ { $fee })
effect-selection_reopened = นำ { $kind } กลับมาแก้ไข
effect-total = รวม { $amount }
effect-payment_due = ต้องชำระ { $amount }
effect-money_accepted = รับเงิน { $amount } ยังขาดอีก { $remaining }
effect-money_returned = คืนเงิน { $amount } ({ $why })
effect-returned-denomination = เครื่องนี้ไม่รับเหรียญหรือธนบัตรชนิดนี้
effect-returned-already_paid = ชำระครบแล้ว
effect-returned-no_change = ไม่มีเงินทอน: รับเฉพาะจำนวนเงินที่พอดี
effect-returned-closed = หมดเวลาให้บริการ
effect-returned-change = เงินทอน
effect-returned-refund = คืนเงินที่ชำระ
effect-printing_started = เริ่มพิมพ์
effect-copy_printed = พิมพ์ { $kind } แล้ว: ฉบับที่ { $copy } จาก { $of } ({ $number })
effect-printer_stopped = เครื่องพิมพ์หยุด: { $fault }
effect-output_failed = ไม่สามารถบันทึกหนังสือรับรองได้ ({ $path }: { $error }): หยุดพิมพ์แล้ว และคืนเงินสำหรับฉบับที่ไม่ได้พิมพ์
effect-printing_done = พิมพ์เสร็จแล้ว
effect-refused = ออกหนังสือรับรองไม่ได้: { $sentence }
effect-refusal_left = ผู้ใช้ออกจากหน้าจอแจ้งว่าออกหนังสือรับรองไม่ได้
effect-fault_armed = ตั้งความขัดข้องไว้: { $fault }
effect-inactivity_warning = ไม่มีการดำเนินการ: จะกลับสู่หน้าแรกใน { $seconds } วินาที หากไม่ขอเวลาเพิ่ม
effect-time_extended = ขยายเวลาแล้ว
effect-timed_out = ไม่มีการดำเนินการ: กลับสู่หน้าแรกแล้ว
effect-returned_home = ค้างอยู่ที่หน้าจอเสร็จสิ้น: กลับสู่หน้าแรกแล้ว
effect-session_ended = สิ้นสุดการใช้งาน: { $status }
effect-other_service_touched = กด "{ $service }" แล้ว: เครื่องจำลองนี้ไม่มีบริการนี้ (หลงทาง)
effect-status-issued = ออกแล้ว
effect-status-refused = ออกไม่ได้
effect-status-cancelled = ยกเลิก
effect-status-timed_out = หมดเวลา
effect-status-registered = ลงทะเบียนแล้ว

## เมื่อไม่มีการใช้งาน

warning-title = ต้องการใช้งานต่อหรือไม่
warning-body = หน้าจอจะกลับไปหน้าแรกใน { $seconds } วินาที เงินที่ใส่และบัตรจะถูกคืนให้ท่าน
warning-extend = ขอเวลาเพิ่ม

## ส่วนต่าง ๆ ของเครื่อง

reader-title = เครื่องอ่านบัตร
reader-choose = บัตรที่จะวาง
reader-place = วางบัตร
reader-place-phone = แตะสมาร์ทโฟนที่เครื่องอ่าน
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = บัตร: หงายด้านหน้าขึ้น วางราบบนเครื่องอ่านบัตร
guide-phone = สมาร์ทโฟน: ถือไว้เหนือเครื่องอ่านบัตร
reader-remove = นำบัตรออก
reader-empty = ไม่มีบัตรบนเครื่องอ่าน
reader-has = บนเครื่องอ่าน: { $name }
card-kind-card = บัตร My Number
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = ช่องใส่เหรียญและธนบัตร
slot-insert = ใส่ { $amount }
printer-title = เครื่องพิมพ์
printer-idle = พร้อมใช้งาน
printer-busy = กำลังพิมพ์ { $done } / { $total }
printer-stopped = หยุด: { $fault }
fault-paper_jam = กระดาษติด
fault-out_of_paper = กระดาษหมด
fault-card_unreadable = อ่านบัตรไม่ได้
fault-no_change = เงินทอนหมด
fault-centre_unreachable = ติดต่อศูนย์ไม่ได้
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
speech-repeat = ฟังอีกครั้ง
speech-stop = หยุดเสียงอ่าน
jack-pin-digit = ใส่รหัส PIN แล้ว 1 หลัก
trainer-toggle = หน้าจอผู้ฝึกสอน (F2)

## การแจ้งสถานะ (อ่านออกเสียง)

live-printing-done = พิมพ์เสร็จแล้ว กรุณารับหนังสือรับรอง
live-card-can-remove = นำบัตรออกได้แล้ว
live-returned = คืนเงิน { $amount } ที่ช่องรับเงินทอนแล้ว
live-session-reset = กลับไปหน้าแรกแล้ว
live-card-placed = วางบัตรแล้ว
live-card-removed = นำบัตรออกแล้ว
live-not-here = ไม่สามารถใช้ "{ $service }" ที่นี่ได้

## หน้าจอผู้ฝึกสอน

trainer-title = หน้าจอผู้ฝึกสอน
trainer-clock = นาฬิกาจำลอง
trainer-pause = หยุดชั่วคราว
trainer-resume = ทำต่อ
trainer-speed = ความเร็ว ×{ $x }
trainer-plus-1m = เดินหน้า 1 นาที
trainer-plus-10m = เดินหน้า 10 นาที
trainer-plus-1h = เดินหน้า 1 ชั่วโมง
trainer-jump-0629 = ไปที่ { $time }
trainer-jump-2300 = ไปที่ { $time }
trainer-jump-1229 = ไปที่ 29 ธันวาคม
trainer-set-field = วันที่และเวลา (RFC 3339)
trainer-set = ตั้งเวลา
trainer-set-invalid = รูปแบบวันที่และเวลาไม่ถูกต้อง (เช่น 2026-11-25T10:00:00+09:00)
trainer-deck = เพอร์โซนา (บัตร)
trainer-participant = ผู้เข้าร่วม (รหัส ไม่ใช่ชื่อ)
trainer-task = งาน
trainer-condition = เงื่อนไข
trainer-municipality = เทศบาล
trainer-vendor = รุ่นเครื่อง
trainer-print-speed = เวลาพิมพ์ (วินาทีต่อฉบับ)
trainer-faults = จำลองความขัดข้อง
trainer-after-copies = หลังพิมพ์กี่ฉบับ
trainer-inject = จำลอง: { $fault }
trainer-armed-none = ไม่มีข้อขัดข้องที่ตั้งไว้
trainer-armed-after = ตั้งไว้: { $fault } หลังพิมพ์ { $after } ฉบับ
trainer-armed-next = ตั้งไว้: { $fault } ในโอกาสถัดไป
trainer-new-session = เริ่มการใช้งานใหม่
trainer-log = บันทึกเหตุการณ์
trainer-log-rule = กฎ: { $rule }
trainer-log-next = สิ่งที่ต้องทำต่อไป: { $next }
trainer-error = ข้อผิดพลาด: { $message }
trainer-handbook = พิมพ์คู่มือผู้ฝึกสอน (PDF)
trainer-handbook-written = บันทึกคู่มือแล้ว: { $path }
trainer-language-ja = ภาษาญี่ปุ่น
trainer-language-en = ภาษาอังกฤษ
trainer-language-zh-Hans = ภาษาจีน (ตัวย่อ)
trainer-language-ko = ภาษาเกาหลี
trainer-language-pt = ภาษาโปรตุเกส
trainer-language-es = ภาษาสเปน
trainer-language-vi = ภาษาเวียดนาม
trainer-language-tl = ภาษาตากาล็อก
trainer-language-id = ภาษาอินโดนีเซีย
trainer-language-th = ภาษาไทย
trainer-language-ne = ภาษาเนปาล
trainer-screen-language = หน้าแรก
trainer-screen-services = บริการภาครัฐ
trainer-screen-consent = ข้อควรทราบในการใช้งาน
trainer-screen-place_card = วางบัตร
trainer-screen-path = ประเภทหนังสือรับรอง
trainer-screen-pin = รหัส PIN
trainer-screen-registered = รับคำขอลงทะเบียนแล้ว
trainer-screen-remove_card = นำบัตรออก
trainer-screen-certificate = เลือกหนังสือรับรอง
trainer-screen-options = เลือกเนื้อหา
trainer-screen-copies = จำนวนฉบับ
trainer-screen-confirm = ตรวจสอบรายการ
trainer-screen-payment = ชำระเงิน
trainer-screen-printing = กำลังพิมพ์
trainer-screen-take_items = รับสิ่งของ
trainer-screen-out_of_service = ขณะนี้ไม่สามารถใช้บริการได้
trainer-screen-refusal = ออกหนังสือรับรองไม่ได้
trainer-ev-press = กด "{ $button }"
trainer-ev-language = เลือกภาษา: { $lang }
trainer-ev-place-card = วางบัตร ({ $card })
trainer-ev-remove-card = นำบัตรออกจากเครื่องอ่าน
trainer-ev-pin = ใส่รหัส PIN (4 หลัก)
trainer-ev-certificate = เลือก "{ $kind }"
trainer-ev-options = เลือกเนื้อหา: { $options }
trainer-ev-options-default = ใช้เนื้อหาตามค่าเริ่มต้น
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies } ฉบับ
trainer-ev-insert = ใส่เงิน { $amount }
trainer-ev-printer-step = เครื่องพิมพ์
trainer-ev-take-items = รับบัตร หนังสือรับรอง และเงินทอนแล้ว
trainer-ev-tick = เวลาผ่านไป ({ $time })
trainer-ev-fault = ผู้ฝึกสอนจำลอง: { $fault }
trainer-ev-fault-after = ผู้ฝึกสอนจำลอง: { $fault } (หลังพิมพ์ { $after } ฉบับ)
trainer-ev-walk-away = เดินออกจากหน้าจอที่ออกหนังสือรับรองไม่ได้
trainer-ev-unknown = การกระทำหนึ่ง
trainer-log-said = { $event } → { $result }
trainer-log-screen = หน้าจอ: { $screen }
trainer-log-nothing = ไม่มีการเปลี่ยนแปลง
trainer-log-rejected = { $event } → ไม่รับ
trainer-log-veiled = ? (แสดงหลังตอบ)
trainer-log-veil-note = ซ่อนการตอบสนองของตู้ไว้จนกว่าจะตอบคำถาม
trainer-recording = การบันทึก (การวิจัย)
trainer-record = ● บันทึกการใช้งาน
trainer-record-stop = ■ หยุดบันทึก
trainer-recorded = บันทึกการใช้งานแล้ว { $count } ครั้ง
trainer-recording-into = บันทึกไว้ที่ { $dir } ({ $count } ครั้ง)
trainer-record-error = เขียนไม่ได้: { $error }
trainer-note-hint = หมายเหตุของผู้สังเกต (F3) กด Enter เพื่อเพิ่ม
trainer-note-add = เพิ่มหมายเหตุ
trainer-exercises = แบบฝึกหัด
trainer-exercise-pick = เลือกแบบฝึกหัด
trainer-exercise-numbered = แบบฝึกหัด { $n }
trainer-exercise-titled = แบบฝึกหัด { $n }: { $title }
trainer-exercise-none = (ไม่มีแบบฝึกหัด)
trainer-exercise-start = เริ่มแบบฝึกหัด
trainer-exercise-play = เล่นจนถึงคำถาม
trainer-exercise-ask = ถามเดี๋ยวนี้
trainer-exercise-running = กำลังทำ: { $exercise } ใช้ตู้ด้วยตนเอง หรือเล่นจนถึงคำถาม
trainer-exercise-own-persons = { $file }: สถานการณ์ที่มีบุคคลของตนเองใช้ในหน้าจอผู้ฝึกสอนไม่ได้
trainer-question = คำถาม
trainer-question-what = หลังการกระทำล่าสุดของผู้ใช้ ตู้จะทำอะไร หากตู้ปฏิเสธ ให้เลือกเหตุผล แล้วเลือกสิ่งที่ผู้ใช้ต้องทำต่อไป
trainer-question-amount = บอกด้วยว่ายังขาดอีกเท่าไร
trainer-question-veiled = ซ่อนหน้าจอสัมผัสและการตอบสนองของตู้ไว้จนกว่าจะมีคำตอบ
trainer-question-trainer = คำถามของผู้ฝึกสอน: { $question }
trainer-answer-reason = เหตุผลที่ปฏิเสธ
trainer-answer-not-refused = ไม่ปฏิเสธ (ตู้ออกหนังสือรับรองได้)
trainer-answer-next = สิ่งที่ต้องทำต่อไป
trainer-answer-choose = (กรุณาเลือก)
trainer-answer-amount = จำนวนเงิน (เยน)
trainer-answer-submit = ส่งคำตอบ
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = กำลังมีคำถามฝึกอบรม
trainer-veil-body = หน้าจอถูกซ่อนไว้จนกว่าจะตอบคำถามในหน้าจอผู้ฝึกสอน
trainer-fb-right = ถูกต้อง
trainer-fb-wrong = ไม่ถูกต้อง
trainer-fb-reason-right = เหตุผลถูกต้อง: ตู้แสดงว่า "{ $title }" กฎ: { $rule }
trainer-fb-reason-wrong = ไม่ใช่ "{ $chosen }": ตู้แสดงว่า "{ $title }" กฎ: { $rule }
trainer-fb-reason-wrong-rule = กฎของ "{ $chosen }" คือ: { $chosenRule } ผู้ใช้รายนี้ไม่อยู่ในกรณีนั้น
trainer-fb-reason-wrong-none = ตู้ปฏิเสธ: แสดงว่า "{ $title }" กฎ: { $rule }
trainer-fb-not-refused-right = ถูกต้อง: ตู้ไม่ปฏิเสธในกรณีนี้
trainer-fb-reason-wrong-not-refused = ไม่ใช่ "{ $chosen }": ตู้ไม่ปฏิเสธในกรณีนี้
trainer-fb-next-right = สิ่งที่ต้องทำต่อไปถูกต้อง: { $next }
trainer-fb-next-wrong = ไม่ใช่ "{ $chosen }": สิ่งที่ต้องทำต่อไปคือ "{ $expected }": { $next }
trainer-fb-next-wrong-short = ไม่ใช่ "{ $chosen }": สิ่งที่ต้องทำต่อไปคือ "{ $expected }"
trainer-fb-next-missing = ยังไม่ได้เลือกสิ่งที่ต้องทำต่อไป: คือ "{ $expected }": { $next }
trainer-fb-next-missing-short = ยังไม่ได้เลือกสิ่งที่ต้องทำต่อไป: คือ "{ $expected }"
trainer-fb-amount-right = จำนวนเงินถูกต้อง: { $amount }
trainer-fb-amount-wrong = จำนวนเงินไม่ถูกต้อง ({ $given }): ที่ถูกคือ { $amount }
trainer-fb-amount-missing = ยังไม่ได้ตอบจำนวนเงิน: ที่ถูกคือ { $amount }
trainer-fb-trainer = จากผู้ฝึกสอน: { $text }
trainer-fb-explanation = คำอธิบาย: { $text }
trainer-score = คะแนน: { $correct } / { $total } ({ $percent }%)
trainer-export = ส่งออกบันทึกเหตุการณ์ (JSON และ PDF)
trainer-exported = เขียนแล้ว: { $path }
trainer-export-failed = ส่งออกไม่ได้: { $error }

## แบบสอบถามหลังการใช้งานที่บันทึกไว้ (โหมดวิจัย `kofu --record`): คำถามความง่ายข้อเดียว SEQ (Sauro 2009)
## และแบบวัดความสามารถในการใช้งานระบบ SUS (Brooke 1996) เรียงข้อตามลำดับมาตรฐาน
q-seq-title = คำถามเกี่ยวกับงานนี้
q-seq = โดยรวมแล้ว ท่านรู้สึกว่างานนี้ทำให้สำเร็จได้ยากหรือง่ายเพียงใด
q-seq-low = ยากมาก
q-seq-high = ง่ายมาก
q-answer = { $n } ({ $anchor })
q-sus-offer = ท่านยินดีตอบข้อความสั้น ๆ เกี่ยวกับเครื่องนี้อีก 10 ข้อหรือไม่
q-sus-yes = ตอบ 10 ข้อ
q-sus-skip = ไม่ตอบ และเสร็จสิ้น
q-sus-title = ข้อ { $n } / 10
q-sus-ask = ท่านเห็นด้วยกับข้อความนี้เพียงใด
q-sus-low = ไม่เห็นด้วยอย่างยิ่ง
q-sus-high = เห็นด้วยอย่างยิ่ง
q-sus-1 = คิดว่าอยากใช้ระบบนี้บ่อย ๆ
q-sus-2 = รู้สึกว่าระบบนี้ซับซ้อนเกินความจำเป็น
q-sus-3 = คิดว่าระบบนี้ใช้งานง่าย
q-sus-4 = คิดว่าต้องมีผู้ที่มีความรู้ด้านเทคนิคช่วยเหลือ จึงจะใช้ระบบนี้ได้
q-sus-5 = รู้สึกว่าฟังก์ชันต่าง ๆ ของระบบนี้ผสานเข้ากันได้ดี
q-sus-6 = คิดว่าระบบนี้มีส่วนที่ไม่สอดคล้องกันมากเกินไป
q-sus-7 = คิดว่าคนส่วนใหญ่จะเรียนรู้วิธีใช้ระบบนี้ได้อย่างรวดเร็วมาก
q-sus-8 = รู้สึกว่าระบบนี้ใช้งานยุ่งยากมาก
q-sus-9 = รู้สึกมั่นใจมากขณะใช้ระบบนี้
q-sus-10 = ต้องเรียนรู้หลายอย่างก่อน จึงจะเริ่มใช้ระบบนี้ได้
q-thanks = ขอบคุณที่ให้ความร่วมมือ บันทึกคำตอบของท่านแล้ว
q-finish = เสร็จสิ้น
q-keypad = กรุณากดปุ่มตัวเลข { $low } ถึง { $high } หรือแตะคำตอบบนหน้าจอ

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name } ปุ่ม
focus-button-disabled = { $name } ปุ่ม ใช้ไม่ได้
focus-at = { $control } { $pos } จาก { $count }
focus-check = { $name } ช่องทำเครื่องหมาย { $on ->
    [yes] เลือกแล้ว
   *[no] ไม่ได้เลือก
}
focus-radio = { $name } ปุ่มตัวเลือก { $on ->
    [yes] เลือกแล้ว
   *[no] ไม่ได้เลือก
}
