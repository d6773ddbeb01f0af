# kofu — textos das telas do terminal de certidões de loja de conveniência, português (traduzido do original ja.ftl).
# As chaves são as mesmas em todos os arquivos de idioma (um teste verifica chaves faltando ou sobrando).
# Mantenha os marcadores { $… } como estão. Os valores ({ $amount }) chegam já formatados.
# A certidão impressa continua em japonês.

## Idioma e geral

language-name = Português
app-title = kofu — terminal de certidões em loja de conveniência (somente SPECIMEN / amostras)
specimen-banner = SPECIMEN (amostra) — este terminal imprime somente certidões de amostra
money-yen = ¥{ $amount }
date-full = { $weekday }, { $day } de { $monthName } de { $year }, { $time }
date-short = { $day } de { $monthName } de { $year }
fiscal-year = Ano fiscal { $year } (renda de { $incomeYear })
era-reiwa = Reiwa
era-heisei = Heisei
weekday-1 = seg
weekday-2 = ter
weekday-3 = qua
weekday-4 = qui
weekday-5 = sex
weekday-6 = sáb
weekday-7 = dom
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
list-separator = ,{" "}

## Botões comuns

btn-back = Voltar
btn-cancel = Cancelar
btn-next = Avançar
btn-ok = OK
btn-finish = Encerrar
toggle-large-text = Letras grandes
toggle-high-contrast = Alto contraste
keypad-help = Teclado numérico: números digitam ou escolhem · 2 e 8 movem a seleção · ○ confirma · ← apaga um caractere · × volta ou cancela

## Tela inicial (idioma e serviços administrativos)

home-title = Escolha um serviço
home-language = Idioma / Language
home-services = Serviços administrativos
home-services-hint = Para obter certidões como a cópia do registro de residente (住民票の写し), toque em "Serviços administrativos"

## Serviços administrativos

services-title = Serviços administrativos
services-cert-issue = Emissão de certidões (loja de conveniência)
services-hint = Com o Cartão My Number, você pode obter certidões do município onde mora ou do seu domicílio de registro familiar (本籍地)

## Consentimento (máquinas tipo Sharp)

consent-title = Avisos de uso
consent-body = Para obter certidões, você precisa do Cartão My Number e da senha (PIN de 4 dígitos) do certificado eletrônico de identificação do usuário. Se errar a senha 3 vezes seguidas, o cartão será bloqueado e só poderá ser desbloqueado no balcão da prefeitura. Certidões impressas não podem ser devolvidas nem trocadas. Não esqueça o cartão, as certidões e o troco.
consent-instruction = Leia os avisos de uso e toque em "Concordo"
consent-agree = Concordo

## Colocar o cartão

place-title = Coloque o cartão
place-instruction = { $vendor ->
    [sharp] Coloque o cartão no leitor de cartões e toque em "Avançar"
   *[other] Coloque o Cartão My Number no leitor de cartões
}
place-phone-note = Se usar um smartphone (função do Cartão My Number), aproxime-o do leitor de cartões
place-detected = Cartão lido

## Tipo de certidão

path-title = Escolha as certidões que deseja obter
path-residence = Certidões do município onde você mora
path-domicile = Certidões do domicílio de registro familiar (本籍地)
path-register = Cadastro para usar certidões do domicílio de registro familiar

## Senha

pin-title = Digite a senha
pin-instruction = Digite a senha (PIN de 4 dígitos) do certificado eletrônico de identificação do usuário e toque em "OK"
pin-entered = Senha: { $count } de 4 dígitos digitados
pin-wrong = Senha incorreta. { $tries ->
    [one] Mais um erro bloqueará o cartão.
   *[other] Mais { $tries } erros bloquearão o cartão.
}
pin-clear = Corrigir

## Cadastro

registered-title = Cadastro recebido
registered-body = A partir de { $date }, você poderá obter certidões do domicílio de registro familiar. Retire o cartão.

## Retirar o cartão

remove-title = Retire o cartão
remove-body = Identidade confirmada. Retire o cartão do leitor para continuar.

## Escolher a certidão

cert-title = Escolha uma certidão
cert-fee = { $fee } por cópia
cert-none = Não há certidões que você possa obter aqui
cert-kind-resident_certificate = Cópia do registro de residente (住民票の写し)
cert-kind-seal_certificate = Certidão de registro de carimbo (印鑑登録証明書)
cert-kind-tax_certificate = Certidão de tributação / não tributação (renda)
cert-kind-family_register_appendix = Cópia do anexo do registro familiar (戸籍の附票の写し)
cert-kind-family_register = Certidão de registro familiar (戸籍証明書)

