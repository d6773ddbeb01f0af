# kofu — textos de las pantallas del terminal de certificados de tienda de conveniencia, español (traducido del original ja.ftl).
# Las claves son las mismas en todos los archivos de idioma (una prueba detecta claves que faltan o sobran).
# Deje los marcadores { $… } tal como están. Los montos ({ $amount }) llegan ya formateados.
# El certificado impreso sigue en japonés.

## Idioma y general

language-name = Español
app-title = kofu — terminal de certificados en tienda de conveniencia (solo SPECIMEN / muestras)
specimen-banner = SPECIMEN (muestra) — este terminal solo imprime certificados de muestra
money-yen = ¥ { $amount }
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
list-separator = ,{" "}

## Botones comunes

btn-back = Atrás
btn-cancel = Cancelar
btn-next = Siguiente
btn-ok = Aceptar
btn-finish = Terminar
page-previous = Página anterior
page-next = Página siguiente
page-of = Página { $page } de { $pages }
toggle-large-text = Letra grande
toggle-high-contrast = Alto contraste
keypad-help = Teclado numérico: números para escribir o elegir · 2 y 8 mueven la selección · ○ confirma · ← borra · × vuelve o cancela

## Pantalla inicial (idioma y servicios administrativos)

home-title = Elija un servicio
home-language = Idioma / Language
home-services = Servicios administrativos
home-services-hint = Para obtener un certificado como la copia del certificado de residencia (住民票の写し), presione "Servicios administrativos"
home-service-copy = Copia
home-service-print = Impresión (USB / teléfono)
home-service-scan = Escaneo
home-service-fax = Envío de fax
home-service-photo = Impresión de fotos
home-service-tickets = Boletos y pagos
home-not-here = "{ $service }" no está disponible en este simulador. Para obtener un certificado, presione "{ $services }".

## Servicios administrativos

services-title = Servicios administrativos
services-cert-issue = Emisión de certificados (tienda de conveniencia)
services-hint = Con su Tarjeta My Number puede obtener certificados del municipio donde vive o de su domicilio de registro familiar (本籍地)

## Consentimiento (máquinas tipo Sharp)

consent-title = Avisos de uso
consent-body = Para obtener certificados necesita su Tarjeta My Number y el PIN (4 dígitos) de su certificado electrónico de identificación de usuario. Si ingresa un PIN incorrecto 3 veces seguidas, el PIN se bloquea y solo se puede desbloquear en la ventanilla de la municipalidad. Los certificados impresos no se pueden devolver ni cambiar. No olvide su tarjeta, sus certificados ni el cambio.
consent-instruction = Lea los avisos de uso y presione "Acepto"
consent-agree = Acepto

## Colocar la tarjeta

place-title = Coloque su tarjeta
place-instruction = { $vendor ->
    [sharp] Coloque la tarjeta en el lector de tarjetas y presione "Siguiente"
   *[other] Coloque su Tarjeta My Number en el lector de tarjetas
}
place-phone-note = Si usa un teléfono inteligente (función de Tarjeta My Number), acérquelo al lector de tarjetas
place-detected = Tarjeta leída

## Tipo de certificado

path-title = Elija los certificados que desea obtener
path-residence = Certificados del municipio donde vive
path-domicile = Certificados de su domicilio de registro familiar (本籍地)
path-register = Solicitar el registro para certificados del domicilio de registro familiar

## PIN

pin-title = Ingrese su PIN
pin-instruction = Ingrese el PIN (4 dígitos) de su certificado electrónico de identificación de usuario y presione "Aceptar"
pin-entered = PIN: { $count } de 4 dígitos ingresados
pin-wrong = PIN incorrecto. { $tries ->
    [one] Un error más bloqueará el PIN.
   *[other] { $tries } errores más bloquearán el PIN.
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

options-title = Elija el contenido: { $kind }
opt-scope = Personas que figuran
opt-scope-holder = Solo usted
opt-scope-household = Todo el hogar
opt-scope-members = Algunos miembros del hogar (elegir)
opt-relationship = Incluir jefe del hogar y parentesco
opt-domicile = Incluir domicilio de registro familiar y cabeza del registro familiar
opt-my-number = Incluir número individual (My Number)
opt-nationality = Incluir nacionalidad/región
opt-residence-status = Incluir estatus de residencia y período de estancia
opt-residence-card = Incluir número de la tarjeta de residencia
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
    [one] { $count } copia
   *[other] { $count } copias
}
copies-more = Una copia más
copies-less = Una copia menos
copies-max = Hasta { $max } copias
copies-ceiling = { $max ->
    [one] Hasta { $max } copia: esta máquina acepta como máximo { $ceiling } por transacción
   *[other] Hasta { $max } copias: esta máquina acepta como máximo { $ceiling } por transacción
}
copies-subtotal = Subtotal { $amount }

