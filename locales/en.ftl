# kofu — texts of the kiosk screens, English (translated from ja.ftl, the source).
# Keys are the same in every language file (a test checks for missing or extra keys).
# Keep { $… } placeholders as they are. Amounts ({ $amount }) arrive formatted.
# The printed certificate itself stays in Japanese.

## Language and general

language-name = English
app-title = kofu — convenience-store certificate kiosk (SPECIMENS only)
specimen-banner = SPECIMEN — this kiosk prints specimen certificates only
money-yen = ¥{ $amount }
fiscal-year = Fiscal year { $year } (income of { $incomeYear })
era-reiwa = Reiwa
era-heisei = Heisei
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
list-separator = ,{" "}

## Common buttons

btn-back = Back
btn-cancel = Cancel
btn-next = Next
btn-ok = OK
btn-finish = Finish
page-previous = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }
toggle-large-text = Large text
toggle-high-contrast = High contrast
keypad-help = Keypad: digits type or choose · 2 and 8 move the highlight · ○ confirms · ← deletes · × goes back or cancels

## Home screen (language and administrative services)

home-title = Choose a service
home-language = Language / 言語
home-services = Administrative services
home-services-hint = To get a certificate such as a copy of your resident certificate, press "Administrative services"
home-service-copy = Copy
home-service-print = Print (USB / smartphone)
home-service-scan = Scan
home-service-fax = Fax
home-service-photo = Photo prints
home-service-tickets = Tickets and payments
home-not-here = "{ $service }" is not in this emulator. To get a certificate, press "{ $services }".

## Administrative services

services-title = Administrative services
services-cert-issue = Cert. issue service (convenience store)
services-hint = With your My Number Card you can get certificates of your municipality of residence or of your registered domicile

## Consent (Sharp-style machines)

consent-title = Notice
consent-body = You need your My Number Card and the 4-digit PIN of its user-identification certificate. Three wrong PINs in a row lock the PIN; only your municipal office can unlock it. Printed certificates cannot be returned or exchanged. Do not leave your card, certificates or change behind.
consent-instruction = Read the notice, then press "Agree"
consent-agree = Agree

## Place the card

place-title = Place your card
place-instruction = { $vendor ->
    [sharp] Place your card on the card reader, then press "Next"
   *[other] Place your My Number Card on the card reader
}
place-phone-note = With a smartphone (My Number Card function), hold it over the card reader
place-detected = Card detected

## Which certificates

path-title = Choose which certificates you want
path-residence = Certificates issued at your municipality of residence
path-domicile = Certificates of your registered domicile
path-register = Register to use certificates of your registered domicile

## PIN

pin-title = Enter your PIN
pin-instruction = Enter the 4-digit PIN of your user-identification certificate, then press "OK"
pin-entered = PIN: { $count } of 4 digits entered
pin-wrong = Wrong PIN. { $tries ->
    [one] { $tries } more wrong entry locks the PIN.
   *[other] { $tries } more wrong entries lock the PIN.
}
pin-clear = Clear

## Registration

registered-title = Registration accepted
registered-body = You can get certificates of your registered domicile from { $date }. Please take your card.

## Remove the card

remove-title = Please remove your card
remove-body = You are authorised. Take your card off the reader to continue.

## Choose a certificate

cert-title = Choose a certificate
cert-fee = { $fee } per copy
cert-none = There are no certificates you can get here
cert-kind-resident_certificate = Copy of resident certificate
cert-kind-seal_certificate = Certificate of seal registration
cert-kind-tax_certificate = Taxation / non-taxation (income) certificate
cert-kind-family_register_appendix = Appended information to family register
cert-kind-family_register = Copy of family register

## Options

options-title = Options: { $kind }
opt-scope = Whose entries
opt-scope-holder = Yourself only
opt-scope-household = Whole household
opt-scope-members = Chosen members of the household
opt-relationship = Show householder and relationship
opt-domicile = Show registered domicile and head of family
opt-my-number = Show My Number (individual number)
opt-nationality = Show nationality/region
opt-residence-status = Show status of residence and period of stay
opt-residence-card = Show residence card number
opt-year = Fiscal year
opt-extent = Type
opt-extent-whole = Whole register (everyone)
opt-extent-individual = Individual (one person)
opt-person = Person
opt-appendix-note = The appended information is issued for the persons in your family register
opt-members-none = Choose at least one person

