### The handbook area of the es bundle (see i18n::AREAS): its keys are in every language.

## Manual del instructor (kofu handbook): cada frase de aquí y cada regla que cita provienen
## de los perfiles y de estos archivos. { $city } municipio; { $date } una fecha.

handbook-title = Manual del instructor: certificados en tiendas de conveniencia
handbook-subtitle = { $city } · reglas vigentes al { $date } · perfiles de modelo: { $vendors }
handbook-mark = SPECIMEN / 見本 — material de capacitación
handbook-intro = Todo lo que sigue se genera a partir de los perfiles del municipio y de los modelos, y de los textos que muestra el terminal: si cambia una tarifa o un horario en el perfil, cambian también el manual, la pantalla y el resultado JSON.
handbook-hours = Horario de servicio
handbook-hours-daily = Todos los días de { $open } a { $close } (hora de Japón)
handbook-year-end = Próxima suspensión de fin de año: del { $from } al { $until }
handbook-year-end-none = { $city } no suspende el servicio a fin de año
handbook-maintenance = Mantenimiento anunciado: desde { $from } hasta { $until }
handbook-maintenance-none = No hay mantenimiento anunciado
handbook-family-register-window = Certificados del registro familiar solo de lunes a viernes, excepto días festivos nacionales, de { $open } a { $close }
handbook-certificates = Certificados y tarifas
handbook-fee = { $fee } por copia
handbook-max-copies = Hasta { $max } copias de cada certificado por selección
handbook-options = Opciones: { $list }
handbook-tax-years = Años fiscales disponibles el { $date }: { $years }
handbook-not-offered = { $city } no emite en tiendas de conveniencia: { $list }
handbook-who-resident_certificate = Residentes de { $city }: el propio residente o miembros del mismo hogar
handbook-who-seal_certificate = El titular, si tiene un sello registrado en { $city }
handbook-who-tax_certificate = El titular, si { $city } tiene sus datos tributarios del año (debe haber vivido en el municipio el 1 de enero de ese año y vivir allí ahora)
handbook-who-family_register_appendix = Ciudadanos japoneses con domicilio de registro familiar en { $city }; quienes viven en otro municipio deben registrarse antes
handbook-who-family_register = Ciudadanos japoneses con domicilio de registro familiar en { $city }; quienes viven en otro municipio deben registrarse antes
handbook-users = Quién puede usar el terminal
handbook-users-age = Titulares de tarjeta de { $age } años o más, con la tarjeta y el certificado electrónico de identificación de usuario vigentes
handbook-users-pin = El PIN de 4 dígitos se bloquea tras { $tries } errores seguidos, sumados en todos los terminales y servicios; al ingresarlo correctamente, el conteo vuelve a cero
handbook-users-registration = El registro para los certificados del domicilio de registro familiar (para quienes tienen su domicilio de registro familiar en { $city } pero viven en otro municipio) tarda { $days ->
    [one] { $days } día hábil
   *[other] { $days } días hábiles
}
handbook-phones = Teléfonos inteligentes en las máquinas { $vendor }: { $list }
handbook-phone-from = { $device } a partir del { $date }
handbook-phone-none = solo la tarjeta física
handbook-payment = Pago en las máquinas { $vendor }: solo en efectivo ({ $coins }); se da cambio; si se cancela antes de imprimir, se devuelve todo el dinero
handbook-payment-ceiling = Las máquinas { $vendor } aceptan como máximo { $ceiling } por transacción
handbook-offices = A qué ventanilla derivar a los residentes
handbook-office-for = Atiende: { $tasks }
handbook-task-counter = certificados en ventanilla
handbook-task-card = restablecimiento del PIN, trámites de la tarjeta y del certificado electrónico
handbook-task-tax = certificados de tributación y datos tributarios
handbook-refusals = Todos los rechazos y qué debe hacer el residente
handbook-screen = En pantalla
handbook-rule = La regla
handbook-rule-private = La regla (solo para el personal: la pantalla no la muestra)
handbook-next = Qué debe hacer el residente
handbook-no-picture = Ningún escenario incluido muestra este rechazo en { $city }, por eso no hay imagen; el texto es el mismo que muestra la pantalla.
handbook-does-not-apply = { $city } no tiene esta regla, por lo que allí el terminal nunca muestra este rechazo.