## Escolher o conteúdo

options-title = Conteúdo: { $kind }
opt-scope = Pessoas incluídas
opt-scope-holder = Somente você
opt-scope-household = Todos da família (domicílio)
opt-scope-members = Alguns membros da família (escolher)
opt-relationship = Incluir chefe da família e parentesco
opt-domicile = Incluir domicílio de registro e chefe do registro familiar
opt-my-number = Incluir número individual (My Number)
opt-year = Ano fiscal
opt-extent = Tipo
opt-extent-whole = Certidão completa (todos)
opt-extent-individual = Certidão individual (uma pessoa)
opt-person = Pessoa
opt-appendix-note = A cópia do anexo é feita para as pessoas que constam no seu registro familiar
opt-members-none = Escolha pelo menos uma pessoa

## Número de cópias

copies-title = Quantas cópias?
copies-value = { $count ->
    [one] 1 cópia
   *[other] { $count } cópias
}
copies-more = Mais uma cópia
copies-less = Uma cópia a menos
copies-max = Até { $max } cópias
copies-subtotal = Subtotal { $amount }

## Confirmação

confirm-title = Confira o conteúdo
confirm-line = { $kind } × { $copies }: { $amount }
confirm-total = Total { $amount }
confirm-pay = Confirmar e pagar
confirm-add = Obter outra certidão

## Pagamento

pay-title = Insira o valor
pay-due = Valor a pagar { $amount }
pay-inserted = Valor inserido { $amount }
pay-remaining = Falta { $amount }
pay-accepted = Aceita: { $list }
pay-no-change = No momento não há troco. Insira o valor exato
pay-cancel-note = Ao tocar em "Cancelar", todo o dinheiro inserido é devolvido

## Impressão

print-title = Imprimindo
print-progress = { $done } de { $total } impressas
print-wait = Aguarde até o fim da impressão. Não se afaste da máquina.

## Não esqueça seus pertences

take-title = Não esqueça seus pertences
take-card = Retire o cartão
take-certs = Retire { $count ->
    [one] a certidão
   *[other] as { $count } certidões
} da saída de documentos
take-change = Retire o troco: { $amount }
take-nothing = Nada foi esquecido
take-issued = As certidões foram emitidas
take-cancelled = Cancelado. Seu dinheiro está na saída de troco
take-timeout = A sessão foi encerrada por falta de operação
take-fault = A impressora parou ({ $fault }). Você pagou somente pelo que foi impresso. Chame um funcionário da loja.

## Serviço indisponível

oos-title = O serviço não está disponível agora
oos-hours = Horário: todos os dias, { $open }–{ $close }
oos-now = Agora: { $now }

## Não é possível emitir

refusal-title = Não é possível emitir a certidão
refusal-rule = Motivo
refusal-next = O que fazer
refusal-back = Voltar à lista de certidões

## Motivos ({ $city } município, { $hall } balcão, { $open }–{ $close } horário do serviço)

