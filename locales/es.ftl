# kofu — textos de las pantallas del terminal de certificados de tienda de conveniencia, español (traducido del original ja.ftl).
# Las claves son las mismas en todos los archivos de idioma (una prueba detecta claves que faltan o sobran).
# Deje los marcadores { $… } tal como están. Los importes ({ $amount }) llegan ya formateados.
# El certificado impreso sigue en japonés.

## Idioma y general

language-name = Español
app-title = kofu — terminal de certificados en tienda de conveniencia (solo SPECIMEN / muestras)
specimen-banner = SPECIMEN (muestra) — este terminal solo imprime certificados de muestra
money-yen = ¥{ $amount }
date-full = { $weekday }, { $day } de { $monthName } de { $year }, { $time }
date-short = { $day } de { $monthName } de { $year }
fiscal-year = Año fiscal { $year } (ingresos de { $incomeYear })
era-reiwa = Reiwa
era-heisei = Heisei
weekday-1 = lun
weekday-2 = mar
weekday-3 = mié
weekday-4 = jue
weekday-5 = vie
weekday-6 = sáb
weekday-7 = dom
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
list-separator = ,{" "}

## Botones comunes

btn-back = Atrás
btn-cancel = Cancelar
btn-next = Siguiente
btn-ok = Aceptar
btn-finish = Terminar
toggle-large-text = Letra grande
toggle-high-contrast = Alto contraste
keypad-help = Teclado numérico: los números escriben o eligen · 2 y 8 mueven la selección · ○ confirma · ← borra un carácter · × vuelve o cancela

## Pantalla inicial (idioma y servicios administrativos)

home-title = Elija un servicio
home-language = Idioma / Language
home-services = Servicios administrativos
home-services-hint = Para obtener un certificado como la copia del certificado de residencia (住民票の写し), pulse "Servicios administrativos"

## Servicios administrativos

services-title = Servicios administrativos
services-cert-issue = Emisión de certificados (tienda de conveniencia)
services-hint = Con su Tarjeta My Number puede obtener certificados del municipio donde vive o de su domicilio de registro familiar (本籍地)

## Consentimiento (máquinas tipo Sharp)

consent-title = Avisos de uso
consent-body = Para obtener certificados necesita su Tarjeta My Number y el PIN (4 dígitos) de su certificado electrónico de identificación de usuario. Si se equivoca de PIN 3 veces seguidas, la tarjeta se bloquea y solo se puede desbloquear en la ventanilla del ayuntamiento. Los certificados impresos no se pueden devolver ni cambiar. No olvide su tarjeta, sus certificados ni el cambio.
consent-instruction = Lea los avisos de uso y pulse "Acepto"
consent-agree = Acepto

## Colocar la tarjeta

place-title = Coloque su tarjeta
place-instruction = { $vendor ->
    [sharp] Coloque la tarjeta en el lector de tarjetas y pulse "Siguiente"
   *[other] Coloque su Tarjeta My Number en el lector de tarjetas
}
place-phone-note = Si usa un smartphone (función de Tarjeta My Number), acérquelo al lector de tarjetas
place-detected = Tarjeta leída

## Tipo de certificado

path-title = Elija los certificados que desea obtener
path-residence = Certificados del municipio donde vive
path-domicile = Certificados de su domicilio de registro familiar (本籍地)
path-register = Solicitar el registro para certificados del domicilio de registro familiar

## PIN

pin-title = Introduzca su PIN
pin-instruction = Introduzca el PIN (4 dígitos) de su certificado electrónico de identificación de usuario y pulse "Aceptar"
pin-entered = PIN: { $count } de 4 dígitos introducidos
pin-wrong = PIN incorrecto. { $tries ->
    [one] Un error más bloqueará la tarjeta.
   *[other] { $tries } errores más bloquearán la tarjeta.
}
pin-clear = Corregir

## Registro

registered-title = Registro recibido
registered-body = A partir del { $date } podrá obtener certificados de su domicilio de registro familiar. Retire su tarjeta.

## Retirar la tarjeta

remove-title = Retire su tarjeta
remove-body = Identidad confirmada. Retire la tarjeta del lector para continuar.

## Elegir el certificado

