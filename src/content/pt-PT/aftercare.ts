import {commonPtPT} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercarePtPT: AftercareContent = {
  ...commonPtPT,
  heading: 'O seu plano de cuidados após o tratamento',
  intro:
    'Siga estes cuidados depois da mesoterapia para ajudar a pele a recuperar. ' +
    'As instruções do profissional que fez o tratamento têm prioridade.',
  dontHeading: 'Não faça',
  items: {
    makeup: {text: 'Não use maquilhagem na zona tratada.', short: 'Maquilhagem'},
    alcohol: {text: 'Não beba álcool. Pode agravar as nódoas negras e o inchaço.', short: 'Álcool'},
    exercise: {
      text: 'Não faça exercício intenso, treinos nem corrida. Podem agravar o inchaço.',
      short: 'Exercício intenso',
    },
    'heat-water': {
      text:
        'Não vá nadar, nem use sauna ou jacuzzi. ' +
        'As piscinas e os jacuzzis podem ter micróbios, e o calor pode agravar o inchaço.',
      short: 'Natação, sauna e jacuzzi',
    },
    irritants: {
      text: 'Não use esfoliantes, ácidos para a pele como o glicólico ou o salicílico, nem outros produtos que ardam.',
      short: 'Esfoliantes, ácidos e produtos agressivos',
    },
    massage: {
      text: 'Não esfregue nem massaje a zona tratada, a não ser que o profissional lhe diga para o fazer.',
      short: 'Esfregar ou massajar',
    },
    sun: {
      text:
        'Não faça banhos de sol nem fique muito tempo ao sol. ' +
        'A pele tratada pode queimar e ganhar manchas escuras com mais facilidade. ' +
        'Quando sair, use protetor solar FPS 30 ou mais, que também proteja dos UVA (largo espetro).',
      short: 'Banhos de sol',
    },
    smoking: {text: 'Não fume. Fumar atrasa a cicatrização.', short: 'Fumar'},
    'blood-thinners': {
      text:
        'Não tome aspirina nem ibuprofeno para as dores, nem suplementos à base de plantas que tornem o sangue mais fluido. ' +
        'Podem agravar as nódoas negras e o sangramento.',
      short: 'Aspirina ou ibuprofeno para as dores, e suplementos que tornam o sangue mais fluido',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {
      one: 'Evite isto durante {n} hora.',
      many: 'Evite isto durante {n} de horas.',
      other: 'Evite isto durante {n} horas.',
    },
    days: {
      one: 'Evite isto durante {n} dia.',
      many: 'Evite isto durante {n} de dias.',
      other: 'Evite isto durante {n} dias.',
    },
    atLeastHours: {
      one: 'Evite isto durante pelo menos {n} hora.',
      many: 'Evite isto durante pelo menos {n} de horas.',
      other: 'Evite isto durante pelo menos {n} horas.',
    },
    atLeastDays: {
      one: 'Evite isto durante pelo menos {n} dia.',
      many: 'Evite isto durante pelo menos {n} de dias.',
      other: 'Evite isto durante pelo menos {n} dias.',
    },
    noSetEnd: 'Não há uma data de fim definida. Pergunte ao profissional durante quanto tempo.',
  },
  medicineWarning:
    'Se o seu médico lhe mandou tomar aspirina ou outro medicamento que torne o sangue mais fluido, continue a tomá-lo. ' +
    'Nunca deixe de tomar um medicamento receitado sem perguntar ao seu médico.',
  doHeading: 'Faça',
  dos: [
    'Beba bastante água.',
    'Faça uma alimentação equilibrada e rica em nutrientes.',
    'Use uma compressa fria embrulhada num pano para aliviar a dor e o inchaço.',
    'Se precisar de um analgésico, pergunte ao farmacêutico qual deve tomar. O paracetamol costuma ser adequado.',
    'Siga as instruções de cuidados do profissional que fez o tratamento. Essas têm prioridade.',
    'Vá a todas as consultas de seguimento, para o profissional ver como está a recuperar.',
  ],
  normalHeading: 'O que é normal',
  normal:
    'É normal ter um pouco de dor, inchaço, vermelhidão, comichão ou nódoas negras na zona tratada. ' +
    'Costuma melhorar sozinho em poucos dias.',
  cardsHeading: 'Quando pedir ajuda',
  cards: {
    'non-urgent': {
      level: 'Situação não urgente:',
      heading: 'Contacte a clínica se:',
      signs: [
        'o inchaço, as nódoas negras ou a dor não melhorarem ao fim de alguns dias',
        'notar pequenos caroços debaixo da pele que não doem',
      ],
      actions: ['Contacte a clínica onde fez o tratamento.'],
    },
    urgent: {
      level: 'Situação urgente:',
      heading: 'Contacte hoje a clínica ou o seu médico se:',
      signs: [
        'a vermelhidão alastrar, ou a pele estiver quente ou mais inchada',
        'houver pus, ou caroços ou feridas vermelhos e dolorosos que deitam líquido, mesmo semanas depois do tratamento',
        'tiver febre, sentir calor e arrepios, ou se sentir muito mal',
        'a dor continuar a piorar',
      ],
      straightAway:
        'Peça ajuda imediatamente se a pele perto das injeções ficar branca, azulada, acinzentada ou manchada, ou doer muito. ' +
        'Contacte já a clínica. ' +
        'Se não conseguir falar logo com a clínica, vá à urgência de um hospital.',
      actions: ['Peça ajuda hoje. Não espere que passe.'],
      noAnswer: 'Se não conseguir falar com a clínica, vá hoje a um serviço de atendimento urgente perto de si.',
      noAnswerWithNumber: 'Se não conseguir falar com a clínica, ligue hoje para o {number}.',
    },
    emergency: {
      level: 'Emergência:',
      heading: 'Ligue já para o número de emergência se:',
      headingWithNumber: 'Ligue já para o {number} se:',
      signs: [
        'os lábios, a língua, a garganta ou o rosto incharem de repente',
        'tiver dificuldade em respirar, ou a respiração fizer ruído ou for muito rápida',
        'sentir a garganta apertada, ou tiver dificuldade em engolir',
        'os lábios, a língua ou a pele de todo o corpo ficarem azulados, acinzentados ou pálidos',
        'ficar de repente com muita confusão mental, muito sono ou a sensação de que vai desmaiar',
        'a sua visão mudar de repente, ficar turva ou escurecer',
        'um lado do rosto descair, um braço ficar fraco, ou a fala ficar arrastada',
      ],
      actions: [
        'Se achar que é uma reação alérgica grave e tiver uma caneta de adrenalina (autoinjetor), use-a primeiro. ' +
          'Depois ligue, mesmo que comece a sentir-se melhor.',
        'Deite-se de costas. Se tiver dificuldade em respirar, sente-se.',
        'Se for uma reação alérgica e ainda se sentir mal ao fim de 5 minutos, use uma segunda caneta.',
        'Se uma pessoa desmaiar e não for possível acordá-la, ligue em nome dela.',
        'Se a visão mudar ou o rosto descair, ligue já. Diga que fez injeções, e em que parte do corpo.',
        'Pode ser uma reação alérgica grave (anafilaxia ou choque anafilático), ou um vaso sanguíneo entupido.',
      ],
    },
  },
  form: {
    legend: 'Quando fez o tratamento?',
    hint: 'Indique a data e a hora para ver quando termina cada passo. Esta informação fica neste dispositivo.',
    date: 'Data',
    time: 'Hora',
    submit: 'Ver o meu plano',
    error: 'Indique a data e a hora do seu tratamento',
    errorPrefix: 'Erro:',
    summaryTitle: 'Há um problema',
    cancel: 'Cancelar',
  },
  invalidTreatedAt: 'Não foi possível ler a hora do tratamento deste plano. Veja aqui o guia geral de cuidados após o tratamento.',
  timelineHeading: 'As suas datas',
  treatedOn: 'Data do tratamento: {time}.',
  plannedFor: 'Tratamento previsto para {time}.',
  plannedNote: 'Os prazos abaixo contam a partir do seu tratamento.',
  progressLabel: 'Passos com prazo',
  progressDone: '{done} de {total} concluídos',
  status: {upcoming: 'Ainda não começou', active: 'Continue a evitar', done: 'Espera mínima cumprida', ongoing: 'Continue a evitar'},
  timeline: {
    upcoming: '{item}: evite desde o tratamento até {time}.',
    upcomingNoEnd:
      '{item}: evite a partir do tratamento. ' +
      'Não há uma data de fim definida. ' +
      'Pergunte ao profissional durante quanto tempo.',
    active: '{item}: evite até {time}.',
    done: '{item}: a espera mínima foi até {time}. Espere mais se a pele ainda estiver dorida ou inchada.',
    ongoing: '{item}: continue a evitar. Não há uma data de fim definida. Pergunte ao profissional durante quanto tempo.',
  },
  calendar: {
    button: 'Adicionar ao calendário',
    name: 'Cuidados após a mesoterapia',
    eventTitle: '{item}: espera mínima cumprida',
    filename: 'mesoterapia-cuidados.ics',
    linkTitle: 'Cuidados após a mesoterapia: esperas mínimas cumpridas. Alguns conselhos continuam a aplicar-se.',
    link: 'Adicionar ao {calendar}',
    linksLabel: 'Ou adicione o seu plano a um calendário online:',
    inApp:
      'Este navegador pode não guardar ficheiros de calendário. Use uma ligação abaixo. ' +
      'Ou abra esta página no navegador do seu telemóvel, como o Safari ou o Chrome. ' +
      'Procure «Abrir no navegador» no menu.',
  },
  share: {
    button: 'Guardar ou partilhar o meu plano',
    title: 'O meu plano de cuidados após a mesoterapia',
    copied: 'Plano copiado. Pode colá-lo numa nota ou numa mensagem.',
    failed: 'Não foi possível copiar o plano. Use antes «Imprimir o meu plano».',
  },
  course: {
    heading: 'Datas possíveis das suas próximas sessões',
    session: 'Sessão {n} de {total}: por volta de {date}',
    confirm:
      'Estas datas são apenas uma orientação. Contam este tratamento como a sua primeira sessão. Não estão marcadas. ' +
      'Marque ou confirme cada sessão com a clínica. ' +
      'O profissional pode mudar o número de sessões ou o intervalo entre elas.',
    maintenance:
      'Qualquer mudança surge devagar, ao longo de várias sessões. Pode demorar meses a notar-se. ' +
      'Os resultados variam, e algumas pessoas não notam qualquer mudança. ' +
      'Depois desta série, o profissional pode sugerir uma sessão de vez em quando para manter o efeito que houver.',
    eventTitle: 'Marcar ou confirmar: sessão de mesoterapia {n} de {total}',
  },
  print: 'Imprimir o meu plano',
  changeTime: 'Alterar a hora do tratamento',
  forget: 'Esquecer a hora do meu tratamento',
};
