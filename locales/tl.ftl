# kofu — mga teksto sa screen ng kiosk ng sertipiko sa convenience store, Tagalog (isinalin mula sa orihinal na ja.ftl).
# Pareho ang mga key sa lahat ng language file (may test na tumitingin kung may kulang o sobra).
# Huwag baguhin ang mga { $… } placeholder. Naka-format na ang mga halaga ({ $amount }).
# Nananatiling Japanese ang mismong naka-print na sertipiko.

## Wika at pangkalahatan

language-name = Tagalog
app-title = kofu — kiosk ng sertipiko sa convenience store (mga HALIMBAWA lamang)
specimen-banner = HALIMBAWA (SPECIMEN) — halimbawang sertipiko lamang ang ipini-print ng kiosk na ito
money-yen = ¥{ $amount }
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
list-separator = ,{" "}

## Mga karaniwang button

btn-back = Bumalik
btn-cancel = Kanselahin
btn-next = Susunod
btn-ok = OK
btn-finish = Tapusin
page-previous = Nakaraang pahina
page-next = Susunod na pahina
page-of = Pahina { $page } ng { $pages }
toggle-large-text = Malalaking letra
toggle-high-contrast = Mataas na kontrast
keypad-help = Pindutan: numero = ilagay/pumili · 2 at 8 = ilipat · ○ = kumpirmahin · ← = burahin · × = bumalik/kanselahin

## Unang screen (wika at mga serbisyo ng gobyerno)

home-title = Pumili ng serbisyo
home-language = Wika / Language
home-services = Mga serbisyo ng gobyerno
home-services-hint = Para sa sertipiko gaya ng kopya ng sertipiko ng paninirahan, pindutin po ang "Mga serbisyo ng gobyerno"
home-service-copy = Kopya
home-service-print = Pag-print (USB / telepono)
home-service-scan = Pag-iskan
home-service-fax = Faks
home-service-photo = Pag-print ng litrato
home-service-tickets = Tiket at mga bayarin
home-not-here = Hindi po magagamit ang "{ $service }" sa kunwaring kiosk na ito. Para sa sertipiko, pindutin po ang "{ $services }".

## Mga serbisyo ng gobyerno

services-title = Mga serbisyo ng gobyerno
services-cert-issue = Pag-isyu ng sertipiko (convenience store)
services-hint = Gamit ang inyong My Number Card, makakakuha kayo ng mga sertipiko ng munisipyong tinitirhan ninyo o ng lugar ng inyong rehistro ng pamilya (本籍地)

## Pagsang-ayon (makinang Sharp)

consent-title = Paalala sa paggamit
consent-body = Para makakuha ng sertipiko, kailangan ninyo ang My Number Card at ang PIN (4 na numero) ng elektronikong sertipiko para sa pagpapatunay ng gumagamit nito. Kapag 3 beses na sunod-sunod na mali ang PIN, mala-lock ang PIN at sa counter ng munisipyo lamang ito maa-unlock. Hindi maaaring ibalik o ipalit ang naka-print na sertipiko. Huwag po ninyong kalimutan ang inyong card, mga sertipiko at sukli.
consent-instruction = Pakibasa po ang paalala sa paggamit, saka pindutin ang "Sang-ayon"
consent-agree = Sang-ayon

## Ilagay ang card

place-title = Ilagay ang inyong card
place-instruction = { $vendor ->
    [sharp] Ilagay po ang inyong card sa tagabasa ng card, saka pindutin ang "Susunod"
   *[other] Ilagay po ang inyong My Number Card sa tagabasa ng card
}
place-phone-note = Kung smartphone na may My Number Card ang gamit ninyo, itapat po ito sa tagabasa ng card
place-detected = Nabasa na ang card

## Uri ng sertipiko

path-title = Piliin ang mga sertipikong gusto ninyong kunin
path-residence = Mga sertipiko ng munisipyong tinitirhan ninyo
path-domicile = Mga sertipiko ng lugar ng inyong rehistro ng pamilya (本籍地)
path-register = Magparehistro para magamit ang mga sertipiko ng lugar ng rehistro ng pamilya

## PIN

pin-title = Ilagay ang inyong PIN
pin-instruction = Ilagay po ang PIN (4 na numero) ng elektronikong sertipiko para sa pagpapatunay ng gumagamit, saka pindutin ang "OK"
pin-entered = PIN: { $count } sa 4 na numero ang nailagay
pin-wrong = Mali ang PIN. { $tries } pang mali at mala-lock na ang PIN.
pin-clear = Burahin

## Pagpaparehistro

registered-title = Natanggap ang pagpaparehistro
registered-body = Makakakuha kayo ng mga sertipiko ng lugar ng rehistro ng pamilya simula { $date }. Pakikuha ang inyong card.

## Kunin ang card

remove-title = Pakikuha ang inyong card
remove-body = Nakumpirma na ang inyong pagkakakilanlan. Pakikuha po ang card sa tagabasa para magpatuloy.

## Pumili ng sertipiko