cert-title = Elija un certificado
cert-fee = { $fee } por copia
cert-none = No hay certificados que pueda obtener aquí
cert-kind-resident_certificate = Copia del certificado de residencia (住民票の写し)
cert-kind-seal_certificate = Certificado de registro de sello (印鑑登録証明書)
cert-kind-tax_certificate = Certificado de tributación / no tributación (ingresos)
cert-kind-family_register_appendix = Copia del anexo del registro familiar (戸籍の附票の写し)
cert-kind-family_register = Certificado del registro familiar (戸籍証明書)

## Elegir el contenido

options-title = Contenido: { $kind }
opt-scope = Personas que figuran
opt-scope-holder = Solo usted
opt-scope-household = Todo el hogar
opt-scope-members = Algunos miembros del hogar (elegir)
opt-relationship = Incluir jefe del hogar y parentesco
opt-domicile = Incluir domicilio de registro y cabeza del registro familiar
opt-my-number = Incluir número individual (My Number)
opt-year = Año fiscal
opt-extent = Tipo
opt-extent-whole = Certificado completo (todos)
opt-extent-individual = Certificado individual (una persona)
opt-person = Persona
opt-appendix-note = La copia del anexo se hace para las personas que figuran en su registro familiar
opt-members-none = Elija al menos una persona

## Número de copias

copies-title = ¿Cuántas copias?
copies-value = { $count ->
    [one] 1 copia
   *[other] { $count } copias
}
copies-more = Una copia más
copies-less = Una copia menos
copies-max = Hasta { $max } copias
copies-subtotal = Subtotal { $amount }

## Confirmación

confirm-title = Revise su selección
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Total { $amount }
confirm-pay = Confirmar y pagar
confirm-add = Obtener otro certificado

## Pago

pay-title = Introduzca el importe
pay-due = Importe a pagar { $amount }
pay-inserted = Introducido { $amount }
pay-remaining = Falta { $amount }
pay-accepted = Se acepta: { $list }
pay-no-change = Ahora no hay cambio. Introduzca el importe exacto
pay-cancel-note = Al pulsar "Cancelar" se devuelve todo el dinero introducido

## Impresión

print-title = Imprimiendo
print-progress = { $done } de { $total } impresos
print-wait = Espere hasta que termine la impresión. No se aleje de la máquina.

## No olvide sus cosas

take-title = No olvide sus cosas
take-card = Retire su tarjeta
take-certs = Retire { $count ->
    [one] su certificado
   *[other] sus { $count } certificados
} de la bandeja de salida
take-change = Retire su cambio: { $amount }
take-nothing = No hay nada olvidado
take-issued = Se emitieron sus certificados
take-cancelled = Cancelado. Su dinero está en la bandeja del cambio
take-timeout = La sesión terminó por falta de operación
take-fault = La impresora se detuvo ({ $fault }). Solo se cobró lo que se imprimió. Llame al personal de la tienda.

## Servicio no disponible

oos-title = El servicio no está disponible ahora
oos-hours = Horario: todos los días { $open }–{ $close }
oos-now = Ahora: { $now }

## No se puede emitir

refusal-title = No se puede emitir el certificado
refusal-rule = Motivo
refusal-next = Qué hacer
refusal-back = Volver a la lista de certificados

## Motivos ({ $city } municipio, { $hall } ventanilla, { $open }–{ $close } horario del servicio)

