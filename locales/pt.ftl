# kofu — textos das telas do terminal de certidões de loja de conveniência, português (traduzido do original ja.ftl).
# As chaves são as mesmas em todos os arquivos de idioma (um teste verifica chaves faltando ou sobrando).
# Mantenha os marcadores { $… } como estão. Os valores ({ $amount }) chegam já formatados.
# A certidão impressa continua em japonês.

## Idioma e geral

language-name = Português
app-title = kofu — terminal de certidões em loja de conveniência (somente SPECIMEN / amostras)
specimen-banner = SPECIMEN (amostra) — este terminal imprime somente certidões de amostra
money-yen = ¥ { $amount }
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
list-separator = ,{" "}

## Botões comuns

btn-back = Voltar
btn-cancel = Cancelar
btn-next = Avançar
btn-ok = OK
btn-finish = Encerrar
page-previous = Página anterior
page-next = Próxima página
page-of = Página { $page } de { $pages }
toggle-large-text = Letras grandes
toggle-high-contrast = Alto contraste
keypad-help = Teclado numérico: números para digitar ou escolher · 2 e 8 movem a seleção · ○ confirma · ← apaga · × volta ou cancela

## Tela inicial (idioma e serviços administrativos)

home-title = Escolha um serviço
home-language = Idioma / Language
home-services = Serviços administrativos
home-services-hint = Para obter certidões como a cópia do registro de residente (住民票の写し), toque em "Serviços administrativos"
home-service-copy = Cópia
home-service-print = Impressão (USB / smartphone)
home-service-scan = Digitalização
home-service-fax = Envio de fax
home-service-photo = Impressão de fotos
home-service-tickets = Ingressos e pagamentos
home-not-here = "{ $service }" não está disponível neste simulador. Para obter certidões, toque em "{ $services }".

## Serviços administrativos

services-title = Serviços administrativos
services-cert-issue = Emissão de certidões (loja de conveniência)
services-hint = Com o Cartão My Number, você pode obter certidões do município onde mora ou do seu domicílio de registro familiar (本籍地)

## Consentimento (máquinas tipo Sharp)

consent-title = Avisos de uso
consent-body = Para obter certidões, você precisa do Cartão My Number e da senha (PIN de 4 dígitos) do certificado eletrônico de identificação do usuário. Se errar a senha 3 vezes seguidas, a senha será bloqueada e só poderá ser desbloqueada no balcão da prefeitura. Certidões impressas não podem ser devolvidas nem trocadas. Não esqueça o cartão, as certidões e o troco.
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
    [0] A senha foi bloqueada.
    [one] Mais um erro bloqueará a senha.
   *[other] Mais { $tries } erros bloquearão a senha.
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

options-title = Escolha o conteúdo: { $kind }
opt-scope = Pessoas incluídas
opt-scope-holder = Somente você
opt-scope-household = Toda a unidade familiar
opt-scope-members = Alguns membros da unidade familiar (escolher)
opt-relationship = Incluir chefe da unidade familiar e parentesco
opt-domicile = Incluir domicílio de registro familiar e primeiro inscrito no registro familiar
opt-my-number = Incluir número individual (My Number)
opt-nationality = Incluir nacionalidade/região
opt-residence-status = Incluir status de residência e período de permanência
opt-residence-card = Incluir número do cartão de residente
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
    [0] { $count } cópias
    [one] { $count } cópia
   *[other] { $count } cópias
}
copies-more = Mais uma cópia
copies-less = Uma cópia a menos
copies-max = Até { $max } cópias
copies-ceiling = { $max ->
    [0] Até { $max } cópias: esta máquina aceita no máximo { $ceiling } por transação
    [one] Até { $max } cópia: esta máquina aceita no máximo { $ceiling } por transação
   *[other] Até { $max } cópias: esta máquina aceita no máximo { $ceiling } por transação
}
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
pay-accepted = Dinheiro aceito: { $list }
pay-no-change = No momento não há troco. Insira o valor exato
pay-cancel-note = Ao tocar em "Cancelar", todo o dinheiro inserido é devolvido

## Impressão

