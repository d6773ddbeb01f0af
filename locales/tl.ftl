# kofu — mga teksto sa screen ng kiosk ng sertipiko sa convenience store, Tagalog (isinalin mula sa orihinal na ja.ftl).
# Pareho ang mga key sa lahat ng language file (may test na tumitingin kung may kulang o sobra).
# Huwag baguhin ang mga { $… } placeholder. Naka-format na ang mga halaga ({ $amount }).
# Nananatiling Japanese ang mismong naka-print na sertipiko.

## Wika at pangkalahatan

language-name = Tagalog
app-title = kofu — kiosk ng sertipiko sa convenience store (mga SPECIMEN lamang)
specimen-banner = SPECIMEN (sample) — mga sample na sertipiko lamang ang ini-print ng kiosk na ito
money-yen = ¥{ $amount }
date-full = { $weekday }, { $monthName } { $day }, { $year }, { $time }
date-short = { $monthName } { $day }, { $year }
fiscal-year = Taon ng piskal { $year } (kita noong { $incomeYear })
era-reiwa = Reiwa
era-heisei = Heisei
weekday-1 = Lun
weekday-2 = Mar
weekday-3 = Miy
weekday-4 = Huw
weekday-5 = Biy
weekday-6 = Sab
weekday-7 = Lin
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
list-separator = ,{" "}

## Mga karaniwang button

btn-back = Bumalik
btn-cancel = Kanselahin
btn-next = Susunod
btn-ok = OK
btn-finish = Tapusin
toggle-large-text = Malalaking letra
toggle-high-contrast = Mataas na contrast
keypad-help = Keypad: numero para mag-type o pumili · 2 at 8 para ilipat ang pili · ○ para kumpirmahin · ← para magbura · × para bumalik o kanselahin

## Unang screen (wika at mga serbisyo ng gobyerno)

home-title = Pumili ng serbisyo
home-language = Wika / Language
home-services = Mga serbisyo ng gobyerno
home-services-hint = Para kumuha ng sertipiko gaya ng kopya ng resident certificate (住民票の写し), pindutin ang "Mga serbisyo ng gobyerno"

## Mga serbisyo ng gobyerno

services-title = Mga serbisyo ng gobyerno
services-cert-issue = Pag-isyu ng sertipiko (convenience store)
services-hint = Gamit ang inyong My Number Card, makakakuha kayo ng mga sertipiko ng munisipyong tinitirhan ninyo o ng inyong registered domicile (本籍地)

## Pagsang-ayon (makinang Sharp)

consent-title = Paalala sa paggamit
consent-body = Para makakuha ng sertipiko, kailangan ninyo ang My Number Card at ang PIN (4 na numero) ng electronic certificate para sa user identification nito. Kapag 3 beses na sunod-sunod na mali ang PIN, mala-lock ang card at sa munisipyo lamang ito maa-unlock. Hindi maaaring ibalik o ipapalit ang naka-print na sertipiko. Huwag kalimutan ang inyong card, mga sertipiko at sukli.
consent-instruction = Basahin ang paalala sa paggamit, saka pindutin ang "Sang-ayon"
consent-agree = Sang-ayon

## Ilagay ang card

place-title = Ilagay ang inyong card
place-instruction = { $vendor ->
    [sharp] Ilagay ang card sa card reader, saka pindutin ang "Susunod"
   *[other] Ilagay ang inyong My Number Card sa card reader
}
place-phone-note = Kung smartphone (My Number Card function) ang gamit, itapat ito sa card reader
place-detected = Nabasa na ang card

## Uri ng sertipiko

path-title = Piliin ang mga sertipikong gusto ninyong kunin
path-residence = Mga sertipiko ng munisipyong tinitirhan ninyo
path-domicile = Mga sertipiko ng inyong registered domicile (本籍地)
path-register = Magparehistro para magamit ang mga sertipiko ng registered domicile

## PIN