reason-out_of_service_hours-title = Fora do horário de atendimento
reason-out_of_service_hours-rule = O serviço funciona todos os dias das { $open } às { $close } (horário do Japão)
reason-out_of_service_hours-next = Volte dentro do horário ou obtenha em { $hall }
reason-year_end_suspension-title = Suspenso no fim de ano
reason-year_end_suspension-rule = O serviço fica suspenso de 29 de dezembro a 3 de janeiro
reason-year_end_suspension-next = Volte a partir de 4 de janeiro. Os balcões da prefeitura também ficam fechados até 3 de janeiro
reason-maintenance-title = Sistema em manutenção
reason-maintenance-rule = O serviço fica suspenso durante a manutenção anunciada por { $city }
reason-maintenance-next = Volte após a manutenção ou obtenha em { $hall }
reason-family_register_hours-title = Fora do horário das certidões de registro familiar
reason-family_register_hours-rule = { $city } emite certidões de registro familiar somente em horários definidos em dias úteis
reason-family_register_hours-next = Volte no horário de dias úteis ou obtenha em { $hall }
reason-card_expired-title = O cartão está vencido
reason-card_expired-rule = Não é possível usar um cartão vencido
reason-card_expired-next = Solicite um novo cartão em { $hall }. Leve o cartão e um documento de identidade
reason-certificate_expired-title = O certificado eletrônico está vencido
reason-certificate_expired-rule = O certificado eletrônico de identificação do usuário passou da validade (5º aniversário após a emissão)
reason-certificate_expired-next = Renove o certificado eletrônico em { $hall }. Leve o cartão e lembre-se da senha
reason-certificate_revoked-title = O certificado eletrônico foi revogado
reason-certificate_revoked-rule = O certificado eletrônico de identificação do usuário foi revogado
reason-certificate_revoked-next = Solicite a reemissão do certificado eletrônico em { $hall }. Leve o cartão
reason-card_suspended-title = O cartão está suspenso
reason-card_suspended-rule = Por aviso de perda ou roubo, os certificados eletrônicos do cartão foram suspensos
reason-card_suspended-next = Se encontrou o cartão, cancele a suspensão em { $hall }. Leve o cartão e um documento de identidade
reason-pin_locked-title = A senha está bloqueada
reason-pin_locked-rule = A senha é bloqueada após 3 erros seguidos. Só o balcão da prefeitura pode desbloqueá-la
reason-pin_locked-next = Redefina a senha em { $hall }. Leve o cartão e um documento de identidade, como a carteira de motorista
reason-under_age-title = Não disponível para menores de 15 anos
reason-under_age-rule = O serviço é para pessoas com 15 anos ou mais
reason-under_age-next = O pai, a mãe ou o responsável pode obter a certidão em { $hall }
reason-moved_out-title = Há uma notificação de mudança para fora
reason-moved_out-rule = Após a notificação de mudança para fora, não é possível emitir certidões na loja de conveniência
reason-moved_out-next = Faça a notificação de mudança no novo município em até 14 dias. Para certidões de { $city }, vá a { $hall }
reason-support_measures-title = Obtenha no balcão
reason-support_measures-rule = Para sua segurança, pessoas sob medidas de apoio não podem obter certidões na loja de conveniência
reason-support_measures-next = Consulte o balcão de { $hall }
reason-deceased-title = Este cartão não pode ser usado
reason-deceased-rule = Há registro de falecimento do titular do cartão, por isso o cartão não pode ser usado
reason-deceased-next = Familiares podem solicitar certidões em { $hall }
reason-moved_in_today-title = Não disponível no dia da mudança
reason-moved_in_today-rule = A notificação de mudança passa a valer no serviço a partir do dia seguinte
reason-moved_in_today-next = Volte amanhã ou obtenha a certidão hoje em { $hall }
reason-gaiji_pending-title = Obtenha no balcão
reason-gaiji_pending-rule = Caracteres do seu registro (gaiji) ainda estão sendo cadastrados, por isso ainda não é possível imprimir
reason-gaiji_pending-next = Consulte { $hall }
reason-not_resident-title = Somente para moradores de { $city }
reason-not_resident-rule = Esta certidão é emitida somente para moradores de { $city }
reason-not_resident-next = Escolha certidões do município onde mora ou do domicílio de registro familiar
reason-no_seal_registration-title = Não há registro de carimbo
reason-no_seal_registration-rule = Só é possível certificar carimbos registrados em { $city }
reason-no_seal_registration-next = Registre um carimbo em { $hall }. Leve o carimbo e um documento de identidade
reason-no_tax_record-title = Não há registro de tributação
reason-no_tax_record-rule = { $city } não tem registro de tributação seu neste ano fiscal (é preciso ter morado em { $city } em 1º de janeiro daquele ano e agora)
reason-no_tax_record-next = Consulte o município onde você morava em 1º de janeiro
reason-no_family_register-title = Não há registro familiar aqui
reason-no_family_register-rule = Certidões de registro familiar são emitidas somente para quem tem domicílio de registro em { $city }
reason-no_family_register-next = Consulte o município do seu domicílio de registro familiar
reason-not_japanese_national-title = Somente para cidadãos japoneses
reason-not_japanese_national-rule = Certidões de registro familiar existem somente para cidadãos japoneses
reason-not_japanese_national-next = Escolha certidões do município onde mora, como a cópia do registro de residente
reason-domicile_not_registered-title = É preciso cadastro para certidões do domicílio de registro
reason-domicile_not_registered-rule = Se você mora fora do seu domicílio de registro familiar, precisa se cadastrar antes (leva de 1 a 5 dias úteis)
reason-domicile_not_registered-next = Na tela inicial, escolha "Cadastro para usar certidões do domicílio de registro familiar"
reason-card_unreadable-title = Não foi possível ler o cartão
reason-card_unreadable-rule = O leitor não conseguiu ler o cartão
reason-card_unreadable-next = Retire o cartão e tente de novo desde o início. Se continuar, consulte { $hall }
reason-card_not_yet_usable-title = O cartão poderá ser usado a partir de amanhã
reason-card_not_yet_usable-rule = O cartão não pode ser usado no serviço no dia em que foi entregue ou em que a senha foi alterada
reason-card_not_yet_usable-next = Volte amanhã ou obtenha a certidão hoje em { $hall }
reason-not_offered-title = Esta certidão não é emitida na loja de conveniência
reason-not_offered-rule = { $city } não emite esta certidão em lojas de conveniência
reason-not_offered-next = Obtenha em { $hall }