print-title = Imprimindo
print-progress = { $done } de { $total } impressas
print-wait = Aguarde até o fim da impressão. Não se afaste da máquina.
flow-step-1 = Idioma
flow-step-2 = Serviços
flow-step-3 = Cartão
flow-step-4 = Senha
flow-step-5 = Certidão
flow-step-6 = Cópias
flow-step-7 = Pagamento
flow-step-at = Etapa { $n } de { $count }: { $name }
print-halted-title-paper_jam = A impressão parou: papel atolado
print-halted-title-out_of_paper = A impressão parou: sem papel
print-halted-call-staff = Chame um funcionário da loja. Depois que ele consertar a impressora, as certidões restantes serão impressas. Não entregue o seu cartão nem a sua senha a ninguém.
print-halted-cancel-note = Ao tocar em "Cancelar", a taxa das cópias não impressas é devolvida
printer-halted = Parada, aguardando funcionário: { $fault }
printer-clear-fault = Funcionário: resolver { $fault }
effect-printer_halted = Impressora parada ({ $fault }) após { $printed } de { $of }, aguardando funcionário
effect-printer_resumed = O funcionário resolveu { $fault }; a impressão continua
live-printer-halted = A impressora parou ({ $fault }). Chame um funcionário da loja.
live-printer-resumed = A impressão continuou.
trainer-ev-clear-fault = O funcionário conserta a impressora

## Não esqueça seus pertences

take-title = Não esqueça seus pertences
take-card = Retire o cartão
take-certs = Retire { $count ->
    [0] as certidões
    [one] a certidão
   *[other] as { $count } certidões
} da saída de documentos
take-change = Retire o troco: { $amount }
take-nothing = Nada foi esquecido
take-issued = As certidões foram emitidas
take-cancelled = Cancelado. Seu dinheiro está na saída de troco
take-cancelled-unpaid = Cancelado. Nada foi cobrado
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

## Motivos. Argumentos: { $city } município; { $hall } o balcão, com horário e telefone;
## { $office } o nome do balcão; { $open } { $close } o horário que a regra cita; { $reopens } quando o
## serviço volta a funcionar; { $date } uma data de validade ou de liberação; { $registered } yes / no;
## { $stopFrom } { $stopUntil } os dias de uma suspensão; { $year } ano fiscal; { $days } dias;
## { $age } idade mínima; { $tries } tentativas de senha; { $hotline } um telefone; { $button } o nome de um botão.

