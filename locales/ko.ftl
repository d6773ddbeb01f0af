# kofu — 편의점 증명서 발급 단말기 화면 문구, 한국어(원문 ja.ftl에서 번역).
# 모든 언어 파일의 키는 같습니다(테스트가 빠지거나 남는 키를 검사합니다).
# { $… } 자리표시자는 그대로 두십시오. 금액({ $amount })은 서식이 적용되어 들어옵니다.
# 인쇄되는 증명서 자체는 일본어 그대로입니다.

## 언어와 일반

language-name = 한국어
app-title = kofu — 편의점 증명서 발급 모의 단말기(견본 SPECIMEN 전용)
specimen-banner = SPECIMEN(견본) — 이 단말기는 견본 증명서만 인쇄합니다
money-yen = { $amount }엔
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
list-separator = ,{" "}

## 공통 버튼

btn-back = 뒤로
btn-cancel = 중지
btn-next = 다음
btn-ok = 확인
btn-finish = 종료
page-previous = 이전 페이지
page-next = 다음 페이지
page-of = { $page } / { $pages } 페이지
toggle-large-text = 큰 글자
toggle-high-contrast = 고대비
keypad-help = 숫자 키패드: 숫자로 입력·선택 · 2와 8로 선택 이동 · ○ 결정 · ← 한 글자 지우기 · × 뒤로·중지

## 첫 화면(언어와 행정 서비스)

home-title = 서비스를 선택해 주십시오
home-language = 언어 / Language
home-services = 행정 서비스
home-services-hint = 주민표 사본(住民票の写し) 등의 증명서를 발급받으려면 "행정 서비스"를 누르십시오
home-service-copy = 복사
home-service-print = 인쇄(USB·스마트폰)
home-service-scan = 스캔
home-service-fax = 팩스
home-service-photo = 사진 인화
home-service-tickets = 티켓·각종 요금 납부
home-not-here = 이 모의 단말기에서는 "{ $service }" 서비스를 이용하실 수 없습니다. 증명서를 발급받으려면 "{ $services }"를 누르십시오.

## 행정 서비스

services-title = 행정 서비스
services-cert-issue = 증명서 발급 서비스(편의점)
services-hint = 마이넘버 카드로 거주하시는 시구정촌이나 본적지의 증명서를 발급받을 수 있습니다

## 동의(샤프형 기기)

consent-title = 이용 시 주의사항
consent-body = 증명서를 발급받으려면 마이넘버 카드와 이용자 증명용 전자증명서의 비밀번호(숫자 4자리)가 필요합니다. 비밀번호를 3회 연속 틀리면 잠기며, 시구정촌 창구에서만 해제할 수 있습니다. 인쇄된 증명서는 반품·교환할 수 없습니다. 카드, 증명서, 거스름돈을 잊지 마십시오.
consent-instruction = 이용 시 주의사항을 읽으신 후 "동의합니다"를 누르십시오
consent-agree = 동의합니다

## 카드 놓기

place-title = 카드를 놓아 주십시오
place-instruction = { $vendor ->
    [sharp] 카드를 카드 리더기에 놓고 "다음"을 누르십시오
   *[other] 마이넘버 카드를 카드 리더기에 놓아 주십시오
}
place-phone-note = 스마트폰(마이넘버 카드 기능)을 이용하시는 경우에는 카드 리더기에 대어 주십시오
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
pin-wrong = 비밀번호가 틀렸습니다. { $tries }회 더 틀리면 카드가 잠깁니다.
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
opt-nationality = 국적·지역을 기재
opt-residence-status = 재류 자격·재류 기간 등을 기재
opt-residence-card = 재류 카드 등의 번호를 기재
opt-year = 연도
opt-extent = 종류
opt-extent-whole = 전부 사항 증명서(전원)
opt-extent-individual = 개인 사항 증명서(한 명)
opt-person = 증명할 사람
opt-appendix-note = 호적 부표 사본을 호적에 기재된 분의 것으로 작성합니다
opt-members-none = 1명 이상 선택해 주십시오

## 통수

copies-title = 통수를 선택해 주십시오
copies-value = { $count }통
copies-more = 1통 늘리기
copies-less = 1통 줄이기
copies-max = 최대 { $max }통까지
copies-ceiling = 이 기기의 1회 거래 한도({ $ceiling }) 때문에 최대 { $max }통까지
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
pay-cancel-note = "중지"를 누르면 넣으신 돈을 전액 돌려드립니다