pin-title = Ilagay ang inyong PIN
pin-instruction = Ilagay ang PIN (4 na numero) ng electronic certificate para sa user identification, saka pindutin ang "OK"
pin-entered = PIN: { $count } sa 4 na numero ang nailagay
pin-wrong = Mali ang PIN. { $tries ->
    [one] Kapag { $tries } pang mali, mala-lock ang card.
   *[other] Kapag { $tries } pang mali, mala-lock ang card.
}
pin-clear = Burahin

## Pagpaparehistro

registered-title = Natanggap ang pagpaparehistro
registered-body = Makakakuha kayo ng mga sertipiko ng registered domicile simula { $date }. Pakikuha ang inyong card.

## Kunin ang card

remove-title = Pakikuha ang inyong card
remove-body = Nakumpirma na ang inyong pagkakakilanlan. Kunin ang card sa reader para magpatuloy.

## Pumili ng sertipiko

cert-title = Pumili ng sertipiko
cert-fee = { $fee } bawat kopya
cert-none = Walang sertipikong makukuha ninyo rito
cert-kind-resident_certificate = Kopya ng resident certificate (住民票の写し)
cert-kind-seal_certificate = Seal registration certificate (印鑑登録証明書)
cert-kind-tax_certificate = Taxation / non-taxation (income) certificate
cert-kind-family_register_appendix = Appended information to family register (戸籍の附票の写し)
cert-kind-family_register = Kopya ng family register (戸籍証明書)

## Mga opsyon

options-title = Mga opsyon: { $kind }
opt-scope = Sino ang isasama
opt-scope-holder = Kayo lamang
opt-scope-household = Buong sambahayan
opt-scope-members = Ilang miyembro ng sambahayan (pumili)
opt-relationship = Isama ang householder at relasyon
opt-domicile = Isama ang registered domicile at pinuno ng family register
opt-my-number = Isama ang My Number (individual number)
opt-year = Taon ng piskal
opt-extent = Uri
opt-extent-whole = Buong register (lahat)
opt-extent-individual = Indibidwal (isang tao)
opt-person = Tao
opt-appendix-note = Ang appended information ay ginagawa para sa mga taong nakatala sa inyong family register
opt-members-none = Pumili ng kahit isang tao

## Bilang ng kopya

copies-title = Ilang kopya?
copies-value = { $count ->
    [one] { $count } kopya
   *[other] { $count } kopya
}
copies-more = Dagdagan ng 1 kopya
copies-less = Bawasan ng 1 kopya
copies-max = Hanggang { $max } kopya
copies-subtotal = Subtotal { $amount }

## Kumpirmasyon

confirm-title = Suriin ang inyong pinili
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Kabuuan { $amount }
confirm-pay = Kumpirmahin at magbayad
confirm-add = Kumuha ng iba pang sertipiko

## Pagbabayad

pay-title = Ipasok ang bayad
pay-due = Babayaran { $amount }
pay-inserted = Naipasok { $amount }
pay-remaining = Kulang pa { $amount }
pay-accepted = Tinatanggap: { $list }
pay-no-change = Walang sukli ngayon. Ipasok ang eksaktong halaga
pay-cancel-note = Kapag pinindot ang "Kanselahin", ibabalik ang lahat ng perang naipasok

## Pag-print

print-title = Nagpi-print
print-progress = Na-print ang { $done } sa { $total }
print-wait = Pakihintay hanggang matapos ang pag-print. Huwag umalis sa makina.

## Huwag kalimutan ang gamit

take-title = Huwag kalimutan ang inyong mga gamit
take-card = Kunin ang inyong card
take-certs = Kunin ang { $count ->
    [one] { $count } sertipiko
   *[other] { $count } sertipiko
} sa output tray
take-change = Kunin ang inyong sukli: { $amount }
take-nothing = Walang naiwan
take-issued = Naisyu na ang inyong mga sertipiko
take-cancelled = Kinansela. Nasa change tray ang inyong pera
take-timeout = Natapos ang session dahil walang pinindot
take-fault = Huminto ang printer ({ $fault }). Ang na-print lamang ang binayaran ninyo. Pakitawag ang staff ng tindahan.

