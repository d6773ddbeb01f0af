### The trainees area of the en bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = Trainee
trainee-none = Type the trainee's name to keep their answers.
trainee-results = Results of { $name }
trainee-results-none = No exercise answered yet.
trainee-col-exercise = Exercise
trainee-col-answer = Answer
trainee-col-mark = Right or wrong
trainee-col-time = Time
trainee-right = Right
trainee-wrong = Wrong
trainee-seconds = { $seconds } s
trainee-export = Export results (JSON, CSV, PDF)
trainee-store-failed = Results could not be kept: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }, { $age } — { $kind }
case-situation-pin = { $situation } · PIN { $pin }
case-kiosk = Kiosk: { $outcome }
case-outcome-issues = issues the certificates
case-outcome-domicile = issues the registered domicile's certificates only
case-outcome-refuses = refuses: { $refusal }
case-situation-deceased = Recorded as deceased; a relative brings the card
case-situation-support = Under support measures (DV, stalking)
case-situation-moved-out = Has filed a move-out notification
case-situation-gaiji = Non-standard characters in the name are pending
case-situation-child = A child of { $age }
case-situation-cert-expired = Electronic certificate expired on { $date }
case-situation-stay-ended = Period of stay ended on { $date }
case-situation-card-expired = Card expired on { $date }
case-situation-suspended = Card suspended
case-situation-revoked = Electronic certificate revoked
case-situation-new-card = Card or electronic certificate received today
case-situation-pin-changed = Changed the PIN today
case-situation-pin-failures = Wrong PIN entries in a row so far: { $failures }
case-situation-moved-in-today = Moved in today
case-situation-domicile-registered = Lives elsewhere; registered domicile here, registered for kiosk use on { $date }
case-situation-domicile-only = Lives elsewhere; registered domicile here, not registered for kiosk use
case-situation-elsewhere = Lives in another municipality
case-situation-foreign = Foreign resident ({ $nationality })
case-situation-no-seal = No seal registration
case-situation-no-tax = No tax record
case-situation-resident = Resident, nothing out of the ordinary
case-cards-title = Case cards: fictional residents
case-cards-head = Case cards — fictional residents (specimen) · the kiosk at { $time }
case-card-age = Age { $age } · { $kind }
case-card-situation = Situation
case-card-kiosk = What the kiosk will do