## Confirmación

confirm-title = Revise su selección
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Total { $amount }
confirm-pay = Confirmar y pagar
confirm-add = Obtener otro certificado

## Pago

pay-title = Inserte el monto a pagar
pay-due = Monto a pagar { $amount }
pay-inserted = Monto insertado { $amount }
pay-remaining = Falta { $amount }
pay-accepted = Dinero aceptado: { $list }
pay-no-change = En este momento no hay cambio. Inserte el monto exacto
pay-cancel-note = Al presionar "Cancelar" se devuelve todo el dinero insertado

## Impresión

print-title = Imprimiendo
print-progress = { $done } de { $total } impresos
print-wait = Espere hasta que termine la impresión. No se aleje de la máquina.
flow-step-1 = Idioma
flow-step-2 = Servicios
flow-step-3 = Tarjeta
flow-step-4 = PIN
flow-step-5 = Certificado
flow-step-6 = Copias
flow-step-7 = Pago
flow-step-at = Paso { $n } de { $count }: { $name }
print-halted-title-paper_jam = La impresión se detuvo: atasco de papel
print-halted-title-out_of_paper = La impresión se detuvo: sin papel
print-halted-call-staff = Llame al personal de la tienda. Cuando reparen la impresora, se imprimirán los certificados restantes. No entregue su tarjeta ni su PIN a nadie.
print-halted-cancel-note = Al presionar "Cancelar" se devuelve la tarifa de las copias no impresas
printer-halted = Detenida, esperando al personal: { $fault }
printer-clear-fault = Personal: resolver { $fault }
effect-printer_halted = Impresora detenida ({ $fault }) tras { $printed } de { $of }, esperando al personal
effect-printer_resumed = El personal resolvió { $fault }; la impresión continúa
live-printer-halted = La impresora se detuvo ({ $fault }). Llame al personal de la tienda.
live-printer-resumed = La impresión continúa.
trainer-ev-clear-fault = El personal repara la impresora

## No olvide sus cosas

take-title = No olvide sus cosas
take-card = Retire su tarjeta
take-certs = Retire { $count ->
    [one] su certificado
   *[other] sus { $count } certificados
} de la bandeja de salida
take-change = Retire su cambio: { $amount }
take-nothing = No hay objetos olvidados
take-issued = Se emitieron sus certificados
take-cancelled = Cancelado. Su dinero está en la bandeja del cambio
take-cancelled-unpaid = Cancelado. No se ha cobrado nada
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

## Motivos. Argumentos: { $city } municipio; { $hall } la ventanilla, con horario y teléfono;
## { $office } el nombre de la ventanilla; { $open } { $close } el horario que cita la regla; { $reopens } cuándo
## vuelve a funcionar el servicio; { $date } una fecha de validez o de disponibilidad; { $registered } yes / no;
## { $stopFrom } { $stopUntil } los días de una suspensión; { $year } año fiscal; { $days } días;
## { $age } edad mínima; { $tries } intentos de PIN; { $hotline } un teléfono; { $button } el nombre de un botón.

