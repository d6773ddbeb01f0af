# kofu — 편의점 증명서 발급 단말기 화면 문구, 한국어(원문 ja.ftl에서 번역).
# 모든 언어 파일의 키는 같습니다(테스트가 빠지거나 남는 키를 검사합니다).
# { $… } 자리표시자는 그대로 두십시오. 금액({ $amount })은 서식이 적용되어 들어옵니다.
# 인쇄되는 증명서 자체는 일본어 그대로입니다.

## 언어와 일반

language-name = 한국어
app-title = kofu — 편의점 증명서 발급 모의 단말기(견본 SPECIMEN 전용)
specimen-banner = SPECIMEN(견본) — 이 단말기는 견본 증명서만 인쇄합니다
money-yen = ¥{ $amount }
date-full = { $year }년 { $month }월 { $day }일 ({ $weekday }) { $time }
date-short = { $year }년 { $month }월 { $day }일
fiscal-year = { $year }년도({ $incomeYear }년 소득)
era-reiwa = 레이와
era-heisei = 헤이세이
weekday-1 = 월
weekday-2 = 화
weekday-3 = 수
weekday-4 = 목
weekday-5 = 금
weekday-6 = 토
weekday-7 = 일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
list-separator = ,{" "}

## 공통 버튼

btn-back = 뒤로
btn-cancel = 중지
btn-next = 다음
btn-ok = 확인
btn-finish = 종료
toggle-large-text = 큰 글자
toggle-high-contrast = 고대비
keypad-help = 숫자 키패드: 숫자로 입력·선택 · 2와 8로 선택 이동 · ○ 결정 · ← 한 글자 지우기 · × 뒤로·중지

## 첫 화면(언어와 행정 서비스)

home-title = 서비스를 선택해 주십시오
home-language = 언어 / Language
home-services = 행정 서비스
home-services-hint = 주민표 사본(住民票の写し) 등의 증명서를 발급받으려면 "행정 서비스"를 누르십시오

## 행정 서비스

services-title = 행정 서비스
services-cert-issue = 증명서 발급 서비스(편의점)
services-hint = 마이넘버 카드로 거주하시는 시구정촌이나 본적지의 증명서를 발급받을 수 있습니다

## 동의(샤프형 기기)

consent-title = 이용 시 주의사항
consent-body = 증명서를 발급받으려면 마이넘버 카드와 이용자 증명용 전자증명서의 비밀번호(숫자 4자리)가 필요합니다. 비밀번호를 3회 연속 틀리면 잠기며, 시구정촌 창구에서만 해제할 수 있습니다. 인쇄된 증명서는 반품·교환할 수 없습니다. 카드, 증명서, 거스름돈을 잊지 마십시오.
consent-instruction = 이용 시 주의사항을 읽고 "동의합니다"를 누르십시오
consent-agree = 동의합니다

## 카드 놓기

place-title = 카드를 놓아 주십시오
place-instruction = { $vendor ->
    [sharp] 카드를 카드 리더기에 놓고 "다음"을 누르십시오
   *[other] 마이넘버 카드를 카드 리더기에 놓아 주십시오
}
place-phone-note = 스마트폰(마이넘버 카드 기능)은 카드 리더기에 대어 주십시오
place-detected = 카드를 읽었습니다

## 증명서 종류

path-title = 발급받을 증명서를 선택해 주십시오
path-residence = 거주하시는 시구정촌의 증명서
path-domicile = 본적지의 증명서
path-register = 본적지 증명서 이용 등록 신청

## 비밀번호

pin-title = 비밀번호를 입력해 주십시오
pin-instruction = 이용자 증명용 전자증명서의 비밀번호(숫자 4자리)를 입력하고 "확인"을 누르십시오
pin-entered = 비밀번호 { $count }자리 입력됨(전체 4자리)
pin-wrong = 비밀번호가 틀렸습니다. { $tries ->
    [one] 한 번 더 틀리면 카드가 잠깁니다.
   *[other] { $tries }번 더 틀리면 카드가 잠깁니다.
}
pin-clear = 정정