## 인쇄

print-title = 인쇄 중입니다
print-progress = { $done } / { $total }통 인쇄 완료
print-wait = 인쇄가 끝날 때까지 기다려 주십시오. 자리를 떠나지 마십시오.
flow-step-1 = 언어
flow-step-2 = 행정 서비스
flow-step-3 = 카드
flow-step-4 = 비밀번호
flow-step-5 = 증명서
flow-step-6 = 통수
flow-step-7 = 결제
flow-step-at = { $count }단계 중 { $n }단계: { $name }
print-halted-title-paper_jam = 용지 걸림으로 인쇄가 멈췄습니다
print-halted-title-out_of_paper = 용지 없음으로 인쇄가 멈췄습니다
print-halted-call-staff = 점원을 불러 주십시오. 점원이 고치면 남은 증명서를 계속 인쇄합니다. 카드와 비밀번호는 다른 사람에게 건네지 마십시오.
print-halted-cancel-note = "중지"를 누르면 인쇄되지 않은 분량의 요금을 돌려드립니다
printer-halted = 정지, 점원 대응 대기: { $fault }
printer-clear-fault = 점원: { $fault } 해결
effect-printer_halted = 프린터 정지({ $fault }): { $printed } / { $of }통 인쇄 완료, 점원 대응 대기
effect-printer_resumed = 점원이 { $fault }을(를) 해결, 인쇄 재개
live-printer-halted = 프린터가 멈췄습니다({ $fault }). 점원을 불러 주십시오.
live-printer-resumed = 인쇄를 다시 시작했습니다.
trainer-ev-clear-fault = 점원이 프린터를 고침

## 잊은 물건

take-title = 잊은 물건이 없는지 확인해 주십시오
take-card = 카드를 가져가십시오
take-certs = 배출구에서 증명서 { $count }통을 가져가십시오
take-change = 거스름돈을 가져가십시오: { $amount }
take-nothing = 잊은 물건이 없습니다
take-issued = 증명서를 발급했습니다
take-cancelled = 중지했습니다. 넣으신 돈은 반환구로 나왔습니다
take-cancelled-unpaid = 중지했습니다. 결제된 금액은 없습니다
take-timeout = 조작이 없어 종료되었습니다
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

## 이유. 인수: { $city } 시구정촌 이름, { $hall } 창구(접수 시간·전화번호 포함), { $office } 창구 이름,
## { $open } { $close } 규칙의 시간, { $reopens } 다시 이용할 수 있는 일시, { $date } 유효기간·이용 시작일,
## { $registered } yes / no, { $stopFrom } { $stopUntil } 중지 기간, { $year } 연도, { $days } 일수,
## { $age } 나이, { $tries } 횟수, { $hotline } 전화번호, { $button } 버튼 이름.