refusal-sentence = { $title }. { $rule }. { $next }.
reason-out_of_service_hours-title = Fora do horário de atendimento
reason-out_of_service_hours-rule = O serviço funciona todos os dias das { $open } às { $close } (horário do Japão)
reason-out_of_service_hours-next = Volte a partir de { $reopens } ou obtenha a certidão em { $hall }
reason-year_end_suspension-title = Serviço suspenso nas festas de fim de ano
reason-year_end_suspension-rule = O serviço fica suspenso de { $stopFrom } a { $stopUntil }
reason-year_end_suspension-next = Volte a partir de { $reopens }. Os balcões das prefeituras também ficam fechados até { $stopUntil }
reason-maintenance-title = Sistema em manutenção
reason-maintenance-rule = O serviço fica suspenso durante a manutenção anunciada por { $city }
reason-maintenance-next = Volte a partir de { $reopens } ou obtenha a certidão em { $hall }
reason-centre_unreachable-title = Fora de serviço: sem comunicação com a central
reason-centre_unreachable-rule = O serviço fica suspenso enquanto o terminal não consegue se comunicar com a central de certidões
reason-centre_unreachable-next = Tente novamente daqui a pouco ou obtenha a certidão em { $hall }
reason-family_register_hours-title = Certidões de registro familiar: fora do horário
reason-family_register_hours-rule = { $city } emite certidões de registro familiar na loja de conveniência somente de segunda a sexta-feira, exceto feriados nacionais, das { $open } às { $close }
reason-family_register_hours-next = Volte a partir de { $reopens } ou obtenha a certidão em { $hall }
reason-card_expired-title = O cartão está vencido
reason-card_expired-rule = O cartão era válido até { $date }
reason-card_expired-next = Solicite um novo cartão em { $hall }. Leve o cartão e outro documento de identidade. Enquanto isso, obtenha as certidões no balcão
reason-certificate_expired-title = O certificado eletrônico do cartão está vencido
reason-certificate_expired-rule = O certificado eletrônico de identificação do usuário era válido até { $date } (5º aniversário após a emissão)
reason-certificate_expired-next = Renove o certificado eletrônico em { $hall }. Leve o cartão e confirme que se lembra da senha
reason-certificate_revoked-title = O certificado eletrônico do cartão foi revogado
reason-certificate_revoked-rule = O certificado eletrônico de identificação do usuário foi revogado
reason-certificate_revoked-next = Solicite a emissão de um novo certificado eletrônico em { $hall }. Leve o cartão
reason-card_suspended-title = O cartão está suspenso
reason-card_suspended-rule = Houve comunicação de perda ou roubo do cartão, e os certificados eletrônicos dele estão suspensos
reason-card_suspended-next = Se encontrou o cartão, cancele a suspensão em { $hall }. Leve o cartão e outro documento de identidade. Dúvidas sobre a suspensão: { $hotline } (ligação gratuita)
reason-pin_locked-title = A senha está bloqueada
reason-pin_locked-rule = A senha é bloqueada após { $tries } erros seguidos e só pode ser desbloqueada no balcão da prefeitura
reason-pin_locked-next = Redefina a senha em { $hall }. Leve o cartão e outro documento de identidade, como carteira de motorista ou cartão do seguro de saúde
reason-under_age-title = Não disponível para menores de { $age } anos
reason-under_age-rule = O serviço é para titulares de cartão com { $age } anos ou mais
reason-under_age-next = O pai, a mãe ou o responsável legal pode obter a certidão em { $hall }
reason-moved_out-title = Foi feita a notificação de saída do município
reason-moved_out-rule = Depois da notificação de saída, a loja de conveniência não emite certidões para o titular
reason-moved_out-next = Faça a notificação de entrada no novo município em até { $days } dias. Para certidões de { $city }, dirija-se a { $hall }
reason-support_measures-title = Solicite no balcão
reason-support_measures-rule = Este cartão não pode ser usado para obter certidões na loja de conveniência
reason-support_measures-next = Informe-se em { $hall }
reason-support_measures-rule-private = Enquanto houver medidas de apoio em vigor (violência doméstica, perseguição), a loja de conveniência não emite nada, para a segurança do titular; a tela pública diz apenas que o cartão não pode ser usado aqui
reason-deceased-title = Este cartão não pode ser usado
reason-deceased-rule = Este cartão não pode ser usado na loja de conveniência
reason-deceased-next = Informe-se em { $hall }
reason-deceased-rule-private = Consta registro de falecimento do titular, por isso o cartão não pode ser usado; os familiares podem solicitar certidões no balcão
reason-moved_in_today-title = Não disponível no dia da notificação de entrada
reason-moved_in_today-rule = A notificação de entrada só passa a valer na loja de conveniência a partir do dia seguinte
reason-moved_in_today-next = Volte a partir de amanhã ou obtenha a certidão hoje em { $hall }
reason-gaiji_pending-title = Solicite no balcão
reason-gaiji_pending-rule = Caracteres do seu registro (gaiji) ainda estão sendo cadastrados, por isso ainda não é possível imprimi-los
reason-gaiji_pending-next = Informe-se em { $hall }
reason-not_resident-title = Somente para residentes de { $city }
reason-not_resident-rule = Estas certidões são emitidas somente para residentes de { $city }
reason-not_resident-next = Escolha as certidões do município onde mora ou as certidões do domicílio de registro familiar
reason-no_seal_registration-title = Não há registro de carimbo
reason-no_seal_registration-rule = Só é possível certificar carimbos registrados em { $city }
reason-no_seal_registration-next = Registre um carimbo em { $hall }. Leve o carimbo a ser registrado e um documento de identidade
reason-no_tax_record-title = Não há dados de tributação
reason-no_tax_record-rule = { $year }: { $city } não tem dados de tributação seus (é preciso ter morado em { $city } em 1º de janeiro desse ano e morar lá agora)
reason-no_tax_record-next = Informe-se sobre seus dados de tributação em { $hall }. Se em 1º de janeiro morava em outro município, consulte esse município
reason-no_family_register-title = Sem domicílio de registro familiar neste município
reason-no_family_register-rule = Certidões de registro familiar são emitidas somente para quem tem o domicílio de registro familiar em { $city }
reason-no_family_register-next = Solicite-as ao município do seu domicílio de registro familiar (pela loja de conveniência, se esse município oferecer o serviço)
reason-not_japanese_national-title = Somente para cidadãos japoneses
reason-not_japanese_national-rule = O registro familiar existe somente para cidadãos japoneses
reason-not_japanese_national-next = Escolha as certidões do município onde mora, como a cópia do registro de residente
reason-domicile_not_registered-title = É preciso cadastro para as certidões do domicílio de registro familiar
reason-domicile_not_registered-rule = Quem mora fora de { $city } precisa se cadastrar antes de usar as certidões do domicílio de registro familiar; o cadastro leva { $days ->
    [one] { $days } dia útil
   *[other] { $days } dias úteis
}
reason-domicile_not_registered-next = { $registered ->
    [yes] Seu cadastro está em andamento: volte a partir de { $date }
   *[no] Recomece e, na tela em que se escolhem as certidões, escolha "{ $button }"; volte quando o cadastro estiver concluído
}
reason-card_unreadable-title = Não foi possível ler o cartão
reason-card_unreadable-rule = O leitor não conseguiu ler o chip do cartão
reason-card_unreadable-next = Retire o cartão e recomece, colocando-o bem plano sobre o leitor. Se o problema continuar, peça que verifiquem o cartão em { $hall }
reason-card_not_yet_usable-title = O cartão poderá ser usado a partir de amanhã
reason-card_not_yet_usable-rule = O cartão não pode ser usado na loja de conveniência no dia em que foi entregue nem no dia em que a senha foi alterada
reason-card_not_yet_usable-next = Volte a partir de amanhã ou obtenha a certidão hoje em { $hall }
reason-not_offered-title = Esta certidão não é emitida em lojas de conveniência
reason-not_offered-rule = { $city } não emite esta certidão em lojas de conveniência
reason-not_offered-next = Obtenha-a em { $hall }
reason-registration_not_needed-title = Cadastro não necessário
reason-registration_not_needed-rule = { $registered ->
    [yes] O cadastro já foi concluído: as certidões do domicílio de registro familiar podem ser usadas a partir de { $date }
   *[no] O cadastro é só para quem tem o domicílio de registro familiar em { $city } mas mora em outro município
}
reason-registration_not_needed-next = Recomece e escolha diretamente as certidões que deseja
reason-smartphone_not_supported-title = Não é possível usar seu smartphone nesta máquina
reason-smartphone_not_supported-rule = { $case ->
    [register] O cadastro para as certidões do domicílio de registro familiar exige o Cartão My Number físico; não é possível se cadastrar com smartphone
    [later] Esta máquina aceitará { $device } a partir de { $date }
   *[never] O leitor desta máquina não aceita { $device }
}
reason-smartphone_not_supported-next = Use seu Cartão My Number físico, com a senha (PIN de 4 dígitos)

