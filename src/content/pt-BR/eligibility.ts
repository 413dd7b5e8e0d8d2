import {commonPtBR} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityPtBR: EligibilityContent = {
  ...commonPtBR,
  heading: 'A mesoterapia é para mim?',
  intro: {
    lead: 'Responda a algumas perguntas para ver se algo pode impedir a mesoterapia no seu caso.',
    time: 'Leva mais ou menos um minuto.',
    privacy: 'Suas respostas ficam neste aparelho. Elas não são enviadas para lugar nenhum.',
    privacyShare: 'Suas respostas ficam neste aparelho. Elas só são compartilhadas com {clinic} se você escolher fazer isso.',
    start: 'Começar',
  },
  progress: 'Pergunta {n} de {total}',
  pageProgress: 'Página {n} de {total}',
  whyWeAsk: 'Alguns problemas de saúde deixam a mesoterapia mais arriscada. Por isso perguntamos.',
  goalsQuestion: 'O que você gostaria de melhorar?',
  goalsHint: 'Escolha todas as opções que se aplicam.',
  goalsLabel: 'O que você quer melhorar',
  goals: {
    face: 'Minha pele: hidratação, linhas finas, textura, tom ou pele sem viço',
    hair: 'Cabelo ralo ou queda de cabelo',
    body: 'Celulite ou pequenas áreas de gordura localizada, como barriga, quadris ou coxas',
    weight: 'Emagrecer no geral',
  },
  questionsHeading: 'Sobre sua saúde',
  answers: {yes: 'Sim', no: 'Não', unsure: 'Não sei'},
  questions: {
    adult: {
      question: 'Você tem 18 anos ou mais?',
      hint: 'Você precisa ter 18 anos ou mais para fazer este tratamento aqui.',
      label: '18 anos ou mais',
      reason:
        'Você disse que tem menos de 18 anos. ' +
        'Você precisa ter 18 anos ou mais para fazer este tratamento aqui.',
      unsure:
        'Você disse que não sabe se tem 18 anos ou mais. ' +
        'Você precisa ter 18 anos ou mais para fazer este tratamento aqui. ' +
        'Não marque consulta até ter certeza.',
    },
    pregnant: {
      question: 'Você está grávida ou pode estar?',
      hint: 'Ainda não se sabe como as substâncias podem afetar um bebê antes de nascer.',
      label: 'Gravidez',
      reason:
        'Você está ou pode estar grávida. Ainda não se sabe como as substâncias podem afetar seu bebê. ' +
        'Você pode verificar de novo quando não estiver mais grávida nem amamentando.',
      unsure:
        'Você disse que não sabe se está grávida. ' +
        'Não faça mesoterapia até saber que não está. ' +
        'Um teste de gravidez pode tirar a dúvida. Ele é mais confiável a partir do primeiro dia de atraso da menstruação.',
    },
    breastfeeding: {
      question: 'Você está amamentando?',
      hint: 'Ainda não se sabe como as substâncias podem afetar um bebê que mama no peito.',
      label: 'Amamentação',
      reason:
        'Você está amamentando. Ainda não se sabe como as substâncias podem afetar seu bebê. ' +
        'Você pode verificar de novo quando parar de amamentar.',
      unsure:
        'Você disse que não sabe se ainda está amamentando. ' +
        'Espere até parar de amamentar por completo. ' +
        'Depois, você pode verificar de novo.',
    },
    bleeding: {
      question: 'Você toma algo que afina o sangue, ou tem algum problema de sangramento ou de coagulação?',
      hint:
        'Isso inclui remédios para afinar o sangue (anticoagulantes). ' +
        'Inclui também aspirina (AAS) ou ibuprofeno que você toma todos ou quase todos os dias. ' +
        'Alguns suplementos de ervas, como ginkgo ou alho, também afinam o sangue. ' +
        'Responda sim também se tiver uma doença como a hemofilia.',
      label: 'Algo que afina o sangue ou problema de sangramento',
      reason:
        'Você toma algo que afina o sangue, ou tem um problema de sangramento ou de coagulação. ' +
        'Depois das injeções, você pode ficar com manchas roxas e sangrar com mais facilidade.',
      unsure:
        'Você disse que não sabe se toma algo que afina o sangue. ' +
        'Pergunte ao seu médico ou ao farmacêutico antes de marcar a consulta.',
    },
    immune: {
      question: 'Seu sistema imunológico ataca o próprio corpo (doença autoimune), ou sua imunidade está baixa?',
      hint:
        'Por exemplo, lúpus, artrite reumatoide ou psoríase. ' +
        'Responda sim também se uma doença ou um remédio deixa sua imunidade baixa. ' +
        'Corticoide em comprimido pode fazer isso.',
      label: 'Doença autoimune ou imunidade baixa',
      reason:
        'Seu sistema imunológico ataca o próprio corpo, ou sua imunidade está baixa. ' +
        'Você pode ter mais chance de pegar uma infecção, ou o tratamento pode não funcionar bem.',
      unsure:
        'Você respondeu “Não sei” sobre seu sistema imunológico. ' +
        'Fale com seu médico sobre isso antes de marcar a consulta.',
    },
    skin: {
      question: 'Você tem infecção, erupção na pele ou pele inflamada no local que quer tratar?',
      hint: 'Por exemplo, herpes labial, espinhas infeccionadas, ou pele vermelha e inchada.',
      label: 'Pele infeccionada ou inflamada',
      reason:
        'Você tem infecção ou pele inflamada no local que quer tratar. ' +
        'As injeções podem espalhar a infecção ou piorá-la. ' +
        'Você pode verificar de novo quando sua pele sarar. ' +
        'Se não melhorar, procure um farmacêutico ou seu médico.',
      unsure:
        'Você disse que não sabe se a pele do local que quer tratar está infeccionada ou inflamada. ' +
        'Peça a um farmacêutico ou ao seu médico para olhar.',
    },
    allergy: {
      question: 'Você já teve uma reação alérgica grave (choque anafilático), ou tem alergias graves?',
      hint:
        'Uma reação grave pode inchar a garganta ou dificultar a respiração. ' +
        'Responda sim também se tiver alergia a creme anestésico, ou a algo que possa estar nas injeções.',
      label: 'Alergias ou reações alérgicas graves',
      reason:
        'Você já teve uma reação alérgica grave, ou tem alergia a algo que pode ser usado no tratamento. ' +
        'Não faça mesoterapia se tiver alergia a algo que ela contém.',
      unsure:
        'Você respondeu “Não sei” sobre alergias. ' +
        'Fale com seu médico sobre isso. ' +
        'Peça à clínica uma lista do que vai nas injeções.',
    },
    conditions: {
      question: 'Você tem câncer, doença no fígado, nos rins ou no coração, ou diabetes?',
      hint: 'Responda sim se tiver alguma delas agora, ou se estiver em tratamento para uma delas. Se teve uma no passado, escolha “Não sei”.',
      label: 'Câncer, doença no fígado, nos rins ou no coração, ou diabetes',
      reason:
        'Você tem câncer, doença no fígado, nos rins ou no coração, ou diabetes. ' +
        'Não há provas suficientes de que a mesoterapia seja segura ou funcione para quem tem essas doenças.',
      unsure:
        'Você disse que não sabe, ou já teve uma dessas doenças no passado. ' +
        'Pergunte ao seu médico se isso importa para este tratamento.',
    },
    'heart-stroke': {
      question: 'Você já teve um infarto ou um AVC (derrame)?',
      hint: 'Responda sim mesmo que tenha sido há muito tempo, ou se foi um mini-AVC (ataque isquêmico transitório, AIT).',
      label: 'Infarto ou AVC',
      reason:
        'Você já teve um infarto ou um AVC. Você pode ter mais chance de ter problemas depois do tratamento.',
      unsure:
        'Você disse que não sabe se já teve um infarto ou um AVC. ' +
        'Fale com seu médico sobre isso antes de marcar a consulta.',
    },
  },
  continue: 'Continuar',
  back: 'Voltar',
  errors: {
    summaryTitle: 'Há um problema',
    prefix: 'Erro:',
    goals: 'Escolha o que você gostaria de melhorar',
    answer: 'Escolha sim, não ou não sei',
  },
  summary: {
    heading: 'Confira suas respostas',
    change: 'Alterar',
    changeHidden: ' sua resposta: {label}',
    submit: 'Ver meu resultado',
    noGoals: 'Nenhum',
  },
  outcomes: {
    'not-recommended': {
      headline: 'A mesoterapia não é recomendada para você',
      next: 'Converse com seu médico sobre o que você nos contou. Ele pode ajudar você a encontrar outras opções.',
    },
    'not-now': {
      headline: 'Agora não',
      next: 'Isso pode mudar mais tarde. Volte e confira de novo quando sua situação mudar.',
    },
    'ask-doctor': {
      headline: 'Fale antes com seu médico',
      next: 'Fale com o seu médico sobre as respostas abaixo. Faça isso antes de marcar a consulta.',
    },
    'no-concerns': {
      headline: 'Nada do que você nos contou impede a mesoterapia',
      next:
        'Isso não quer dizer que ela seja certa para você. ' +
        'Um profissional avalia sua saúde em uma consulta. A decisão é tomada junto com você.',
    },
  },
  statusLabel: 'Seu resultado:',
  notDiagnosis: 'Isto não é um diagnóstico.',
  reasonsHeading: 'Por quê',
  bookAfterDoctor:
    'Depois de falar com seu médico, você pode marcar uma consulta. ' +
    'Conte ao profissional o que seu médico disse.',
  consultationLabel: 'Marcar apenas uma consulta (sem tratamento)',
  share: {
    heading: 'Compartilhe suas respostas com {clinic}',
    intro:
      'Você pode enviar suas respostas para {clinic} antes da sua consulta. ' +
      'É exatamente isto que seria enviado. ' +
      'Nada é enviado sem que você concorde e escolha como.',
    date: 'Data',
    outcome: 'Resultado',
    goals: 'O que você quer melhorar',
    title: 'Autoavaliação sobre mesoterapia',
    line: '{label}: {value}',
    consent:
      'Concordo em compartilhar estas respostas sobre minha saúde com {clinic}. ' +
      'A clínica vai usá-las para preparar minha consulta.',
    withdraw:
      'Você pode pedir a {clinic} que apague as respostas compartilhadas a qualquer momento. ' +
      'Desmarcar a caixa não desfaz o envio das respostas já compartilhadas.',
    choose: 'Escolha como compartilhá-las:',
    email: 'Enviar por e-mail',
    emailSubject: 'Minhas respostas da autoavaliação sobre mesoterapia',
    emailShortened:
      'Minhas respostas eram longas demais para um link de e-mail. ' +
      'Vou levá-las à minha consulta.',
    url: 'Abrir o formulário da clínica com suas respostas',
    qr: 'Mostrar como QR code',
    qrAlt: 'QR code com suas respostas',
    qrHint:
      'Mostre este código na clínica, ou imprima esta página e leve-a. ' +
      'O código contém as respostas mostradas acima.',
    event: 'Enviar para a clínica',
    sent:
      'Suas respostas foram entregues ao site de {clinic}. ' +
      'Mesmo assim, fale sobre sua saúde com o profissional na sua consulta.',
    unavailable: 'O compartilhamento não está disponível agora. Você pode imprimir esta página e levá-la com você.',
  },
  medicineWarning:
    'Se um médico mandou você tomar um remédio, como aspirina todos os dias, continue tomando. ' +
    'Nunca pare de tomar um remédio receitado sem falar antes com seu médico.',
  weightLossReason:
    'A mesoterapia não é um tratamento para emagrecer nem para obesidade. Ela não vai ajudar você a perder peso no geral.',
  notesHeading: 'Bom saber',
  notes: {
    'weight-loss':
      'A mesoterapia não é um tratamento para emagrecer nem para obesidade. Ela não vai ajudar você a perder peso no geral.',
    'body-fat':
      'Em algumas pessoas, a mesoterapia pode reduzir gordura em áreas pequenas, mas não em todas. ' +
      'Há poucos estudos bons, e os especialistas não concordam que ela seja segura. ' +
      'Ela não é um tratamento para emagrecer nem para obesidade. ' +
      'A FDA, a agência de alimentos e remédios dos EUA, não aprovou a mesoterapia para perder gordura. ' +
      'Em 2010, a FDA disse não conhecer provas de que essas injeções para gordura (chamadas lipodissolução) funcionem. ' +
      'A FDA também recebeu relatos de cicatrizes duradouras e de caroços profundos e doloridos sob a pele. ' +
      'Em 2015, a FDA aprovou um remédio que dissolve gordura, o ácido desoxicólico, só para a gordura abaixo do queixo. ' +
      'Você continua precisando de alimentação saudável e exercícios.',
    'hair-loss':
      'A queda de cabelo pode ter uma causa médica. ' +
      'Se for de repente ou em falhas, ou se você não estiver se sentindo bem, procure antes o seu médico.',
  },
  checklistHeading: 'Antes da sua consulta',
  checklist: [
    'Faça uma lista de todos os remédios e suplementos que você toma.',
    'Anote suas alergias e os problemas de saúde que já teve.',
    'Anote os problemas de saúde que podem piorar com o tempo.',
    'Pergunte sobre a formação e a experiência do profissional.',
    'Pense nos possíveis benefícios e nos riscos.',
    'Peça à clínica uma lista do que vai nas injeções.',
    'Conte ao profissional se você costuma ter cicatrizes grossas (queloides), ou se tomou isotretinoína (para acne) nos últimos 6 meses.',
    'Se você estiver doente ou com febre no dia, peça à clínica para remarcar o tratamento.',
  ],
  expectHeading: 'O que esperar',
  expect: [
    'Você pode precisar de uma série de 3 a 15 sessões. ' +
      'Depois, sessões regulares podem ser necessárias para manter o efeito obtido, se houver.',
    'Os resultados aparecem aos poucos. Podem levar de alguns meses a um ano inteiro para ser notados.',
    'No cabelo, podem passar alguns meses até você ver alguma mudança.',
    'Os resultados são diferentes para cada pessoa. ' +
      'Algumas pessoas não veem nenhuma mudança. ' +
      'Os resultados dependem da habilidade do profissional e dos produtos que ele usa.',
    'Alimentação saudável, exercícios e bons cuidados com a pele ajudam você a manter os resultados.',
    'Vermelhidão, inchaço, manchas roxas, coceira ou dor onde a agulha entrou são comuns. ' +
      'Em geral passam em poucos dias.',
    'A dor é diferente para cada pessoa. Algumas sentem só um leve incômodo, mas outras sentem muita dor.',
    'O rosto pode ser mais sensível do que as coxas ou a barriga (abdômen).',
    'O profissional usa agulhas bem finas. ' +
      'Creme anestésico, compressas frias ou vibração podem deixar tudo mais confortável.',
    'Qualquer injeção pode causar infecção.',
    'Reações alérgicas são incomuns, mas podem acontecer. Reações graves são raras.',
    'Alguns produtos usados na mesoterapia não são aprovados para esse uso. Isso se chama uso “off-label”.',
    'Há poucos estudos bons sobre a mesoterapia, e eles não concordam entre si. Alguns países não controlam bem os produtos.',
  ],
  startAgain: 'Começar de novo',
  print: 'Imprimir este resultado',
  announceResult: 'Seu resultado: {headline}.',
};
