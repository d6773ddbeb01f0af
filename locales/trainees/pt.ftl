### The trainees area of the pt bundle (see i18n::AREAS): its keys are in every language.

## Trainees and their results (trainer console)

trainee-name = Treinando
trainee-none = Digite o nome do treinando para guardar as respostas.
trainee-results = Resultados de { $name }
trainee-results-none = Nenhum exercício respondido ainda.
trainee-col-exercise = Exercício
trainee-col-answer = Resposta
trainee-col-mark = Certo ou errado
trainee-col-time = Tempo
trainee-right = Certo
trainee-wrong = Errado
trainee-seconds = { $seconds } s
trainee-export = Exportar resultados (JSON, CSV, PDF)
trainee-store-failed = Não foi possível guardar os resultados: { $error }

## Persona case cards (card picker, kofu personas)

case-who = { $name }, { $age } anos — { $kind }
case-situation-pin = { $situation } · senha { $pin }
case-kiosk = Quiosque: { $outcome }
case-outcome-issues = emite as certidões
case-outcome-domicile = emite só as certidões do domicílio de registro familiar
case-outcome-refuses = recusa: { $refusal }
case-situation-deceased = Registrado como falecido; um parente traz o cartão
case-situation-support = Sob medidas de proteção (violência doméstica, perseguição)
case-situation-moved-out = Entregou a notificação de saída
case-situation-gaiji = Caracteres não padronizados do nome pendentes
case-situation-child = Criança de { $age } anos
case-situation-cert-expired = Certificado eletrônico vencido em { $date }
case-situation-stay-ended = Período de permanência terminou em { $date }
case-situation-card-expired = Cartão vencido em { $date }
case-situation-suspended = Cartão suspenso
case-situation-revoked = Certificado eletrônico revogado
case-situation-new-card = Recebeu o cartão ou o certificado eletrônico hoje
case-situation-pin-changed = Trocou a senha hoje
case-situation-pin-failures = Senhas erradas seguidas até agora: { $failures }
case-situation-moved-in-today = Mudou-se para cá hoje
case-situation-domicile-registered = Mora em outro município; domicílio de registro familiar aqui, cadastro para uso feito em { $date }
case-situation-domicile-only = Mora em outro município; domicílio de registro familiar aqui, sem cadastro para uso
case-situation-elsewhere = Mora em outro município
case-situation-foreign = Residente estrangeiro ({ $nationality })
case-situation-no-seal = Sem registro de carimbo
case-situation-no-tax = Sem registro de impostos
case-situation-resident = Residente, nada fora do comum
case-cards-title = Cartões de caso: residentes fictícios
case-cards-head = Cartões de caso — residentes fictícios (amostra) · quiosque em { $time }
case-card-age = { $age } anos · { $kind }
case-card-situation = Situação
case-card-kiosk = O que o quiosque fará