## 이용 등록

registered-title = 이용 등록이 접수되었습니다
registered-body = { $date }부터 본적지의 증명서를 발급받을 수 있습니다. 카드를 가져가십시오.

## 카드 빼기

remove-title = 카드를 가져가십시오
remove-body = 본인 확인이 되었습니다. 카드 리더기에서 카드를 빼면 다음으로 진행됩니다.

## 증명서 선택

cert-title = 증명서를 선택해 주십시오
cert-fee = 1통 { $fee }
cert-none = 발급받을 수 있는 증명서가 없습니다
cert-kind-resident_certificate = 주민표 사본(住民票の写し)
cert-kind-seal_certificate = 인감 등록 증명서(印鑑登録証明書)
cert-kind-tax_certificate = 과세·비과세(소득) 증명서
cert-kind-family_register_appendix = 호적 부표 사본(戸籍の附票の写し)
cert-kind-family_register = 호적 증명서(戸籍証明書)

## 내용 선택

options-title = { $kind }의 내용을 선택해 주십시오
opt-scope = 기재할 사람
opt-scope-holder = 본인만
opt-scope-household = 세대 전원
opt-scope-members = 세대의 일부(선택)
opt-relationship = 세대주·관계를 기재
opt-domicile = 본적·필두자를 기재
opt-my-number = 개인번호(마이넘버)를 기재
opt-year = 연도
opt-extent = 종류
opt-extent-whole = 전부 사항 증명서(전원)
opt-extent-individual = 개인 사항 증명서(한 명)
opt-person = 증명할 사람
opt-appendix-note = 호적 부표 사본을 호적에 기재된 분의 것으로 작성합니다
opt-members-none = 1명 이상 선택해 주십시오

## 통수

copies-title = 통수를 선택해 주십시오
copies-value = { $count ->
    [one] 1통
   *[other] { $count }통
}
copies-more = 1통 늘리기
copies-less = 1통 줄이기
copies-max = 최대 { $max }통까지
copies-subtotal = 소계 { $amount }

## 확인

confirm-title = 내용을 확인해 주십시오
confirm-line = { $kind } × { $copies }통: { $amount }
confirm-total = 합계 { $amount }
confirm-pay = 확인하고 결제하기
confirm-add = 다른 증명서도 발급받기

## 결제

pay-title = 요금을 넣어 주십시오
pay-due = 결제 금액 { $amount }
pay-inserted = 투입 금액 { $amount }
pay-remaining = 남은 금액 { $amount }
pay-accepted = 사용 가능: { $list }
pay-no-change = 지금은 거스름돈이 나오지 않습니다. 정확한 금액을 넣어 주십시오
pay-cancel-note = "중지"를 누르면 넣은 돈을 전액 돌려드립니다

## 인쇄

print-title = 인쇄 중입니다
print-progress = { $done } / { $total }통 인쇄 완료
print-wait = 인쇄가 끝날 때까지 기다려 주십시오. 자리를 떠나지 마십시오.

## 잊은 물건

take-title = 잊은 물건이 없는지 확인해 주십시오
take-card = 카드를 가져가십시오
take-certs = 배출구에서 { $count ->
    [one] 증명서를
   *[other] 증명서 { $count }통을
} 가져가십시오
take-change = 거스름돈을 가져가십시오: { $amount }
take-nothing = 잊은 물건이 없습니다
take-issued = 증명서를 발급했습니다
take-cancelled = 중지했습니다. 넣은 돈은 반환구에 있습니다
take-timeout = 조작이 없어서 종료했습니다
take-fault = 프린터가 멈췄습니다({ $fault }). 인쇄된 분량의 요금만 받았습니다. 점원을 불러 주십시오.

## 이용할 수 없음