cert-title = Pumili ng sertipiko
cert-fee = { $fee } bawat kopya
cert-none = Walang sertipikong makukuha ninyo rito
cert-kind-resident_certificate = Kopya ng sertipiko ng paninirahan (住民票の写し)
cert-kind-seal_certificate = Sertipiko ng pagpaparehistro ng selyo (印鑑登録証明書)
cert-kind-tax_certificate = Sertipiko ng pagbubuwis / di-pagbubuwis (kita)
cert-kind-family_register_appendix = Kopya ng kalakip ng rehistro ng pamilya (戸籍の附票の写し)
cert-kind-family_register = Sertipiko ng rehistro ng pamilya (戸籍証明書)

## Mga opsyon

options-title = Mga opsyon: { $kind }
opt-scope = Sino ang isasama
opt-scope-holder = Kayo lamang
opt-scope-household = Buong sambahayan
opt-scope-members = Ilang miyembro ng sambahayan (pumili)
opt-relationship = Isama ang pinuno ng sambahayan at relasyon
opt-domicile = Isama ang lugar ng rehistro ng pamilya at ang unang nakatala rito
opt-my-number = Isama ang My Number (indibidwal na numero)
opt-nationality = Isama ang nasyonalidad/rehiyon
opt-residence-status = Isama ang katayuan ng paninirahan at panahon ng pananatili
opt-residence-card = Isama ang numero ng Residence Card (在留カード) o katulad na card
opt-year = Taong piskal
opt-extent = Uri
opt-extent-whole = Buong rehistro (lahat)
opt-extent-individual = Indibidwal (isang tao)
opt-person = Para kanino
opt-appendix-note = Ang kalakip ay ginagawa para sa mga taong nakatala sa inyong rehistro ng pamilya
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
copies-ceiling = Hanggang { $max } kopya: { $ceiling } ang pinakamalaking halagang tinatanggap ng makinang ito sa isang transaksyon
copies-subtotal = Halaga ng mga kopya { $amount }

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
pay-no-change = Walang maibibigay na sukli sa ngayon. Pakipasok po ang eksaktong halaga
pay-cancel-note = Kapag pinindot ang "Kanselahin", ibabalik ang lahat ng perang naipasok

## Pag-print

print-title = Nagpi-print
print-progress = Na-print ang { $done } sa { $total }
print-wait = Pakihintay po hanggang matapos ang pag-print. Huwag pong umalis sa makina.
flow-step-1 = Wika
flow-step-2 = Serbisyo
flow-step-3 = Card
flow-step-4 = PIN
flow-step-5 = Sertipiko
flow-step-6 = Kopya
flow-step-7 = Bayad
flow-step-at = Hakbang { $n } sa { $count }: { $name }
print-halted-title-paper_jam = Huminto ang pag-print: naipit ang papel
print-halted-title-out_of_paper = Huminto ang pag-print: ubos ang papel
print-halted-call-staff = Pakitawag po ang kawani ng tindahan. Kapag naayos na nila ang printer, ipi-print ang natitirang mga sertipiko. Huwag ibigay kaninuman ang inyong card o PIN.
print-halted-cancel-note = Kapag pinindot ang "Kanselahin", ibabalik ang bayad para sa mga kopyang hindi na-print
printer-halted = Huminto, naghihintay sa kawani: { $fault }
printer-clear-fault = Kawani: ayusin ang { $fault }
effect-printer_halted = Huminto ang printer ({ $fault }) matapos ang { $printed } sa { $of }, naghihintay sa kawani
effect-printer_resumed = Inayos ng kawani ang { $fault }; tuloy ang pag-print
live-printer-halted = Huminto ang printer ({ $fault }). Pakitawag po ang kawani ng tindahan.
live-printer-resumed = Itinuloy ang pag-print.
trainer-ev-clear-fault = Inaayos ng kawani ang printer

## Huwag kalimutan ang gamit

take-title = Huwag kalimutan ang inyong mga gamit
take-card = Kunin ang inyong card
take-certs = Kunin ang { $count ->
    [one] { $count } sertipiko
   *[other] { $count } sertipiko
} sa labasan ng papel
take-change = Kunin ang inyong sukli: { $amount }
take-nothing = Walang naiwan
take-issued = Naisyu na ang inyong mga sertipiko
take-cancelled = Kinansela na. Pakikuha po ang perang ipinasok ninyo sa labasan ng sukli
take-cancelled-unpaid = Kinansela na. Walang binayaran
take-timeout = Natapos ang sesyon dahil walang pinindot
take-fault = Huminto ang printer ({ $fault }). Ang na-print lamang ang binayaran ninyo. Pakitawag po ang kawani ng tindahan.

## Hindi magagamit ang serbisyo

oos-title = Hindi magagamit ang serbisyo ngayon
oos-hours = Oras ng serbisyo: araw-araw { $open }–{ $close }
oos-now = Ngayon: { $now }

## Hindi maisyu

refusal-title = Hindi maisyu ang sertipiko
refusal-rule = Dahilan
refusal-next = Ano ang susunod na gagawin
refusal-back = Bumalik sa listahan ng sertipiko

