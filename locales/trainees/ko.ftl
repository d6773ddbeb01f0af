### The trainees area of the ko bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = 연수생
trainee-none = 연수생 이름을 입력하면 답변이 기록됩니다.
trainee-results = { $name } 님의 결과
trainee-results-none = 아직 답한 연습이 없습니다.
trainee-col-exercise = 연습
trainee-col-answer = 답변
trainee-col-mark = 정답 여부
trainee-col-time = 시간
trainee-right = 정답
trainee-wrong = 오답
trainee-seconds = { $seconds }초
trainee-export = 결과 내보내기(JSON, CSV, PDF)
trainee-store-failed = 결과를 저장할 수 없습니다: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }({ $age }세) — { $kind }
case-situation-pin = { $situation } · 비밀번호 { $pin }
case-kiosk = 키오스크: { $outcome }
case-outcome-issues = 증명서를 발급합니다
case-outcome-domicile = 본적지 증명서만 발급합니다
case-outcome-refuses = 발급하지 않습니다: { $refusal }
case-situation-deceased = 사망으로 기록됨, 가족이 카드를 가져옴
case-situation-support = 지원 조치(DV·스토킹 등) 대상
case-situation-moved-out = 전출 신고를 했음
case-situation-gaiji = 이름의 외자가 처리 중
case-situation-child = { $age }세 어린이
case-situation-cert-expired = 전자증명서가 { $date }에 만료됨
case-situation-stay-ended = 체류 기간이 { $date }에 끝남
case-situation-card-expired = 카드가 { $date }에 만료됨
case-situation-suspended = 카드 일시 정지
case-situation-revoked = 전자증명서 실효
case-situation-new-card = 오늘 카드나 전자증명서를 받음
case-situation-pin-changed = 오늘 비밀번호를 변경함
case-situation-pin-failures = 지금까지 비밀번호 연속 오류: { $failures }회
case-situation-moved-in-today = 오늘 전입함
case-situation-domicile-registered = 다른 시구정촌에 살며 본적지는 이곳({ $date }에 이용 등록)
case-situation-domicile-only = 다른 시구정촌에 살며 본적지는 이곳(이용 등록 없음)
case-situation-elsewhere = 다른 시구정촌에 삶
case-situation-foreign = 외국 국적 주민({ $nationality })
case-situation-no-seal = 인감 등록 없음
case-situation-no-tax = 과세 기록 없음
case-situation-resident = 주민, 특별한 사정 없음
case-cards-title = 사례 카드: 가상의 주민
case-cards-head = 사례 카드 — 가상의 주민(견본) · 키오스크 시각 { $time }
case-card-age = { $age }세 · { $kind }
case-card-situation = 상황
case-card-kiosk = 키오스크의 처리
