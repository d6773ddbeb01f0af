# kofu — コンビニ交付 模擬端末の画面の文言（原文: 日本語）。
# 翻訳のきまり:
# - キーはすべての言語ファイルで同じにしてください（テストが過不足を検出します）。
# - { $… } は差し込まれる値です。名前を変えずに残してください。
# - 金額は { $amount }（書式済みの文字列）、件数は { $count } などの数値です。
# - 証明書そのものは日本語のまま印刷されます（この文言は画面用です）。

## 言語と全般

language-name = 日本語
app-title = kofu — コンビニ交付 模擬端末（見本のみ）
specimen-banner = 見本 — この端末は見本の証明書のみを印刷します
money-yen = { $amount }円
fiscal-year = { $era }{ $eraYear ->
    [1] 元
   *[other] { $eraYear }
}年度（{ $incomeYear }年中の所得）
era-reiwa = 令和
era-heisei = 平成
weekday-1 = 月
weekday-2 = 火
weekday-3 = 水
weekday-4 = 木
weekday-5 = 金
weekday-6 = 土
weekday-7 = 日
list-separator = 、

## 共通ボタン

btn-back = 戻る
btn-cancel = 中止
btn-next = 次へ
btn-ok = 確認
btn-finish = 終了
page-previous = 前のページ
page-next = 次のページ
page-of = { $page } / { $pages } ページ
toggle-large-text = 大きな文字
toggle-high-contrast = ハイコントラスト
keypad-help = テンキー操作: 数字で入力・選択 ／ 2と8で選択を移動 ／ ○で決定 ／ ←で1文字削除 ／ ×で戻る・中止

## 最初の画面（言語と行政サービス）

home-title = サービスをお選びください
home-language = 言語 / Language
home-services = 行政サービス
home-services-hint = 住民票の写しなどの証明書をお求めの場合は、「行政サービス」を押してください
home-service-copy = コピー
home-service-print = プリント（USB・スマートフォン）
home-service-scan = スキャン
home-service-fax = ファクス
home-service-photo = 写真プリント
home-service-tickets = チケット・各種お支払い
home-not-here = 「{ $service }」はこのエミュレーターではご利用いただけません。証明書をお求めの場合は「{ $services }」を押してください。

## 行政サービス

services-title = 行政サービス
services-cert-issue = { $vendor ->
    [sharp] 証明書交付サービス（コンビニ交付）
   *[other] 証明書交付サービス
}
services-hint = マイナンバーカードを利用して、お住まいの市区町村や本籍地の証明書を取得できます

## 同意（シャープ型）

consent-title = ご利用上の注意
consent-body = 証明書の交付には、マイナンバーカードと利用者証明用電子証明書の暗証番号（数字4桁）が必要です。暗証番号を3回続けて間違えるとロックされます。ロックの解除は市区町村の窓口でのみ行えます。印刷された証明書の返品・交換はできません。カード、証明書、おつりのお取り忘れにご注意ください。
consent-instruction = ご利用上の注意をお読みのうえ、「同意する」を押してください
consent-agree = 同意する

## カードを置く

place-title = カードを置いてください
place-instruction = { $vendor ->
    [sharp] カードをカードリーダーに置き、「次へ」を押してください
   *[other] マイナンバーカードをカードリーダーに置いてください
}
place-phone-note = スマートフォン（マイナンバーカード機能）の場合は、カードリーダーにかざしてください
place-detected = カードを読み取りました

## 証明書の種類

path-title = ご希望の証明書の種類をお選びください
path-residence = お住まいの市区町村の証明書
path-domicile = 本籍地の証明書
path-register = 本籍地の証明書の利用登録申請

## 暗証番号

pin-title = 暗証番号を入力してください
pin-instruction = 利用者証明用電子証明書の暗証番号（数字4桁）を入力し、「確認」を押してください
pin-entered = 暗証番号 { $count }桁入力済み（全4桁）
pin-wrong = 暗証番号が正しくありません。あと{ $tries }回間違えると暗証番号がロックされます
pin-clear = 訂正

## 利用登録

registered-title = 利用登録を受け付けました
registered-body = { $date }から本籍地の証明書を取得できます。カードをお取りください

## カードを取る

remove-title = カードをお取りください
remove-body = 本人確認ができました。カードリーダーからカードをお取りいただくと、次の画面に進みます

## 証明書を選ぶ

