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
    makeup: {text: 'Non applichi il trucco sulla zona trattata.', short: 'Trucco'},
    alcohol: {text: 'Non beva alcolici. Possono peggiorare lividi e gonfiore.', short: 'Alcolici'},
    exercise: {
      text: 'Non faccia sport intenso, allenamenti o corsa. Possono peggiorare il gonfiore.',
      short: 'Sport intenso',
    },
    'heat-water': {
      text:
        'Non vada a nuotare e non usi saune o idromassaggio. ' +
        'Piscine e vasche idromassaggio possono contenere germi, e il calore può peggiorare il gonfiore.',
      short: 'Nuoto, saune e idromassaggio',
    },
    irritants: {
      text: 'Non usi scrub (esfolianti), acidi per la pelle come l’acido glicolico o salicilico, o altri prodotti che pizzicano.',
      short: 'Scrub, acidi e prodotti aggressivi',
    },
    massage: {
      text: 'Non strofini e non massaggi la zona trattata, a meno che non Glielo dica il Suo professionista.',
      short: 'Strofinare o massaggiare',
    },
    sun: {
      text:
        'Non prenda il sole e non resti a lungo al sole. ' +
        'La pelle trattata si può scottare e macchiare più facilmente. ' +
        'Quando esce, usi una crema solare SPF 30 o più che protegga anche dai raggi UVA (ad ampio spettro).',
      short: 'Prendere il sole',
    },
    smoking: {text: 'Non fumi. Il fumo rallenta la guarigione.', short: 'Fumo'},
    'blood-thinners': {
      text:
        'Non prenda aspirina o ibuprofene contro il dolore, né integratori di erbe che rendono il sangue più fluido. ' +
        'Possono peggiorare lividi e sanguinamento.',
      short: 'Aspirina o ibuprofene contro il dolore, e integratori che rendono il sangue più fluido',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Lo eviti per {n} ora.', other: 'Lo eviti per {n} ore.'},
    days: {one: 'Lo eviti per {n} giorno.', other: 'Lo eviti per {n} giorni.'},
    atLeastHours: {one: 'Lo eviti per almeno {n} ora.', other: 'Lo eviti per almeno {n} ore.'},
    atLeastDays: {one: 'Lo eviti per almeno {n} giorno.', other: 'Lo eviti per almeno {n} giorni.'},
    noSetEnd: 'Non c’è una data di fine fissa. Chieda al Suo professionista per quanto tempo.',
  },
  medicineWarning:
    'Se un medico Le ha detto di prendere l’aspirina o un altro farmaco per fluidificare il sangue, continui a prenderlo. ' +
    'Non smetta mai di prendere un farmaco prescritto senza parlarne con il Suo medico.',
  doHeading: 'Cosa fare',
  dos: [
    'Beva molta acqua.',
    'Segua un’alimentazione equilibrata e ricca di nutrienti.',
    'Usi un impacco freddo avvolto in un panno per alleviare dolore e gonfiore.',
    'Se Le serve un antidolorifico, chieda in farmacia quale prendere. Di solito il paracetamolo va bene.',
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
      signs: [
        'gonfiore, lividi o dolore non migliorano dopo qualche giorno',
        'nota piccoli noduli sotto la pelle che non fanno male',
      ],
      actions: [
        'Contatti il centro dove ha fatto il trattamento.',
      ],
    },
    urgent: {
      level: 'Consiglio urgente:',
      heading: 'Contatti oggi il centro o il Suo medico se:',
      signs: [
        'l’arrossamento si estende, o la pelle è calda o più gonfia',
        'c’è pus, o compaiono noduli o piaghe rossi e dolorosi che perdono liquido, anche settimane dopo il trattamento',
        'ha la febbre, sente caldo e ha i brividi, o si sente molto male',
        'il dolore continua a peggiorare',
      ],
      straightAway:
        'Chieda aiuto subito se la pelle vicino alle iniezioni diventa bianca, bluastra, grigia o a chiazze, o fa molto male. ' +
        'Contatti subito il centro. ' +
        'Se non riesce a contattarli subito, vada al pronto soccorso di un ospedale.',
      actions: [
        'Chieda aiuto oggi. Non aspetti che passi.',
      ],
      noAnswer: 'Se non riesce a contattarli, si rivolga oggi a un servizio di assistenza urgente vicino a Lei.',
      noAnswerWithNumber: 'Se non riesce a contattarli, chiami oggi il {number}.',
    },
    emergency: {
      level: 'Emergenza:',
      heading: 'Chiami subito il numero di emergenza se:',
      headingWithNumber: 'Chiami subito il {number} se:',
      signs: [
        'Le si gonfiano all’improvviso labbra, lingua, gola o viso',
        'fa fatica a respirare, o il respiro è rumoroso o molto veloce',
        'sente la gola stretta, o fa fatica a deglutire',
        'le labbra, la lingua o la pelle di tutto il corpo diventano bluastre, grigie o pallide',
        'all’improvviso ha una forte confusione, molta sonnolenza, o si sente svenire',
        'la vista cambia all’improvviso, si annebbia o si oscura',
        'un lato del viso si abbassa, un braccio è debole, o parla in modo impastato o confuso',
      ],
      actions: [
        'Se pensa che sia una reazione allergica grave e ha una penna di adrenalina (autoiniettore), la usi per prima cosa. ' +
          'Poi chiami, anche se comincia a stare meglio.',
        'Si sdrai in piano. Se fa fatica a respirare, si sieda.',
        'Se è una reazione allergica e dopo 5 minuti sta ancora male, usi una seconda penna.',
        'Se qualcuno sviene e non si sveglia, chiami i soccorsi per questa persona.',
        'Se la vista cambia o un lato del viso si abbassa, chiami subito. Dica che ha fatto delle iniezioni, e in quale zona del corpo.',
        'Potrebbe essere una reazione allergica grave (shock anafilattico), o un vaso sanguigno ostruito.',
      ],
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
  progressLabel: 'Fasi con una durata',
  progressDone: '{done} su {total} completate',
  status: {upcoming: 'Non iniziato', active: 'Da evitare ancora', done: 'Attesa minima finita', ongoing: 'Da evitare ancora'},
  timeline: {
    upcoming: '{item}: da evitare dal trattamento fino a {time}.',
    upcomingNoEnd:
      '{item}: da evitare dal trattamento. ' +
      'Non c’è una data di fine fissa. ' +
      'Chieda al Suo professionista per quanto tempo.',
    active: '{item}: da evitare fino a {time}.',
    done: '{item}: l’attesa minima era fino a {time}. Aspetti di più se la pelle è ancora dolorante o gonfia.',
    ongoing:
      '{item}: da evitare ancora. ' +
      'Non c’è una data di fine fissa. ' +
      'Chieda al Suo professionista per quanto tempo.',
  },
  calendar: {
    button: 'Aggiungi al calendario',
    name: 'Cure dopo la mesoterapia',
    eventTitle: '{item}: attesa minima finita',
    filename: 'mesoterapia-cure.ics',
    linkTitle:
      'Cure dopo la mesoterapia: attese minime finite. Alcuni consigli valgono ancora.',
    link: 'Aggiungi a {calendar}',
    linksLabel: 'Oppure aggiunga il Suo piano a un calendario online:',
    inApp:
      'Questo browser potrebbe non salvare i file del calendario. Usi un link qui sotto. Oppure apra questa pagina nel browser del telefono, come Safari o Chrome. Cerchi «Apri nel browser» nel menu.',
  },
  share: {
    button: 'Salva o condividi il mio piano',
    title: 'Il mio piano di cure dopo la mesoterapia',
    copied: 'Piano copiato. Può incollarlo in una nota o in un messaggio.',
    failed: 'Non è stato possibile copiare il piano. Usi invece «Stampa il mio piano».',
  },
  course: {
    heading:
      'Date possibili delle Sue prossime sedute',
    session:
      'Seduta {n} di {total}: {date} circa',
    confirm:
      'Queste date sono solo indicative. Considerano questo trattamento come la prima seduta. Non sono appuntamenti prenotati. Prenoti o confermi ogni seduta con il centro. Il Suo professionista può cambiare il numero di sedute o la distanza tra una e l’altra.',
    maintenance:
      'L’eventuale cambiamento arriva piano, nel corso di più sedute. Possono volerci mesi per vederlo. I risultati variano, e alcune persone non vedono alcun cambiamento. Dopo il ciclo, il Suo professionista può proporre ogni tanto una seduta per mantenere l’eventuale effetto ottenuto.',
    eventTitle:
      'Prenota o conferma: seduta di mesoterapia {n} di {total}',
  },
  print: 'Stampa il mio piano',
  changeTime: 'Cambia l’ora del trattamento',
  forget: 'Cancella l’ora del mio trattamento',
};