## Hindi magagamit ang serbisyo

oos-title = Hindi magagamit ang serbisyo ngayon
oos-hours = Oras ng serbisyo: araw-araw { $open }–{ $close }
oos-now = Ngayon: { $now }

## Hindi maisyu

refusal-title = Hindi maisyu ang sertipiko
refusal-rule = Dahilan
refusal-next = Ano ang susunod na gagawin
refusal-back = Bumalik sa listahan ng sertipiko

## Mga dahilan ({ $city } munisipyo, { $hall } opisina, { $open }–{ $close } oras ng serbisyo)

reason-out_of_service_hours-title = Labas sa oras ng serbisyo
reason-out_of_service_hours-rule = Bukas ang serbisyo araw-araw mula { $open } hanggang { $close } (oras sa Japan)
reason-out_of_service_hours-next = Bumalik sa oras ng serbisyo, o kumuha sa { $hall }
reason-year_end_suspension-title = Sarado dahil sa Bagong Taon
reason-year_end_suspension-rule = Sarado ang serbisyo mula Disyembre 29 hanggang Enero 3
reason-year_end_suspension-next = Bumalik simula Enero 4. Sarado rin ang mga munisipyo hanggang Enero 3
reason-maintenance-title = May maintenance ang system
reason-maintenance-rule = Sarado ang serbisyo habang may maintenance na inanunsyo ng { $city }
reason-maintenance-next = Bumalik pagkatapos ng maintenance, o kumuha sa { $hall }
reason-family_register_hours-title = Labas sa oras para sa sertipiko ng family register
reason-family_register_hours-rule = Nag-iisyu ang { $city } ng sertipiko ng family register sa takdang oras lamang tuwing weekday
reason-family_register_hours-next = Bumalik sa oras tuwing weekday, o kumuha sa { $hall }
reason-card_expired-title = Expired na ang inyong card
reason-card_expired-rule = Hindi magagamit ang card na lampas na sa expiry date
reason-card_expired-next = Mag-apply ng bagong card sa { $hall }. Dalhin ang card at isang ID
reason-certificate_expired-title = Expired na ang electronic certificate ng card
reason-certificate_expired-rule = Lampas na sa expiry ang electronic certificate para sa user identification (ika-5 kaarawan mula nang maisyu)
reason-certificate_expired-next = I-renew ang electronic certificate sa { $hall }. Dalhin ang card at tandaan ang inyong PIN
reason-certificate_revoked-title = Binawi ang electronic certificate ng card
reason-certificate_revoked-rule = Binawi na ang electronic certificate para sa user identification
reason-certificate_revoked-next = Magpaisyu ng bagong electronic certificate sa { $hall }. Dalhin ang card
reason-card_suspended-title = Suspendido ang inyong card
reason-card_suspended-rule = Iniulat na nawala o ninakaw ang card, kaya itinigil ang mga electronic certificate nito
reason-card_suspended-next = Kung nakita na ninyo ang card, ipatanggal ang suspensyon sa { $hall }. Dalhin ang card at isang ID
reason-pin_locked-title = Naka-lock ang inyong PIN
reason-pin_locked-rule = Nala-lock ang PIN kapag 3 beses na sunod-sunod na mali. Sa munisipyo lamang ito maa-unlock
reason-pin_locked-next = I-reset ang PIN sa { $hall }. Dalhin ang card at isang ID gaya ng driver's license
reason-under_age-title = Hindi magagamit ng wala pang 15 taong gulang
reason-under_age-rule = Para sa may edad na 15 pataas ang serbisyo
reason-under_age-next = Ang magulang o tagapag-alaga ang kukuha sa { $hall }
reason-moved_out-title = May naisampang abiso ng paglipat palabas
reason-moved_out-rule = Hindi nag-iisyu ng sertipiko ang kiosk sa mga nagsampa ng abiso ng paglipat palabas
reason-moved_out-next = Magsampa ng abiso ng paglipat sa bagong munisipyo sa loob ng 14 na araw. Para sa sertipiko ng { $city }, pumunta sa { $hall }
reason-support_measures-title = Pakikuha sa counter
reason-support_measures-rule = Para sa inyong kaligtasan, hindi nag-iisyu ang kiosk sa mga may support measures
reason-support_measures-next = Magtanong sa counter ng { $hall }
reason-deceased-title = Hindi magagamit ang card na ito
reason-deceased-rule = Nakatala na pumanaw na ang may-ari ng card, kaya hindi ito magagamit
reason-deceased-next = Maaaring humiling ng sertipiko ang pamilya sa { $hall }
reason-moved_in_today-title = Hindi magagamit sa araw ng paglipat
reason-moved_in_today-rule = Makikita sa kiosk ang abiso ng paglipat simula sa susunod na araw
reason-moved_in_today-next = Bumalik bukas, o kumuha ngayon sa { $hall }
reason-gaiji_pending-title = Pakikuha sa counter
reason-gaiji_pending-rule = Inirerehistro pa ang mga titik sa inyong record (gaiji), kaya hindi pa ito ma-print
reason-gaiji_pending-next = Magtanong sa { $hall }
reason-not_resident-title = Para lamang sa mga residente ng { $city }
reason-not_resident-rule = Sa mga residente lamang ng { $city } iniisyu ang sertipikong ito
reason-not_resident-next = Piliin ang mga sertipiko ng munisipyong tinitirhan ninyo o ng inyong registered domicile
reason-no_seal_registration-title = Walang seal registration
reason-no_seal_registration-rule = Ang seal na nakarehistro sa { $city } lamang ang masesertipikahan
reason-no_seal_registration-next = Magparehistro ng seal sa { $hall }. Dalhin ang seal at isang ID
reason-no_tax_record-title = Walang tax record
reason-no_tax_record-rule = Walang tax record ninyo ang { $city } para sa taon ng piskal na ito (dapat nakatira kayo sa { $city } noong Enero 1 ng taong iyon at ngayon)
reason-no_tax_record-next = Magtanong sa munisipyong tinitirhan ninyo noong Enero 1
reason-no_family_register-title = Walang family register dito
reason-no_family_register-rule = Iniisyu lamang ang sertipiko ng family register sa mga may registered domicile sa { $city }
reason-no_family_register-next = Magtanong sa munisipyo ng inyong registered domicile
reason-not_japanese_national-title = Para lamang sa mga mamamayang Japanese
reason-not_japanese_national-rule = Para lamang sa mga mamamayang Japanese ang sertipiko ng family register
reason-not_japanese_national-next = Piliin ang mga sertipiko ng munisipyong tinitirhan ninyo, gaya ng kopya ng resident certificate
reason-domicile_not_registered-title = Kailangang magparehistro para sa sertipiko ng domicile
reason-domicile_not_registered-rule = Kung iba ang tinitirhan ninyo sa inyong registered domicile, magparehistro muna (1–5 araw ng trabaho)
reason-domicile_not_registered-next = Sa unang screen, piliin ang "Magparehistro para magamit ang mga sertipiko ng registered domicile"
reason-card_unreadable-title = Hindi mabasa ang card
reason-card_unreadable-rule = Hindi nabasa ng card reader ang card
reason-card_unreadable-next = Kunin ang card at subukan muli mula sa simula. Kung maulit, magtanong sa { $hall }
reason-card_not_yet_usable-title = Magagamit ang inyong card simula bukas
reason-card_not_yet_usable-rule = Hindi magagamit sa kiosk ang card sa araw na naisyu ito o napalitan ang PIN
reason-card_not_yet_usable-next = Bumalik bukas, o kumuha ngayon sa { $hall }
reason-not_offered-title = Hindi ito iniisyu sa kiosk
reason-not_offered-rule = Hindi iniisyu ng { $city } ang sertipikong ito sa convenience store
reason-not_offered-next = Kunin ito sa { $hall }