## Balcões (o nome do perfil neste idioma; se não houver, o nome japonês com a leitura)

office-name-reading = { $name } ({ $reading })
office-full = { $office } ({ $hours }; telefone { $phone })
office-full-no-phone = { $office } ({ $hours })
office-alternatives = { $first } ou { $others }
office-alternatives-separator = {" "}ou{" "}
office-days-range = { $from }–{ $to }
office-hours-days = { $days } { $open }–{ $close }
office-hours-weeks = { $weeks } { $days } do mês { $open }–{ $close }
office-weeks-join = { $list }
office-weeks-separator = {" "}e{" "}
office-week-1 = 1ª
office-week-2 = 2ª
office-week-3 = 3ª
office-week-4 = 4ª
office-week-5 = 5ª
office-hours-separator = ;{" "}
office-closed-holidays = fechado nos feriados nacionais e de 29 de dezembro a 3 de janeiro

## Próximos passos (nomes curtos para as listas do instrutor)

next-step-come_back_in_service_hours = Voltar no horário de atendimento
next-step-come_back_after_year_end = Voltar após a suspensão de fim de ano
next-step-come_back_after_maintenance = Voltar após a manutenção
next-step-come_back_in_office_hours = Voltar no horário de segunda a sexta
next-step-come_back_tomorrow = Voltar a partir de amanhã
next-step-reset_pin_at_city_hall = Redefinir a senha no balcão da prefeitura
next-step-renew_card_at_city_hall = Pedir novo cartão no balcão da prefeitura
next-step-renew_certificate_at_city_hall = Renovar o certificado eletrônico no balcão da prefeitura
next-step-cancel_suspension_at_city_hall = Cancelar a suspensão no balcão da prefeitura
next-step-register_seal_at_city_hall = Registrar um carimbo no balcão da prefeitura
next-step-tax_office = Consultar o setor de tributos
next-step-city_hall = Consultar o balcão da prefeitura
next-step-complete_move_in = Fazer a notificação de entrada no novo município
next-step-municipality_of_residence = Usar as certidões do município onde mora
next-step-municipality_of_domicile = Solicitar ao município do domicílio de registro familiar
next-step-register_domicile_and_wait = Cadastrar-se para as certidões do domicílio de registro familiar e aguardar
next-step-choose_another_certificate = Escolher outra certidão
next-step-place_card_again = Colocar o cartão no leitor novamente
next-step-insert_more_money = Inserir o valor que falta
next-step-choose_certificates_directly = Escolher as certidões diretamente
next-step-use_plastic_card = Usar o Cartão My Number físico
device-card = o Cartão My Number
device-android = smartphones Android
device-iphone = iPhone