## Copies

copies-title = How many copies?
copies-value = { $count ->
    [one] 1 copy
   *[other] { $count } copies
}
copies-more = One more copy
copies-less = One copy fewer
copies-max = Up to { $max } copies
copies-ceiling = Up to { $max } copies: this machine takes at most { $ceiling } in one transaction
copies-subtotal = Subtotal { $amount }

## Confirmation

confirm-title = Check your selection
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Total { $amount }
confirm-pay = Confirm and pay
confirm-add = Add another certificate

## Payment

pay-title = Insert the fee
pay-due = Amount due { $amount }
pay-inserted = Inserted { $amount }
pay-remaining = Still to pay { $amount }
pay-accepted = Accepted: { $list }
pay-no-change = No change available now: insert the exact amount
pay-cancel-note = "Cancel" returns all the money you inserted

## Printing

print-title = Printing
print-progress = Printed { $done } of { $total }
print-wait = Please wait until printing is finished. Do not leave the machine.
flow-step-1 = Language
flow-step-2 = Services
flow-step-3 = Card
flow-step-4 = PIN
flow-step-5 = Certificate
flow-step-6 = Copies
flow-step-7 = Payment
flow-step-at = Step { $n } of { $count }: { $name }
print-halted-title-paper_jam = Printing stopped: paper jam
print-halted-title-out_of_paper = Printing stopped: out of paper
print-halted-call-staff = Please call the store staff. Once they have fixed the printer, the remaining certificates will print. Do not give your card or PIN to anyone.
print-halted-cancel-note = Press "Cancel" to get back the fee for the copies not printed
printer-halted = Stopped, waiting for staff: { $fault }
printer-clear-fault = Staff: clear the fault ({ $fault })
effect-printer_halted = Printer stopped ({ $fault }) after { $printed } of { $of }, waiting for staff
effect-printer_resumed = Staff fixed { $fault }; printing resumes
live-printer-halted = The printer has stopped ({ $fault }). Please call the store staff.
live-printer-resumed = Printing resumed.
trainer-ev-clear-fault = The staff fix the printer

## Take your items

take-title = Don't forget your items
take-card = Take your card
take-certs = Take { $count ->
    [one] your certificate
   *[other] your { $count } certificates
} from the output tray
take-change = Take your change: { $amount }
take-nothing = Nothing left behind
take-issued = Your certificates were issued
take-cancelled = Cancelled. Your money is in the change tray
take-cancelled-unpaid = Cancelled. Nothing was paid
take-timeout = The session ended because there was no input
take-fault = The printer stopped ({ $fault }). You paid only for what was printed. Please call the store staff.

## Service not available

oos-title = The service is not available now
oos-hours = Service hours: every day { $open }–{ $close }
oos-now = Now: { $now }

## Refusal

refusal-title = The certificate cannot be issued
refusal-rule = Why
refusal-next = What to do next
refusal-back = Back to the certificate list

## Reasons. Arguments: { $city } municipality; { $hall } the office with hours and phone;
## { $office } its name; { $open } { $close } hours the rule names; { $reopens } when the service
## opens again; { $date } a validity or ready-on date; { $registered } yes / no; { $stopFrom }
## { $stopUntil } a stop's days; { $year } fiscal year; { $days } days; { $age } minimum age;
## { $tries } PIN tries; { $hotline } a phone number; { $button } a button's label.