refusal-sentence = { $title }. { $rule }. { $next }.
reason-out_of_service_hours-title = 이용 시간이 아닙니다
reason-out_of_service_hours-rule = 편의점 발급은 매일 { $open }–{ $close }(일본 시간)에 이용하실 수 있습니다
reason-out_of_service_hours-next = { $reopens } 이후에 다시 오시거나 { $hall }에서 발급받으십시오
reason-year_end_suspension-title = 연말연시 휴무 중입니다
reason-year_end_suspension-rule = { $stopFrom }부터 { $stopUntil }까지 서비스를 중지합니다
reason-year_end_suspension-next = { $reopens } 이후에 다시 오십시오. 시구정촌 창구도 { $stopUntil }까지 휴무합니다
reason-maintenance-title = 시스템 점검 중입니다
reason-maintenance-rule = { $city }에서 공지한 점검 기간에는 서비스를 중지합니다
reason-maintenance-next = { $reopens } 이후에 다시 오시거나 { $hall }에서 발급받으십시오
reason-centre_unreachable-title = 통신 장애로 이용할 수 없습니다
reason-centre_unreachable-rule = 증명서 교부 센터와 통신할 수 없는 동안에는 서비스를 중지합니다
reason-centre_unreachable-next = 잠시 후 다시 시도하시거나 { $hall }에서 발급받으십시오
reason-family_register_hours-title = 호적 증명서 접수 시간이 아닙니다
reason-family_register_hours-rule = { $city }의 호적 증명서는 공휴일을 제외한 평일 { $open }–{ $close }에만 발급합니다
reason-family_register_hours-next = { $reopens } 이후에 다시 오시거나 { $hall }에서 발급받으십시오
reason-card_expired-title = 카드의 유효기간이 지났습니다
reason-card_expired-rule = 카드의 유효기간은 { $date }까지였습니다
reason-card_expired-next = { $hall }에서 카드 재발급을 신청하십시오. 카드와 본인 확인 서류를 가지고 오십시오. 그때까지는 창구에서 증명서를 발급받으십시오
reason-certificate_expired-title = 전자증명서의 유효기간이 지났습니다
reason-certificate_expired-rule = 이용자 증명용 전자증명서의 유효기간은 { $date }(발급 후 5번째 생일)까지였습니다
reason-certificate_expired-next = { $hall }에서 전자증명서를 갱신하십시오. 카드를 가지고 오시고 비밀번호를 확인해 두십시오
reason-certificate_revoked-title = 전자증명서가 실효되었습니다
reason-certificate_revoked-rule = 이용자 증명용 전자증명서가 실효되었습니다
reason-certificate_revoked-next = { $hall }에서 전자증명서를 재발급받으십시오. 카드를 가지고 오십시오
reason-card_suspended-title = 카드가 일시 정지되었습니다
reason-card_suspended-rule = 분실·도난 신고로 카드의 전자증명서가 정지되었습니다
reason-card_suspended-next = 카드를 찾으셨다면 { $hall }에서 일시 정지를 해제하십시오. 카드와 본인 확인 서류를 가지고 오십시오. 일시 정지에 관한 문의: { $hotline }(무료 전화)
reason-pin_locked-title = 비밀번호가 잠겼습니다
reason-pin_locked-rule = 비밀번호를 { $tries }회 연속 틀리면 잠깁니다. 해제는 시구정촌 창구에서만 할 수 있습니다
reason-pin_locked-next = { $hall }에서 비밀번호를 초기화하십시오. 카드와 운전면허증, 건강보험증 등 본인 확인 서류를 가지고 오십시오
reason-under_age-title = { $age }세 미만인 분은 이용하실 수 없습니다
reason-under_age-rule = 편의점 발급은 { $age }세 이상인 분이 이용하실 수 있습니다
reason-under_age-next = 보호자께서 { $hall }에서 발급받으십시오
reason-moved_out-title = 전출 신고가 되어 있습니다
reason-moved_out-rule = 전출 신고를 하신 분께는 편의점 발급으로 증명서를 발급할 수 없습니다
reason-moved_out-next = 전입하실 시구정촌에서 { $days }일 이내에 전입 신고를 하십시오. { $city }의 증명서는 { $hall }에서 발급받으십시오
reason-support_measures-title = 창구에서 발급받으십시오
reason-support_measures-rule = 이 카드로는 편의점 발급을 이용하실 수 없습니다
reason-support_measures-next = { $hall } 창구에서 상담하십시오
reason-support_measures-rule-private = 지원 조치(가정폭력·스토킹 등)를 받고 계신 분께는 안전을 위해 편의점 발급으로 증명서를 발급하지 않습니다. 공개 화면에는 "이 카드로는 이용하실 수 없습니다"라고만 표시합니다
reason-deceased-title = 이 카드는 이용하실 수 없습니다
reason-deceased-rule = 이 카드로는 편의점 발급을 이용하실 수 없습니다
reason-deceased-next = { $hall } 창구에서 상담하십시오
reason-deceased-rule-private = 카드 명의인의 사망 기록이 있어 카드를 사용할 수 없습니다. 가족분은 창구에서 증명서를 청구하실 수 있습니다
reason-moved_in_today-title = 전입 당일에는 이용하실 수 없습니다
reason-moved_in_today-rule = 전입 신고는 다음 날부터 편의점 발급에 반영됩니다
reason-moved_in_today-next = 내일 이후에 다시 오시거나 오늘은 { $hall }에서 발급받으십시오
reason-gaiji_pending-title = 창구에서 발급받으십시오
reason-gaiji_pending-rule = 기록에 있는 문자(외자)의 등록이 끝나지 않아 아직 인쇄할 수 없습니다
reason-gaiji_pending-next = { $hall }에 문의하십시오
reason-not_resident-title = { $city }에 거주하시는 분만 이용하실 수 있습니다
reason-not_resident-rule = 이 증명서는 { $city } 주민께만 발급합니다
reason-not_resident-next = 거주하시는 시구정촌의 증명서나 본적지의 증명서를 선택하십시오
reason-no_seal_registration-title = 인감 등록이 없습니다
reason-no_seal_registration-rule = { $city }에 등록된 인감만 증명할 수 있습니다
reason-no_seal_registration-next = { $hall }에서 인감 등록을 하십시오. 등록할 인감과 본인 확인 서류를 가지고 오십시오
reason-no_tax_record-title = 과세 기록이 없습니다
reason-no_tax_record-rule = { $city }에는 { $year }의 과세 기록이 없습니다(그해 1월 1일과 현재 모두 { $city }에 거주하셔야 합니다)
reason-no_tax_record-next = { $hall }에 문의하십시오. 1월 1일에 다른 시구정촌에 거주하셨던 분은 그 시구정촌에 문의하십시오
reason-no_family_register-title = 이 시구정촌에 본적이 없습니다
reason-no_family_register-rule = 호적 증명서는 { $city }에 본적이 있는 분께만 발급합니다
reason-no_family_register-next = 본적지의 시구정촌에서 발급받으십시오(그 시구정촌이 편의점 발급을 실시하는 경우에는 편의점에서도 발급받으실 수 있습니다)
reason-not_japanese_national-title = 일본 국적인 분만 이용하실 수 있습니다
reason-not_japanese_national-rule = 호적은 일본 국적인 분에 대해서만 작성됩니다
reason-not_japanese_national-next = 주민표 사본 등 거주하시는 시구정촌의 증명서를 선택하십시오
reason-domicile_not_registered-title = 본적지 증명서 이용 등록이 필요합니다
reason-domicile_not_registered-rule = { $city } 이외의 지역에 거주하시는 분은 먼저 이용 등록을 하셔야 합니다(등록에는 근무일 기준 { $days }일이 걸립니다)
reason-domicile_not_registered-next = { $registered ->
    [yes] 이용 등록 절차가 진행 중입니다. { $date } 이후에 다시 오십시오
   *[no] 처음부터 다시 시작하여 증명서 종류를 선택하는 화면에서 "{ $button }" 버튼을 선택하십시오. 등록이 완료된 후에 다시 오십시오
}
reason-card_unreadable-title = 카드를 읽을 수 없었습니다
reason-card_unreadable-rule = 카드 리더기가 카드의 IC 칩을 읽을 수 없었습니다
reason-card_unreadable-next = 카드를 빼신 후 카드 리더기에 평평하게 놓고 처음부터 다시 해 주십시오. 계속 읽히지 않으면 { $hall }에서 카드 점검을 받으십시오
reason-card_not_yet_usable-title = 카드는 내일부터 이용하실 수 있습니다
reason-card_not_yet_usable-rule = 카드를 발급받은 날과 비밀번호를 변경한 날에는 편의점 발급을 이용하실 수 없습니다
reason-card_not_yet_usable-next = 내일 이후에 다시 오시거나 오늘은 { $hall }에서 발급받으십시오
reason-not_offered-title = 이 증명서는 편의점에서 발급하지 않습니다
reason-not_offered-rule = { $city }에서는 이 증명서를 편의점 발급으로 발급하지 않습니다
reason-not_offered-next = { $hall }에서 발급받으십시오
reason-registration_not_needed-title = 이용 등록이 필요하지 않습니다
reason-registration_not_needed-rule = { $registered ->
    [yes] 이용 등록이 완료되었습니다. { $date }부터 본적지 증명서를 이용하실 수 있습니다
   *[no] 이용 등록은 { $city }에 본적이 있고 다른 시구정촌에 거주하시는 분을 위한 절차입니다
}
reason-registration_not_needed-next = 처음부터 다시 시작하여 원하시는 증명서를 바로 선택하십시오
reason-smartphone_not_supported-title = 이 기기에서는 스마트폰을 이용하실 수 없습니다
reason-smartphone_not_supported-rule = { $case ->
    [register] 본적지 증명서 이용 등록에는 실물 마이넘버 카드가 필요합니다. 스마트폰으로는 등록하실 수 없습니다
    [later] 이 기기에서는 { $date }부터 { $device } 이용이 가능합니다
   *[never] 이 기기의 카드 리더기는 { $device } 읽기를 지원하지 않습니다
}
reason-smartphone_not_supported-next = 실물 마이넘버 카드와 비밀번호(숫자 4자리)를 이용하십시오