refusal-sentence = { $title }. { $rule }. { $next }.
reason-out_of_service_hours-title = Fuera del horario de servicio
reason-out_of_service_hours-rule = El servicio funciona todos los días de { $open } a { $close } (hora de Japón)
reason-out_of_service_hours-next = Vuelva a partir de { $reopens } u obtenga el certificado en { $hall }
reason-year_end_suspension-title = Servicio suspendido por las fiestas de fin de año
reason-year_end_suspension-rule = El servicio se suspende del { $stopFrom } al { $stopUntil }
reason-year_end_suspension-next = Vuelva a partir de { $reopens }. Las ventanillas municipales también permanecen cerradas hasta el { $stopUntil }
reason-maintenance-title = Mantenimiento del sistema
reason-maintenance-rule = El servicio se suspende durante el mantenimiento anunciado por { $city }
reason-maintenance-next = Vuelva a partir de { $reopens } u obtenga el certificado en { $hall }
reason-centre_unreachable-title = Fuera de servicio: sin comunicación con el centro
reason-centre_unreachable-rule = El servicio se suspende mientras la máquina no puede comunicarse con el centro de certificados
reason-centre_unreachable-next = Vuelva a intentarlo dentro de un rato u obtenga el certificado en { $hall }
reason-family_register_hours-title = Certificados del registro familiar: fuera de horario
reason-family_register_hours-rule = { $city } emite certificados del registro familiar en tiendas de conveniencia solo de lunes a viernes, excepto días festivos nacionales, de { $open } a { $close }
reason-family_register_hours-next = Vuelva a partir de { $reopens } u obtenga el certificado en { $hall }
reason-card_expired-title = Su tarjeta ha vencido
reason-card_expired-rule = Su tarjeta era válida hasta el { $date }
reason-card_expired-next = Solicite una nueva tarjeta en { $hall }. Lleve la tarjeta y otro documento de identidad. Mientras tanto, obtenga los certificados en la ventanilla
reason-certificate_expired-title = El certificado electrónico de la tarjeta ha vencido
reason-certificate_expired-rule = El certificado electrónico de identificación de usuario era válido hasta el { $date } (5.º cumpleaños después de su emisión)
reason-certificate_expired-next = Renueve el certificado electrónico en { $hall }. Lleve la tarjeta y asegúrese de recordar su PIN
reason-certificate_revoked-title = El certificado electrónico de la tarjeta ha sido revocado
reason-certificate_revoked-rule = El certificado electrónico de identificación de usuario ha sido revocado
reason-certificate_revoked-next = Solicite la emisión de un nuevo certificado electrónico en { $hall }. Lleve la tarjeta
reason-card_suspended-title = Su tarjeta está suspendida
reason-card_suspended-rule = Se informó la pérdida o el robo de la tarjeta, por lo que sus certificados electrónicos están suspendidos
reason-card_suspended-next = Si encontró la tarjeta, anule la suspensión en { $hall }. Lleve la tarjeta y otro documento de identidad. Consultas sobre la suspensión: { $hotline } (llamada gratuita)
reason-pin_locked-title = Su PIN está bloqueado
reason-pin_locked-rule = El PIN se bloquea tras { $tries } errores seguidos y solo se puede desbloquear en la ventanilla de la municipalidad
reason-pin_locked-next = Restablezca el PIN en { $hall }. Lleve la tarjeta y otro documento de identidad, como la licencia de conducir o la tarjeta del seguro de salud
reason-under_age-title = No disponible para menores de { $age } años
reason-under_age-rule = El servicio es para titulares de tarjeta de { $age } años o más
reason-under_age-next = Su padre, madre o tutor puede obtener el certificado en { $hall }
reason-moved_out-title = Se presentó la notificación de salida del municipio
reason-moved_out-rule = Tras presentar la notificación de salida, la tienda de conveniencia no emite certificados al titular
reason-moved_out-next = Presente la notificación de entrada en su nuevo municipio dentro de los { $days } días. Para certificados de { $city }, acuda a { $hall }
reason-support_measures-title = Solicítelo en la ventanilla
reason-support_measures-rule = Esta tarjeta no se puede usar para obtener certificados en la tienda de conveniencia
reason-support_measures-next = Consulte en { $hall }
reason-support_measures-rule-private = Mientras rigen medidas de apoyo (violencia doméstica, acoso), por la seguridad del titular la tienda de conveniencia no emite nada; la pantalla pública solo dice que la tarjeta no se puede usar aquí
reason-deceased-title = Esta tarjeta no se puede usar
reason-deceased-rule = Esta tarjeta no se puede usar en la tienda de conveniencia
reason-deceased-next = Consulte en { $hall }
reason-deceased-rule-private = El titular figura como fallecido, por lo que la tarjeta no se puede usar; sus familiares pueden solicitar certificados en la ventanilla
reason-moved_in_today-title = No disponible el día de la notificación de entrada
reason-moved_in_today-rule = La notificación de entrada se refleja en la tienda de conveniencia a partir del día siguiente
reason-moved_in_today-next = Vuelva a partir de mañana u obtenga hoy el certificado en { $hall }
reason-gaiji_pending-title = Solicítelo en la ventanilla
reason-gaiji_pending-rule = Los caracteres de su registro (gaiji) aún se están registrando, por lo que todavía no se pueden imprimir
reason-gaiji_pending-next = Consulte en { $hall }
reason-not_resident-title = Solo para residentes de { $city }
reason-not_resident-rule = Estos certificados solo se emiten a residentes de { $city }
reason-not_resident-next = Elija los certificados del municipio donde vive o los certificados de su domicilio de registro familiar
reason-no_seal_registration-title = No hay registro de sello
reason-no_seal_registration-rule = Solo se pueden certificar sellos registrados en { $city }
reason-no_seal_registration-next = Registre un sello en { $hall }. Lleve el sello que desea registrar y un documento de identidad
reason-no_tax_record-title = No hay datos tributarios
reason-no_tax_record-rule = { $year }: { $city } no tiene datos tributarios suyos (debe haber vivido en { $city } el 1 de enero de ese año y vivir allí ahora)
reason-no_tax_record-next = Consulte sobre sus datos tributarios en { $hall }. Si el 1 de enero vivía en otro municipio, consulte a ese municipio
reason-no_family_register-title = Sin domicilio de registro familiar en este municipio
reason-no_family_register-rule = Los certificados del registro familiar solo se emiten a personas cuyo domicilio de registro familiar está en { $city }
reason-no_family_register-next = Solicítelos al municipio de su domicilio de registro familiar (en tiendas de conveniencia, si ese municipio ofrece el servicio)
reason-not_japanese_national-title = Solo para ciudadanos japoneses
reason-not_japanese_national-rule = El registro familiar existe solo para ciudadanos japoneses
reason-not_japanese_national-next = Elija los certificados del municipio donde vive, como la copia del certificado de residencia
reason-domicile_not_registered-title = Se necesita registro para los certificados del domicilio de registro familiar
reason-domicile_not_registered-rule = Si vive fuera de { $city }, debe registrarse antes de usar los certificados de su domicilio de registro familiar; el registro tarda { $days ->
    [one] { $days } día hábil
   *[other] { $days } días hábiles
}
reason-domicile_not_registered-next = { $registered ->
    [yes] Su registro está en trámite: vuelva a partir del { $date }
   *[no] Vuelva a empezar y, en la pantalla donde se eligen los certificados, elija "{ $button }"; vuelva cuando el registro esté listo
}
reason-card_unreadable-title = No se pudo leer la tarjeta
reason-card_unreadable-rule = El lector no pudo leer el chip de la tarjeta
reason-card_unreadable-next = Retire la tarjeta y vuelva a empezar, colocándola plana sobre el lector. Si el problema continúa, pida que revisen la tarjeta en { $hall }
reason-card_not_yet_usable-title = Su tarjeta se puede usar a partir de mañana
reason-card_not_yet_usable-rule = La tarjeta no se puede usar en la tienda de conveniencia el día en que se entregó ni el día en que se cambió el PIN
reason-card_not_yet_usable-next = Vuelva a partir de mañana u obtenga hoy el certificado en { $hall }
reason-not_offered-title = Este certificado no se emite en tiendas de conveniencia
reason-not_offered-rule = { $city } no emite este certificado en tiendas de conveniencia
reason-not_offered-next = Obténgalo en { $hall }
reason-registration_not_needed-title = No se necesita registro
reason-registration_not_needed-rule = { $registered ->
    [yes] Su registro ya está completo: puede usar los certificados del domicilio de registro familiar a partir del { $date }
   *[no] El registro es solo para quienes tienen su domicilio de registro familiar en { $city } pero viven en otro municipio
}
reason-registration_not_needed-next = Vuelva a empezar y elija directamente los certificados que desea
reason-smartphone_not_supported-title = No se puede usar su teléfono inteligente en esta máquina
reason-smartphone_not_supported-rule = { $case ->
    [register] El registro para los certificados del domicilio de registro familiar requiere la Tarjeta My Number física; no es posible registrarse con un teléfono inteligente
    [later] Esta máquina aceptará { $device } a partir del { $date }
   *[never] El lector de esta máquina no acepta { $device }
}
reason-smartphone_not_supported-next = Use su Tarjeta My Number física, con su PIN de 4 dígitos