refusal-sentence = { $title }. { $rule }. { $next }.
reason-out_of_service_hours-title = Outside service hours
reason-out_of_service_hours-rule = The service runs every day from { $open } to { $close }, Japan time
reason-out_of_service_hours-next = Come back from { $reopens }, or go to { $hall }
reason-year_end_suspension-title = Closed for the New Year holidays
reason-year_end_suspension-rule = The service stops from { $stopFrom } to { $stopUntil }
reason-year_end_suspension-next = Come back from { $reopens }. Municipal offices are closed until { $stopUntil } too
reason-maintenance-title = System maintenance
reason-maintenance-rule = The service stops during maintenance announced by { $city }
reason-maintenance-next = Come back from { $reopens }, or go to { $hall }
reason-centre_unreachable-title = Out of service: the centre cannot be reached
reason-centre_unreachable-rule = The service stops while the machine cannot reach the certificate centre
reason-centre_unreachable-next = Try again in a while, or go to { $hall }
reason-family_register_hours-title = Family-register certificates: outside their hours
reason-family_register_hours-rule = { $city } issues family-register certificates at the kiosk only on weekdays that are not national holidays, from { $open } to { $close }
reason-family_register_hours-next = Come back from { $reopens }, or go to { $hall }
reason-card_expired-title = Your card has expired
reason-card_expired-rule = Your card was valid until { $date }
reason-card_expired-next = Apply for a new card at { $hall }; bring the card and another ID. Until then, get certificates at the counter
reason-certificate_expired-title = The card's electronic certificate has expired
reason-certificate_expired-rule = The card's user-identification certificate was valid until { $date } (the 5th birthday after it was issued)
reason-certificate_expired-next = Renew the electronic certificate at { $hall }; bring the card and remember your PIN
reason-certificate_revoked-title = The card's electronic certificate is revoked
reason-certificate_revoked-rule = The card's user-identification certificate has been revoked
reason-certificate_revoked-next = Have a new electronic certificate issued at { $hall }; bring the card
reason-card_suspended-title = Your card is suspended
reason-card_suspended-rule = The card was reported lost or stolen; its certificates are stopped
reason-card_suspended-next = If you found the card, cancel the suspension at { $hall }; bring the card and another ID. Questions about the suspension: { $hotline } (toll-free)
reason-pin_locked-title = Your PIN is locked
reason-pin_locked-rule = The PIN locks after { $tries } wrong entries in a row; only the municipal office can reset it
reason-pin_locked-next = Reset the PIN at { $hall }; bring the card and another ID such as a driver's licence or health insurance card
reason-under_age-title = Not available under { $age }
reason-under_age-rule = The kiosk serves card holders aged { $age } and over
reason-under_age-next = A parent or guardian can get the certificate at { $hall }
reason-moved_out-title = A move-out has been filed
reason-moved_out-rule = After a move-out is filed, the kiosk issues no certificates for the holder
reason-moved_out-next = File your move-in at your new municipality within { $days } days; for { $city } certificates go to { $hall }
reason-support_measures-title = Please ask at the counter
reason-support_measures-rule = This card cannot be used for certificates at the kiosk
reason-support_measures-next = Please ask at the counter of { $hall }
reason-support_measures-rule-private = While support measures (DV, stalking) are in place, the kiosk issues nothing, for the holder's safety; the public screen says only that the card cannot be used here
reason-deceased-title = This card cannot be used
reason-deceased-rule = This card cannot be used at the kiosk
reason-deceased-next = Please ask at the counter of { $hall }
reason-deceased-rule-private = The holder is recorded as deceased, so the card cannot be used; family members can request certificates at the counter
reason-moved_in_today-title = Not available on the day of moving in
reason-moved_in_today-rule = A move-in reaches the kiosk from the next day
reason-moved_in_today-next = Come back tomorrow, or get the certificate today at { $hall }
reason-gaiji_pending-title = Please ask at the counter
reason-gaiji_pending-rule = Characters in your record (gaiji) are still being registered, so the kiosk cannot print them yet
reason-gaiji_pending-next = Ask at { $hall }
reason-not_resident-title = Only for residents of { $city }
reason-not_resident-rule = These certificates are issued only to residents of { $city }
reason-not_resident-next = Use the certificates of the municipality where you live, or choose the certificates of your registered domicile
reason-no_seal_registration-title = No seal registration
reason-no_seal_registration-rule = Only a seal registered in { $city } can be certified
reason-no_seal_registration-next = Register a seal at { $hall }; bring the seal and an ID
reason-no_tax_record-title = No tax record
reason-no_tax_record-rule = { $city } holds no tax data for you for { $year } (you must have lived there on 1 January of that year and now)
reason-no_tax_record-next = Ask at { $hall } about your tax data; if you lived elsewhere on 1 January, ask that municipality
reason-no_family_register-title = No family register here
reason-no_family_register-rule = Family-register certificates are issued only to persons whose registered domicile is in { $city }
reason-no_family_register-next = Request them from the municipality of your registered domicile (at its kiosk service, if it offers one)
reason-not_japanese_national-title = Only for Japanese nationals
reason-not_japanese_national-rule = Family registers exist only for Japanese nationals
reason-not_japanese_national-next = Choose the certificates of your municipality of residence, such as a copy of resident certificate
reason-domicile_not_registered-title = Registration needed for domicile certificates
reason-domicile_not_registered-rule = If you live outside { $city }, you must register before using its domicile certificates; registration takes { $days } business days
reason-domicile_not_registered-next = { $registered ->
    [yes] Your registration is being processed: come back from { $date }
   *[no] Start again and choose "{ $button }" on the screen where you choose which certificates you want; come back once it is ready
}
reason-card_unreadable-title = The card could not be read
reason-card_unreadable-rule = The card reader could not read the card's chip
reason-card_unreadable-next = Take the card and start again, placing it flat on the reader; if it keeps failing, have it checked at { $hall }
reason-card_not_yet_usable-title = Your card can be used from tomorrow
reason-card_not_yet_usable-rule = A card cannot be used at the kiosk on the day it was issued or its PIN was changed
reason-card_not_yet_usable-next = Come back tomorrow, or get the certificate today at { $hall }
reason-not_offered-title = Not issued at the kiosk
reason-not_offered-rule = { $city } does not issue this certificate at convenience stores
reason-not_offered-next = Get it at { $hall }
reason-registration_not_needed-title = No registration needed
reason-registration_not_needed-rule = { $registered ->
    [yes] You are already registered: the domicile certificates can be used since { $date }
   *[no] Registration is only for people whose registered domicile is in { $city } but who live elsewhere
}
reason-registration_not_needed-next = Start again and choose the certificates you want directly
reason-smartphone_not_supported-title = This machine cannot use your smartphone
reason-smartphone_not_supported-rule = { $case ->
    [register] Registration for the certificates of your registered domicile needs the plastic My Number Card; a smartphone cannot register
    [later] This machine takes { $device } from { $date }
   *[never] This machine's reader does not take { $device }
}
reason-smartphone_not_supported-next = Use your plastic My Number Card instead, with its 4-digit PIN