## Mga dahilan. Mga argumento: { $city } munisipyo; { $hall } ang tanggapan, may oras at telepono;
## { $office } ang pangalan nito; { $open } { $close } ang oras na binabanggit ng tuntunin; { $reopens } kung kailan
## muling bubuksan ang serbisyo; { $date } petsa ng bisa o ng pagsisimula; { $registered } yes / no;
## { $stopFrom } { $stopUntil } ang mga araw ng pagsasara; { $year } taon ng piskal; { $days } mga araw;
## { $age } pinakamababang edad; { $tries } bilang ng subok sa PIN; { $hotline } numero ng telepono; { $button } pangalan ng button.

refusal-sentence = { $title }. { $rule }. { $next }.
reason-out_of_service_hours-title = Labas sa oras ng serbisyo
reason-out_of_service_hours-rule = Bukas ang serbisyo araw-araw mula { $open } hanggang { $close } (oras sa Japan)
reason-out_of_service_hours-next = Bumalik po simula { $reopens }, o kumuha ng sertipiko sa { $hall }
reason-year_end_suspension-title = Sarado dahil sa bakasyon ng Bagong Taon
reason-year_end_suspension-rule = Sarado ang serbisyo mula { $stopFrom } hanggang { $stopUntil }
reason-year_end_suspension-next = Bumalik po simula { $reopens }. Sarado rin ang mga tanggapan ng munisipyo hanggang { $stopUntil }
reason-maintenance-title = May pagmementena ng sistema
reason-maintenance-rule = Sarado ang serbisyo habang may pagmementenang inanunsyo ng { $city }
reason-maintenance-next = Bumalik po simula { $reopens }, o kumuha ng sertipiko sa { $hall }
reason-centre_unreachable-title = Hindi magagamit: walang koneksiyon sa sentro
reason-centre_unreachable-rule = Sarado ang serbisyo habang hindi makakonekta ang makina sa sentro ng mga sertipiko
reason-centre_unreachable-next = Subukan po ulit mamaya, o kumuha ng sertipiko sa { $hall }
reason-family_register_hours-title = Mga sertipiko ng rehistro ng pamilya: labas sa oras
reason-family_register_hours-rule = Nag-iisyu ang { $city } ng mga sertipiko ng rehistro ng pamilya sa kiosk tuwing Lunes hanggang Biyernes lamang, maliban sa mga pista opisyal, mula { $open } hanggang { $close }
reason-family_register_hours-next = Bumalik po simula { $reopens }, o kumuha ng sertipiko sa { $hall }
reason-card_expired-title = Paso na ang inyong card
reason-card_expired-rule = May bisa ang inyong card hanggang { $date }
reason-card_expired-next = Mag-apply po ng bagong card sa { $hall }; dalhin ang card at isa pang ID. Habang wala pa ito, kumuha ng mga sertipiko sa counter
reason-certificate_expired-title = Paso na ang elektronikong sertipiko ng card
reason-certificate_expired-rule = May bisa ang elektronikong sertipiko para sa pagpapatunay ng gumagamit hanggang { $date } (ang ika-5 kaarawan mula nang maisyu ito)
reason-certificate_expired-next = I-renew po ang elektronikong sertipiko sa { $hall }; dalhin ang card at tandaan ang inyong PIN
reason-certificate_revoked-title = Binawi na ang elektronikong sertipiko ng card
reason-certificate_revoked-rule = Binawi na ang elektronikong sertipiko para sa pagpapatunay ng gumagamit
reason-certificate_revoked-next = Magpaisyu po ng bagong elektronikong sertipiko sa { $hall }; dalhin ang card
reason-card_suspended-title = Suspendido ang inyong card
reason-card_suspended-rule = Iniulat na nawala o ninakaw ang card, kaya itinigil ang mga elektronikong sertipiko nito
reason-card_suspended-next = Kung nakita na ninyo ang card, ipatanggal po ang suspensyon sa { $hall }; dalhin ang card at isa pang ID. Mga tanong tungkol sa suspensyon: { $hotline } (libreng tawag)
reason-pin_locked-title = Naka-lock ang inyong PIN
reason-pin_locked-rule = Nala-lock ang PIN kapag { $tries } beses na sunod-sunod na mali; sa munisipyo lamang ito maaaring i-reset
reason-pin_locked-next = I-reset po ang PIN sa { $hall }; dalhin ang card at isa pang ID, gaya ng lisensya sa pagmamaneho o card ng segurong pangkalusugan
reason-under_age-title = Hindi magagamit ng wala pang { $age } taong gulang
reason-under_age-rule = Para lamang sa mga may-ari ng card na { $age } taong gulang pataas ang kiosk
reason-under_age-next = Maaari pong kumuha ng sertipiko ang magulang o tagapag-alaga sa { $hall }
reason-moved_out-title = May naisampang abiso ng paglipat palabas
reason-moved_out-rule = Kapag naisampa na ang abiso ng paglipat palabas, hindi na nag-iisyu ang kiosk ng sertipiko para sa may-ari ng card
reason-moved_out-next = Magsampa po ng abiso ng paglipat papasok sa bagong munisipyo sa loob ng { $days } araw; para sa mga sertipiko ng { $city }, pumunta sa { $hall }
reason-support_measures-title = Pakitanong po sa counter
reason-support_measures-rule = Hindi magagamit ang card na ito para kumuha ng sertipiko sa kiosk
reason-support_measures-next = Pakitanong po sa counter ng { $hall }
reason-support_measures-rule-private = Habang may ipinatutupad na hakbang na pamproteksiyon (laban sa karahasan sa tahanan, panliligalig, pagbuntot-buntot at iba pa), walang iniisyu ang kiosk, para sa kaligtasan ng may-ari ng card; sinasabi lamang ng pampublikong screen na hindi magagamit dito ang card
reason-deceased-title = Hindi magagamit ang card na ito
reason-deceased-rule = Hindi magagamit sa kiosk ang card na ito
reason-deceased-next = Pakitanong po sa counter ng { $hall }
reason-deceased-rule-private = Nakatala na pumanaw na ang may-ari ng card, kaya hindi ito magagamit; maaaring humiling ng mga sertipiko sa counter ang mga kapamilya
reason-moved_in_today-title = Hindi magagamit sa araw ng paglipat papasok
reason-moved_in_today-rule = Lumalabas lamang sa kiosk ang paglipat papasok simula sa susunod na araw
reason-moved_in_today-next = Bumalik po bukas, o kunin ang sertipiko ngayon sa { $hall }
reason-gaiji_pending-title = Pakitanong po sa counter
reason-gaiji_pending-rule = Inirerehistro pa ang ilang titik sa inyong talaan (gaiji), kaya hindi pa ito mai-print ng kiosk
reason-gaiji_pending-next = Pakitanong po sa { $hall }
reason-not_resident-title = Para lamang sa mga residente ng { $city }
reason-not_resident-rule = Sa mga residente lamang ng { $city } iniisyu ang mga sertipikong ito
reason-not_resident-next = Piliin po ang mga sertipiko ng munisipyong tinitirhan ninyo, o ang mga sertipiko ng lugar ng inyong rehistro ng pamilya
reason-no_seal_registration-title = Walang rehistradong selyo
reason-no_seal_registration-rule = Ang selyong nakarehistro sa { $city } lamang ang maaaring sertipikahan
reason-no_seal_registration-next = Magparehistro po ng selyo sa { $hall }; dalhin ang selyong irerehistro at isang ID
reason-no_tax_record-title = Walang talaan ng buwis
reason-no_tax_record-rule = { $year }: walang talaan ng buwis ninyo ang { $city } (dapat nakatira kayo sa { $city } noong Enero 1 ng taong iyon at ngayon)
reason-no_tax_record-next = Magtanong po tungkol sa inyong talaan ng buwis sa { $hall }; kung sa ibang munisipyo kayo nakatira noong Enero 1, magtanong sa munisipyong iyon
reason-no_family_register-title = Walang rehistro ng pamilya rito
reason-no_family_register-rule = Iniisyu lamang ang mga sertipiko ng rehistro ng pamilya sa mga taong nasa { $city } ang lugar ng rehistro ng pamilya
reason-no_family_register-next = Humiling po sa munisipyo ng lugar ng inyong rehistro ng pamilya (sa kiosk nito, kung mayroon)
reason-not_japanese_national-title = Para lamang sa mga mamamayang Hapon
reason-not_japanese_national-rule = Para lamang sa mga mamamayang Hapon ang rehistro ng pamilya
reason-not_japanese_national-next = Piliin po ang mga sertipiko ng munisipyong tinitirhan ninyo, gaya ng kopya ng sertipiko ng paninirahan
reason-domicile_not_registered-title = Kailangang magparehistro para sa mga sertipiko ng lugar ng rehistro ng pamilya
reason-domicile_not_registered-rule = Kung nakatira kayo sa labas ng { $city }, kailangan munang magparehistro bago magamit ang mga sertipiko ng lugar ng rehistro ng pamilya roon; inaabot ng { $days } araw ng trabaho ang pagpaparehistro
reason-domicile_not_registered-next = { $registered ->
    [yes] Pinoproseso na ang inyong pagpaparehistro: bumalik po simula { $date }
   *[no] Magsimula pong muli at piliin ang "{ $button }" sa screen ng pagpili ng mga sertipiko; bumalik kapag tapos na ang pagpaparehistro
}
reason-card_unreadable-title = Hindi mabasa ang card
reason-card_unreadable-rule = Hindi nabasa ng tagabasa ng card ang chip ng card
reason-card_unreadable-next = Kunin po ang card at magsimulang muli, at ilapag ito nang patag sa tagabasa; kung patuloy na hindi mabasa, ipasuri ito sa { $hall }
reason-card_not_yet_usable-title = Magagamit ang inyong card simula bukas
reason-card_not_yet_usable-rule = Hindi magagamit sa kiosk ang card sa araw na naisyu ito o napalitan ang PIN nito
reason-card_not_yet_usable-next = Bumalik po bukas, o kunin ang sertipiko ngayon sa { $hall }
reason-not_offered-title = Hindi iniisyu sa kiosk
reason-not_offered-rule = Hindi iniisyu ng { $city } ang sertipikong ito sa convenience store
reason-not_offered-next = Pakikuha po ito sa { $hall }
reason-registration_not_needed-title = Hindi kailangang magparehistro
reason-registration_not_needed-rule = { $registered ->
    [yes] Nakarehistro na kayo: magagamit na ang mga sertipiko ng lugar ng rehistro ng pamilya simula { $date }
   *[no] Ang pagpaparehistro ay para lamang sa mga taong nasa { $city } ang lugar ng rehistro ng pamilya pero nakatira sa ibang munisipyo
}
reason-registration_not_needed-next = Magsimula pong muli at direktang piliin ang mga sertipikong kailangan ninyo
reason-smartphone_not_supported-title = Hindi magagamit ang inyong smartphone sa makinang ito
reason-smartphone_not_supported-rule = { $case ->
    [register] Kailangan ang pisikal na My Number Card para magparehistro para sa mga sertipiko ng lugar ng rehistro ng pamilya; hindi makakapagparehistro gamit ang smartphone
    [later] Magagamit ang { $device } sa makinang ito simula { $date }
   *[never] Hindi tumatanggap ng { $device } ang tagabasa ng card ng makinang ito
}
reason-smartphone_not_supported-next = Sa halip, gamitin po ang inyong pisikal na My Number Card at ang PIN nito (4 na numero)