## Walang galaw

warning-title = Kailangan pa ba ninyo ng oras?
warning-body = Babalik sa simula ang screen sa loob ng { $seconds } segundo. Ibabalik ang inyong pera at card.
warning-extend = Dagdag na oras

## Mga bahagi ng makina

reader-title = Card reader
reader-choose = Card na ilalagay
reader-place = Ilagay ang card
reader-place-phone = Itapat ang phone sa reader
reader-remove = Kunin ang card
reader-empty = Walang card sa reader
reader-has = Nasa reader: { $name }
card-kind-card = My Number Card
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = Hulugan ng barya at papel na pera
slot-insert = Ipasok ang { $amount }
printer-title = Printer
printer-idle = Naghihintay
printer-busy = Nagpi-print { $done } sa { $total }
printer-stopped = Huminto: { $fault }
fault-paper_jam = Naipit ang papel
fault-out_of_paper = Ubos ang papel
fault-card_unreadable = Hindi mabasa ang card
fault-no_change = Walang sukli
tray-title = Output tray
tray-empty = Walang laman
tray-open = Buksan ang { $name }
tray-take = Kunin ang mga sertipiko
tray-opened = Nabuksan: { $path }
tray-open-failed = Hindi mabuksan. File: { $path }
change-title = Change tray
change-empty = Walang laman
change-take = Kunin ang sukli
keypad-title = Keypad
keypad-digit = Keypad { $digit }
keypad-enter = Keypad ○ Enter
keypad-clear = Keypad ← Burahin
keypad-cancel = Keypad × Kanselahin
keypad-tactile = May nakaumbok na tuldok ang 5
jack-title = Headset jack (gabay na boses)
jack-plug = Isaksak ang headset
jack-unplug = Hugutin ang headset
jack-speaking = Gabay na boses: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = Isang numero ng PIN ang nailagay
trainer-toggle = Trainer console (F2)