## Offices (a name from the profile in this language, else the Japanese name with its reading)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours }; tel. { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first }, or { $others }
office-alternatives-separator = , or{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $weeks } { $days } { $open }–{ $close }
office-weeks-join = { $list }
office-weeks-separator = {" "}and{" "}
office-week-1 = 1st
office-week-2 = 2nd
office-week-3 = 3rd
office-week-4 = 4th
office-week-5 = 5th
office-hours-separator = ;{" "}
office-closed-holidays = closed on national holidays and from 29 December to 3 January

## Next steps (short labels for trainers' pickers)

next-step-come_back_in_service_hours = Come back in service hours
next-step-come_back_after_year_end = Come back after the year-end stop
next-step-come_back_after_maintenance = Come back after the maintenance
next-step-come_back_in_office_hours = Come back in the weekday hours
next-step-come_back_tomorrow = Come back tomorrow
next-step-reset_pin_at_city_hall = Reset the PIN at the municipal office
next-step-renew_card_at_city_hall = Apply for a new card at the municipal office
next-step-renew_certificate_at_city_hall = Renew the electronic certificate at the municipal office
next-step-cancel_suspension_at_city_hall = Cancel the suspension at the municipal office
next-step-register_seal_at_city_hall = Register a seal at the municipal office
next-step-tax_office = Ask the tax office
next-step-city_hall = Ask at the municipal office's counter
next-step-complete_move_in = Complete the move-in at the new municipality
next-step-municipality_of_residence = Use the municipality of residence
next-step-municipality_of_domicile = Ask the municipality of the registered domicile
next-step-register_domicile_and_wait = Register for domicile certificates, then wait
next-step-choose_another_certificate = Choose another certificate
next-step-place_card_again = Place the card on the reader again
next-step-insert_more_money = Insert more money
next-step-choose_certificates_directly = Choose the certificates directly
next-step-use_plastic_card = Use the plastic My Number Card
device-card = the My Number Card
device-android = an Android smartphone
device-iphone = an iPhone

## What happened (the trainer's event log)

