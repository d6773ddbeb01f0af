### The trainees area of the th bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = ผู้รับการอบรม
trainee-none = พิมพ์ชื่อผู้รับการอบรมเพื่อเก็บคำตอบ
trainee-results = ผลของ { $name }
trainee-results-none = ยังไม่มีแบบฝึกหัดที่ตอบ
trainee-col-exercise = แบบฝึกหัด
trainee-col-answer = คำตอบ
trainee-col-mark = ถูกหรือผิด
trainee-col-time = เวลา
trainee-right = ถูก
trainee-wrong = ผิด
trainee-seconds = { $seconds } วินาที
trainee-export = ส่งออกผล (JSON, CSV, PDF)
trainee-store-failed = เก็บผลไม่ได้: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name } อายุ { $age } ปี — { $kind }
case-situation-pin = { $situation } · รหัส PIN { $pin }
case-kiosk = ตู้บริการ: { $outcome }
case-outcome-issues = ออกหนังสือรับรอง
case-outcome-domicile = ออกเฉพาะหนังสือรับรองของภูมิลำเนาตามทะเบียนครอบครัว
case-outcome-refuses = ปฏิเสธ: { $refusal }
case-situation-deceased = มีบันทึกว่าเสียชีวิตแล้ว ญาติถือบัตรมา
case-situation-support = อยู่ภายใต้มาตรการคุ้มครอง (ความรุนแรงในครอบครัว การสะกดรอยตาม)
case-situation-moved-out = แจ้งย้ายออกแล้ว
case-situation-gaiji = อักขระพิเศษในชื่อยังรอดำเนินการ
case-situation-child = เด็กอายุ { $age } ปี
case-situation-cert-expired = ใบรับรองอิเล็กทรอนิกส์หมดอายุเมื่อ { $date }
case-situation-stay-ended = ระยะเวลาการพำนักสิ้นสุดเมื่อ { $date }
case-situation-card-expired = บัตรหมดอายุเมื่อ { $date }
case-situation-suspended = บัตรถูกระงับการใช้ชั่วคราว
case-situation-revoked = ใบรับรองอิเล็กทรอนิกส์ถูกเพิกถอน
case-situation-new-card = เพิ่งได้รับบัตรหรือใบรับรองอิเล็กทรอนิกส์วันนี้
case-situation-pin-changed = เปลี่ยนรหัส PIN วันนี้
case-situation-pin-failures = ใส่รหัส PIN ผิดติดต่อกันแล้ว: { $failures } ครั้ง
case-situation-moved-in-today = ย้ายเข้าวันนี้
case-situation-domicile-registered = อาศัยอยู่ที่เทศบาลอื่น ภูมิลำเนาตามทะเบียนครอบครัวอยู่ที่นี่ ลงทะเบียนใช้บริการเมื่อ { $date }
case-situation-domicile-only = อาศัยอยู่ที่เทศบาลอื่น ภูมิลำเนาตามทะเบียนครอบครัวอยู่ที่นี่ ยังไม่ได้ลงทะเบียนใช้บริการ
case-situation-elsewhere = อาศัยอยู่ที่เทศบาลอื่น
case-situation-foreign = ผู้อยู่อาศัยชาวต่างชาติ ({ $nationality })
case-situation-no-seal = ไม่มีการจดทะเบียนตราประทับ
case-situation-no-tax = ไม่มีบันทึกภาษี
case-situation-resident = ผู้อยู่อาศัย ไม่มีอะไรพิเศษ
case-cards-title = บัตรกรณีศึกษา: ผู้อยู่อาศัยสมมติ
case-cards-head = บัตรกรณีศึกษา — ผู้อยู่อาศัยสมมติ (ตัวอย่าง) · ตู้บริการ ณ { $time }
case-card-age = อายุ { $age } ปี · { $kind }
case-card-situation = สถานการณ์
case-card-kiosk = สิ่งที่ตู้บริการจะทำ
