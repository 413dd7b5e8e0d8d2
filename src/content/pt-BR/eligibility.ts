import {commonPtBR} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityPtBR: EligibilityContent = {
  ...commonPtBR,
  heading: 'A mesoterapia é para mim?',
  intro: {
    lead: 'Responda a algumas perguntas para ver se algo pode impedir a mesoterapia no seu caso.',
    time: 'Leva mais ou menos um minuto.',
    privacy: 'Suas respostas ficam neste aparelho. Elas não são enviadas para lugar nenhum.',
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
      hint: 'A mesoterapia é um tratamento estético só para adultos.',
      label: 'Sua idade',
      reason: 'Você disse que tem menos de 18 anos. A mesoterapia é um tratamento estético só para adultos.',
    },
    pregnant: {
      question: 'Você está grávida ou pode estar?',
      hint: 'Ainda não se sabe como as substâncias podem afetar um bebê antes de nascer.',
      label: 'Gravidez',
      reason:
        'Você está ou pode estar grávida. Ainda não se sabe como as substâncias podem afetar seu bebê. ' +
        'Você pode verificar de novo quando não estiver mais grávida nem amamentando.',
    },
    breastfeeding: {
      question: 'Você está amamentando?',
      hint: 'Ainda não se sabe como as substâncias podem afetar um bebê que mama no peito.',
      label: 'Amamentação',
      reason:
        'Você está amamentando. Ainda não se sabe como as substâncias podem afetar seu bebê. ' +
        'Você pode verificar de novo quando parar de amamentar.',
    },
    bleeding: {
      question: 'Você toma algo que afina o sangue, ou tem algum problema de sangramento ou de coagulação?',
      hint:
        'Isso inclui remédios para afinar o sangue (anticoagulantes), e aspirina (AAS) ou ibuprofeno que você toma todo dia. ' +
        'Alguns suplementos de ervas também afinam o sangue. ' +
        'Responda sim também se tiver uma doença como a hemofilia.',
      label: 'Algo que afina o sangue ou problema de sangramento',
      reason:
        'Você toma algo que afina o sangue, ou tem um problema de sangramento ou de coagulação. ' +
        'Depois das injeções, você pode ficar com manchas roxas e sangrar com mais facilidade.',
    },
    immune: {
      question: 'Você tem uma doença autoimune ou imunidade baixa?',
      hint: 'Isso inclui doenças ou remédios que baixam as defesas do corpo contra infecções.',
      label: 'Doença autoimune ou imunidade baixa',
      reason:
        'Você tem uma doença autoimune ou imunidade baixa. ' +
        'Você pode ter mais chance de pegar uma infecção, ou o tratamento pode não funcionar bem.',
    },
    skin: {
      question: 'Você tem infecção, erupção na pele ou pele inflamada no local que quer tratar?',
      hint: 'Por exemplo, espinhas infeccionadas, ou pele vermelha e inchada.',
      label: 'Pele infeccionada ou inflamada',
      reason:
        'Você tem infecção ou pele inflamada no local que quer tratar. ' +
        'As injeções podem espalhar a infecção ou piorá-la. ' +
        'Você pode verificar de novo quando sua pele sarar.',
    },
    allergy: {
      question: 'Você tem alergias graves, ou já teve anafilaxia (choque anafilático)?',
      hint: 'Responda sim também se tiver alergia a vitaminas, enzimas, hormônios ou extratos de plantas usados em injeções.',
      label: 'Alergias graves ou anafilaxia',
      reason:
        'Você tem alergias graves, ou alergia a algo que pode estar nas injeções. ' +
        'Não faça mesoterapia se tiver alergia a algum dos componentes.',
    },
    conditions: {
      question: 'Você tem câncer, doença no fígado, nos rins ou no coração, ou diabetes?',
      hint: 'Responda sim se tiver alguma delas agora, ou se estiver em tratamento para uma delas. Se teve uma no passado, escolha “Não sei”.',
      label: 'Câncer, doença no fígado, nos rins ou no coração, ou diabetes',
      reason:
        'Você tem câncer, doença no fígado, nos rins ou no coração, ou diabetes. ' +
        'Não há provas suficientes de que a mesoterapia seja segura ou funcione para quem tem essas doenças.',
    },
    'heart-stroke': {
      question: 'Você já teve um infarto ou um AVC (derrame)?',
      hint: 'Responda sim mesmo que tenha sido há muito tempo.',
      label: 'Infarto ou AVC',
      reason:
        'Você já teve um infarto ou um AVC. Você pode ter mais chance de ter problemas depois do tratamento.',
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
    changeHidden: ' sua resposta sobre: {label}',
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
      next: 'Fale com o seu médico sobre as respostas acima. Faça isso antes de marcar.',
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
  unsureReason: 'Você não tinha certeza sobre: {label}. Pergunte ao seu médico sobre isso.',
  unsureAge: 'Você disse que não sabe se tem 18 anos ou mais. A mesoterapia é só para adultos. Não marque até saber que tem 18 anos ou mais.',
  bookAfterDoctor: 'Quando seu médico disser que você pode seguir em frente, você pode marcar uma consulta.',
  medicineWarning: 'Nunca pare de tomar um remédio receitado sem falar antes com seu médico.',
  weightLossReason:
    'A mesoterapia não é um tratamento para emagrecer nem para obesidade. Ela não vai ajudar você a perder peso no geral.',
  notesHeading: 'Bom saber',
  notes: {
    'weight-loss':
      'A mesoterapia não é um tratamento para emagrecer nem para obesidade. Ela não vai ajudar você a perder peso no geral.',
    'body-fat':
      'A mesoterapia só consegue reduzir gordura em áreas pequenas, e os resultados variam. Os estudos não concordam entre si. ' +
      'Ela não é um tratamento para emagrecer nem para obesidade. ' +
      'A FDA, a agência de alimentos e remédios dos EUA, não aprovou a mesoterapia para perder gordura. ' +
      'Você continua precisando de alimentação saudável e exercícios.',
  },
  checklistHeading: 'Antes da sua consulta',
  checklist: [
    'Faça uma lista de todos os remédios e suplementos que você toma.',
    'Anote suas alergias e os problemas de saúde que já teve.',
    'Anote os problemas de saúde que podem piorar com o tempo.',
    'Pergunte sobre a formação e a experiência do profissional.',
    'Pense nos possíveis benefícios e nos riscos.',
  ],
  expectHeading: 'O que esperar',
  expect: [
    'Você pode precisar de uma série de 3 a 15 sessões. Depois, sessões regulares podem ser necessárias para manter o efeito.',
    'Os resultados aparecem aos poucos. Podem levar de alguns meses a um ano inteiro para ser notados.',
    'No cabelo, podem passar alguns meses até você ver alguma mudança.',
    'Os resultados são diferentes para cada pessoa. Eles dependem da habilidade do profissional e dos produtos que ele usa.',
    'Alimentação saudável, exercícios e bons cuidados com a pele ajudam você a manter os resultados.',
    'Vermelhidão, inchaço, manchas roxas, coceira ou dor onde a agulha entrou são comuns. Em geral passam em poucos dias.',
    'A dor é diferente para cada pessoa. Algumas sentem só um leve incômodo, mas outras sentem muita dor.',
    'O rosto pode ser mais sensível do que as coxas ou a barriga (abdômen).',
    'O profissional usa agulhas bem finas. Pomada anestésica, compressas frias ou vibração podem deixar tudo mais confortável.',
    'Qualquer injeção pode causar infecção.',
    'Reações alérgicas são incomuns, mas podem acontecer. Reações graves são raras.',
    'Alguns produtos são usados para algo para o qual não foram aprovados. Isso se chama uso “off-label”.',
    'Os estudos sobre a mesoterapia não concordam entre si. Alguns países não controlam bem os produtos.',
  ],
  startAgain: 'Começar de novo',
  print: 'Imprimir este resultado',
  announceResult: 'Seu resultado: {headline}.',
};