## Ventanillas (el nombre del perfil en este idioma; si no lo hay, el nombre japonés con su lectura)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours }; teléfono { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first } o { $others }
office-alternatives-separator = {" "}o{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $weeks } { $days } del mes { $open }–{ $close }
office-weeks-join = { $list }
office-weeks-separator = {" "}y{" "}
office-week-1 = 1.º
office-week-2 = 2.º
office-week-3 = 3.º
office-week-4 = 4.º
office-week-5 = 5.º
office-hours-separator = ;{" "}
office-closed-holidays = cerrado los días festivos nacionales y del 29 de diciembre al 3 de enero

## Siguientes pasos (nombres cortos para las listas del instructor)

next-step-come_back_in_service_hours = Volver en el horario de servicio
next-step-come_back_after_year_end = Volver después de la suspensión de fin de año
next-step-come_back_after_maintenance = Volver después del mantenimiento
next-step-come_back_in_office_hours = Volver en el horario de lunes a viernes
next-step-come_back_tomorrow = Volver a partir de mañana
next-step-reset_pin_at_city_hall = Restablecer el PIN en la municipalidad
next-step-renew_card_at_city_hall = Solicitar una nueva tarjeta en la municipalidad
next-step-renew_certificate_at_city_hall = Renovar el certificado electrónico en la municipalidad
next-step-cancel_suspension_at_city_hall = Anular la suspensión en la municipalidad
next-step-register_seal_at_city_hall = Registrar un sello en la municipalidad
next-step-tax_office = Consultar en la ventanilla de impuestos
next-step-city_hall = Consultar en la ventanilla de la municipalidad
next-step-complete_move_in = Presentar la notificación de entrada en el nuevo municipio
next-step-municipality_of_residence = Usar los certificados del municipio donde vive
next-step-municipality_of_domicile = Solicitar al municipio del domicilio de registro familiar
next-step-register_domicile_and_wait = Registrarse para los certificados del domicilio de registro familiar y esperar
next-step-choose_another_certificate = Elegir otro certificado
next-step-place_card_again = Volver a colocar la tarjeta en el lector
next-step-insert_more_money = Insertar el dinero que falta
next-step-choose_certificates_directly = Elegir los certificados directamente
next-step-use_plastic_card = Usar la Tarjeta My Number física
device-card = la Tarjeta My Number
device-android = teléfonos inteligentes Android
device-iphone = iPhone