oos-title = 지금은 이용할 수 없습니다
oos-hours = 이용 시간: 매일 { $open }–{ $close }
oos-now = 현재: { $now }

## 발급할 수 없음

refusal-title = 증명서를 발급할 수 없습니다
refusal-rule = 이유
refusal-next = 다음에 할 일
refusal-back = 증명서 목록으로 돌아가기

## 이유({ $city } 시구정촌 이름, { $hall } 창구, { $open }–{ $close } 이용 시간)

reason-out_of_service_hours-title = 이용 시간이 아닙니다
reason-out_of_service_hours-rule = 편의점 발급은 매일 { $open }–{ $close }(일본 시간)에 이용하실 수 있습니다
reason-out_of_service_hours-next = 이용 시간 내에 다시 오시거나 { $hall }에서 발급받으십시오
reason-year_end_suspension-title = 연말연시 휴무 중입니다
reason-year_end_suspension-rule = 12월 29일부터 1월 3일까지 쉽니다
reason-year_end_suspension-next = 1월 4일 이후에 오십시오. 시구정촌 창구도 1월 3일까지 쉽니다
reason-maintenance-title = 시스템 점검 중입니다
reason-maintenance-rule = { $city }이(가) 공지한 점검 기간에는 쉽니다
reason-maintenance-next = 점검이 끝난 후에 오시거나 { $hall }에서 발급받으십시오
reason-family_register_hours-title = 호적 증명서 접수 시간이 아닙니다
reason-family_register_hours-rule = { $city }의 호적 증명서는 평일 정해진 시간에만 발급합니다
reason-family_register_hours-next = 평일 접수 시간에 오시거나 { $hall }에서 발급받으십시오
reason-card_expired-title = 카드의 유효기간이 지났습니다
reason-card_expired-rule = 유효기간이 지난 카드는 사용할 수 없습니다
reason-card_expired-next = { $hall }에서 카드 재발급을 신청하십시오. 카드와 본인 확인 서류를 가지고 오십시오
reason-certificate_expired-title = 전자증명서의 유효기간이 지났습니다
reason-certificate_expired-rule = 이용자 증명용 전자증명서의 유효기간(발급 후 5번째 생일)이 지났습니다
reason-certificate_expired-next = { $hall }에서 전자증명서를 갱신하십시오. 카드를 가지고 오시고 비밀번호를 확인해 두십시오
reason-certificate_revoked-title = 전자증명서가 실효되었습니다
reason-certificate_revoked-rule = 이용자 증명용 전자증명서가 실효되었습니다
reason-certificate_revoked-next = { $hall }에서 전자증명서를 다시 발급받으십시오. 카드를 가지고 오십시오
reason-card_suspended-title = 카드가 일시 정지되었습니다
reason-card_suspended-rule = 분실·도난 신고로 카드의 전자증명서가 정지되었습니다
reason-card_suspended-next = 카드를 찾으셨다면 { $hall }에서 일시 정지를 해제하십시오. 카드와 본인 확인 서류를 가지고 오십시오
reason-pin_locked-title = 비밀번호가 잠겼습니다
reason-pin_locked-rule = 비밀번호를 3회 연속 틀리면 잠깁니다. 해제는 시구정촌 창구에서만 할 수 있습니다
reason-pin_locked-next = { $hall }에서 비밀번호를 초기화하십시오. 카드와 운전면허증 등 본인 확인 서류를 가지고 오십시오
reason-under_age-title = 15세 미만은 이용할 수 없습니다
reason-under_age-rule = 편의점 발급은 15세 이상인 분이 이용하실 수 있습니다
reason-under_age-next = 보호자께서 { $hall }에서 발급받으십시오
reason-moved_out-title = 전출 신고가 되어 있습니다
reason-moved_out-rule = 전출 신고를 하신 분께는 편의점 발급으로 증명서를 발급할 수 없습니다
reason-moved_out-next = 전입하는 곳에서 14일 이내에 전입 신고를 하십시오. { $city }의 증명서는 { $hall }에서 발급받으십시오
reason-support_measures-title = 창구에서 발급받으십시오
reason-support_measures-rule = 지원 조치를 받고 계신 분께는 안전을 위해 편의점 발급으로 증명서를 발급하지 않습니다
reason-support_measures-next = { $hall } 창구에 문의하십시오
reason-deceased-title = 이 카드는 이용할 수 없습니다
reason-deceased-rule = 카드 소유자의 사망 기록이 있어 카드를 사용할 수 없습니다
reason-deceased-next = 가족분은 { $hall }에서 증명서를 청구할 수 있습니다
reason-moved_in_today-title = 전입 당일에는 이용할 수 없습니다
reason-moved_in_today-rule = 전입 신고는 다음 날부터 편의점 발급에 반영됩니다
reason-moved_in_today-next = 내일 이후에 오시거나 오늘은 { $hall }에서 발급받으십시오
reason-gaiji_pending-title = 창구에서 발급받으십시오
reason-gaiji_pending-rule = 기록에 있는 문자(외자)의 등록이 끝나지 않아 아직 인쇄할 수 없습니다
reason-gaiji_pending-next = { $hall }에 문의하십시오
reason-not_resident-title = { $city }에 거주하시는 분만 발급받을 수 있습니다
reason-not_resident-rule = 이 증명서는 { $city } 주민에게만 발급합니다
reason-not_resident-next = 거주하시는 시구정촌의 증명서나 본적지의 증명서를 선택하십시오
reason-no_seal_registration-title = 인감 등록이 없습니다
reason-no_seal_registration-rule = { $city }에 등록된 인감만 증명할 수 있습니다
reason-no_seal_registration-next = { $hall }에서 인감 등록을 하십시오. 인감과 본인 확인 서류를 가지고 오십시오
reason-no_tax_record-title = 과세 기록이 없습니다
reason-no_tax_record-rule = { $city }에 이 연도의 과세 기록이 없습니다(그해 1월 1일과 현재 { $city }에 살고 있어야 합니다)
reason-no_tax_record-next = 1월 1일에 거주하셨던 시구정촌에 문의하십시오
reason-no_family_register-title = 본적이 없습니다
reason-no_family_register-rule = 호적 증명서는 { $city }에 본적이 있는 분께만 발급합니다
reason-no_family_register-next = 본적지의 시구정촌에 문의하십시오
reason-not_japanese_national-title = 일본 국적인 분만 발급받을 수 있습니다
reason-not_japanese_national-rule = 호적 증명서는 일본 국적인 분만 해당됩니다
reason-not_japanese_national-next = 주민표 사본 등 거주하시는 시구정촌의 증명서를 선택하십시오
reason-domicile_not_registered-title = 본적지 증명서 이용 등록이 필요합니다
reason-domicile_not_registered-rule = 본적지와 거주지가 다른 분은 먼저 이용 등록이 필요합니다(1–5 개청일 걸립니다)
reason-domicile_not_registered-next = 첫 화면에서 "본적지 증명서 이용 등록 신청"을 선택하십시오
reason-card_unreadable-title = 카드를 읽을 수 없었습니다
reason-card_unreadable-rule = 카드 리더기가 카드를 읽을 수 없었습니다
reason-card_unreadable-next = 카드를 빼고 처음부터 다시 해 보십시오. 계속되면 { $hall }에 문의하십시오
reason-card_not_yet_usable-title = 카드는 내일부터 이용하실 수 있습니다
reason-card_not_yet_usable-rule = 카드를 발급받은 날이나 비밀번호를 변경한 날에는 편의점 발급을 이용할 수 없습니다
reason-card_not_yet_usable-next = 내일 이후에 오시거나 오늘은 { $hall }에서 발급받으십시오
reason-not_offered-title = 이 증명서는 편의점에서 발급받을 수 없습니다
reason-not_offered-rule = { $city }은(는) 이 증명서를 편의점 발급으로 발급하지 않습니다
reason-not_offered-next = { $hall }에서 발급받으십시오