effect-language_changed = Language set to { $lang }
effect-card_read = Card read
effect-card_taken_off = Card taken off the reader
effect-card_may_be_removed = The card may be removed
effect-pin_accepted = PIN accepted
effect-pin_rejected = Wrong PIN: { $tries ->
    [one] 1 try left
   *[other] { $tries } tries left
}
effect-pin_locked = PIN locked
effect-registration_accepted = Registration accepted: usable from { $date }
effect-selection_started = { $kind } chosen
effect-selection_added = { $kind }: { $copies ->
    [one] 1 copy
   *[other] { $copies } copies
} at { $fee }
effect-selection_reopened = { $kind } taken back to change
effect-total = Total { $amount }
effect-payment_due = { $amount } to pay
effect-money_accepted = { $amount } in; { $remaining } still to pay
effect-money_returned = { $amount } returned ({ $why })
effect-returned-denomination = not taken by this machine
effect-returned-already_paid = already paid
effect-returned-no_change = no change: exact amount only
effect-returned-closed = the service closed
effect-returned-change = change
effect-returned-refund = refund
effect-printing_started = Printing started
effect-copy_printed = { $kind } printed: copy { $copy } of { $of } ({ $number })
effect-printer_stopped = Printer stopped: { $fault }
effect-output_failed = The certificate could not be saved ({ $path }: { $error }): printing stopped and the copies not printed are refunded
effect-printing_done = Printing done
effect-refused = Refused: { $sentence }
effect-refusal_left = The resident left the refusal screen
effect-fault_armed = Fault armed: { $fault }
effect-inactivity_warning = No input: the session resets in { $seconds } s unless extended
effect-time_extended = Time extended
effect-timed_out = No input: the session was reset
effect-returned_home = Items left on the finished screen: back to the home menu
effect-session_ended = Session ended: { $status }
effect-other_service_touched = "{ $service }" pressed: not in this emulator (a wrong turn)
effect-status-issued = issued
effect-status-refused = refused
effect-status-cancelled = cancelled
effect-status-timed_out = timed out
effect-status-registered = registered

## Inactivity

warning-title = Do you need more time?
warning-body = The screen returns to the start in { $seconds } s. Your money and card will be returned.
warning-extend = More time

## The machine's parts

reader-title = Card reader
reader-choose = Card to place
reader-place = Place card
reader-place-phone = Hold phone over reader
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = Card: face up, flat on the card reader
guide-phone = Smartphone: held over the card reader
reader-remove = Remove card
reader-empty = No card on the reader
reader-has = On the reader: { $name }
card-kind-card = My Number Card
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = Coin and note slot
slot-insert = Insert { $amount }
printer-title = Printer
printer-idle = Idle
printer-busy = Printing { $done } of { $total }
printer-stopped = Stopped: { $fault }
fault-paper_jam = Paper jam
fault-out_of_paper = Out of paper
fault-card_unreadable = Card unreadable
fault-no_change = No change
fault-centre_unreachable = Centre unreachable
tray-title = Output tray
tray-empty = Empty
tray-open = Open { $name }
tray-take = Take certificates
tray-opened = Opened: { $path }
tray-open-failed = Could not open it. File: { $path }
change-title = Change tray
change-empty = Empty
change-take = Take change
keypad-title = Keypad
keypad-digit = Keypad { $digit }
keypad-enter = Keypad ○ Enter
keypad-clear = Keypad ← Clear
keypad-cancel = Keypad × Cancel
keypad-tactile = The 5 key has a raised dot
jack-title = Headset jack (speech guide)
jack-plug = Plug in headset
jack-unplug = Unplug headset
jack-speaking = Speech guide: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = One PIN digit entered
trainer-toggle = Trainer console (F2)

## Status announcements (read aloud)

live-printing-done = Printing finished. Take your certificates.
live-card-can-remove = You can remove your card now
live-returned = { $amount } returned to the change tray
live-session-reset = Back to the start screen
live-card-placed = Card placed
live-card-removed = Card removed
live-not-here = "{ $service }" is not available here

## Trainer console