cert-title = 証明書をお選びください
cert-fee = 1通 { $fee }
cert-none = お取りいただける証明書はありません
cert-kind-resident_certificate = 住民票の写し
cert-kind-seal_certificate = 印鑑登録証明書
cert-kind-tax_certificate = 課税・非課税（所得）証明書
cert-kind-family_register_appendix = 戸籍の附票の写し
cert-kind-family_register = 戸籍証明書（戸籍謄本・抄本）

## 内容を選ぶ

options-title = { $kind }の内容をお選びください
opt-scope = 記載する方
opt-scope-holder = 本人のみ
opt-scope-household = 世帯全員
opt-scope-members = 世帯の一部（選択）
opt-relationship = 世帯主・続柄を記載する
opt-domicile = 本籍・筆頭者を記載する
opt-my-number = 個人番号（マイナンバー）を記載する
opt-nationality = 国籍・地域を記載する
opt-residence-status = 在留資格・在留期間等を記載する
opt-residence-card = 在留カード等の番号を記載する
opt-year = 年度
opt-extent = 種類
opt-extent-whole = 全部事項証明書（全員）
opt-extent-individual = 個人事項証明書（一人）
opt-person = 証明する方
opt-appendix-note = 戸籍の附票の写しは、戸籍に記載されている方について作成します
opt-members-none = 1人以上お選びください

## 通数

copies-title = 通数をお選びください
copies-value = { $count }通
copies-more = 1通増やす
copies-less = 1通減らす
copies-max = 最大{ $max }通まで
copies-ceiling = 1回のお取引の上限が{ $ceiling }のため、最大{ $max }通までお選びいただけます
copies-subtotal = 小計 { $amount }

## 確認

confirm-title = 内容をご確認ください
confirm-line = { $kind } { $copies }通 { $amount }
confirm-total = 合計 { $amount }
confirm-pay = 確認してお支払いへ
confirm-add = ほかの証明書を追加する

## お支払い

pay-title = 料金を投入してください
pay-due = お支払い金額 { $amount }
pay-inserted = 投入金額 { $amount }
pay-remaining = 不足金額 { $amount }
pay-accepted = ご利用いただける硬貨・紙幣: { $list }
pay-no-change = ただいまおつりが出ません。料金ちょうどの金額を投入してください
pay-cancel-note = 「中止」を押すと、投入したお金は全額返却されます

## 印刷

print-title = 印刷しています
print-progress = { $done } / { $total }通 印刷済み
print-wait = 印刷が終わるまでお待ちください。その場を離れないようお願いします
flow-step-1 = 言語
flow-step-2 = 行政サービス
flow-step-3 = カード
flow-step-4 = 暗証番号
flow-step-5 = 証明書
flow-step-6 = 通数
flow-step-7 = お支払い
flow-step-at = 手順 { $n } / { $count }：{ $name }
print-halted-title-paper_jam = 紙づまりで印刷が止まりました
print-halted-title-out_of_paper = 用紙切れで印刷が止まりました
print-halted-call-staff = 店員をお呼びください。店員が直すと、残りの証明書の印刷を続けます。カードと暗証番号は店員に渡さないでください
print-halted-cancel-note = 「中止」を押すと、印刷されなかった分の料金を返却します
printer-halted = 停止中（店員対応待ち）: { $fault }
printer-clear-fault = 店員: { $fault }を直す
effect-printer_halted = プリンターが停止（{ $fault }）: { $printed } / { $of }通 印刷済み、店員対応待ち
effect-printer_resumed = 店員が「{ $fault }」を直し、印刷を再開
live-printer-halted = プリンターが止まりました（{ $fault }）。店員をお呼びください
live-printer-resumed = 印刷を再開しました
trainer-ev-clear-fault = 店員がプリンターを直す

## お忘れ物

take-title = お忘れ物にご注意ください
take-card = カードをお取りください
take-certs = 排出口から証明書（{ $count }通）をお取りください
take-change = おつり（{ $amount }）をお取りください
take-nothing = お忘れ物はありません
take-issued = 証明書を発行しました
take-cancelled = 中止しました。投入したお金を返却口からお取りください
take-cancelled-unpaid = 中止しました。お金はいただいていません
take-timeout = 一定時間操作がなかったため、終了しました
take-fault = プリンターが停止しました（{ $fault }）。料金は印刷できた分のみいただいております。店員をお呼びください

## ご利用いただけません

oos-title = ただいまご利用いただけません
oos-hours = ご利用時間 毎日 { $open }〜{ $close }
oos-now = 現在: { $now }

## 発行できません