## 창구(시구정촌 프로필에 한국어 이름이 없으면 일본어 이름과 읽는 법)

office-name-reading = { $name }({ $reading })
office-full = { $office }({ $hours } / 전화 { $phone })
office-full-no-phone = { $office }({ $hours })
office-alternatives = { $first } 또는 { $others }
office-alternatives-separator = {" "}또는{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days }요일 { $open }–{ $close }
office-hours-weeks = { $weeks } { $days }요일 { $open }–{ $close }
office-weeks-join = 매월 { $list }
office-weeks-separator = ·
office-week-1 = 첫째
office-week-2 = 둘째
office-week-3 = 셋째
office-week-4 = 넷째
office-week-5 = 다섯째
office-hours-separator = ,{" "}
office-closed-holidays = 공휴일 및 12월 29일–1월 3일 휴무

## 다음 절차(트레이너용 짧은 이름)

next-step-come_back_in_service_hours = 이용 시간 내에 다시 방문
next-step-come_back_after_year_end = 연말연시 중지가 끝난 후 다시 방문
next-step-come_back_after_maintenance = 점검이 끝난 후 다시 방문
next-step-come_back_in_office_hours = 평일 접수 시간에 다시 방문
next-step-come_back_tomorrow = 내일 이후에 다시 방문
next-step-reset_pin_at_city_hall = 시구정촌 창구에서 비밀번호 초기화
next-step-renew_card_at_city_hall = 시구정촌 창구에서 카드 재발급 신청
next-step-renew_certificate_at_city_hall = 시구정촌 창구에서 전자증명서 갱신
next-step-cancel_suspension_at_city_hall = 시구정촌 창구에서 일시 정지 해제
next-step-register_seal_at_city_hall = 시구정촌 창구에서 인감 등록
next-step-tax_office = 세무 창구에 문의
next-step-city_hall = 시구정촌 창구에서 상담
next-step-complete_move_in = 전입하는 시구정촌에서 전입 신고
next-step-municipality_of_residence = 거주하는 시구정촌의 증명서 이용
next-step-municipality_of_domicile = 본적지 시구정촌에 청구
next-step-register_domicile_and_wait = 본적지 증명서 이용 등록 후 대기
next-step-choose_another_certificate = 다른 증명서 선택
next-step-place_card_again = 카드를 다시 놓기
next-step-insert_more_money = 부족한 금액 넣기
next-step-choose_certificates_directly = 증명서를 바로 선택
next-step-use_plastic_card = 실물 마이넘버 카드 이용
device-card = 마이넘버 카드
device-android = Android 스마트폰
device-iphone = iPhone