## Mga abiso ng status (binabasa nang malakas)

live-printing-done = Tapos na ang pag-print. Kunin ang inyong mga sertipiko.
live-card-can-remove = Maaari na ninyong kunin ang card
live-returned = Naibalik ang { $amount } sa change tray
live-session-reset = Bumalik sa unang screen
live-card-placed = Nailagay ang card
live-card-removed = Nakuha ang card

## Trainer console

trainer-title = Trainer console
trainer-clock = Simulated na orasan
trainer-pause = I-pause
trainer-resume = Ituloy
trainer-speed = Bilis ×{ $x }
trainer-plus-1m = Abante 1 min
trainer-plus-10m = Abante 10 min
trainer-plus-1h = Abante 1 oras
trainer-jump-0629 = Pumunta sa 6:29
trainer-jump-2300 = Pumunta sa 23:00
trainer-jump-1229 = Pumunta sa Dis 29
trainer-set-field = Petsa at oras (RFC 3339)
trainer-set = Itakda ang oras
trainer-set-invalid = Hindi tamang petsa at oras (hal. 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (card)
trainer-municipality = Munisipyo
trainer-vendor = Vendor
trainer-print-speed = Oras ng pag-print (segundo bawat kopya)
trainer-faults = Gumawa ng sira
trainer-after-copies = Pagkatapos ng ilang kopya
trainer-inject = Gawin: { $fault }
trainer-new-session = Magsimula ng bagong session
trainer-log = Event log
trainer-log-rule = Tuntunin: { $rule }
trainer-log-next = Susunod na hakbang: { $next }
trainer-error = Error: { $message }