trainer-title = Trainer console
trainer-clock = Simulated clock
trainer-pause = Pause
trainer-resume = Resume
trainer-speed = Speed ×{ $x }
trainer-plus-1m = Forward 1 min
trainer-plus-10m = Forward 10 min
trainer-plus-1h = Forward 1 hour
trainer-jump-0629 = Jump to { $time }
trainer-jump-2300 = Jump to { $time }
trainer-jump-1229 = Jump to 29 Dec
trainer-set-field = Date and time (RFC 3339)
trainer-set = Set time
trainer-set-invalid = Not a date and time (e.g. 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (card)
trainer-participant = Participant (ID, not a name)
trainer-task = Task
trainer-condition = Condition
trainer-municipality = Municipality
trainer-vendor = Vendor
trainer-print-speed = Print time (seconds per copy)
trainer-faults = Fault injection
trainer-after-copies = After copies printed
trainer-inject = Inject: { $fault }
trainer-armed-none = No fault is armed
trainer-armed-after = Armed: { $fault }, after { $after } { $after ->
        [one] copy
       *[other] copies
    } printed
trainer-armed-next = Armed: { $fault }, at the next chance
trainer-new-session = Start a new session
trainer-log = Event log
trainer-log-rule = Rule: { $rule }
trainer-log-next = Next step: { $next }
trainer-error = Error: { $message }
trainer-handbook = Print the trainer's handbook (PDF)
trainer-handbook-written = Handbook written: { $path }
trainer-language-ja = Japanese
trainer-language-en = English
trainer-language-zh-Hans = Chinese (Simplified)
trainer-language-ko = Korean
trainer-language-pt = Portuguese
trainer-language-es = Spanish
trainer-language-vi = Vietnamese
trainer-language-tl = Tagalog
trainer-language-id = Indonesian
trainer-language-th = Thai
trainer-language-ne = Nepali
trainer-screen-language = Home
trainer-screen-services = Administrative services
trainer-screen-consent = Notice
trainer-screen-place_card = Place card
trainer-screen-path = Type of certificate
trainer-screen-pin = PIN
trainer-screen-registered = Registration accepted
trainer-screen-remove_card = Remove card
trainer-screen-certificate = Certificate list
trainer-screen-options = Options
trainer-screen-copies = Copies
trainer-screen-confirm = Confirmation
trainer-screen-payment = Payment
trainer-screen-printing = Printing
trainer-screen-take_items = Take your items
trainer-screen-out_of_service = Not available now
trainer-screen-refusal = Refused
trainer-ev-press = Pressed "{ $button }"
trainer-ev-language = Language chosen: { $lang }
trainer-ev-place-card = Card placed ({ $card })
trainer-ev-remove-card = Card taken off the reader
trainer-ev-pin = PIN entered (4 digits)
trainer-ev-certificate = "{ $kind }" chosen
trainer-ev-options = Options chosen: { $options }
trainer-ev-options-default = Options left as they were
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies ->
    [one] 1 copy
   *[other] { $copies } copies
}
trainer-ev-insert = { $amount } inserted
trainer-ev-printer-step = Printer
trainer-ev-take-items = Card, certificates and change taken
trainer-ev-tick = Time passes ({ $time })
trainer-ev-fault = The trainer injects: { $fault }
trainer-ev-fault-after = The trainer injects: { $fault } (after { $after ->
    [one] 1 copy
   *[other] { $after } copies
})
trainer-ev-walk-away = Walked away from the refusal
trainer-ev-unknown = An input
trainer-log-said = { $event } → { $result }
trainer-log-screen = screen: { $screen }
trainer-log-nothing = nothing changed
trainer-log-rejected = { $event } → not accepted
trainer-log-veiled = ? (shown after the answer)
trainer-log-veil-note = The kiosk's answers are hidden until the question is answered
trainer-recording = Recording (research)
trainer-record = ● Record sessions
trainer-record-stop = ■ Stop recording
trainer-recorded = { $count ->
    [one] 1 session written
   *[other] { $count } sessions written
}
trainer-recording-into = Into { $dir }: { $count ->
    [one] 1 session written
   *[other] { $count } sessions written
}
trainer-record-error = Cannot write: { $error }
trainer-note-hint = Observer note (F3), Enter adds
trainer-note-add = Add note
trainer-exercises = Exercises
trainer-exercise-pick = Exercise scenario
trainer-exercise-numbered = Exercise { $n }
trainer-exercise-titled = { $n }. { $title }
trainer-exercise-none = (no exercise)
trainer-exercise-start = Start exercise
trainer-exercise-play = Play to the question
trainer-exercise-ask = Ask now
trainer-exercise-running = Running: { $exercise }. Operate the kiosk, or play to the question.
trainer-exercise-own-persons = { $file }: scenarios with their own persons are not run in the console
trainer-question = Question
trainer-question-what = After the resident's last action, what does the kiosk do? If it refuses, choose the reason; then choose what the resident should do next.
trainer-question-amount = Say too how much is still due.
trainer-question-veiled = The touch screen and the kiosk's answers stay hidden until you answer.
trainer-question-trainer = The trainer asks: { $question }
trainer-answer-reason = Reason
trainer-answer-not-refused = Not refused (the kiosk issues)
trainer-answer-next = Next step
trainer-answer-choose = (choose)
trainer-answer-amount = Amount (yen)
trainer-answer-submit = Submit answer
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = Training question
trainer-veil-body = The screen is hidden until the question in the trainer console is answered.
trainer-fb-right = Right.
trainer-fb-wrong = Wrong.
trainer-fb-reason-right = The reason is right: the kiosk says "{ $title }". Rule: { $rule }
trainer-fb-reason-wrong = Not "{ $chosen }": the kiosk says "{ $title }". Rule: { $rule }
trainer-fb-reason-wrong-rule = The rule of "{ $chosen }" is: { $chosenRule }. This resident is not in that case.
trainer-fb-reason-wrong-none = The kiosk does refuse: it says "{ $title }". Rule: { $rule }
trainer-fb-not-refused-right = Right: the kiosk does not refuse here.
trainer-fb-reason-wrong-not-refused = Not "{ $chosen }": the kiosk does not refuse here.
trainer-fb-next-right = The next step is right: { $next }
trainer-fb-next-wrong = Not "{ $chosen }": the next step is "{ $expected }": { $next }
trainer-fb-next-wrong-short = Not "{ $chosen }": the next step is "{ $expected }".
trainer-fb-next-missing = No next step chosen: it is "{ $expected }": { $next }
trainer-fb-next-missing-short = No next step chosen: it is "{ $expected }".
trainer-fb-amount-right = The amount is right: { $amount }
trainer-fb-amount-wrong = The amount is wrong ({ $given }): it is { $amount }.
trainer-fb-amount-missing = No amount given: it is { $amount }.
trainer-fb-trainer = From the trainer: { $text }
trainer-fb-explanation = Note: { $text }
trainer-score = Score: { $correct } / { $total } ({ $percent }%)
trainer-export = Export log (JSON and PDF)
trainer-exported = Written: { $path }
trainer-export-failed = Export failed: { $error }