## Mga tanggapan (ang pangalan sa profile sa wikang ito; kung wala, ang pangalang Japanese at ang bigkas nito)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours }; telepono { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first } o { $others }
office-alternatives-separator = {" "}o{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $weeks } na { $days } ng buwan { $open }–{ $close }
office-weeks-join = { $list }
office-weeks-separator = {" "}at{" "}
office-week-1 = ika-1
office-week-2 = ika-2
office-week-3 = ika-3
office-week-4 = ika-4
office-week-5 = ika-5
office-hours-separator = ;{" "}
office-closed-holidays = sarado tuwing pista opisyal at mula Disyembre 29 hanggang Enero 3

## Mga susunod na hakbang (maiikling pangalan para sa mga listahan ng tagasanay)

next-step-come_back_in_service_hours = Bumalik sa oras ng serbisyo
next-step-come_back_after_year_end = Bumalik pagkatapos ng pagsasara sa Bagong Taon
next-step-come_back_after_maintenance = Bumalik pagkatapos ng pagmementena
next-step-come_back_in_office_hours = Bumalik sa oras tuwing Lunes hanggang Biyernes
next-step-come_back_tomorrow = Bumalik bukas
next-step-reset_pin_at_city_hall = I-reset ang PIN sa munisipyo
next-step-renew_card_at_city_hall = Mag-apply ng bagong card sa munisipyo
next-step-renew_certificate_at_city_hall = I-renew ang elektronikong sertipiko sa munisipyo
next-step-cancel_suspension_at_city_hall = Ipatanggal ang suspensyon sa munisipyo
next-step-register_seal_at_city_hall = Magparehistro ng selyo sa munisipyo
next-step-tax_office = Magtanong sa tanggapan ng buwis
next-step-city_hall = Magtanong sa counter ng munisipyo
next-step-complete_move_in = Magsampa ng abiso ng paglipat papasok sa bagong munisipyo
next-step-municipality_of_residence = Gamitin ang mga sertipiko ng munisipyong tinitirhan
next-step-municipality_of_domicile = Humiling sa munisipyo ng lugar ng rehistro ng pamilya
next-step-register_domicile_and_wait = Magparehistro para sa mga sertipiko ng lugar ng rehistro ng pamilya, saka maghintay
next-step-choose_another_certificate = Pumili ng ibang sertipiko
next-step-place_card_again = Ilagay muli ang card sa tagabasa
next-step-insert_more_money = Ipasok ang kulang na pera
next-step-choose_certificates_directly = Direktang piliin ang mga sertipiko
next-step-use_plastic_card = Gamitin ang pisikal na My Number Card
device-card = My Number Card
device-android = Android smartphone
device-iphone = iPhone

