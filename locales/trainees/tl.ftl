### The trainees area of the tl bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = Nagsasanay
trainee-none = Isulat ang pangalan ng nagsasanay para maitabi ang mga sagot niya.
trainee-results = Mga resulta ni { $name }
trainee-results-none = Wala pang nasasagot na pagsasanay.
trainee-col-exercise = Pagsasanay
trainee-col-answer = Sagot
trainee-col-mark = Tama o mali
trainee-col-time = Oras
trainee-right = Tama
trainee-wrong = Mali
trainee-seconds = { $seconds } seg
trainee-export = Isulat ang mga resulta (JSON, CSV, PDF)
trainee-store-failed = Hindi maitabi ang mga resulta: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }, { $age } taon — { $kind }
case-situation-pin = { $situation } · PIN: { $pin }
case-kiosk = Sa kiosk: { $outcome }
case-outcome-issues = maglalabas ng mga sertipiko
case-outcome-domicile = maglalabas lamang ng mga sertipiko ng lugar ng rehistro ng pamilya
case-outcome-refuses = tatanggi: { $refusal }
case-situation-deceased = Nakatalang pumanaw na; kamag-anak ang nagdala ng card
case-situation-support = Nasa ilalim ng hakbang na pamproteksiyon (karahasan sa tahanan, pagbuntot-buntot)
case-situation-moved-out = Nagsumite na ng abiso ng paglipat palabas
case-situation-gaiji = Nakabinbin pa ang di-karaniwang titik sa pangalan
case-situation-child = Batang { $age } taong gulang
case-situation-cert-expired = Nag-expire ang elektronikong sertipiko noong { $date }
case-situation-stay-ended = Natapos ang panahon ng paninirahan noong { $date }
case-situation-card-expired = Nag-expire ang card noong { $date }
case-situation-suspended = Suspendido ang card
case-situation-revoked = Binawi ang elektronikong sertipiko
case-situation-new-card = Natanggap ngayong araw ang card o ang elektronikong sertipiko
case-situation-pin-changed = Pinalitan ang PIN ngayong araw
case-situation-pin-failures = Sunod-sunod na maling PIN sa ngayon: { $failures }
case-situation-moved-in-today = Lumipat dito ngayong araw
case-situation-domicile-registered = Nakatira sa ibang munisipyo; narito ang lugar ng rehistro ng pamilya, nakarehistro para sa kiosk noong { $date }
case-situation-domicile-only = Nakatira sa ibang munisipyo; narito ang lugar ng rehistro ng pamilya, hindi nakarehistro para sa kiosk
case-situation-elsewhere = Nakatira sa ibang munisipyo
case-situation-foreign = Dayuhang residente ({ $nationality })
case-situation-no-seal = Walang pagpaparehistro ng selyo
case-situation-no-tax = Walang rekord ng buwis
case-situation-resident = Residente, walang kakaiba
case-cards-title = Mga card ng kalagayan: mga kathang-isip na residente
case-cards-head = Mga card ng kalagayan — mga kathang-isip na residente (halimbawa) · ang kiosk sa { $time }
case-card-age = { $age } taon · { $kind }
case-card-situation = Kalagayan
case-card-kiosk = Ang gagawin ng kiosk