refusal-title = 証明書を発行できません
refusal-rule = 理由
refusal-next = 次の手続き
refusal-back = 証明書の一覧に戻る

## 理由。引数: { $city } 市区町村名、{ $hall } 窓口（受付時間・電話番号つき）、{ $office } 窓口名、
## { $open } { $close } 規則の時間、{ $reopens } 再開の日時、{ $date } 有効期限・利用開始日、
## { $registered } yes / no、{ $stopFrom } { $stopUntil } 休止の期間、{ $year } 年度、{ $days } 日数、
## { $age } 年齢、{ $tries } 回数、{ $hotline } 電話番号、{ $button } ボタンの名前

refusal-sentence = { $title }。{ $rule }。{ $next }。
reason-out_of_service_hours-title = ご利用時間外です
reason-out_of_service_hours-rule = コンビニ交付は毎日 { $open }〜{ $close }（日本時間）にご利用いただけます
reason-out_of_service_hours-next = { $reopens }以降にお越しいただくか、{ $hall }でお求めください
reason-year_end_suspension-title = 年末年始のため休止しています
reason-year_end_suspension-rule = { $stopFrom }から{ $stopUntil }まではサービスを休止いたします
reason-year_end_suspension-next = { $reopens }以降にお越しください。市区町村の窓口も{ $stopUntil }まで閉庁しています
reason-maintenance-title = システムメンテナンス中です
reason-maintenance-rule = { $city }がお知らせしているメンテナンスの期間中は、サービスを休止いたします
reason-maintenance-next = { $reopens }以降にお越しいただくか、{ $hall }でお求めください
reason-centre_unreachable-title = ただいま通信障害のためご利用いただけません
reason-centre_unreachable-rule = 証明書交付センターと通信できない間は、サービスを休止いたします
reason-centre_unreachable-next = しばらくしてからもう一度お試しいただくか、{ $hall }でお求めください
reason-family_register_hours-title = 戸籍の証明書の受付時間外です
reason-family_register_hours-rule = { $city }の戸籍の証明書は、コンビニ交付では祝日を除く平日の{ $open }〜{ $close }に限り発行いたします
reason-family_register_hours-next = { $reopens }以降にお越しいただくか、{ $hall }でお求めください
reason-card_expired-title = カードの有効期限が切れています
reason-card_expired-rule = カードの有効期限は{ $date }でした
reason-card_expired-next = { $hall }で新しいカードの交付を申請してください。カードと本人確認書類をお持ちください。それまでは窓口で証明書をお求めください
reason-certificate_expired-title = 電子証明書の有効期限が切れています
reason-certificate_expired-rule = 利用者証明用電子証明書の有効期限は{ $date }（発行後5回目の誕生日）でした
reason-certificate_expired-next = { $hall }で電子証明書の更新手続きをしてください。カードをお持ちのうえ、暗証番号をご確認ください
reason-certificate_revoked-title = 電子証明書が失効しています
reason-certificate_revoked-rule = 利用者証明用電子証明書が失効しています
reason-certificate_revoked-next = { $hall }で電子証明書の再発行の手続きをしてください。カードをお持ちください
reason-card_suspended-title = カードが一時停止されています
reason-card_suspended-rule = 紛失・盗難の届出により、カードの電子証明書が停止されています
reason-card_suspended-next = カードが見つかった場合は、{ $hall }で一時停止の解除の手続きをしてください。カードと本人確認書類をお持ちください。一時停止についてのお問い合わせ: { $hotline }（フリーダイヤル）
reason-pin_locked-title = 暗証番号がロックされています
reason-pin_locked-rule = 暗証番号を{ $tries }回続けて間違えるとロックされます。解除は市区町村の窓口でのみ行えます
reason-pin_locked-next = { $hall }で暗証番号の初期化を行ってください。カードと、運転免許証や健康保険証などの本人確認書類をお持ちください
reason-under_age-title = { $age }歳未満の方はご利用いただけません
reason-under_age-rule = コンビニ交付は{ $age }歳以上の方がご利用いただけます
reason-under_age-next = 保護者の方が{ $hall }でお求めください
reason-moved_out-title = 転出の届出があります
reason-moved_out-rule = 転出の届出をされた方には、コンビニ交付で証明書を発行できません
reason-moved_out-next = 転入先の市区町村で{ $days }日以内に転入の届出をしてください。{ $city }の証明書は{ $hall }でお求めください
reason-support_measures-title = 窓口でお求めください
reason-support_measures-rule = このカードではコンビニ交付をご利用いただけません
reason-support_measures-next = { $hall }にご相談ください
reason-support_measures-rule-private = 支援措置（DV・ストーカー等）を受けている方には、安全のためコンビニ交付で証明書を発行しません。画面には「このカードではコンビニ交付をご利用いただけません」とのみ表示します
reason-deceased-title = このカードはご利用いただけません
reason-deceased-rule = このカードではコンビニ交付をご利用いただけません
reason-deceased-next = { $hall }にご相談ください
reason-deceased-rule-private = カードの名義人に死亡の記録があるため、このカードは使用できません。ご家族の方は窓口で証明書を請求できます
reason-moved_in_today-title = 転入の当日はご利用いただけません
reason-moved_in_today-rule = 転入の届出は翌日からコンビニ交付に反映されます
reason-moved_in_today-next = 明日以降にお越しいただくか、本日は{ $hall }でお求めください
reason-gaiji_pending-title = 窓口でお求めください
reason-gaiji_pending-rule = 記録にある文字（外字）の登録が完了していないため、まだ印刷できません
reason-gaiji_pending-next = { $hall }にお問い合わせください
reason-not_resident-title = { $city }にお住まいの方のみご利用いただけます
reason-not_resident-rule = この証明書は{ $city }の住民の方にのみ発行いたします
reason-not_resident-next = お住まいの市区町村の証明書、または本籍地の証明書をお選びください
reason-no_seal_registration-title = 印鑑登録がありません
reason-no_seal_registration-rule = { $city }に登録された印鑑のみ証明できます
reason-no_seal_registration-next = { $hall }で印鑑登録をしてください。登録する印鑑と本人確認書類をお持ちください
reason-no_tax_record-title = 課税の記録がありません
reason-no_tax_record-rule = { $city }には{ $year }の課税の記録がありません（その年度の1月1日と現在の両方で、{ $city }にお住まいである必要があります）
reason-no_tax_record-next = { $hall }にお問い合わせください。1月1日に別の市区町村にお住まいだった方は、その市区町村にお問い合わせください
reason-no_family_register-title = この市区町村に本籍がありません
reason-no_family_register-rule = 戸籍の証明書は、{ $city }に本籍がある方にのみ発行いたします
reason-no_family_register-next = 本籍地の市区町村でお求めください（コンビニ交付に対応している場合は、そちらをご利用いただけます）
reason-not_japanese_national-title = 日本国籍の方のみご利用いただけます
reason-not_japanese_national-rule = 戸籍は日本国籍の方についてのみ作成されます
reason-not_japanese_national-next = 住民票の写しなど、お住まいの市区町村の証明書をお選びください
reason-domicile_not_registered-title = 本籍地の証明書の利用登録が必要です
reason-domicile_not_registered-rule = { $city }以外にお住まいの方は、事前に利用登録が必要です（登録の完了まで{ $days }開庁日かかります）
reason-domicile_not_registered-next = { $registered ->
    [yes] 利用登録の手続き中です。{ $date }以降にお越しください
   *[no] 最初の画面からやり直し、証明書の種類を選ぶ画面で「{ $button }」をお選びください。登録の完了後に、あらためてお越しください
}
reason-card_unreadable-title = カードを読み取れませんでした
reason-card_unreadable-rule = カードリーダーがカードのICチップを読み取れませんでした
reason-card_unreadable-next = カードをいったんお取りになり、カードリーダーに平らに置き直して、最初からやり直してください。読み取れない状態が続く場合は、{ $hall }でカードの確認を受けてください
reason-card_not_yet_usable-title = カードは明日からご利用いただけます
reason-card_not_yet_usable-rule = カードが交付された日と、暗証番号を変更した日は、コンビニ交付をご利用いただけません
reason-card_not_yet_usable-next = 明日以降にお越しいただくか、本日は{ $hall }でお求めください
reason-not_offered-title = この証明書はコンビニ交付では発行していません
reason-not_offered-rule = { $city }では、この証明書をコンビニ交付で発行しておりません
reason-not_offered-next = { $hall }でお求めください
reason-registration_not_needed-title = 利用登録は必要ありません
reason-registration_not_needed-rule = { $registered ->
    [yes] 利用登録は完了しています。{ $date }から本籍地の証明書をご利用いただけます
   *[no] 利用登録は、{ $city }に本籍があり、ほかの市区町村にお住まいの方のための手続きです
}
reason-registration_not_needed-next = 最初の画面からやり直し、お求めの証明書を直接お選びください
reason-smartphone_not_supported-title = この端末ではスマートフォンをご利用いただけません
reason-smartphone_not_supported-rule = { $case ->
    [register] 本籍地の証明書の利用登録には、マイナンバーカード本体が必要です。スマートフォンでは登録できません
    [later] この端末で{ $device }をご利用いただけるのは{ $date }からです
   *[never] この端末のカードリーダーは{ $device }に対応していません
}
reason-smartphone_not_supported-next = マイナンバーカード本体と4桁の暗証番号をご利用ください