## Ang nangyari (talaan ng mga pangyayari para sa tagasanay)

effect-language_changed = Pinalitan ang wika: { $lang }
effect-card_read = Nabasa ang card
effect-card_taken_off = Inalis ang card sa tagabasa
effect-card_may_be_removed = Maaari nang alisin ang card
effect-pin_accepted = Tinanggap ang PIN
effect-pin_rejected = Maling PIN: { $tries } pang subok ang natitira
effect-pin_locked = Na-lock ang PIN
effect-registration_accepted = Natanggap ang pagpaparehistro: magagamit simula { $date }
effect-selection_started = Napili: { $kind }
effect-selection_added = { $kind }: { $copies } kopya, { $fee } bawat isa
effect-selection_reopened = Ibinalik para baguhin: { $kind }
effect-total = Kabuuan { $amount }
effect-payment_due = Babayaran: { $amount }
effect-money_accepted = Naipasok ang { $amount }; kulang pa ang { $remaining }
effect-money_returned = Naibalik ang { $amount } ({ $why })
effect-returned-denomination = barya o papel na perang hindi tinatanggap ng makinang ito
effect-returned-already_paid = bayad na
effect-returned-no_change = walang sukli: eksaktong halaga lamang
effect-returned-closed = natapos ang oras ng serbisyo
effect-returned-change = sukli
effect-returned-refund = ibinalik na bayad
effect-printing_started = Nagsimula ang pag-print
effect-copy_printed = Na-print ang { $kind }: kopya { $copy } sa { $of } ({ $number })
effect-printer_stopped = Huminto ang printer: { $fault }
effect-output_failed = Hindi naisulat sa talaksan ang sertipiko ({ $path }: { $error }): itinigil ang pag-print at ibinalik ang bayad para sa mga kopyang hindi na-print
effect-printing_done = Tapos na ang pag-print
effect-refused = Tinanggihan: { $sentence }
effect-refusal_left = Umalis ang residente sa screen ng pagtanggi
effect-fault_armed = Nakatakdang sira: { $fault }
effect-inactivity_warning = Walang galaw: mare-reset ang sesyon sa loob ng { $seconds } segundo kung hindi dadagdagan ang oras
effect-time_extended = Dinagdagan ang oras
effect-timed_out = Walang galaw: na-reset ang sesyon
effect-returned_home = Naiwan sa huling screen: bumalik sa unang screen
effect-session_ended = Natapos ang sesyon: { $status }
effect-other_service_touched = Pinindot ang "{ $service }": wala ito sa kunwaring kiosk (naligaw ng daan)
effect-status-issued = naisyu
effect-status-refused = tinanggihan
effect-status-cancelled = kinansela
effect-status-timed_out = naubusan ng oras
effect-status-registered = nakarehistro