## Qué pasó (registro de eventos del instructor)

effect-language_changed = Idioma cambiado a { $lang }
effect-card_read = Tarjeta leída
effect-card_taken_off = Tarjeta retirada del lector
effect-card_may_be_removed = Ya se puede retirar la tarjeta
effect-pin_accepted = PIN aceptado
effect-pin_rejected = PIN incorrecto: { $tries ->
    [one] queda { $tries } intento
   *[other] quedan { $tries } intentos
}
effect-pin_locked = PIN bloqueado
effect-registration_accepted = Registro recibido: disponible a partir del { $date }
effect-selection_started = Selección: { $kind }
effect-selection_added = { $kind }: { $copies ->
    [one] { $copies } copia
   *[other] { $copies } copias
} a { $fee } cada una
effect-selection_reopened = Selección reabierta para modificar: { $kind }
effect-total = Total { $amount }
effect-payment_due = { $amount } a pagar
effect-money_accepted = { $amount } insertado; falta { $remaining }
effect-money_returned = { $amount } devuelto ({ $why })
effect-returned-denomination = moneda o billete que esta máquina no acepta
effect-returned-already_paid = ya pagado
effect-returned-no_change = sin cambio: solo el monto exacto
effect-returned-closed = fin del horario de servicio
effect-returned-change = cambio
effect-returned-refund = reembolso
effect-printing_started = Impresión iniciada
effect-copy_printed = Impresión: { $kind }, copia { $copy } de { $of } ({ $number })
effect-printer_stopped = Impresora detenida: { $fault }
effect-output_failed = No se pudo guardar el certificado ({ $path }: { $error }): impresión detenida y se reembolsan las copias no impresas
effect-printing_done = Impresión terminada
effect-refused = Rechazado: { $sentence }
effect-refusal_left = El residente salió de la pantalla de rechazo
effect-fault_armed = Avería programada: { $fault }
effect-inactivity_warning = Sin operación: la sesión se reiniciará en { $seconds } s si no se amplía el tiempo
effect-time_extended = Tiempo ampliado
effect-timed_out = Sin operación: la sesión se reinició
effect-returned_home = Pantalla final sin operación: vuelta al menú inicial
effect-session_ended = Sesión terminada: { $status }
effect-other_service_touched = Botón "{ $service }" presionado: servicio inexistente en este simulador (desvío del camino)
effect-status-issued = emitido
effect-status-refused = rechazado
effect-status-cancelled = cancelado
effect-status-timed_out = tiempo agotado
effect-status-registered = registrado

