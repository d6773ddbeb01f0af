### The trainees area of the es bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = Participante
trainee-none = Escriba el nombre del participante para guardar sus respuestas.
trainee-results = Resultados de { $name }
trainee-results-none = Todavía no hay ejercicios respondidos.
trainee-col-exercise = Ejercicio
trainee-col-answer = Respuesta
trainee-col-mark = Correcto o incorrecto
trainee-col-time = Tiempo
trainee-right = Correcto
trainee-wrong = Incorrecto
trainee-seconds = { $seconds } seg.
trainee-export = Exportar resultados (JSON, CSV, PDF)
trainee-store-failed = No se pudieron guardar los resultados: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }, { $age } años — { $kind }
case-situation-pin = { $situation } · PIN: { $pin }
case-kiosk = Quiosco: { $outcome }
case-outcome-issues = emite los certificados
case-outcome-domicile = emite solo los certificados del domicilio de registro familiar
case-outcome-refuses = rechaza: { $refusal }
case-situation-deceased = Registrado como fallecido; un familiar trae la tarjeta
case-situation-support = Bajo medidas de protección (violencia doméstica, acoso)
case-situation-moved-out = Presentó la notificación de salida
case-situation-gaiji = Caracteres no estándar del nombre pendientes
case-situation-child = Niño de { $age } años
case-situation-cert-expired = El certificado electrónico venció el { $date }
case-situation-stay-ended = El período de estancia terminó el { $date }
case-situation-card-expired = La tarjeta venció el { $date }
case-situation-suspended = Tarjeta suspendida
case-situation-revoked = Certificado electrónico revocado
case-situation-new-card = Recibió la tarjeta o el certificado electrónico hoy
case-situation-pin-changed = Cambió el PIN hoy
case-situation-pin-failures = PIN incorrectos seguidos hasta ahora: { $failures }
case-situation-moved-in-today = Se mudó aquí hoy
case-situation-domicile-registered = Vive en otro municipio; domicilio de registro familiar aquí, registrado para el quiosco el { $date }
case-situation-domicile-only = Vive en otro municipio; domicilio de registro familiar aquí, sin registro para el quiosco
case-situation-elsewhere = Vive en otro municipio
case-situation-foreign = Residente extranjero ({ $nationality })
case-situation-no-seal = Sin registro de sello
case-situation-no-tax = Sin registro de impuestos
case-situation-resident = Residente, nada fuera de lo común
case-cards-title = Tarjetas de casos: residentes ficticios
case-cards-head = Tarjetas de casos — residentes ficticios (muestra) · quiosco a las { $time }
case-card-age = { $age } años · { $kind }
case-card-situation = Situación
case-card-kiosk = Qué hará el quiosco