## 窓口（市区町村のプロファイルにこの言語の名前がなければ、日本語の名前と読み）

office-name-reading = { $name }（{ $reading }）
office-full = { $office }（{ $hours }。電話 { $phone }）
office-full-no-phone = { $office }（{ $hours }）
office-alternatives = { $first }、または{ $others }
office-alternatives-separator = 、または
office-days-range = { $from }〜{ $to }
office-hours-days = { $days } { $open }〜{ $close }
office-hours-weeks = { $weeks }{ $days } { $open }〜{ $close }
office-weeks-join = { $list }
office-weeks-separator = ・
office-week-1 = 第1
office-week-2 = 第2
office-week-3 = 第3
office-week-4 = 第4
office-week-5 = 第5
office-hours-separator = 、
office-closed-holidays = 祝日・12月29日〜1月3日は閉庁

## 次の手続き（研修用の短い名前）

next-step-come_back_in_service_hours = ご利用時間内に再度利用
next-step-come_back_after_year_end = 年末年始の休止後に再度利用
next-step-come_back_after_maintenance = メンテナンス終了後に再度利用
next-step-come_back_in_office_hours = 平日の受付時間内に再度利用
next-step-come_back_tomorrow = 明日以降に再度利用
next-step-reset_pin_at_city_hall = 市区町村の窓口で暗証番号の初期化
next-step-renew_card_at_city_hall = 市区町村の窓口で新しいカードの交付申請
next-step-renew_certificate_at_city_hall = 市区町村の窓口で電子証明書の更新
next-step-cancel_suspension_at_city_hall = 市区町村の窓口で一時停止の解除
next-step-register_seal_at_city_hall = 市区町村の窓口で印鑑登録
next-step-tax_office = 税務の窓口に問い合わせ
next-step-city_hall = 市区町村の窓口で相談
next-step-complete_move_in = 転入先で転入の届出
next-step-municipality_of_residence = お住まいの市区町村の証明書を利用
next-step-municipality_of_domicile = 本籍地の市区町村に請求
next-step-register_domicile_and_wait = 本籍地の証明書の利用登録を申請し、登録完了後に利用
next-step-choose_another_certificate = ほかの証明書を選択
next-step-place_card_again = カードの置き直し
next-step-insert_more_money = 不足分の料金を投入
next-step-choose_certificates_directly = 証明書を直接選択
next-step-use_plastic_card = マイナンバーカード本体を使用
device-card = マイナンバーカード
device-android = Androidスマートフォン
device-iphone = iPhone