reason-out_of_service_hours-title = Fuera del horario de servicio
reason-out_of_service_hours-rule = El servicio funciona todos los días de { $open } a { $close } (hora de Japón)
reason-out_of_service_hours-next = Vuelva dentro del horario u obténgalo en { $hall }
reason-year_end_suspension-title = Suspendido por Año Nuevo
reason-year_end_suspension-rule = El servicio se suspende del 29 de diciembre al 3 de enero
reason-year_end_suspension-next = Vuelva a partir del 4 de enero. Las ventanillas municipales también cierran hasta el 3 de enero
reason-maintenance-title = Mantenimiento del sistema
reason-maintenance-rule = El servicio se suspende durante el mantenimiento anunciado por { $city }
reason-maintenance-next = Vuelva después del mantenimiento u obténgalo en { $hall }
reason-family_register_hours-title = Fuera del horario de certificados del registro familiar
reason-family_register_hours-rule = { $city } emite certificados del registro familiar solo en horario fijo de días laborables
reason-family_register_hours-next = Vuelva en horario de días laborables u obténgalo en { $hall }
reason-card_expired-title = Su tarjeta ha caducado
reason-card_expired-rule = No se puede usar una tarjeta caducada
reason-card_expired-next = Solicite una nueva tarjeta en { $hall }. Lleve la tarjeta y un documento de identidad
reason-certificate_expired-title = El certificado electrónico ha caducado
reason-certificate_expired-rule = El certificado electrónico de identificación de usuario está caducado (5.º cumpleaños tras su emisión)
reason-certificate_expired-next = Renueve el certificado electrónico en { $hall }. Lleve la tarjeta y recuerde su PIN
reason-certificate_revoked-title = El certificado electrónico ha sido revocado
reason-certificate_revoked-rule = El certificado electrónico de identificación de usuario ha sido revocado
reason-certificate_revoked-next = Pida que le emitan un nuevo certificado electrónico en { $hall }. Lleve la tarjeta
reason-card_suspended-title = Su tarjeta está suspendida
reason-card_suspended-rule = Por un aviso de pérdida o robo, los certificados electrónicos de la tarjeta están detenidos
reason-card_suspended-next = Si encontró la tarjeta, anule la suspensión en { $hall }. Lleve la tarjeta y un documento de identidad
reason-pin_locked-title = Su PIN está bloqueado
reason-pin_locked-rule = El PIN se bloquea tras 3 errores seguidos. Solo la ventanilla municipal puede desbloquearlo
reason-pin_locked-next = Restablezca el PIN en { $hall }. Lleve la tarjeta y un documento de identidad, como el permiso de conducir
reason-under_age-title = No disponible para menores de 15 años
reason-under_age-rule = El servicio es para personas de 15 años o más
reason-under_age-next = Su padre, madre o tutor puede obtenerlo en { $hall }
reason-moved_out-title = Hay un aviso de traslado fuera del municipio
reason-moved_out-rule = A quien ha presentado un aviso de traslado no se le emiten certificados en la tienda de conveniencia
reason-moved_out-next = Presente el aviso de llegada en su nuevo municipio en un plazo de 14 días. Para certificados de { $city }, vaya a { $hall }
reason-support_measures-title = Obténgalo en la ventanilla
reason-support_measures-rule = Por su seguridad, a quienes reciben medidas de apoyo no se les emiten certificados en la tienda de conveniencia
reason-support_measures-next = Consulte en la ventanilla de { $hall }
reason-deceased-title = Esta tarjeta no se puede usar
reason-deceased-rule = Hay un registro de fallecimiento del titular, por lo que la tarjeta no se puede usar
reason-deceased-next = Los familiares pueden solicitar certificados en { $hall }
reason-moved_in_today-title = No disponible el día de la mudanza
reason-moved_in_today-rule = El aviso de llegada se refleja en el servicio a partir del día siguiente
reason-moved_in_today-next = Vuelva mañana u obtenga hoy el certificado en { $hall }
reason-gaiji_pending-title = Obténgalo en la ventanilla
reason-gaiji_pending-rule = Los caracteres de su registro (gaiji) aún se están registrando, por lo que todavía no se pueden imprimir
reason-gaiji_pending-next = Consulte en { $hall }
reason-not_resident-title = Solo para residentes de { $city }
reason-not_resident-rule = Este certificado solo se emite a residentes de { $city }
reason-not_resident-next = Elija certificados del municipio donde vive o de su domicilio de registro familiar
reason-no_seal_registration-title = No hay registro de sello
reason-no_seal_registration-rule = Solo se puede certificar un sello registrado en { $city }
reason-no_seal_registration-next = Registre un sello en { $hall }. Lleve el sello y un documento de identidad
reason-no_tax_record-title = No hay registro tributario
reason-no_tax_record-rule = { $city } no tiene registro tributario suyo para este año fiscal (debe haber vivido en { $city } el 1 de enero de ese año y ahora)
reason-no_tax_record-next = Consulte al municipio donde vivía el 1 de enero
reason-no_family_register-title = No hay registro familiar aquí
reason-no_family_register-rule = Los certificados del registro familiar solo se emiten a personas con domicilio de registro en { $city }
reason-no_family_register-next = Consulte al municipio de su domicilio de registro familiar
reason-not_japanese_national-title = Solo para ciudadanos japoneses
reason-not_japanese_national-rule = Los certificados del registro familiar existen solo para ciudadanos japoneses
reason-not_japanese_national-next = Elija certificados del municipio donde vive, como la copia del certificado de residencia
reason-domicile_not_registered-title = Se necesita registro para certificados del domicilio
reason-domicile_not_registered-rule = Si vive en un lugar distinto a su domicilio de registro familiar, primero debe registrarse (tarda de 1 a 5 días hábiles)
reason-domicile_not_registered-next = En la pantalla inicial, elija "Solicitar el registro para certificados del domicilio de registro familiar"
reason-card_unreadable-title = No se pudo leer la tarjeta
reason-card_unreadable-rule = El lector no pudo leer la tarjeta
reason-card_unreadable-next = Retire la tarjeta y vuelva a empezar. Si sigue ocurriendo, consulte en { $hall }
reason-card_not_yet_usable-title = Su tarjeta se puede usar a partir de mañana
reason-card_not_yet_usable-rule = La tarjeta no se puede usar en el servicio el día en que se entregó ni el día en que se cambió el PIN
reason-card_not_yet_usable-next = Vuelva mañana u obtenga hoy el certificado en { $hall }
reason-not_offered-title = Este certificado no se emite en tiendas de conveniencia
reason-not_offered-rule = { $city } no emite este certificado en tiendas de conveniencia
reason-not_offered-next = Obténgalo en { $hall }