## O que aconteceu (registro de eventos do instrutor)

effect-language_changed = Idioma alterado para { $lang }
effect-card_read = Cartão lido
effect-card_taken_off = Cartão retirado do leitor
effect-card_may_be_removed = O cartão já pode ser retirado
effect-pin_accepted = Senha aceita
effect-pin_rejected = Senha incorreta: { $tries ->
    [0] nenhuma tentativa restante
    [one] { $tries } tentativa restante
   *[other] { $tries } tentativas restantes
}
effect-pin_locked = Senha bloqueada
effect-registration_accepted = Cadastro recebido: utilizável a partir de { $date }
effect-selection_started = { $kind } selecionada
effect-selection_added = { $kind }: { $copies ->
    [0] { $copies } cópias
    [one] { $copies } cópia
   *[other] { $copies } cópias
} a { $fee } cada
effect-selection_reopened = { $kind } reaberta para alteração
effect-total = Total { $amount }
effect-payment_due = { $amount } a pagar
effect-money_accepted = { $amount } inserido; falta { $remaining }
effect-money_returned = { $amount } devolvido ({ $why })
effect-returned-denomination = moeda ou cédula não aceita por esta máquina
effect-returned-already_paid = já pago
effect-returned-no_change = sem troco: somente o valor exato
effect-returned-closed = fim do horário de atendimento
effect-returned-change = troco
effect-returned-refund = reembolso
effect-printing_started = Impressão iniciada
effect-copy_printed = { $kind } impressa: cópia { $copy } de { $of } ({ $number })
effect-printer_stopped = Impressora parada: { $fault }
effect-output_failed = Não foi possível salvar a certidão ({ $path }: { $error }): impressão interrompida e as cópias não impressas são reembolsadas
effect-printing_done = Impressão concluída
effect-refused = Recusado: { $sentence }
effect-refusal_left = O residente saiu da tela de recusa
effect-fault_armed = Falha programada: { $fault }
effect-inactivity_warning = Sem operação: a sessão será reiniciada em { $seconds } s se o tempo não for prorrogado
effect-time_extended = Tempo prorrogado
effect-timed_out = Sem operação: a sessão foi reiniciada
effect-returned_home = Tela final deixada sem operação: de volta ao menu inicial
effect-session_ended = Sessão encerrada: { $status }
effect-other_service_touched = Botão "{ $service }" tocado: serviço inexistente neste simulador (desvio do caminho)
effect-status-issued = emitido
effect-status-refused = recusado
effect-status-cancelled = cancelado
effect-status-timed_out = tempo esgotado
effect-status-registered = cadastrado