## 조작이 없을 때

warning-title = 조작을 계속하시겠습니까?
warning-body = { $seconds }초 후에 첫 화면으로 돌아갑니다. 넣은 돈과 카드는 반환됩니다.
warning-extend = 연장하기

## 기기 부분

reader-title = 카드 리더기
reader-choose = 놓을 카드
reader-place = 카드 놓기
reader-place-phone = 스마트폰 갖다 대기
reader-remove = 카드 빼기
reader-empty = 카드가 없습니다
reader-has = 읽기부: { $name }
card-kind-card = 마이넘버 카드
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = 동전·지폐 투입구
slot-insert = { $amount } 넣기
printer-title = 프린터
printer-idle = 대기 중
printer-busy = 인쇄 중 { $done } / { $total }
printer-stopped = 정지: { $fault }
fault-paper_jam = 용지 걸림
fault-out_of_paper = 용지 없음
fault-card_unreadable = 카드 읽기 불량
fault-no_change = 거스름돈 부족
tray-title = 배출구
tray-empty = 비어 있습니다
tray-open = { $name } 열기
tray-take = 증명서 가져가기
tray-opened = 열었습니다: { $path }
tray-open-failed = 열 수 없었습니다. 파일: { $path }
change-title = 거스름돈 반환구
change-empty = 비어 있습니다
change-take = 거스름돈 가져가기
keypad-title = 숫자 키패드
keypad-digit = 숫자 키패드 { $digit }
keypad-enter = 숫자 키패드 ○ 결정
keypad-clear = 숫자 키패드 ← 정정
keypad-cancel = 숫자 키패드 × 취소
keypad-tactile = 5에는 돌기가 있습니다
jack-title = 이어폰 단자(음성 안내)
jack-plug = 이어폰 꽂기
jack-unplug = 이어폰 빼기
jack-speaking = 음성 안내: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = 비밀번호 1자리를 입력했습니다
trainer-toggle = 트레이너 화면(F2)