## 起きたこと（研修用の操作記録）

effect-language_changed = 言語を{ $lang }に変更
effect-card_read = カードを読み取り
effect-card_taken_off = カードを読み取り部から取り外し
effect-card_may_be_removed = カードの取り外しが可能
effect-pin_accepted = 暗証番号を確認
effect-pin_rejected = 暗証番号の誤り（残り{ $tries }回）
effect-pin_locked = 暗証番号のロック
effect-registration_accepted = 利用登録を受付（{ $date }から利用可能）
effect-selection_started = { $kind }を選択
effect-selection_added = { $kind } { $copies }通（1通{ $fee }）
effect-selection_reopened = { $kind }を変更のため取り消し
effect-total = 合計 { $amount }
effect-payment_due = お支払い { $amount }
effect-money_accepted = { $amount }を受領（残り{ $remaining }）
effect-money_returned = { $amount }を返却（{ $why }）
effect-returned-denomination = この端末で使用できない硬貨・紙幣
effect-returned-already_paid = お支払い済み
effect-returned-no_change = おつりなし（ちょうどの金額のみ）
effect-returned-closed = 受付時間の終了
effect-returned-change = おつり
effect-returned-refund = 返金
effect-printing_started = 印刷を開始
effect-copy_printed = { $kind }を印刷（{ $copy }/{ $of }通、{ $number }）
effect-printer_stopped = プリンターが停止: { $fault }
effect-output_failed = 証明書を保存できませんでした（{ $path }：{ $error }）。印刷を中止し、印刷されなかった分の料金を返却します
effect-printing_done = 印刷が終了
effect-refused = 発行できません: { $sentence }
effect-refusal_left = 発行不可の画面から終了
effect-fault_armed = 故障を設定: { $fault }
effect-inactivity_warning = 操作なし: 延長しなければ{ $seconds }秒後に初期画面に戻ります
effect-time_extended = 時間を延長
effect-timed_out = 操作なし: 初期画面に戻りました
effect-returned_home = 終了画面のまま放置: 初期画面に戻りました
effect-session_ended = 終了: { $status }
effect-other_service_touched = 「{ $service }」が押されました（このエミュレーターにはないサービス：迷いの操作）
effect-status-issued = 発行
effect-status-refused = 発行不可
effect-status-cancelled = 中止
effect-status-timed_out = 時間切れ
effect-status-registered = 利用登録