## Walang galaw

warning-title = Kailangan pa ba ninyo ng oras?
warning-body = Babalik sa simula ang screen sa loob ng { $seconds } segundo. Ibabalik ang inyong pera at card.
warning-extend = Dagdag na oras

## Mga bahagi ng makina

reader-title = Tagabasa ng card
reader-choose = Card na ilalagay
reader-place = Ilagay ang card
reader-place-phone = Itapat ang telepono sa tagabasa
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = Card: nakaharap pataas, nakalapag sa tagabasa ng card
guide-phone = Telepono: itapat sa tagabasa ng card
reader-remove = Kunin ang card
reader-empty = Walang card sa tagabasa
reader-has = Nasa tagabasa: { $name }
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
fault-centre_unreachable = Walang koneksiyon sa sentro
tray-title = Labasan ng papel
tray-empty = Walang laman
tray-open = Buksan ang { $name }
tray-take = Kunin ang mga sertipiko
tray-opened = Nabuksan: { $path }
tray-open-failed = Hindi mabuksan. Talaksan: { $path }
change-title = Labasan ng sukli
change-empty = Walang laman
change-take = Kunin ang sukli
keypad-title = Pindutan ng numero
keypad-digit = Pindutan { $digit }
keypad-enter = Pindutan ○ Kumpirmahin
keypad-clear = Pindutan ← Burahin
keypad-cancel = Pindutan × Kanselahin
keypad-tactile = May nakaumbok na tuldok ang 5
jack-title = Saksakan ng headset (gabay na boses)
jack-plug = Isaksak ang headset
jack-unplug = Hugutin ang headset
jack-speaking = Gabay na boses: { $text }
speech-repeat = Ulitin
speech-stop = Ihinto ang boses
jack-pin-digit = Isang numero ng PIN ang nailagay
trainer-toggle = Panel ng tagasanay (F2)

## Mga abiso ng status (binabasa nang malakas)

live-printing-done = Tapos na ang pag-print. Kunin po ang mga sertipiko.
live-card-can-remove = Maaari na ninyong kunin ang card
live-returned = Naibalik ang { $amount } sa labasan ng sukli
live-session-reset = Bumalik sa unang screen
live-card-placed = Nailagay ang card
live-card-removed = Nakuha ang card
live-not-here = Hindi po magagamit dito ang "{ $service }"

## Panel ng tagasanay

