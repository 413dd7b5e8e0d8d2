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
      text: 'Não vá nadar, nem use sauna ou banheira de hidromassagem.',
      short: 'Piscina, sauna e hidromassagem',
    },
    irritants: {
      text: 'Não use esfoliantes, ácidos ou outros produtos que irritam a pele.',
      short: 'Esfoliantes, ácidos e produtos agressivos',
    },
    massage: {
      text: 'Não esfregue nem massageie a área tratada, a não ser que seu profissional peça.',
      short: 'Esfregar ou massagear',
    },
    sun: {
      text:
        'Não tome sol nem fique muito tempo no sol. A pele tratada pode queimar e manchar com mais facilidade. ' +
        'Use protetor solar de amplo espectro quando sair.',
      short: 'Tomar sol',
    },
    smoking: {text: 'Não fume. O cigarro atrasa a recuperação.', short: 'Cigarro'},
    'blood-thinners': {
      text:
        'Não tome aspirina (AAS), ibuprofeno ou suplementos de ervas que afinam o sangue. ' +
        'Só tome se seu médico disser que você precisa. ' +
        'Nunca pare de tomar um remédio receitado sem perguntar ao seu médico.',
      short: 'Aspirina, ibuprofeno e suplementos que afinam o sangue',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Evite isso por {n} hora.', other: 'Evite isso por {n} horas.'},
    days: {one: 'Evite isso por {n} dia.', other: 'Evite isso por {n} dias.'},
    atLeastHours: {one: 'Evite isso por pelo menos {n} hora.', other: 'Evite isso por pelo menos {n} horas.'},
    atLeastDays: {one: 'Evite isso por pelo menos {n} dia.', other: 'Evite isso por pelo menos {n} dias.'},
    noSetEnd: 'Não há um prazo definido. Pergunte ao seu profissional por quanto tempo evitar. Para remédios, pergunte ao seu médico.',
  },
  doHeading: 'O que fazer',
  dos: [
    'Beba bastante água.',
    'Tenha uma alimentação equilibrada e rica em nutrientes.',
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
      body: 'o inchaço, as manchas roxas ou a dor não melhorarem depois de alguns dias, ou se você notar caroços.',
      action: 'Entre em contato com a clínica onde você fez o tratamento.',
    },
    urgent: {
      level: 'Orientação urgente:',
      heading: 'Fale hoje com a clínica ou com seu médico se:',
      body:
        'você tiver sinais de infecção. Entre eles estão vermelhidão que se espalha, calor, pus ou febre alta. ' +
        'Uma dor que só piora também é um sinal.',
      action: 'Procure ajuda hoje. Não espere passar.',
    },
    emergency: {
      level: 'Emergência:',
      heading: 'Ligue agora para o número de emergência se:',
      body: 'lábios, língua ou garganta incharem de repente, tiver dificuldade para respirar ou engolir, ou sentir que vai desmaiar.',
      action: 'Pode ser uma reação alérgica grave (choque anafilático).',
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
  progressDone: 'Concluído: {percent} das etapas com prazo',
  status: {upcoming: 'Não começou', active: 'Ainda evite', done: 'Concluído', ongoing: 'Sem prazo definido'},
  timeline: {
    upcoming: '{item}: evite até {time}',
    active: '{item}: evite até {time}',
    done: '{item}: sem restrição desde {time}',
    ongoing: '{item}: sem prazo definido. Pergunte ao seu profissional por quanto tempo. Para remédios, pergunte ao seu médico.',
  },
  calendar: {
    button: 'Adicionar à agenda',
    name: 'Cuidados depois da mesoterapia',
    eventTitle: '{item}: sem restrição',
    filename: 'mesoterapia-cuidados.ics',
  },
  print: 'Imprimir meu plano',
  changeTime: 'Alterar o horário do tratamento',
  forget: 'Esquecer o horário do meu tratamento',
};