## 操作がないとき

warning-title = 操作を続けますか
warning-body = あと{ $seconds }秒で最初の画面に戻ります。投入したお金とカードは返却されます
warning-extend = 延長する

## 機械の部分

reader-title = カードリーダー
reader-choose = 置くカード
reader-place = カードを置く
reader-place-phone = スマートフォンをかざす
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = カード：表を上にしてカードリーダーに置く
guide-phone = スマートフォン：カードリーダーにかざす
reader-remove = カードを取り出す
reader-empty = カードはありません
reader-has = 読み取り部: { $name }
card-kind-card = マイナンバーカード
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = 硬貨・紙幣投入口
slot-insert = { $amount }を入れる
printer-title = プリンター
printer-idle = 待機中
printer-busy = 印刷中 { $done } / { $total }
printer-stopped = 停止: { $fault }
fault-paper_jam = 紙づまり
fault-out_of_paper = 用紙切れ
fault-card_unreadable = カード読取不良
fault-no_change = つり銭切れ
fault-centre_unreachable = センターと通信不可
tray-title = 排出口
tray-empty = 空です
tray-open = { $name } を開く
tray-take = 証明書を取り出す
tray-opened = 開きました: { $path }
tray-open-failed = 開けませんでした。ファイル: { $path }
change-title = おつり返却口
change-empty = 空です
change-take = おつりを取り出す
keypad-title = テンキー
keypad-digit = テンキー { $digit }
keypad-enter = テンキー ○ 決定
keypad-clear = テンキー ← 訂正
keypad-cancel = テンキー × 取消
keypad-tactile = 5のキーには突起があります
jack-title = イヤホン端子（音声案内）
jack-plug = イヤホンを差す
jack-unplug = イヤホンを抜く
jack-speaking = 音声案内: { $text }
speech-repeat = もう一度
speech-stop = 音声を止める
jack-pin-digit = 暗証番号を1桁入力しました
trainer-toggle = トレーナー画面（F2）

## 状態のお知らせ（読み上げ）

live-printing-done = 印刷が終わりました。証明書をお取りください
live-card-can-remove = カードをお取りいただけます
live-returned = { $amount }を返却口に返却しました
live-session-reset = 最初の画面に戻りました
live-card-placed = カードが置かれました
live-card-removed = カードが取り出されました
live-not-here = 「{ $service }」はご利用いただけません

## トレーナー画面