## Sin operación

warning-title = ¿Desea continuar?
warning-body = La pantalla vuelve al inicio en { $seconds } s. Se le devolverán el dinero insertado y la tarjeta.
warning-extend = Más tiempo

## Partes de la máquina

reader-title = Lector de tarjetas
reader-choose = Tarjeta a colocar
reader-place = Colocar tarjeta
reader-place-phone = Acercar teléfono al lector
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = Tarjeta: boca arriba, plana sobre el lector de tarjetas
guide-phone = Teléfono: acercado al lector de tarjetas
reader-remove = Retirar tarjeta
reader-empty = No hay tarjeta en el lector
reader-has = En el lector: { $name }
card-kind-card = Tarjeta My Number
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = Ranura de monedas y billetes
slot-insert = Insertar { $amount }
printer-title = Impresora
printer-idle = En espera
printer-busy = Imprimiendo { $done } de { $total }
printer-stopped = Detenida: { $fault }
fault-paper_jam = Atasco de papel
fault-out_of_paper = Sin papel
fault-card_unreadable = Error de lectura de tarjeta
fault-no_change = Sin cambio
fault-centre_unreachable = Centro inaccesible
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
speech-repeat = Repetir
speech-stop = Detener el audio
jack-pin-digit = Se ingresó un dígito del PIN
trainer-toggle = Consola del instructor (F2)

## Avisos de estado (leídos en voz alta)

live-printing-done = Impresión terminada. Retire sus certificados.
live-card-can-remove = Ya puede retirar su tarjeta
live-returned = { $amount } devuelto en la bandeja del cambio
live-session-reset = De vuelta a la pantalla inicial
live-card-placed = Tarjeta colocada
live-card-removed = Tarjeta retirada
live-not-here = "{ $service }" no está disponible aquí

## Consola del instructor