## Sin operación

warning-title = ¿Desea continuar?
warning-body = La pantalla vuelve al inicio en { $seconds } s. Se le devolverán el dinero introducido y la tarjeta.
warning-extend = Más tiempo

## Partes de la máquina

reader-title = Lector de tarjetas
reader-choose = Tarjeta a colocar
reader-place = Colocar tarjeta
reader-place-phone = Acercar teléfono al lector
reader-remove = Retirar tarjeta
reader-empty = No hay tarjeta en el lector
reader-has = En el lector: { $name }
card-kind-card = Tarjeta My Number
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = Ranura de monedas y billetes
slot-insert = Introducir { $amount }
printer-title = Impresora
printer-idle = En espera
printer-busy = Imprimiendo { $done } de { $total }
printer-stopped = Detenida: { $fault }
fault-paper_jam = Atasco de papel
fault-out_of_paper = Sin papel
fault-card_unreadable = Error de lectura de tarjeta
fault-no_change = Sin cambio
tray-title = Bandeja de salida
tray-empty = Vacía
tray-open = Abrir { $name }
tray-take = Retirar certificados
tray-opened = Abierto: { $path }
tray-open-failed = No se pudo abrir. Archivo: { $path }
change-title = Bandeja del cambio
change-empty = Vacía
change-take = Retirar cambio
keypad-title = Teclado numérico
keypad-digit = Teclado { $digit }
keypad-enter = Teclado ○ Confirmar
keypad-clear = Teclado ← Corregir
keypad-cancel = Teclado × Cancelar
keypad-tactile = La tecla 5 tiene un punto en relieve
jack-title = Conector de auriculares (guía por voz)
jack-plug = Conectar auriculares
jack-unplug = Desconectar auriculares
jack-speaking = Guía por voz: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = Se introdujo un dígito del PIN
trainer-toggle = Consola del instructor (F2)

## Avisos de estado (leídos en voz alta)

live-printing-done = Impresión terminada. Retire sus certificados.
live-card-can-remove = Ya puede retirar su tarjeta
live-returned = { $amount } devuelto en la bandeja del cambio
live-session-reset = De vuelta a la pantalla inicial
live-card-placed = Tarjeta colocada
live-card-removed = Tarjeta retirada

## Consola del instructor

trainer-title = Consola del instructor
trainer-clock = Reloj simulado
trainer-pause = Pausar
trainer-resume = Reanudar
trainer-speed = Velocidad ×{ $x }
trainer-plus-1m = Avanzar 1 min
trainer-plus-10m = Avanzar 10 min
trainer-plus-1h = Avanzar 1 hora
trainer-jump-0629 = Ir a 6:29
trainer-jump-2300 = Ir a 23:00
trainer-jump-1229 = Ir al 29 de diciembre
trainer-set-field = Fecha y hora (RFC 3339)
trainer-set = Fijar hora
trainer-set-invalid = Formato de fecha y hora no válido (p. ej. 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (tarjeta)
trainer-municipality = Municipio
trainer-vendor = Modelo
trainer-print-speed = Tiempo de impresión (segundos por copia)
trainer-faults = Provocar averías
trainer-after-copies = Tras cuántas copias
trainer-inject = Provocar: { $fault }
trainer-new-session = Iniciar una nueva sesión
trainer-log = Registro de eventos
trainer-log-rule = Regla: { $rule }
trainer-log-next = Siguiente paso: { $next }
trainer-error = Error: { $message }