## 상태 알림(음성)

live-printing-done = 인쇄가 끝났습니다. 증명서를 가져가십시오.
live-card-can-remove = 카드를 빼실 수 있습니다
live-returned = { $amount }이(가) 반환구로 나왔습니다
live-session-reset = 첫 화면으로 돌아왔습니다
live-card-placed = 카드를 놓았습니다
live-card-removed = 카드를 뺐습니다

## 트레이너 화면

trainer-title = 트레이너 화면
trainer-clock = 모의 시계
trainer-pause = 일시 정지
trainer-resume = 재개
trainer-speed = 속도 ×{ $x }
trainer-plus-1m = 1분 앞으로
trainer-plus-10m = 10분 앞으로
trainer-plus-1h = 1시간 앞으로
trainer-jump-0629 = 6:29로
trainer-jump-2300 = 23:00로
trainer-jump-1229 = 12월 29일로
trainer-set-field = 날짜와 시간(RFC 3339)
trainer-set = 시간 설정
trainer-set-invalid = 날짜와 시간 형식이 틀렸습니다(예: 2026-11-25T10:00:00+09:00)
trainer-deck = 페르소나(카드)
trainer-municipality = 지자체
trainer-vendor = 기종
trainer-print-speed = 인쇄 시간(1통당 초)
trainer-faults = 고장 일으키기
trainer-after-copies = 몇 통 인쇄한 후
trainer-inject = { $fault } 일으키기
trainer-new-session = 새 이용 시작
trainer-log = 이벤트 로그
trainer-log-rule = 규칙: { $rule }
trainer-log-next = 다음에 할 일: { $next }
trainer-error = 오류: { $message }