trainer-title = トレーナー画面
trainer-clock = 模擬時計
trainer-pause = 一時停止
trainer-resume = 再開
trainer-speed = 速さ ×{ $x }
trainer-plus-1m = 1分進める
trainer-plus-10m = 10分進める
trainer-plus-1h = 1時間進める
trainer-jump-0629 = { $time }へ
trainer-jump-2300 = { $time }へ
trainer-jump-1229 = 12月29日へ
trainer-set-field = 日時（RFC 3339）
trainer-set = 時刻を設定
trainer-set-invalid = 日時の形式が正しくありません（例: 2026-11-25T10:00:00+09:00）
trainer-deck = ペルソナ（カード）
trainer-participant = 参加者（IDで、氏名は不可）
trainer-task = タスク
trainer-condition = 条件
trainer-municipality = 自治体
trainer-vendor = 機種
trainer-print-speed = 印刷時間（1通あたり秒）
trainer-faults = 故障を発生させる
trainer-after-copies = 発生させる時点（印刷済みの通数）
trainer-inject = { $fault }を発生させる
trainer-armed-none = 発生待ちの障害はありません
trainer-armed-after = 発生待ち：{ $fault }（{ $after }通印刷後）
trainer-armed-next = 発生待ち：{ $fault }（次に起こりうる時点）
trainer-new-session = 新しい利用を始める
trainer-log = イベントログ
trainer-log-rule = 規則: { $rule }
trainer-log-next = 次の手続き: { $next }
trainer-error = エラー: { $message }
trainer-handbook = 研修用ハンドブックを印刷（PDF）
trainer-handbook-written = ハンドブックを書き出しました：{ $path }
trainer-language-ja = 日本語
trainer-language-en = 英語
trainer-language-zh-Hans = 中国語（簡体字）
trainer-language-ko = 韓国語
trainer-language-pt = ポルトガル語
trainer-language-es = スペイン語
trainer-language-vi = ベトナム語
trainer-language-tl = タガログ語
trainer-language-id = インドネシア語
trainer-language-th = タイ語
trainer-language-ne = ネパール語
trainer-screen-language = 最初の画面
trainer-screen-services = 行政サービス
trainer-screen-consent = ご利用上の注意
trainer-screen-place_card = カードを置く
trainer-screen-path = 証明書の種類
trainer-screen-pin = 暗証番号
trainer-screen-registered = 利用登録の受付
trainer-screen-remove_card = カードを取る
trainer-screen-certificate = 証明書の選択
trainer-screen-options = 内容の選択
trainer-screen-copies = 通数
trainer-screen-confirm = 内容の確認
trainer-screen-payment = お支払い
trainer-screen-printing = 印刷
trainer-screen-take_items = お忘れ物の確認
trainer-screen-out_of_service = ご利用いただけません
trainer-screen-refusal = 発行できません
trainer-ev-press = 「{ $button }」を押す
trainer-ev-language = 言語を選択：{ $lang }
trainer-ev-place-card = カードを置く（{ $card }）
trainer-ev-remove-card = カードを取り出す
trainer-ev-pin = 暗証番号（4桁）を入力
trainer-ev-certificate = 「{ $kind }」を選択
trainer-ev-options = 内容を選択：{ $options }
trainer-ev-options-default = 内容は初期設定のまま
trainer-ev-labelled = { $label }：{ $value }
trainer-ev-copies = 通数：{ $copies }通
trainer-ev-insert = { $amount }を投入
trainer-ev-printer-step = プリンター
trainer-ev-take-items = カード・証明書・おつりを取る
trainer-ev-tick = 時間が経過（{ $time }）
trainer-ev-fault = トレーナーが「{ $fault }」を発生させる
trainer-ev-fault-after = トレーナーが「{ $fault }」を発生させる（{ $after }通の印刷後）
trainer-ev-walk-away = 発行できない画面から立ち去る
trainer-ev-unknown = 操作
trainer-log-said = { $event } → { $result }
trainer-log-screen = 画面：{ $screen }
trainer-log-nothing = 変化なし
trainer-log-rejected = { $event } → 受け付けられませんでした
trainer-log-veiled = ？（回答のあとに表示）
trainer-log-veil-note = 質問に回答するまで、キオスクの反応は隠しています
trainer-recording = 記録（調査）
trainer-record = ● セッションを記録
trainer-record-stop = ■ 記録を止める
trainer-recorded = { $count }件のセッションを保存しました
trainer-recording-into = 保存先：{ $dir }（{ $count }件保存済み）
trainer-record-error = 書き込めません：{ $error }
trainer-note-hint = 観察メモ（F3）。Enterキーで追加
trainer-note-add = メモを追加
trainer-exercises = 練習問題
trainer-exercise-pick = 練習問題の選択
trainer-exercise-numbered = 練習問題 { $n }
trainer-exercise-titled = 練習問題 { $n }：{ $title }
trainer-exercise-none = （練習問題はありません）
trainer-exercise-start = 練習を始める
trainer-exercise-play = 質問の場面まで再生
trainer-exercise-ask = 今すぐ質問する
trainer-exercise-running = 実行中：{ $exercise }。キオスクを操作するか、質問の場面まで再生してください。
trainer-exercise-own-persons = { $file }：独自のペルソナを使うシナリオは、トレーナー画面では実行できません
trainer-question = 質問
trainer-question-what = 利用者の最後の操作のあと、キオスクはどうしますか。断る場合はその理由を選び、利用者が次にすることを選んでください。
trainer-question-amount = あといくら必要かも答えてください。
trainer-question-veiled = 回答するまで、タッチパネルとキオスクの反応は隠してあります。
trainer-question-trainer = 出題者の質問：{ $question }
trainer-answer-reason = 断る理由
trainer-answer-not-refused = 断らない（発行できる）
trainer-answer-next = 次にすること
trainer-answer-choose = （選んでください）
trainer-answer-amount = 金額（円）
trainer-answer-submit = 回答する
trainer-choice-detail = { $title }（{ $rule }）
trainer-veil-title = 研修の質問中です
trainer-veil-body = トレーナー画面の質問に回答するまで、画面を隠しています。
trainer-fb-right = 正解です。
trainer-fb-wrong = 不正解です。
trainer-fb-reason-right = 理由は正しいです。キオスクの表示は「{ $title }」、規則：{ $rule }
trainer-fb-reason-wrong = 「{ $chosen }」ではありません。キオスクの表示は「{ $title }」、規則：{ $rule }
trainer-fb-reason-wrong-rule = 「{ $chosen }」の規則は「{ $chosenRule }」で、この利用者には当てはまりません。
trainer-fb-reason-wrong-none = キオスクは断ります。表示は「{ $title }」、規則：{ $rule }
trainer-fb-not-refused-right = 正しいです。キオスクはこの場面では断りません。
trainer-fb-reason-wrong-not-refused = 「{ $chosen }」ではありません。キオスクはこの場面では断りません。
trainer-fb-next-right = 次にすることは正しいです：{ $next }
trainer-fb-next-wrong = 「{ $chosen }」ではありません。次にすることは「{ $expected }」です：{ $next }
trainer-fb-next-wrong-short = 「{ $chosen }」ではありません。次にすることは「{ $expected }」です。
trainer-fb-next-missing = 次にすることが選ばれていません。正しくは「{ $expected }」です：{ $next }
trainer-fb-next-missing-short = 次にすることが選ばれていません。正しくは「{ $expected }」です。
trainer-fb-amount-right = 金額は正しいです：{ $amount }
trainer-fb-amount-wrong = 金額が違います（{ $given }）。正しくは{ $amount }です。
trainer-fb-amount-missing = 金額が答えられていません。正しくは{ $amount }です。
trainer-fb-trainer = 出題者より：{ $text }
trainer-fb-explanation = 解説：{ $text }
trainer-score = 得点：{ $correct } / { $total }（{ $percent }%）
trainer-export = ログを書き出す（JSONとPDF）
trainer-exported = 書き出しました：{ $path }
trainer-export-failed = 書き出せませんでした：{ $error }

