import {commonIt} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercareIt: AftercareContent = {
  ...commonIt,
  heading: 'Le Sue cure dopo il trattamento',
  intro:
    'Segua questi consigli dopo la mesoterapia per aiutare la pelle a guarire. ' +
    'Le istruzioni del Suo professionista hanno la precedenza.',
  dontHeading: 'Cosa non fare',
  items: {
    makeup: {text: 'Non si trucchi sulla zona trattata.', short: 'Trucco'},
    alcohol: {text: 'Non beva alcolici. Possono peggiorare lividi e gonfiore.', short: 'Alcolici'},
    exercise: {
      text: 'Non faccia sport intenso, allenamenti o corsa. Possono peggiorare il gonfiore.',
      short: 'Sport intenso',
    },
    'heat-water': {
      text: 'Non vada a nuotare e non usi saune o idromassaggio.',
      short: 'Nuoto, saune e idromassaggio',
    },
    irritants: {
      text: 'Non usi scrub (esfolianti), acidi o altri prodotti che irritano la pelle.',
      short: 'Scrub, acidi e prodotti aggressivi',
    },
    massage: {
      text: 'Non strofini e non massaggi la zona trattata, a meno che non glielo dica il Suo professionista.',
      short: 'Strofinare o massaggiare',
    },
    sun: {
      text:
        'Non prenda il sole e non resti a lungo al sole. La pelle trattata si può scottare e macchiare più facilmente. ' +
        'Quando esce, usi una crema solare ad ampio spettro.',
      short: 'Prendere il sole',
    },
    smoking: {text: 'Non fumi. Il fumo rallenta la guarigione.', short: 'Fumo'},
    'blood-thinners': {
      text:
        'Non prenda aspirina, ibuprofene o integratori di erbe che rendono il sangue più fluido. ' +
        'Li prenda solo se il Suo medico dice che Le servono. ' +
        'Non smetta mai di prendere un farmaco prescritto senza parlarne con il Suo medico.',
      short: 'Aspirina, ibuprofene e integratori che rendono il sangue più fluido',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Lo eviti per {n} ora.', other: 'Lo eviti per {n} ore.'},
    days: {one: 'Lo eviti per {n} giorno.', other: 'Lo eviti per {n} giorni.'},
    atLeastHours: {one: 'Lo eviti per almeno {n} ora.', other: 'Lo eviti per almeno {n} ore.'},
    atLeastDays: {one: 'Lo eviti per almeno {n} giorno.', other: 'Lo eviti per almeno {n} giorni.'},
    noSetEnd: 'Non c’è una durata fissa. Chieda al Suo professionista per quanto tempo evitarlo. Per i farmaci, chieda al Suo medico.',
  },
  doHeading: 'Cosa fare',
  dos: [
    'Beva molta acqua.',
    'Segua un’alimentazione equilibrata e ricca di nutrienti.',
    'Segua le istruzioni del Suo professionista per dopo il trattamento. Hanno la precedenza.',
    'Vada a tutti gli appuntamenti di controllo, così il professionista può vedere come sta guarendo.',
  ],
  normalHeading: 'Cosa è normale',
  normal:
    'Un leggero dolore, gonfiore, arrossamento, prurito o qualche livido nella zona trattata sono normali. ' +
    'Di solito passano da soli in pochi giorni.',
  cardsHeading: 'Quando chiedere aiuto',
  cards: {
    'non-urgent': {
      level: 'Consiglio non urgente:',
      heading: 'Contatti il centro se:',
      body: 'gonfiore, lividi o dolore non migliorano dopo qualche giorno, o se nota dei noduli.',
      action: 'Contatti il centro dove ha fatto il trattamento.',
    },
    urgent: {
      level: 'Consiglio urgente:',
      heading: 'Contatti oggi il centro o il Suo medico se:',
      body:
        'ha segni di infezione. Tra questi ci sono rossore che si allarga, calore, pus o febbre alta. ' +
        'Anche un dolore che continua a peggiorare è un segno.',
      action: 'Chieda aiuto oggi. Non aspetti che passi.',
    },
    emergency: {
      level: 'Emergenza:',
      heading: 'Chiami subito il numero di emergenza se:',
      body: 'Le si gonfiano all’improvviso labbra, lingua o gola, fa fatica a respirare o a deglutire, o si sente svenire.',
      action: 'Potrebbe essere una reazione allergica grave (shock anafilattico).',
    },
  },
  form: {
    legend: 'Quando ha fatto il trattamento?',
    hint: 'Inserisca data e ora per vedere quando finisce ogni fase. Restano su questo dispositivo.',
    date: 'Data',
    time: 'Ora',
    submit: 'Mostra il mio piano',
    error: 'Inserisca la data e l’ora del trattamento',
    errorPrefix: 'Errore:',
    summaryTitle: 'C’è un problema',
    cancel: 'Annulla',
  },
  invalidTreatedAt: 'Non riusciamo a leggere l’ora del trattamento di questo piano. Ecco la guida generale alle cure.',
  timelineHeading: 'Le Sue scadenze',
  treatedOn: 'Trattamento: {time}.',
  plannedFor: 'Trattamento previsto: {time}.',
  plannedNote: 'I tempi qui sotto partono dal Suo trattamento.',
  progressLabel: 'Passi con una durata',
  progressDone: 'Completato: {percent} dei passi con una durata',
  status: {upcoming: 'Non iniziato', active: 'Da evitare ancora', done: 'Fatto', ongoing: 'Senza durata fissa'},
  timeline: {
    upcoming: '{item}: da evitare fino a {time}',
    active: '{item}: da evitare fino a {time}',
    done: '{item}: via libera da {time}',
    ongoing: '{item}: senza durata fissa. Chieda al Suo professionista fino a quando. Per i farmaci, chieda al Suo medico.',
  },
  calendar: {
    button: 'Aggiungi al calendario',
    name: 'Cure dopo la mesoterapia',
    eventTitle: '{item}: via libera',
    filename: 'mesoterapia-cure.ics',
  },
  print: 'Stampa il mio piano',
  changeTime: 'Cambia l’ora del trattamento',
  forget: 'Dimentica l’ora del mio trattamento',
};