## 일어난 일(트레이너용 조작 기록)

effect-language_changed = 언어 변경: { $lang }
effect-card_read = 카드를 읽음
effect-card_taken_off = 카드를 리더기에서 뺌
effect-card_may_be_removed = 카드를 뺄 수 있는 상태
effect-pin_accepted = 비밀번호 확인됨
effect-pin_rejected = 비밀번호 오류(남은 횟수 { $tries }회)
effect-pin_locked = 비밀번호 잠김
effect-registration_accepted = 이용 등록 접수({ $date }부터 이용 가능)
effect-selection_started = { $kind } 선택
effect-selection_added = { $kind } { $copies }통(1통 { $fee })
effect-selection_reopened = { $kind }: 변경을 위해 선택 취소
effect-total = 합계 { $amount }
effect-payment_due = 결제 금액 { $amount }
effect-money_accepted = { $amount } 투입(남은 금액 { $remaining })
effect-money_returned = { $amount } 반환({ $why })
effect-returned-denomination = 이 기기에서 사용할 수 없는 동전·지폐
effect-returned-already_paid = 이미 결제됨
effect-returned-no_change = 거스름돈 없음(정확한 금액만 가능)
effect-returned-closed = 이용 시간 종료
effect-returned-change = 거스름돈
effect-returned-refund = 환불
effect-printing_started = 인쇄 시작
effect-copy_printed = { $kind } 인쇄({ $copy }/{ $of }통, { $number })
effect-printer_stopped = 프린터 정지: { $fault }
effect-output_failed = 증명서를 저장하지 못함({ $path }: { $error }): 인쇄를 중지하고 인쇄되지 않은 분량의 요금을 환불
effect-printing_done = 인쇄 완료
effect-refused = 발급 불가: { $sentence }
effect-refusal_left = 이용자가 발급 불가 화면에서 나감
effect-fault_armed = 고장 설정: { $fault }
effect-inactivity_warning = 조작 없음: 연장하지 않으면 { $seconds }초 후 첫 화면으로 돌아감
effect-time_extended = 시간 연장
effect-timed_out = 조작 없음: 첫 화면으로 돌아감
effect-returned_home = 종료 화면에서 방치됨: 첫 화면으로 돌아감
effect-session_ended = 종료: { $status }
effect-other_service_touched = "{ $service }" 누름: 이 모의 단말기에 없는 서비스(경로 이탈)
effect-status-issued = 발급
effect-status-refused = 발급 불가
effect-status-cancelled = 중지
effect-status-timed_out = 시간 초과
effect-status-registered = 이용 등록