## Sem operação

warning-title = Deseja continuar?
warning-body = A tela volta ao início em { $seconds } s. O dinheiro inserido e o cartão serão devolvidos.
warning-extend = Mais tempo

## Partes da máquina

reader-title = Leitor de cartões
reader-choose = Cartão a colocar
reader-place = Colocar cartão
reader-place-phone = Aproximar smartphone do leitor
# The place-card screen's guide: captions under its two pictures (not the reader's buttons).
guide-card = Cartão: com a frente para cima, deitado sobre o leitor de cartão
guide-phone = Smartphone: aproximado do leitor de cartão
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
fault-centre_unreachable = Central inacessível
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
speech-repeat = Repetir
speech-stop = Parar o áudio
jack-pin-digit = Um dígito da senha digitado
trainer-toggle = Painel do instrutor (F2)

## Avisos de estado (lidos em voz alta)

live-printing-done = Impressão concluída. Retire as certidões.
live-card-can-remove = Você já pode retirar o cartão
live-returned = { $amount } devolvido na saída de troco
live-session-reset = De volta à tela inicial
live-card-placed = Cartão colocado
live-card-removed = Cartão retirado
live-not-here = "{ $service }" não está disponível aqui

## Painel do instrutor

trainer-title = Painel do instrutor
trainer-clock = Relógio simulado
trainer-pause = Pausar
trainer-resume = Retomar
trainer-speed = Velocidade ×{ $x }
trainer-plus-1m = Avançar 1 min
trainer-plus-10m = Avançar 10 min
trainer-plus-1h = Avançar 1 hora
trainer-jump-0629 = Ir para { $time }
trainer-jump-2300 = Ir para { $time }
trainer-jump-1229 = Ir para 29 de dezembro
trainer-set-field = Data e hora (RFC 3339)
trainer-set = Definir hora
trainer-set-invalid = Formato de data e hora inválido (ex.: 2026-11-25T10:00:00+09:00)
trainer-deck = Persona (cartão)
trainer-participant = Participante (ID, não o nome)
trainer-task = Tarefa
trainer-condition = Condição
trainer-municipality = Município
trainer-vendor = Modelo
trainer-print-speed = Tempo de impressão (segundos por cópia)
trainer-faults = Provocar falhas
trainer-after-copies = Após quantas cópias
trainer-inject = Provocar: { $fault }
trainer-armed-none = Nenhuma falha preparada
trainer-armed-after = Preparada: { $fault }, após { $after } { $after ->
        [one] cópia impressa
       *[other] cópias impressas
    }