trainer-title = Panel ng tagasanay
trainer-clock = Kunwaring orasan
trainer-pause = Ihinto muna
trainer-resume = Ituloy
trainer-speed = Bilis ×{ $x }
trainer-plus-1m = Abante 1 minuto
trainer-plus-10m = Abante 10 minuto
trainer-plus-1h = Abante 1 oras
trainer-jump-0629 = Pumunta sa { $time }
trainer-jump-2300 = Pumunta sa { $time }
trainer-jump-1229 = Pumunta sa Dis 29
trainer-set-field = Petsa at oras (RFC 3339)
trainer-set = Itakda ang oras
trainer-set-invalid = Hindi tamang petsa at oras (hal. 2026-11-25T10:00:00+09:00)
trainer-deck = Kunwaring residente (card)
trainer-participant = Kalahok (ID, hindi pangalan)
trainer-task = Gawain
trainer-condition = Kondisyon
trainer-municipality = Munisipyo
trainer-vendor = Modelo ng makina
trainer-print-speed = Oras ng pag-print (segundo bawat kopya)
trainer-faults = Gumawa ng sira
trainer-after-copies = Pagkatapos ng ilang kopya
trainer-inject = Gawin: { $fault }
trainer-armed-none = Walang nakahandang sira
trainer-armed-after = Nakahanda: { $fault }, pagkatapos ng { $after } kopyang naimprenta
trainer-armed-next = Nakahanda: { $fault }, sa susunod na pagkakataon
trainer-new-session = Magsimula ng bagong sesyon
trainer-log = Talaan ng mga pangyayari
trainer-log-rule = Tuntunin: { $rule }
trainer-log-next = Susunod na hakbang: { $next }
trainer-error = Mali: { $message }
trainer-handbook = I-print ang manwal ng tagasanay (PDF)
trainer-handbook-written = Naisulat ang manwal: { $path }
trainer-language-ja = wikang Hapon
trainer-language-en = wikang Ingles
trainer-language-zh-Hans = wikang Tsino (pinasimpleng sulat)
trainer-language-ko = wikang Koreano
trainer-language-pt = wikang Portuges
trainer-language-es = wikang Espanyol
trainer-language-vi = wikang Biyetnames
trainer-language-tl = wikang Tagalog
trainer-language-id = wikang Indones
trainer-language-th = wikang Thai
trainer-language-ne = wikang Nepali
trainer-screen-language = Unang screen
trainer-screen-services = Mga serbisyo ng gobyerno
trainer-screen-consent = Paalala sa paggamit
trainer-screen-place_card = Paglalagay ng card
trainer-screen-path = Uri ng sertipiko
trainer-screen-pin = Paglalagay ng PIN
trainer-screen-registered = Natanggap ang pagpaparehistro
trainer-screen-remove_card = Pagkuha ng card
trainer-screen-certificate = Listahan ng mga sertipiko
trainer-screen-options = Mga opsyon
trainer-screen-copies = Bilang ng kopya
trainer-screen-confirm = Pagsusuri ng pinili
trainer-screen-payment = Pagbabayad
trainer-screen-printing = Pagpi-print
trainer-screen-take_items = Pagkuha ng mga gamit
trainer-screen-out_of_service = Hindi magagamit ngayon
trainer-screen-refusal = Pagtanggi
trainer-ev-press = Pinindot ang "{ $button }"
trainer-ev-language = Napiling wika: { $lang }
trainer-ev-place-card = Inilagay ang card ({ $card })
trainer-ev-remove-card = Inalis ang card sa tagabasa
trainer-ev-pin = Inilagay ang PIN (4 na numero)
trainer-ev-certificate = Napili ang "{ $kind }"
trainer-ev-options = Napiling mga opsyon: { $options }
trainer-ev-options-default = Hindi binago ang mga opsyon
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies } kopya
trainer-ev-insert = Naipasok ang { $amount }
trainer-ev-printer-step = Ang printer
trainer-ev-take-items = Kinuha ang card, mga sertipiko at sukli
trainer-ev-tick = Lumipas ang oras ({ $time })
trainer-ev-fault = Gumawa ng sira ang tagasanay: { $fault }
trainer-ev-fault-after = Gumawa ng sira ang tagasanay: { $fault } (pagkatapos ng { $after } kopya)
trainer-ev-walk-away = Umalis sa screen ng pagtanggi
trainer-ev-unknown = Isang galaw
trainer-log-said = { $event } → { $result }
trainer-log-screen = napunta sa { $screen }
trainer-log-nothing = walang nagbago
trainer-log-rejected = { $event } → hindi tinanggap
trainer-log-veiled = ? (ipapakita pagkatapos sumagot)
trainer-log-veil-note = Nakatago ang tugon ng kiosk hanggang masagot ang tanong
trainer-recording = Pagtatala (pananaliksik)
trainer-record = ● Itala ang mga sesyon
trainer-record-stop = ■ Ihinto ang pagtatala
trainer-recorded = { $count } sesyon ang naitala
trainer-recording-into = Sa { $dir }: { $count } sesyon ang naitala
trainer-record-error = Hindi maisulat: { $error }
trainer-note-hint = Tala ng tagamasid (F3), idinadagdag ng Enter
trainer-note-add = Idagdag ang tala
trainer-exercises = Mga pagsasanay
trainer-exercise-pick = Pagsasanay na gagamitin
trainer-exercise-numbered = Pagsasanay { $n }
trainer-exercise-titled = Pagsasanay { $n }: { $title }
trainer-exercise-none = (walang pagsasanay)
trainer-exercise-start = Simulan ang pagsasanay
trainer-exercise-play = Patakbuhin hanggang sa tanong
trainer-exercise-ask = Magtanong na ngayon
trainer-exercise-running = Tumatakbo: { $exercise }. Gamitin ang kiosk, o patakbuhin hanggang sa tanong.
trainer-exercise-own-persons = { $file }: hindi pinapatakbo sa panel ng tagasanay ang mga senaryong may sariling mga tao
trainer-question = Tanong
trainer-question-what = Pagkatapos ng huling galaw ng residente, ano ang gagawin ng kiosk? Kung tatanggi ito, piliin ang dahilan; saka piliin ang susunod na dapat gawin ng residente.
trainer-question-amount = Sabihin din kung magkano pa ang kulang.
trainer-question-veiled = Nakatago ang screen at ang tugon ng kiosk hanggang may sagot.
trainer-question-trainer = Tanong ng tagasanay: { $question }
trainer-answer-reason = Dahilan ng pagtanggi
trainer-answer-not-refused = Hindi tumatanggi (maisyu ng kiosk)
trainer-answer-next = Susunod na hakbang
trainer-answer-choose = (pumili)
trainer-answer-amount = Halaga (yen)
trainer-answer-submit = Ipasa ang sagot
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = May tanong sa pagsasanay
trainer-veil-body = Nakatago ang screen hanggang masagot ang tanong sa panel ng tagasanay.
trainer-fb-right = Tama.
trainer-fb-wrong = Mali.
trainer-fb-reason-right = Tama ang dahilan: sinasabi ng kiosk na "{ $title }". Tuntunin: { $rule }
trainer-fb-reason-wrong = Hindi "{ $chosen }": sinasabi ng kiosk na "{ $title }". Tuntunin: { $rule }
trainer-fb-reason-wrong-rule = Ang tuntunin ng "{ $chosen }" ay: { $chosenRule }. Wala sa ganoong kalagayan ang residenteng ito.
trainer-fb-reason-wrong-none = Tumatanggi nga ang kiosk: sinasabi nito na "{ $title }". Tuntunin: { $rule }
trainer-fb-not-refused-right = Tama: hindi tumatanggi ang kiosk dito.
trainer-fb-reason-wrong-not-refused = Hindi "{ $chosen }": hindi tumatanggi ang kiosk dito.
trainer-fb-next-right = Tama ang susunod na hakbang: { $next }
trainer-fb-next-wrong = Hindi "{ $chosen }": ang susunod na hakbang ay "{ $expected }": { $next }
trainer-fb-next-wrong-short = Hindi "{ $chosen }": ang susunod na hakbang ay "{ $expected }".
trainer-fb-next-missing = Walang napiling susunod na hakbang: ito ay "{ $expected }": { $next }
trainer-fb-next-missing-short = Walang napiling susunod na hakbang: ito ay "{ $expected }".
trainer-fb-amount-right = Tama ang halaga: { $amount }
trainer-fb-amount-wrong = Mali ang halaga ({ $given }): ito ay { $amount }.
trainer-fb-amount-missing = Walang halagang ibinigay: ito ay { $amount }.
trainer-fb-trainer = Mula sa tagasanay: { $text }
trainer-fb-explanation = Paliwanag: { $text }
trainer-score = Iskor: { $correct } / { $total } ({ $percent }%)
trainer-export = Isulat ang talaan (JSON at PDF)
trainer-exported = Naisulat: { $path }
trainer-export-failed = Hindi naisulat ang talaan: { $error }