## Sem operação

warning-title = Deseja continuar?
warning-body = A tela volta ao início em { $seconds } s. O dinheiro inserido e o cartão serão devolvidos.
warning-extend = Mais tempo

## Partes da máquina

reader-title = Leitor de cartões
reader-choose = Cartão a colocar
reader-place = Colocar cartão
reader-place-phone = Aproximar celular do leitor
reader-remove = Retirar cartão
reader-empty = Nenhum cartão no leitor
reader-has = No leitor: { $name }
card-kind-card = Cartão My Number
card-kind-android = Android
card-kind-iphone = iPhone
slot-title = Entrada de moedas e cédulas
slot-insert = Inserir { $amount }
printer-title = Impressora
printer-idle = Em espera
printer-busy = Imprimindo { $done } de { $total }
printer-stopped = Parada: { $fault }
fault-paper_jam = Papel atolado
fault-out_of_paper = Sem papel
fault-card_unreadable = Erro de leitura do cartão
fault-no_change = Sem troco
tray-title = Saída de documentos
tray-empty = Vazia
tray-open = Abrir { $name }
tray-take = Retirar certidões
tray-opened = Aberto: { $path }
tray-open-failed = Não foi possível abrir. Arquivo: { $path }
change-title = Saída de troco
change-empty = Vazia
change-take = Retirar troco
keypad-title = Teclado numérico
keypad-digit = Teclado { $digit }
keypad-enter = Teclado ○ Confirmar
keypad-clear = Teclado ← Corrigir
keypad-cancel = Teclado × Cancelar
keypad-tactile = A tecla 5 tem um ponto em relevo
jack-title = Entrada de fone de ouvido (guia de voz)
jack-plug = Conectar fone de ouvido
jack-unplug = Desconectar fone de ouvido
jack-speaking = Guia de voz: { $text }
speech-repeat = Repeat
speech-stop = Stop speech
jack-pin-digit = Um dígito da senha digitado
trainer-toggle = Painel do instrutor (F2)

## Avisos de estado (lidos em voz alta)

live-printing-done = Impressão concluída. Retire as certidões.
live-card-can-remove = Você já pode retirar o cartão
live-returned = { $amount } devolvido na saída de troco
live-session-reset = De volta à tela inicial
live-card-placed = Cartão colocado
live-card-removed = Cartão retirado

## Painel do instrutor

trainer-title = Painel do instrutor
trainer-clock = Relógio simulado
trainer-pause = Pausar
trainer-resume = Retomar
trainer-speed = Velocidade ×{ $x }
trainer-plus-1m = Avançar 1 min
trainer-plus-10m = Avançar 10 min
trainer-plus-1h = Avançar 1 hora
trainer-jump-0629 = Ir para 6:29
trainer-jump-2300 = Ir para 23:00
trainer-jump-1229 = Ir para 29 de dezembro
trainer-set-field = Data e hora (RFC 3339)
trainer-set = Definir hora
trainer-set-invalid = Formato de data e hora inválido (ex.: 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (cartão)
trainer-municipality = Município
trainer-vendor = Modelo
trainer-print-speed = Tempo de impressão (segundos por cópia)
trainer-faults = Provocar falhas
trainer-after-copies = Após quantas cópias
trainer-inject = Provocar: { $fault }
trainer-new-session = Iniciar nova sessão
trainer-log = Registro de eventos
trainer-log-rule = Regra: { $rule }
trainer-log-next = Próximo passo: { $next }
trainer-error = Erro: { $message }