## 記録したセッションのあとの質問（調査モード、`kofu --record`）：SEQ（Sauro 2009）と
## SUS（Brooke 1996）。項目は標準の順序。
q-seq-title = この操作についての質問
q-seq = 全体として、この操作はどのくらい難しかったですか、簡単でしたか。
q-seq-low = とても難しい
q-seq-high = とても簡単
q-answer = { $n }（{ $anchor }）
q-sus-offer = この機械について、あと10問の短い質問に答えていただけますか。
q-sus-yes = 10問に答える
q-sus-skip = いいえ、終了する
q-sus-title = 質問 { $n } / 10
q-sus-ask = どのくらいそう思いますか。
q-sus-low = まったくそう思わない
q-sus-high = とてもそう思う
q-sus-1 = このシステムをしばしば使いたいと思う。
q-sus-2 = このシステムは不必要なほど複雑だと感じた。
q-sus-3 = このシステムは容易に使えると思った。
q-sus-4 = このシステムを使うのに技術に詳しい人のサポートが必要だと感じる。
q-sus-5 = このシステムにあるさまざまな機能はよくまとまっていると感じた。
q-sus-6 = このシステムでは、一貫性のないところが多くあったと思う。
q-sus-7 = たいていの人は、このシステムの使い方をとても素早く学べるだろう。
q-sus-8 = このシステムはとても扱いにくいと思った。
q-sus-9 = このシステムを使いこなせる自信があると感じた。
q-sus-10 = このシステムを使い始める前に多くのことを学ぶ必要があった。
q-thanks = ありがとうございました。回答を保存しました。
q-finish = 終了
q-keypad = { $low }から{ $high }の数字キーを押すか、回答に触れてください。

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }、ボタン
focus-button-disabled = { $name }、ボタン、使用できません
focus-at = { $control }、{ $count }個中{ $pos }番目
focus-check = { $name }、チェックボックス、{ $on ->
    [yes] オン
   *[no] オフ
}
focus-radio = { $name }、ラジオボタン、{ $on ->
    [yes] 選択中
   *[no] 未選択
}
