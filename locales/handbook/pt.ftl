### The handbook area of the pt bundle (see i18n::AREAS): its keys are in every language.

## Manual do instrutor (kofu handbook): cada frase daqui e cada regra que ele cita vêm
## dos perfis e destes arquivos. { $city } município; { $date } uma data.

handbook-title = Manual do instrutor: certidões em lojas de conveniência
handbook-subtitle = { $city } · regras vigentes em { $date } · perfis de modelo: { $vendors }
handbook-mark = SPECIMEN / 見本 — material de treinamento
handbook-intro = Tudo o que segue é gerado a partir dos perfis do município e dos modelos, e dos textos que o terminal exibe: altere uma taxa ou um horário no perfil e o manual, a tela e o resultado em JSON mudam juntos.
handbook-hours = Horário de atendimento
handbook-hours-daily = Todos os dias, das { $open } às { $close } (horário do Japão)
handbook-year-end = Próxima suspensão de fim de ano: de { $from } a { $until }
handbook-year-end-none = { $city } não suspende o serviço no fim de ano
handbook-maintenance = Manutenção anunciada: de { $from } a { $until }
handbook-maintenance-none = Nenhuma manutenção anunciada
handbook-family-register-window = Certidões de registro familiar somente de segunda a sexta-feira, exceto feriados nacionais, das { $open } às { $close }
handbook-certificates = Certidões e taxas
handbook-fee = { $fee } por cópia
handbook-max-copies = Até { $max } cópias de cada certidão por seleção
handbook-options = Opções: { $list }
handbook-tax-years = Anos fiscais disponíveis em { $date }: { $years }
handbook-not-offered = { $city } não emite em lojas de conveniência: { $list }
handbook-who-resident_certificate = Residentes de { $city }: o próprio residente ou membros da mesma unidade familiar
handbook-who-seal_certificate = O titular, se tiver carimbo registrado em { $city }
handbook-who-tax_certificate = O titular, se { $city } tiver os dados de tributação dele referentes ao ano (é preciso ter morado no município em 1º de janeiro desse ano e morar lá agora)
handbook-who-family_register_appendix = Cidadãos japoneses com domicílio de registro familiar em { $city }; quem mora em outro município precisa se cadastrar antes
handbook-who-family_register = Cidadãos japoneses com domicílio de registro familiar em { $city }; quem mora em outro município precisa se cadastrar antes
handbook-users = Quem pode usar o terminal
handbook-users-age = Titulares de cartão com { $age } anos ou mais, com o cartão e o certificado eletrônico de identificação do usuário válidos
handbook-users-pin = A senha de 4 dígitos é bloqueada após { $tries } erros seguidos, somados em todos os terminais e serviços; digitá-la corretamente zera a contagem
handbook-users-registration = O cadastro para as certidões do domicílio de registro familiar (para quem tem o domicílio de registro familiar em { $city } mas mora em outro município) leva { $days ->
    [one] { $days } dia útil
   *[other] { $days } dias úteis
}
handbook-phones = Smartphones nas máquinas { $vendor }: { $list }
handbook-phone-from = { $device } a partir de { $date }
handbook-phone-none = somente o cartão físico
handbook-payment = Pagamento nas máquinas { $vendor }: somente em dinheiro ({ $coins }); há troco; cancelar antes da impressão devolve todo o valor
handbook-payment-ceiling = As máquinas { $vendor } aceitam no máximo { $ceiling } por transação
handbook-offices = Para onde encaminhar os residentes
handbook-office-for = Atende: { $tasks }
handbook-task-counter = certidões no balcão
handbook-task-card = redefinição da senha, procedimentos do cartão e do certificado eletrônico
handbook-task-tax = certidões de tributação e dados de tributação
handbook-refusals = Todas as recusas e o que o residente deve fazer
handbook-screen = Na tela
handbook-rule = A regra
handbook-rule-private = A regra (somente para funcionários: a tela não a mostra)
handbook-next = O que o residente deve fazer
handbook-no-picture = Nenhum cenário incluído mostra esta recusa em { $city }, por isso não há imagem; o texto é o mesmo que aparece na tela.
handbook-does-not-apply = { $city } não tem essa regra; por isso, lá o terminal nunca apresenta esta recusa.