trainer-armed-next = Preparada: { $fault }, na próxima ocasião
trainer-new-session = Iniciar nova sessão
trainer-log = Registro de eventos
trainer-log-rule = Regra: { $rule }
trainer-log-next = Próximo passo: { $next }
trainer-error = Erro: { $message }
trainer-handbook = Imprimir o manual do instrutor (PDF)
trainer-handbook-written = Manual salvo em: { $path }
trainer-language-ja = japonês
trainer-language-en = inglês
trainer-language-zh-Hans = chinês (simplificado)
trainer-language-ko = coreano
trainer-language-pt = português
trainer-language-es = espanhol
trainer-language-vi = vietnamita
trainer-language-tl = tagalo
trainer-language-id = indonésio
trainer-language-th = tailandês
trainer-language-ne = nepalês
trainer-screen-language = Tela inicial
trainer-screen-services = Serviços administrativos
trainer-screen-consent = Avisos de uso
trainer-screen-place_card = Colocar o cartão
trainer-screen-path = Tipo de certidão
trainer-screen-pin = Senha
trainer-screen-registered = Cadastro recebido
trainer-screen-remove_card = Retirar o cartão
trainer-screen-certificate = Lista de certidões
trainer-screen-options = Opções
trainer-screen-copies = Cópias
trainer-screen-confirm = Conferência
trainer-screen-payment = Pagamento
trainer-screen-printing = Impressão
trainer-screen-take_items = Retirar seus pertences
trainer-screen-out_of_service = Indisponível agora
trainer-screen-refusal = Recusa
trainer-ev-press = Tocou em "{ $button }"
trainer-ev-language = Idioma escolhido: { $lang }
trainer-ev-place-card = Cartão colocado ({ $card })
trainer-ev-remove-card = Cartão retirado do leitor
trainer-ev-pin = Senha digitada (4 dígitos)
trainer-ev-certificate = "{ $kind }" escolhida
trainer-ev-options = Opções escolhidas: { $options }
trainer-ev-options-default = Opções mantidas como estavam
trainer-ev-labelled = { $label }: { $value }
trainer-ev-copies = { $copies ->
    [0] { $copies } cópias
    [one] { $copies } cópia
   *[other] { $copies } cópias
}
trainer-ev-insert = { $amount } inserido
trainer-ev-printer-step = Impressora
trainer-ev-take-items = Cartão, certidões e troco retirados
trainer-ev-tick = O tempo passa ({ $time })
trainer-ev-fault = O instrutor provoca: { $fault }
trainer-ev-fault-after = O instrutor provoca: { $fault } (após { $after ->
    [0] { $after } cópias
    [one] { $after } cópia
   *[other] { $after } cópias
})
trainer-ev-walk-away = Saiu da tela de recusa
trainer-ev-unknown = Uma ação
trainer-log-said = { $event } → { $result }
trainer-log-screen = tela: { $screen }
trainer-log-nothing = nada mudou
trainer-log-rejected = { $event } → não aceito
trainer-log-veiled = ? (mostrado após a resposta)
trainer-log-veil-note = As reações do terminal ficam ocultas até a pergunta ser respondida
trainer-recording = Gravação (pesquisa)
trainer-record = ● Gravar sessões
trainer-record-stop = ■ Parar de gravar
trainer-recorded = { $count ->
    [0] { $count } sessões gravadas
    [one] { $count } sessão gravada
   *[other] { $count } sessões gravadas
}
trainer-recording-into = Em { $dir }: { $count ->
    [0] { $count } sessões gravadas
    [one] { $count } sessão gravada
   *[other] { $count } sessões gravadas
}
trainer-record-error = Não é possível gravar: { $error }
trainer-note-hint = Nota do observador (F3), Enter adiciona
trainer-note-add = Adicionar nota
trainer-exercises = Exercícios
trainer-exercise-pick = Cenário do exercício
trainer-exercise-numbered = Exercício { $n }
trainer-exercise-titled = { $n }. { $title }
trainer-exercise-none = (nenhum exercício)
trainer-exercise-start = Iniciar exercício
trainer-exercise-play = Reproduzir até a pergunta
trainer-exercise-ask = Perguntar agora
trainer-exercise-running = Em andamento: { $exercise }. Opere o terminal ou reproduza até a pergunta.
trainer-exercise-own-persons = { $file }: cenários com pessoas próprias não rodam no painel do instrutor
trainer-question = Pergunta
trainer-question-what = Depois da última ação do residente, o que o terminal faz? Se recusar, escolha o motivo; depois escolha o que o residente deve fazer em seguida.
trainer-question-amount = Diga também quanto ainda falta pagar.
trainer-question-veiled = A tela de toque e as reações do terminal ficam ocultas até você responder.
trainer-question-trainer = O instrutor pergunta: { $question }
trainer-answer-reason = Motivo
trainer-answer-not-refused = Não recusa (o terminal emite)
trainer-answer-next = Próximo passo
trainer-answer-choose = (escolha)
trainer-answer-amount = Valor (ienes)
trainer-answer-submit = Enviar resposta
trainer-choice-detail = { $title } ({ $rule })
trainer-veil-title = Pergunta de treinamento
trainer-veil-body = A tela fica oculta até a pergunta do painel do instrutor ser respondida.
trainer-fb-right = Certo.
trainer-fb-wrong = Errado.
trainer-fb-reason-right = O motivo está certo: o terminal diz "{ $title }". Regra: { $rule }
trainer-fb-reason-wrong = Não é "{ $chosen }": o terminal diz "{ $title }". Regra: { $rule }
trainer-fb-reason-wrong-rule = A regra de "{ $chosen }" é: { $chosenRule }. Este residente não está nesse caso.
trainer-fb-reason-wrong-none = O terminal recusa, sim: diz "{ $title }". Regra: { $rule }
trainer-fb-not-refused-right = Certo: o terminal não recusa aqui.
trainer-fb-reason-wrong-not-refused = Não é "{ $chosen }": o terminal não recusa aqui.
trainer-fb-next-right = O próximo passo está certo: { $next }
trainer-fb-next-wrong = Não é "{ $chosen }": o próximo passo é "{ $expected }": { $next }
trainer-fb-next-wrong-short = Não é "{ $chosen }": o próximo passo é "{ $expected }".
trainer-fb-next-missing = Nenhum próximo passo escolhido: é "{ $expected }": { $next }
trainer-fb-next-missing-short = Nenhum próximo passo escolhido: é "{ $expected }".
trainer-fb-amount-right = O valor está certo: { $amount }
trainer-fb-amount-wrong = O valor está errado ({ $given }): é { $amount }.
trainer-fb-amount-missing = Nenhum valor informado: é { $amount }.
trainer-fb-trainer = Do instrutor: { $text }
trainer-fb-explanation = Observação: { $text }
trainer-score = Pontuação: { $correct } / { $total } ({ $percent }%)
trainer-export = Exportar registro (JSON e PDF)
trainer-exported = Gravado: { $path }
trainer-export-failed = Falha ao exportar: { $error }

