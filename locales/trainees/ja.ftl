### The trainees area of the ja bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = 研修者
trainee-none = 研修者の名前を入力すると、回答が記録されます。
trainee-results = { $name }さんの結果
trainee-results-none = まだ回答した演習はありません。
trainee-col-exercise = 演習
trainee-col-answer = 回答
trainee-col-mark = 正誤
trainee-col-time = 時間
trainee-right = 正解
trainee-wrong = 不正解
trainee-seconds = { $seconds }秒
trainee-export = 結果を書き出す（JSON・CSV・PDF）
trainee-store-failed = 結果を保存できませんでした：{ $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }（{ $age }歳）— { $kind }
case-situation-pin = { $situation }・暗証番号 { $pin }
case-kiosk = キオスク：{ $outcome }
case-outcome-issues = 証明書を交付します
case-outcome-domicile = 本籍地の証明書だけを交付します
case-outcome-refuses = 交付しません：{ $refusal }
case-situation-deceased = 死亡の記録があり、家族がカードを持参
case-situation-support = 支援措置（DV・ストーカー等）の対象
case-situation-moved-out = 転出届を出している
case-situation-gaiji = 氏名の外字が未処理
case-situation-child = { $age }歳の子ども
case-situation-cert-expired = 電子証明書の有効期限が{ $date }に切れた
case-situation-stay-ended = 在留期間が{ $date }に終わった
case-situation-card-expired = カードの有効期限が{ $date }に切れた
case-situation-suspended = カードが一時停止中
case-situation-revoked = 電子証明書が失効している
case-situation-new-card = カードか電子証明書を今日受け取った
case-situation-pin-changed = 今日、暗証番号を変更した
case-situation-pin-failures = 暗証番号の連続誤り：{ $failures }回
case-situation-moved-in-today = 今日転入した
case-situation-domicile-registered = ほかの市区町村に住み、本籍はここ（{ $date }に利用登録）
case-situation-domicile-only = ほかの市区町村に住み、本籍はここ（利用登録なし）
case-situation-elsewhere = ほかの市区町村に住んでいる
case-situation-foreign = 外国籍の住民（{ $nationality }）
case-situation-no-seal = 印鑑登録がない
case-situation-no-tax = 課税の記録がない
case-situation-resident = 住民（特別な事情なし）
case-cards-title = 事例カード：架空の住民
case-cards-head = 事例カード — 架空の住民（見本）・キオスクの時刻 { $time }
case-card-age = { $age }歳・{ $kind }
case-card-situation = 状況
case-card-kiosk = キオスクの対応