trainer-title = Consola del instructor
trainer-clock = Reloj simulado
trainer-pause = Pausar
trainer-resume = Reanudar
trainer-speed = Velocidad ×{ $x }
trainer-plus-1m = Avanzar 1 min
trainer-plus-10m = Avanzar 10 min
trainer-plus-1h = Avanzar 1 hora
trainer-jump-0629 = Ir a { $time }
trainer-jump-2300 = Ir a { $time }
trainer-jump-1229 = Ir al 29 de diciembre
trainer-set-field = Fecha y hora (RFC 3339)
trainer-set = Fijar hora
trainer-set-invalid = Formato de fecha y hora no válido (p. ej. 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (tarjeta)
trainer-participant = Participante (ID, no un nombre)
trainer-task = Tarea
trainer-condition = Condición
trainer-municipality = Municipio
trainer-vendor = Modelo
trainer-print-speed = Tiempo de impresión (segundos por copia)
trainer-faults = Provocar averías
trainer-after-copies = Tras cuántas copias
trainer-inject = Provocar: { $fault }
trainer-armed-none = No hay ninguna avería preparada
trainer-armed-after = Preparada: { $fault }, tras { $after } { $after ->
        [one] copia impresa
       *[other] copias impresas
    }
trainer-armed-next = Preparada: { $fault }, en la próxima ocasión
trainer-new-session = Iniciar una nueva sesión
trainer-log = Registro de eventos
trainer-log-rule = Regla: { $rule }
trainer-log-next = Siguiente paso: { $next }
trainer-error = Error: { $message }
trainer-handbook = Imprimir el manual del instructor (PDF)
trainer-handbook-written = Manual guardado en: { $path }
trainer-language-ja = japonés
trainer-language-en = inglés
trainer-language-zh-Hans = chino (simplificado)
trainer-language-ko = coreano
trainer-language-pt = portugués
trainer-language-es = español
trainer-language-vi = vietnamita
trainer-language-tl = tagalo
trainer-language-id = indonesio
trainer-language-th = tailandés
trainer-language-ne = nepalí
trainer-screen-language = Pantalla inicial
trainer-screen-services = Servicios administrativos
trainer-screen-consent = Avisos de uso
trainer-screen-place_card = Colocar la tarjeta
trainer-screen-path = Tipo de certificado
trainer-screen-pin = Ingreso del PIN
trainer-screen-registered = Registro recibido
trainer-screen-remove_card = Retirar la tarjeta
trainer-screen-certificate = Lista de certificados
trainer-screen-options = Opciones
trainer-screen-copies = Copias
trainer-screen-confirm = Revisión
trainer-screen-payment = Pago
trainer-screen-printing = Impresión
trainer-screen-take_items = Retirar sus cosas
trainer-screen-out_of_service = No disponible ahora
trainer-screen-refusal = Rechazo
trainer-ev-press = Pulsó "{ $button }"
trainer-ev-language = Idioma elegido: { $lang }
trainer-ev-place-card = Tarjeta colocada ({ $card })
trainer-ev-remove-card = Tarjeta retirada del lector
trainer-ev-pin = PIN ingresado (4 dígitos)
trainer-ev-certificate = "{ $kind }" elegido
trainer-ev-options = Opciones elegidas: { $options }
trainer-ev-options-default = Opciones sin cambios
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies ->
    [one] { $copies } copia
   *[other] { $copies } copias
}
trainer-ev-insert = { $amount } insertado
trainer-ev-printer-step = Impresora
trainer-ev-take-items = Tarjeta, certificados y cambio retirados
trainer-ev-tick = Pasa el tiempo ({ $time })
trainer-ev-fault = El instructor provoca: { $fault }
trainer-ev-fault-after = El instructor provoca: { $fault } (tras { $after ->
    [one] { $after } copia
   *[other] { $after } copias
})
trainer-ev-walk-away = Se fue de la pantalla de rechazo
trainer-ev-unknown = Una acción
trainer-log-said = { $event } → { $result }
trainer-log-screen = pantalla: { $screen }
trainer-log-nothing = sin cambios
trainer-log-rejected = { $event } → no aceptado
trainer-log-veiled = ? (se muestra tras la respuesta)
trainer-log-veil-note = Las reacciones del terminal quedan ocultas hasta que se responda la pregunta
trainer-recording = Grabación (investigación)
trainer-record = ● Grabar sesiones
trainer-record-stop = ■ Detener la grabación
trainer-recorded = { $count ->
    [one] { $count } sesión guardada
   *[other] { $count } sesiones guardadas
}
trainer-recording-into = En { $dir }: { $count ->
    [one] { $count } sesión guardada
   *[other] { $count } sesiones guardadas
}
trainer-record-error = No se puede escribir: { $error }
trainer-note-hint = Nota del observador (F3), Enter la añade
trainer-note-add = Añadir nota
trainer-exercises = Ejercicios
trainer-exercise-pick = Escenario del ejercicio
trainer-exercise-numbered = Ejercicio { $n }
trainer-exercise-titled = { $n }. { $title }
trainer-exercise-none = (ningún ejercicio)
trainer-exercise-start = Empezar el ejercicio
trainer-exercise-play = Reproducir hasta la pregunta
trainer-exercise-ask = Preguntar ahora
trainer-exercise-running = En curso: { $exercise }. Opere el terminal o reproduzca hasta la pregunta.
trainer-exercise-own-persons = { $file }: los escenarios con personas propias no se ejecutan en la consola del instructor
trainer-question = Pregunta
trainer-question-what = Tras la última acción del residente, ¿qué hace el terminal? Si rechaza, elija el motivo; luego elija qué debe hacer el residente a continuación.
trainer-question-amount = Diga también cuánto falta por pagar.
trainer-question-veiled = La pantalla táctil y las reacciones del terminal quedan ocultas hasta que responda.
trainer-question-trainer = El instructor pregunta: { $question }
trainer-answer-reason = Motivo
trainer-answer-not-refused = No rechaza (el terminal emite)
trainer-answer-next = Siguiente paso
trainer-answer-choose = (elija)
trainer-answer-amount = Importe (yenes)
trainer-answer-submit = Enviar respuesta
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = Pregunta de formación
trainer-veil-body = La pantalla queda oculta hasta que se responda la pregunta de la consola del instructor.
trainer-fb-right = Correcto.
trainer-fb-wrong = Incorrecto.
trainer-fb-reason-right = El motivo es correcto: el terminal dice "{ $title }". Regla: { $rule }
trainer-fb-reason-wrong = No es "{ $chosen }": el terminal dice "{ $title }". Regla: { $rule }
trainer-fb-reason-wrong-rule = La regla de "{ $chosen }" es: { $chosenRule }. Este residente no está en ese caso.
trainer-fb-reason-wrong-none = El terminal sí rechaza: dice "{ $title }". Regla: { $rule }
trainer-fb-not-refused-right = Correcto: el terminal no rechaza aquí.
trainer-fb-reason-wrong-not-refused = No es "{ $chosen }": el terminal no rechaza aquí.
trainer-fb-next-right = El siguiente paso es correcto: { $next }
trainer-fb-next-wrong = No es "{ $chosen }": el siguiente paso es "{ $expected }": { $next }
trainer-fb-next-wrong-short = No es "{ $chosen }": el siguiente paso es "{ $expected }".
trainer-fb-next-missing = No se eligió el siguiente paso: es "{ $expected }": { $next }
trainer-fb-next-missing-short = No se eligió el siguiente paso: es "{ $expected }".
trainer-fb-amount-right = El importe es correcto: { $amount }
trainer-fb-amount-wrong = El importe no es correcto ({ $given }): es { $amount }.
trainer-fb-amount-missing = No se indicó el importe: es { $amount }.
trainer-fb-trainer = Del instructor: { $text }
trainer-fb-explanation = Nota: { $text }
trainer-score = Puntuación: { $correct } / { $total } ({ $percent }%)
trainer-export = Exportar el registro (JSON y PDF)
trainer-exported = Guardado: { $path }
trainer-export-failed = No se pudo exportar: { $error }