## Questionnaire after a recorded session (research mode, `kofu --record`): the Single Ease
## Question (Sauro 2009) and the System Usability Scale (Brooke 1996), items in their standard order.
q-seq-title = One question about this task
q-seq = Overall, how difficult or easy was the task to complete?
q-seq-low = Very difficult
q-seq-high = Very easy
q-answer = { $n } ({ $anchor })
q-sus-offer = Would you answer ten more short statements about the machine?
q-sus-yes = Answer ten statements
q-sus-skip = No, finish
q-sus-title = Statement { $n } of 10
q-sus-ask = How much do you agree?
q-sus-low = Strongly disagree
q-sus-high = Strongly agree
q-sus-1 = I think that I would like to use this system frequently.
q-sus-2 = I found the system unnecessarily complex.
q-sus-3 = I thought the system was easy to use.
q-sus-4 = I think that I would need the support of a technical person to be able to use this system.
q-sus-5 = I found the various functions in this system were well integrated.
q-sus-6 = I thought there was too much inconsistency in this system.
q-sus-7 = I would imagine that most people would learn to use this system very quickly.
q-sus-8 = I found the system very cumbersome to use.
q-sus-9 = I felt very confident using the system.
q-sus-10 = I needed to learn a lot of things before I could get going with this system.
q-thanks = Thank you. Your answers are saved.
q-finish = Finish
q-keypad = Press a number key from { $low } to { $high }, or touch an answer.

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, button
focus-button-disabled = { $name }, button, unavailable
focus-at = { $control }, { $pos } of { $count }
focus-check = { $name }, check box, { $on ->
    [yes] checked
   *[no] not checked
}
focus-radio = { $name }, radio button, { $on ->
    [yes] selected
   *[no] not selected
}