## Added for the handbook in every language (issue 21, item 6).
handbook-refusal-next = Próximo passo: { $next }
handbook-example-screen = A tela, como o quiosque a mostra
handbook-walk = O atendimento normal, passo a passo
handbook-walk-intro = A tela que o residente vê em cada um dos sete passos, em cada máquina. Os funcionários não operam o quiosque pelo residente: estas imagens ajudam a responder a uma pergunta ao lado da máquina.
handbook-walk-vendor = Numa máquina { $vendor }
handbook-walk-language = 1. Idioma: no menu inicial da copiadora, o residente escolhe um idioma.
handbook-walk-services = 2. Serviços administrativos: o residente toca em Serviços administrativos e depois no serviço de certidões.
handbook-walk-card = 3. Cartão: o residente coloca o Cartão My Number deitado sobre o leitor (em algumas máquinas, depois de concordar com um aviso).
handbook-walk-pin = 4. Senha: o residente digita a senha de 4 dígitos. Olhe para outro lado; nunca a pergunte.
handbook-walk-certificate = 5. Certidão: com o cartão fora do leitor, o residente escolhe a certidão e as opções.
handbook-walk-copies = 6. Cópias: o residente escolhe o número de cópias e confere o total.
handbook-walk-payment = 7. Pagamento: o residente insere dinheiro; o quiosque imprime e devolve o troco.
handbook-staff = Quando um residente pede ajuda aos funcionários
handbook-staff-intro = Por privacidade, o residente usa o quiosque sozinho: os funcionários ajudam com a máquina (papel, atolamentos, troco), nunca com o cartão, a senha ou as escolhas na tela.
handbook-staff-screen = A tela diz
handbook-staff-do = O que o funcionário faz
handbook-staff-never = O que o funcionário nunca faz
handbook-staff-assumed = Suposição: nenhuma fonte pública descreve este passo; siga as instruções da loja e do fabricante da copiadora quando forem diferentes.
handbook-staff-paper_jam = Papel atolado
handbook-staff-paper_jam-do = Retire o papel atolado como as instruções da própria copiadora mostram, com o residente ao seu lado. Entregue as páginas já impressas ao residente viradas para baixo, sem lê-las. A tela diz o que acontece com as cópias ainda não impressas e a taxa delas.
handbook-staff-paper_jam-never = Ler ou guardar uma página impressa, tocar no cartão ou usar a tela pelo residente.
handbook-staff-out_of_paper = Sem papel
handbook-staff-out_of_paper-do = Reponha papel comum A4 na bandeja como as instruções da copiadora mostram; depois o residente começa de novo o serviço de certidões.
handbook-staff-out_of_paper-never = Colocar outro tipo de papel ou escolher a certidão pelo residente.
handbook-staff-no_change = Sem troco
handbook-staff-no_change-do = Explique que a máquina não pode dar troco agora: o residente pode inserir o valor exato, ou cancelar e receber de volta todo o dinheiro inserido. Avise o gerente para repor o troco.
handbook-staff-no_change-never = Dar troco do caixa no lugar da máquina ou pegar o dinheiro do residente para inseri-lo.
handbook-staff-card_unreadable = Cartão ilegível
handbook-staff-card_unreadable-do = Peça ao residente que retire o cartão, coloque-o deitado sobre o leitor de novo e recomece. Se ainda não for lido, oriente o residente a verificar o cartão no balcão da prefeitura.
handbook-staff-card_unreadable-never = Pegar, limpar ou colocar o cartão você mesmo.
handbook-staff-forgot_card = Cartão esquecido
handbook-staff-forgot_card-do = Se o residente já foi embora, guarde o cartão fora da vista sem olhar os dados dele e entregue-o ao gerente para o procedimento de achados e perdidos da loja.
handbook-staff-forgot_card-never = Usar o cartão, anotar o número ou entregá-lo a alguém que não seja o titular.
handbook-staff-forgot_certificate = Certidão esquecida
handbook-staff-forgot_certificate-do = Coloque todas as páginas num saco fechado, sem lê-las, e entregue-o ao gerente para o procedimento de achados e perdidos da loja. Uma certidão de várias páginas não vem grampeada: procure todas as páginas.
handbook-staff-forgot_certificate-never = Ler, copiar ou jogar fora uma certidão.
handbook-staff-forgot_change = Troco esquecido
handbook-staff-forgot_change-do = Entregue o troco ao gerente com a hora em que foi encontrado, para o residente buscar.
handbook-staff-forgot_change-never = Ficar com o troco ou colocá-lo no caixa.
handbook-staff-pin_locked = Senha bloqueada
handbook-staff-pin_locked-do = Diga ao residente que o quiosque não pode desbloquear a senha: só o balcão da prefeitura pode redefini-la, com o cartão e outro documento de identidade.
handbook-staff-pin_locked-never = Perguntar a senha, olhar enquanto é digitada, adivinhá-la ou sugerir tentar de novo.
handbook-appendix = Apêndice: códigos
handbook-appendix-intro = Os códigos da saída JSON, dos registros e dos arquivos de cenário do quiosque, cada um com o nome que este manual lhe dá.
handbook-appendix-reasons = Motivos de recusa
handbook-appendix-next = Próximos passos
handbook-appendix-scenarios = Arquivos de cenário das imagens
handbook-sources = Fontes
handbook-source-guide = Cidade de Tsukuba: guia do Cartão My Number (2023): os passos no quiosque, o bloqueio da senha e a redefinição na prefeitura, páginas não grampeadas.
handbook-source-domain = As notas de domínio do projeto: o quiosque não tem atendente; os funcionários só ajudam com papel atolado; as pessoas esquecem cartões e certidões.
handbook-source-profiles = O perfil do município de { $city } e os perfis das máquinas: horários, taxas, certidões, smartphones e dinheiro.
handbook-vendor-fujifilm = Tipo Fujifilm (Seven-Eleven)
handbook-vendor-sharp = Tipo Sharp (Lawson, FamilyMart, Ministop)