## Cuestionario después de una sesión grabada (modo de investigación, `kofu --record`): la Single Ease
## Question (Sauro 2009) y la System Usability Scale (Brooke 1996), con los ítems en su orden estándar.
q-seq-title = Una pregunta sobre esta tarea
q-seq = En general, ¿qué tan difícil o fácil fue completar esta tarea?
q-seq-low = Muy difícil
q-seq-high = Muy fácil
q-answer = { $n } ({ $anchor })
q-sus-offer = ¿Podría responder otras diez afirmaciones breves sobre la máquina?
q-sus-yes = Responder las diez afirmaciones
q-sus-skip = No, terminar
q-sus-title = Afirmación { $n } de 10
q-sus-ask = ¿Qué tan de acuerdo está con esta afirmación?
q-sus-low = Totalmente en desacuerdo
q-sus-high = Totalmente de acuerdo
q-sus-1 = Creo que me gustaría usar este sistema con frecuencia.
q-sus-2 = El sistema me pareció innecesariamente complejo.
q-sus-3 = Me pareció que el sistema era fácil de usar.
q-sus-4 = Creo que necesitaría la ayuda de una persona con conocimientos técnicos para poder usar este sistema.
q-sus-5 = Me pareció que las distintas funciones de este sistema estaban bien integradas.
q-sus-6 = Me pareció que había demasiada inconsistencia en este sistema.
q-sus-7 = Imagino que la mayoría de las personas aprendería a usar este sistema muy rápidamente.
q-sus-8 = El sistema me pareció muy engorroso de usar.
q-sus-9 = Me sentí con mucha confianza al usar el sistema.
q-sus-10 = Tuve que aprender muchas cosas antes de poder empezar a usar este sistema.
q-thanks = Gracias. Sus respuestas quedaron guardadas.
q-finish = Terminar
q-keypad = Presione una tecla numérica del { $low } al { $high } o toque una respuesta en la pantalla.

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, botón
focus-button-disabled = { $name }, botón, no disponible
focus-at = { $control }, { $pos } de { $count }
focus-check = { $name }, casilla, { $on ->
    [yes] marcada
   *[no] sin marcar
}
focus-radio = { $name }, botón de opción, { $on ->
    [yes] seleccionado
   *[no] no seleccionado
}