## Palatanungan pagkatapos ng nai-record na sesyon (research mode, `kofu --record`): ang Single Ease
## Question (Sauro 2009) at ang System Usability Scale (Brooke 1996), nasa karaniwang pagkakasunod-sunod ang mga item.
q-seq-title = Isang tanong tungkol sa gawaing ito
q-seq = Sa kabuuan, gaano po kahirap o kadaling tapusin ang gawaing ito?
q-seq-low = Napakahirap
q-seq-high = Napakadali
q-answer = { $n } ({ $anchor })
q-sus-offer = Maaari po ba ninyong sagutin ang sampu pang maikling pahayag tungkol sa makina?
q-sus-yes = Sagutin ang sampung pahayag
q-sus-skip = Hindi na, tapusin
q-sus-title = Pahayag { $n } ng 10
q-sus-ask = Gaano po kayo sumasang-ayon sa pahayag na ito?
q-sus-low = Lubos na hindi sumasang-ayon
q-sus-high = Lubos na sumasang-ayon
q-sus-1 = Sa tingin ko, gugustuhin kong gamitin nang madalas ang sistemang ito.
q-sus-2 = Para sa akin, masyadong kumplikado ang sistema nang hindi naman kailangan.
q-sus-3 = Sa tingin ko, madaling gamitin ang sistema.
q-sus-4 = Sa tingin ko, kakailanganin ko ang tulong ng isang taong may kaalamang teknikal para magamit ang sistemang ito.
q-sus-5 = Para sa akin, maayos na magkakaugnay ang iba't ibang gamit ng sistemang ito.
q-sus-6 = Sa tingin ko, napakaraming bahaging hindi magkakatugma sa sistemang ito.
q-sus-7 = Sa palagay ko, mabilis na matututuhan ng karamihan ng tao ang paggamit ng sistemang ito.
q-sus-8 = Para sa akin, napakaabalang gamitin ang sistema.
q-sus-9 = Lubos akong nagtiwala sa sarili ko habang ginagamit ang sistema.
q-sus-10 = Kinailangan kong matuto ng maraming bagay bago ako nakapagsimulang gumamit ng sistemang ito.
q-thanks = Salamat po. Naitala na ang inyong mga sagot.
q-finish = Tapusin
q-keypad = Pindutin po ang isang numero mula { $low } hanggang { $high } sa pindutan ng numero, o pindutin ang isang sagot sa screen.

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, pindutan
focus-button-disabled = { $name }, pindutan, hindi magagamit
focus-at = { $control }, { $pos } sa { $count }
focus-check = { $name }, kahon ng tsek, { $on ->
    [yes] may tsek
   *[no] walang tsek
}
focus-radio = { $name }, pindutang pagpipilian, { $on ->
    [yes] napili
   *[no] hindi napili
}