## 조작이 없을 때

warning-title = 조작을 계속하시겠습니까?
warning-body = { $seconds }초 후에 첫 화면으로 돌아갑니다. 넣으신 돈과 카드는 반환됩니다.
warning-extend = 연장하기

## 기기 부분

reader-title = 카드 리더기
reader-choose = 놓을 카드
reader-place = 카드 놓기
reader-place-phone = 스마트폰 갖다 대기
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = 카드: 앞면이 위로 가게 카드 리더기 위에 놓기
guide-phone = 스마트폰: 카드 리더기에 갖다 대기
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
fault-centre_unreachable = 센터 통신 불가
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
speech-repeat = 다시 듣기
speech-stop = 음성 중지
jack-pin-digit = 비밀번호 1자리를 입력했습니다
trainer-toggle = 트레이너 화면(F2)

## 상태 알림(음성)

live-printing-done = 인쇄가 끝났습니다. 증명서를 가져가십시오.
live-card-can-remove = 카드를 빼실 수 있습니다
live-returned = { $amount }이(가) 반환구로 나왔습니다
live-session-reset = 첫 화면으로 돌아왔습니다
live-card-placed = 카드를 놓았습니다
live-card-removed = 카드를 뺐습니다
live-not-here = "{ $service }"은(는) 이용하실 수 없습니다

## 트레이너 화면