## Questionário após uma sessão gravada (modo de pesquisa, `kofu --record`): a Single Ease Question
## (Sauro 2009) e a System Usability Scale (Brooke 1996), com os itens na ordem padrão.
q-seq-title = Uma pergunta sobre esta tarefa
q-seq = De modo geral, quão difícil ou fácil foi realizar esta tarefa?
q-seq-low = Muito difícil
q-seq-high = Muito fácil
q-answer = { $n } ({ $anchor })
q-sus-offer = Poderia responder a mais dez afirmações curtas sobre a máquina?
q-sus-yes = Responder às dez afirmações
q-sus-skip = Não, encerrar
q-sus-title = Afirmação { $n } de 10
q-sus-ask = Quanto você concorda com esta afirmação?
q-sus-low = Discordo totalmente
q-sus-high = Concordo totalmente
q-sus-1 = Acho que gostaria de usar este sistema com frequência.
q-sus-2 = Achei o sistema desnecessariamente complexo.
q-sus-3 = Achei o sistema fácil de usar.
q-sus-4 = Acho que precisaria da ajuda de uma pessoa com conhecimentos técnicos para conseguir usar este sistema.
q-sus-5 = Achei que as várias funções deste sistema estavam bem integradas.
q-sus-6 = Achei que havia inconsistência demais neste sistema.
q-sus-7 = Imagino que a maioria das pessoas aprenderia a usar este sistema muito rapidamente.
q-sus-8 = Achei o sistema muito trabalhoso de usar.
q-sus-9 = Eu me senti muito confiante ao usar o sistema.
q-sus-10 = Precisei aprender muitas coisas antes de conseguir começar a usar este sistema.
q-thanks = Obrigado. Suas respostas foram salvas.
q-finish = Encerrar
q-keypad = Pressione uma tecla numérica de { $low } a { $high } ou toque em uma resposta.

## The keypad highlight, as the speech guide says it when 2 or 8 moves it: the control's
## name, its role and its state.
focus-button = { $name }, botão
focus-button-disabled = { $name }, botão, indisponível
focus-at = { $control }, { $pos } de { $count }
focus-check = { $name }, caixa de seleção, { $on ->
    [yes] marcada
   *[no] desmarcada
}
focus-radio = { $name }, botão de opção, { $on ->
    [yes] selecionado
   *[no] não selecionado
}