## Added for the handbook in every language (issue 21, item 6).
handbook-refusal-next = Siguiente paso: { $next }
handbook-example-screen = La pantalla, tal como la muestra el quiosco
handbook-walk = La visita normal, paso a paso
handbook-walk-intro = La pantalla que el residente ve en cada uno de los siete pasos, en cada máquina. El personal no maneja el quiosco por el residente: estas imágenes sirven para responder una pregunta junto a la máquina.
handbook-walk-vendor = En una máquina { $vendor }
handbook-walk-language = 1. Idioma: en el menú inicial de la fotocopiadora, el residente elige un idioma.
handbook-walk-services = 2. Servicios administrativos: el residente toca Servicios administrativos y luego el servicio de certificados.
handbook-walk-card = 3. Tarjeta: el residente coloca la Tarjeta My Number plana sobre el lector (en algunas máquinas, después de aceptar un aviso).
handbook-walk-pin = 4. PIN: el residente introduce el PIN de 4 dígitos. Mire hacia otro lado; nunca lo pregunte.
handbook-walk-certificate = 5. Certificado: con la tarjeta fuera del lector, el residente elige el certificado y sus opciones.
handbook-walk-copies = 6. Copias: el residente elige el número de copias y revisa el total.
handbook-walk-payment = 7. Pago: el residente introduce efectivo; el quiosco imprime y devuelve el cambio.
handbook-staff = Cuando un residente pide ayuda al personal
handbook-staff-intro = Por privacidad, el residente usa el quiosco solo: el personal ayuda con la máquina (papel, atascos, cambio), nunca con la tarjeta, el PIN ni las opciones de la pantalla.
handbook-staff-screen = La pantalla dice
handbook-staff-do = Lo que hace el empleado
handbook-staff-never = Lo que el empleado nunca hace
handbook-staff-assumed = Supuesto: ninguna fuente pública describe este paso; siga las instrucciones de la tienda y del fabricante de la fotocopiadora si son distintas.
handbook-staff-paper_jam = Atasco de papel
handbook-staff-paper_jam-do = Retire el papel atascado como indican las instrucciones de la propia fotocopiadora, con el residente a su lado. Entregue al residente las páginas impresas boca abajo, sin leerlas. La pantalla dice qué pasa con las copias aún no impresas y su tarifa.
handbook-staff-paper_jam-never = Leer o quedarse una página impresa, tocar la tarjeta o usar la pantalla por el residente.
handbook-staff-out_of_paper = Sin papel
handbook-staff-out_of_paper-do = Reponga papel normal A4 en la bandeja como indican las instrucciones de la fotocopiadora; luego el residente empieza de nuevo el servicio de certificados.
handbook-staff-out_of_paper-never = Poner otro papel o elegir el certificado por el residente.
handbook-staff-no_change = Sin cambio
handbook-staff-no_change-do = Explique que la máquina no puede dar cambio ahora: el residente puede introducir el importe exacto, o cancelar y recuperar todo el dinero introducido. Avise al encargado para que reponga el cambio.
handbook-staff-no_change-never = Dar cambio de la caja en lugar de la máquina o tomar el dinero del residente para introducirlo.
handbook-staff-card_unreadable = Tarjeta ilegible
handbook-staff-card_unreadable-do = Pida al residente que retire la tarjeta, la coloque plana sobre el lector otra vez y empiece de nuevo. Si sigue sin leerse, indíquele que haga revisar la tarjeta en la ventanilla de la municipalidad.
handbook-staff-card_unreadable-never = Tomar, limpiar o colocar la tarjeta usted mismo.
handbook-staff-forgot_card = Tarjeta olvidada
handbook-staff-forgot_card-do = Si el residente ya se fue, guarde la tarjeta fuera de la vista sin mirar sus datos y entréguela al encargado para el procedimiento de objetos perdidos de la tienda.
handbook-staff-forgot_card-never = Usar la tarjeta, anotar su número o dársela a alguien que no sea su titular.
handbook-staff-forgot_certificate = Certificado olvidado
handbook-staff-forgot_certificate-do = Meta todas las páginas en un sobre sin leerlas y entréguelo al encargado para el procedimiento de objetos perdidos de la tienda. Un certificado de varias páginas no va grapado: busque todas sus páginas.
handbook-staff-forgot_certificate-never = Leer, copiar o tirar un certificado.
handbook-staff-forgot_change = Cambio olvidado
handbook-staff-forgot_change-do = Entregue el cambio al encargado con la hora en que se encontró, para que el residente lo recoja.
handbook-staff-forgot_change-never = Quedarse el cambio o meterlo en la caja.
handbook-staff-pin_locked = PIN bloqueado
handbook-staff-pin_locked-do = Diga al residente que el quiosco no puede desbloquear el PIN: solo la ventanilla de la municipalidad puede restablecerlo, con la tarjeta y otro documento de identidad.
handbook-staff-pin_locked-never = Preguntar el PIN, mirar cómo se introduce, adivinarlo o sugerir que lo intente otra vez.
handbook-appendix = Apéndice: códigos
handbook-appendix-intro = Los códigos de la salida JSON, los registros y los archivos de escenario del quiosco, cada uno con el nombre que le da este manual.
handbook-appendix-reasons = Motivos de rechazo
handbook-appendix-next = Siguientes pasos
handbook-appendix-scenarios = Archivos de escenario de las imágenes
handbook-sources = Fuentes
handbook-source-guide = Ciudad de Tsukuba: guía de la Tarjeta My Number (2023): los pasos en el quiosco, el bloqueo del PIN y su restablecimiento en la municipalidad, páginas sin grapar.
handbook-source-domain = Las notas de dominio del proyecto: el quiosco no tiene personal; el personal solo ayuda con los atascos de papel; la gente olvida tarjetas y certificados.
handbook-source-profiles = El perfil del municipio de { $city } y los perfiles de las máquinas: horarios, tarifas, certificados, teléfonos inteligentes y efectivo.
handbook-vendor-fujifilm = Tipo Fujifilm (Seven-Eleven)
handbook-vendor-sharp = Tipo Sharp (Lawson, FamilyMart, Ministop)