trainer-title = 트레이너 화면
trainer-clock = 모의 시계
trainer-pause = 일시 정지
trainer-resume = 재개
trainer-speed = 속도 ×{ $x }
trainer-plus-1m = 1분 앞으로
trainer-plus-10m = 10분 앞으로
trainer-plus-1h = 1시간 앞으로
trainer-jump-0629 = { $time }(으)로
trainer-jump-2300 = { $time }(으)로
trainer-jump-1229 = 12월 29일로
trainer-set-field = 날짜와 시간(RFC 3339)
trainer-set = 시간 설정
trainer-set-invalid = 날짜와 시간 형식이 올바르지 않습니다(예: 2026-11-25T10:00:00+09:00)
trainer-deck = 페르소나(카드)
trainer-participant = 참가자(이름이 아닌 ID)
trainer-task = 과제
trainer-condition = 조건
trainer-municipality = 지자체
trainer-vendor = 기종
trainer-print-speed = 인쇄 시간(1통당 초)
trainer-faults = 고장 일으키기
trainer-after-copies = 몇 통 인쇄한 후
trainer-inject = { $fault } 일으키기
trainer-armed-none = 대기 중인 고장이 없습니다
trainer-armed-after = 대기 중: { $fault } ({ $after }통 인쇄 후)
trainer-armed-next = 대기 중: { $fault } (다음에 일어날 수 있을 때)
trainer-new-session = 새 이용 시작
trainer-log = 이벤트 로그
trainer-log-rule = 규칙: { $rule }
trainer-log-next = 다음에 할 일: { $next }
trainer-error = 오류: { $message }
trainer-handbook = 트레이너용 핸드북 인쇄(PDF)
trainer-handbook-written = 핸드북을 저장했습니다: { $path }
trainer-language-ja = 일본어
trainer-language-en = 영어
trainer-language-zh-Hans = 중국어(간체)
trainer-language-ko = 한국어
trainer-language-pt = 포르투갈어
trainer-language-es = 스페인어
trainer-language-vi = 베트남어
trainer-language-tl = 타갈로그어
trainer-language-id = 인도네시아어
trainer-language-th = 태국어
trainer-language-ne = 네팔어
trainer-screen-language = 첫 화면
trainer-screen-services = 행정 서비스
trainer-screen-consent = 이용 시 주의사항
trainer-screen-place_card = 카드 놓기
trainer-screen-path = 증명서 종류
trainer-screen-pin = 비밀번호
trainer-screen-registered = 이용 등록 접수
trainer-screen-remove_card = 카드 빼기
trainer-screen-certificate = 증명서 선택
trainer-screen-options = 내용 선택
trainer-screen-copies = 통수
trainer-screen-confirm = 내용 확인
trainer-screen-payment = 요금 지불
trainer-screen-printing = 인쇄
trainer-screen-take_items = 잊은 물건 확인
trainer-screen-out_of_service = 지금은 이용 불가
trainer-screen-refusal = 발급 불가
trainer-ev-press = '{ $button }' 누름
trainer-ev-language = 언어 선택: { $lang }
trainer-ev-place-card = 카드를 놓음({ $card })
trainer-ev-remove-card = 카드 리더에서 카드를 뺌
trainer-ev-pin = 비밀번호(4자리) 입력
trainer-ev-certificate = '{ $kind }' 선택
trainer-ev-options = 내용 선택: { $options }
trainer-ev-options-default = 내용은 처음 설정 그대로
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = 통수: { $copies }통
trainer-ev-insert = { $amount } 넣음
trainer-ev-printer-step = 프린터
trainer-ev-take-items = 카드, 증명서, 거스름돈을 가져감
trainer-ev-tick = 시간 경과({ $time })
trainer-ev-fault = 트레이너가 일으킴: { $fault }
trainer-ev-fault-after = 트레이너가 일으킴: { $fault }({ $after }통 인쇄 후)
trainer-ev-walk-away = 발급 불가 화면에서 떠남
trainer-ev-unknown = 조작
trainer-log-said = { $event } → { $result }
trainer-log-screen = 화면: { $screen }
trainer-log-nothing = 변화 없음
trainer-log-rejected = { $event } → 접수되지 않음
trainer-log-veiled = ?(답한 뒤에 표시)
trainer-log-veil-note = 질문에 답할 때까지 단말기의 반응은 숨겨 둡니다
trainer-recording = 기록(조사)
trainer-record = ● 이용 기록하기
trainer-record-stop = ■ 기록 중지
trainer-recorded = 이용 기록 { $count }건 저장함
trainer-recording-into = 저장 위치: { $dir }(이용 기록 { $count }건 저장함)
trainer-record-error = 쓸 수 없음: { $error }
trainer-note-hint = 관찰 메모(F3), Enter 키로 추가
trainer-note-add = 메모 추가
trainer-exercises = 연습 문제
trainer-exercise-pick = 연습 문제 선택
trainer-exercise-numbered = 연습 문제 { $n }
trainer-exercise-titled = 연습 문제 { $n }: { $title }
trainer-exercise-none = (연습 문제 없음)
trainer-exercise-start = 연습 시작
trainer-exercise-play = 질문 장면까지 재생
trainer-exercise-ask = 지금 질문하기
trainer-exercise-running = 진행 중: { $exercise }. 단말기를 조작하거나 질문 장면까지 재생하십시오.
trainer-exercise-own-persons = { $file }: 자체 페르소나를 쓰는 시나리오는 트레이너 화면에서 실행할 수 없습니다
trainer-question = 질문
trainer-question-what = 이용자의 마지막 조작 뒤에 단말기는 어떻게 합니까? 거절한다면 그 이유를 고르고, 이용자가 다음에 할 일을 고르십시오.
trainer-question-amount = 얼마가 더 필요한지도 답하십시오.
trainer-question-veiled = 답할 때까지 터치 패널과 단말기의 반응은 숨겨 둡니다.
trainer-question-trainer = 출제자의 질문: { $question }
trainer-answer-reason = 거절 이유
trainer-answer-not-refused = 거절하지 않음(발급 가능)
trainer-answer-next = 다음에 할 일
trainer-answer-choose = (선택하십시오)
trainer-answer-amount = 금액(엔)
trainer-answer-submit = 답하기
trainer-choice-detail = { $title }({ $rule })
trainer-veil-title = 연수 질문 중입니다
trainer-veil-body = 트레이너 화면의 질문에 답할 때까지 화면을 가려 둡니다.
trainer-fb-right = 정답입니다.
trainer-fb-wrong = 오답입니다.
trainer-fb-reason-right = 이유가 맞습니다. 단말기 표시: '{ $title }'. 규칙: { $rule }
trainer-fb-reason-wrong = '{ $chosen }'이(가) 아닙니다. 단말기 표시: '{ $title }'. 규칙: { $rule }
trainer-fb-reason-wrong-rule = '{ $chosen }'의 규칙은 '{ $chosenRule }'이며, 이 이용자에게는 해당하지 않습니다.
trainer-fb-reason-wrong-none = 단말기는 거절합니다. 표시: '{ $title }'. 규칙: { $rule }
trainer-fb-not-refused-right = 맞습니다. 단말기는 이 장면에서 거절하지 않습니다.
trainer-fb-reason-wrong-not-refused = '{ $chosen }'이(가) 아닙니다. 단말기는 이 장면에서 거절하지 않습니다.
trainer-fb-next-right = 다음에 할 일이 맞습니다: { $next }
trainer-fb-next-wrong = '{ $chosen }'이(가) 아닙니다. 다음에 할 일은 '{ $expected }'입니다: { $next }
trainer-fb-next-wrong-short = '{ $chosen }'이(가) 아닙니다. 다음에 할 일은 '{ $expected }'입니다.
trainer-fb-next-missing = 다음에 할 일을 고르지 않았습니다. 정답은 '{ $expected }'입니다: { $next }
trainer-fb-next-missing-short = 다음에 할 일을 고르지 않았습니다. 정답은 '{ $expected }'입니다.
trainer-fb-amount-right = 금액이 맞습니다: { $amount }
trainer-fb-amount-wrong = 금액이 틀렸습니다({ $given }). 정답은 { $amount }입니다.
trainer-fb-amount-missing = 금액을 답하지 않았습니다. 정답은 { $amount }입니다.
trainer-fb-trainer = 출제자의 말: { $text }
trainer-fb-explanation = 해설: { $text }
trainer-score = 점수: { $correct } / { $total }({ $percent }%)
trainer-export = 로그 내보내기(JSON과 PDF)
trainer-exported = 내보냈습니다: { $path }
trainer-export-failed = 내보내지 못했습니다: { $error }

