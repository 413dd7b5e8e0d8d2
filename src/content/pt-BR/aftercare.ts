import {commonPtBR} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercarePtBR: AftercareContent = {
  ...commonPtBR,
  heading: 'Seus cuidados depois do tratamento',
  intro:
    'Siga estas orientações depois da mesoterapia para ajudar sua pele a se recuperar. ' +
    'As instruções do seu profissional vêm em primeiro lugar.',
  dontHeading: 'O que não fazer',
  items: {
    makeup: {text: 'Não use maquiagem na área tratada.', short: 'Maquiagem'},
    alcohol: {text: 'Não beba álcool. Ele pode piorar as manchas roxas e o inchaço.', short: 'Bebida alcoólica'},
    exercise: {
      text: 'Não faça exercícios pesados, treinos ou corrida. Eles podem piorar o inchaço.',
      short: 'Exercícios pesados',
    },
    'heat-water': {
      text:
        'Não vá nadar, nem use sauna ou banheira de hidromassagem. ' +
        'Piscinas e banheiras podem ter germes, e o calor pode piorar o inchaço.',
      short: 'Nadar, sauna e hidromassagem',
    },
    irritants: {
      text: 'Não use esfoliantes, ácidos para a pele como o glicólico ou o salicílico, ou outros produtos que ardem.',
      short: 'Esfoliantes, ácidos e produtos agressivos',
    },
    massage: {
      text: 'Não esfregue nem massageie a área tratada, a não ser que seu profissional peça.',
      short: 'Esfregar ou massagear',
    },
    sun: {
      text:
        'Não tome sol nem fique muito tempo no sol. ' +
        'A pele tratada pode queimar e manchar com mais facilidade. ' +
        'Quando sair, use protetor solar com FPS 30 ou mais que também proteja contra UVA (amplo espectro).',
      short: 'Tomar sol',
    },
    smoking: {text: 'Não fume. O cigarro atrasa a recuperação.', short: 'Cigarro'},
    'blood-thinners': {
      text:
        'Não tome aspirina (AAS) ou ibuprofeno para dor, nem suplementos de ervas que afinam o sangue. ' +
        'Eles podem piorar as manchas roxas e o sangramento.',
      short: 'Aspirina ou ibuprofeno para dor, e suplementos que afinam o sangue',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Evite isso por {n} hora.', other: 'Evite isso por {n} horas.'},
    days: {one: 'Evite isso por {n} dia.', other: 'Evite isso por {n} dias.'},
    atLeastHours: {one: 'Evite isso por pelo menos {n} hora.', other: 'Evite isso por pelo menos {n} horas.'},
    atLeastDays: {one: 'Evite isso por pelo menos {n} dia.', other: 'Evite isso por pelo menos {n} dias.'},
    noSetEnd: 'Não há uma data final definida. Pergunte ao seu profissional por quanto tempo.',
  },
  medicineWarning:
    'Se um médico mandou você tomar aspirina ou outro remédio para afinar o sangue, continue tomando. ' +
    'Nunca pare de tomar um remédio receitado sem perguntar ao seu médico.',
  doHeading: 'O que fazer',
  dos: [
    'Beba bastante água.',
    'Tenha uma alimentação equilibrada e rica em nutrientes.',
    'Use uma compressa fria enrolada em um pano para aliviar a dor e o inchaço.',
    'Se precisar de um analgésico, pergunte ao farmacêutico qual tomar. Paracetamol costuma ser uma boa opção.',
    'Siga as orientações do seu profissional para depois do tratamento. Elas vêm em primeiro lugar.',
    'Vá a todas as consultas de retorno, para o profissional ver como está sua recuperação.',
  ],
  normalHeading: 'O que é normal',
  normal:
    'É normal ter um pouco de dor, inchaço, vermelhidão, coceira ou manchas roxas no local tratado. ' +
    'Isso costuma melhorar sozinho em poucos dias.',
  cardsHeading: 'Quando pedir ajuda',
  cards: {
    'non-urgent': {
      level: 'Orientação não urgente:',
      heading: 'Entre em contato com a clínica se:',
      signs: [
        'o inchaço, as manchas roxas ou a dor não melhorarem depois de alguns dias',
        'você notar pequenos caroços sob a pele que não doem',
      ],
      actions: [
        'Entre em contato com a clínica onde você fez o tratamento.',
      ],
    },
    urgent: {
      level: 'Orientação urgente:',
      heading: 'Fale hoje com a clínica ou com seu médico se:',
      signs: [
        'a vermelhidão se espalhar, ou a pele ficar quente ou mais inchada',
        'houver pus, ou surgirem caroços ou feridas vermelhos e doloridos que soltam secreção, mesmo semanas depois do tratamento',
        'você tiver febre, sentir calor e calafrios, ou se sentir muito mal',
        'a dor só piorar',
      ],
      straightAway:
        'Procure ajuda imediatamente se a pele perto das injeções ficar branca, azulada, cinza ou manchada, ou doer muito. ' +
        'Fale com a clínica agora. ' +
        'Se não conseguir falar com eles na hora, vá ao pronto-socorro de um hospital.',
      actions: [
        'Procure ajuda hoje. Não espere passar.',
      ],
      noAnswer: 'Se não conseguir falar com eles, procure hoje um serviço de pronto atendimento perto de você.',
      noAnswerWithNumber: 'Se não conseguir falar com eles, ligue hoje para o {number}.',
    },
    emergency: {
      level: 'Emergência:',
      heading: 'Ligue agora para o número de emergência se:',
      headingWithNumber: 'Ligue agora para o {number} se:',
      signs: [
        'lábios, língua, garganta ou rosto incharem de repente',
        'for difícil respirar, ou a respiração ficar ruidosa ou muito rápida',
        'a garganta parecer apertada, ou for difícil engolir',
        'os lábios, a língua ou a pele do corpo todo ficarem azulados, cinzentos ou pálidos',
        'você sentir de repente muita confusão, muito sono ou que vai desmaiar',
        'a sua visão mudar de repente, ficar embaçada ou escurecer',
        'um lado do rosto cair, um braço ficar fraco ou a fala ficar enrolada',
      ],
      actions: [
        'Se você achar que é uma reação alérgica grave e tiver uma caneta de adrenalina (autoinjetor), use-a primeiro. ' +
          'Depois ligue, mesmo que comece a se sentir melhor.',
        'Deite-se de costas. Se for difícil respirar, sente-se.',
        'Se for uma reação alérgica e você ainda estiver mal depois de 5 minutos, use uma segunda caneta.',
        'Se alguém desmaiar e não acordar, ligue por essa pessoa.',
        'Se a sua visão mudar ou um lado do rosto cair, ligue agora. Diga que você tomou injeções, e em que parte do corpo.',
        'Pode ser uma reação alérgica grave (choque anafilático) ou um vaso sanguíneo entupido.',
      ],
    },
  },
  form: {
    legend: 'Quando foi o seu tratamento?',
    hint: 'Informe a data e a hora para ver quando cada etapa termina. Isso fica neste aparelho.',
    date: 'Data',
    time: 'Hora',
    submit: 'Ver meu plano',
    error: 'Informe a data e a hora do seu tratamento',
    errorPrefix: 'Erro:',
    summaryTitle: 'Há um problema',
    cancel: 'Cancelar',
  },
  invalidTreatedAt: 'Não conseguimos ler o horário do tratamento deste plano. Veja aqui as orientações gerais de cuidados.',
  timelineHeading: 'Suas datas',
  treatedOn: 'Tratamento: {time}.',
  plannedFor: 'Tratamento marcado para: {time}.',
  plannedNote: 'Os prazos abaixo contam a partir do seu tratamento.',
  progressLabel: 'Etapas com prazo',
  progressDone: '{done} de {total} concluídas',
  status: {upcoming: 'Não começou', active: 'Ainda evite', done: 'Espera mínima cumprida', ongoing: 'Ainda evite'},
  timeline: {
    upcoming: '{item}: evite desde o tratamento até {time}.',
    upcomingNoEnd:
      '{item}: evite desde o tratamento. ' +
      'Não há uma data final definida. ' +
      'Pergunte ao seu profissional por quanto tempo.',
    active: '{item}: evite até {time}.',
    done: '{item}: a espera mínima foi até {time}. Espere mais se a pele ainda estiver dolorida ou inchada.',
    ongoing: '{item}: ainda evite. Não há uma data final definida. Pergunte ao seu profissional por quanto tempo.',
  },
  calendar: {
    button: 'Adicionar à agenda',
    name: 'Cuidados depois da mesoterapia',
    eventTitle: '{item}: espera mínima cumprida',
    filename: 'mesoterapia-cuidados.ics',
    linkTitle:
      'Cuidados depois da mesoterapia: esperas mínimas cumpridas. Algumas orientações continuam valendo.',
    link: 'Adicionar ao {calendar}',
    linksLabel: 'Ou adicione seu plano a uma agenda on-line:',
    inApp:
      'Este navegador pode não salvar arquivos de agenda. Use um link abaixo. Ou abra esta página no navegador do seu celular, como Safari ou Chrome. Procure “Abrir no navegador” no menu.',
  },
  share: {
    button: 'Salvar ou compartilhar meu plano',
    title: 'Meu plano de cuidados depois da mesoterapia',
    copied: 'Plano copiado. Você pode colar em uma nota ou mensagem.',
    failed: 'Não foi possível copiar o plano. Use “Imprimir meu plano”.',
  },
  course: {
    heading:
      'Datas possíveis das suas próximas sessões',
    session:
      'Sessão {n} de {total}: por volta de {date}',
    confirm:
      'Estas datas são só uma previsão. Elas contam este tratamento como a sua primeira sessão. Não são horários marcados. Marque ou confirme cada sessão com a clínica. Seu profissional pode mudar o número de sessões ou o intervalo entre elas.',
    maintenance:
      'Se houver mudança, ela aparece aos poucos, ao longo de várias sessões. Pode levar meses para notar. Os resultados variam, e algumas pessoas não notam nenhuma mudança. Depois, seu profissional pode sugerir uma sessão de vez em quando para manter o efeito, se houver.',
    eventTitle:
      'Marcar ou confirmar: sessão de mesoterapia {n} de {total}',
  },
  print: 'Imprimir meu plano',
  changeTime: 'Alterar o horário do tratamento',
  forget: 'Apagar o horário do meu tratamento',
};