## 기록한 세션 후의 설문(연구 모드, `kofu --record`): 단일 용이성 질문 SEQ(Sauro 2009)와
## 시스템 사용성 척도 SUS(Brooke 1996). 문항은 표준 순서.
q-seq-title = 이 과제에 관한 질문
q-seq = 전반적으로 이 과제는 수행하기가 얼마나 어렵거나 쉬웠습니까?
q-seq-low = 매우 어려움
q-seq-high = 매우 쉬움
q-answer = { $n }({ $anchor })
q-sus-offer = 이 기기에 관한 짧은 문항 10개에 더 답해 주시겠습니까?
q-sus-yes = 문항 10개에 답하기
q-sus-skip = 아니요, 종료
q-sus-title = 문항 { $n } / 10
q-sus-ask = 얼마나 동의하십니까?
q-sus-low = 전혀 동의하지 않음
q-sus-high = 매우 동의함
q-sus-1 = 이 시스템을 자주 사용하고 싶다고 생각합니다.
q-sus-2 = 이 시스템이 불필요하게 복잡하다고 느꼈습니다.
q-sus-3 = 이 시스템은 사용하기 쉽다고 생각했습니다.
q-sus-4 = 이 시스템을 사용하려면 기술을 잘 아는 사람의 도움이 필요할 것 같습니다.
q-sus-5 = 이 시스템의 여러 기능이 잘 통합되어 있다고 느꼈습니다.
q-sus-6 = 이 시스템에는 일관되지 않은 부분이 너무 많다고 생각했습니다.
q-sus-7 = 대부분의 사람들이 이 시스템의 사용법을 매우 빨리 익힐 것이라고 생각합니다.
q-sus-8 = 이 시스템은 사용하기가 매우 번거롭다고 느꼈습니다.
q-sus-9 = 이 시스템을 사용하는 동안 매우 자신감이 있었습니다.
q-sus-10 = 이 시스템을 사용하기 시작하기 전에 많은 것을 배워야 했습니다.
q-thanks = 감사합니다. 응답이 저장되었습니다.
q-finish = 종료
q-keypad = 숫자 키 { $low }~{ $high } 중 하나를 누르시거나 화면에서 답을 선택하십시오.

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, 버튼
focus-button-disabled = { $name }, 버튼, 사용할 수 없음
focus-at = { $control }, { $count }개 중 { $pos }번째
focus-check = { $name }, 확인란, { $on ->
    [yes] 선택됨
   *[no] 선택 안 됨
}
focus-radio = { $name }, 라디오 버튼, { $on ->
    [yes] 선택됨
   *[no] 선택 안 됨
}
