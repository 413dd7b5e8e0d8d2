import {commonIt} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityIt: EligibilityContent = {
  ...commonIt,
  heading: 'La mesoterapia fa per me?',
  intro: {
    lead: 'Risponda ad alcune domande per vedere se qualcosa potrebbe escludere la mesoterapia nel Suo caso.',
    time: 'Ci vuole circa un minuto.',
    privacy: 'Le Sue risposte restano su questo dispositivo. Non vengono inviate da nessuna parte.',
    start: 'Inizia',
  },
  progress: 'Domanda {n} di {total}',
  pageProgress: 'Pagina {n} di {total}',
  whyWeAsk: 'Alcuni problemi di salute rendono la mesoterapia più rischiosa. Per questo Le facciamo queste domande.',
  goalsQuestion: 'Che cosa vorrebbe migliorare?',
  goalsHint: 'Scelga tutte le risposte valide per Lei.',
  goalsLabel: 'Cosa vuole migliorare',
  goals: {
    face: 'La mia pelle: idratazione, rughe sottili, grana, colorito o pelle spenta',
    hair: 'Capelli che si diradano o caduta dei capelli',
    body: 'Cellulite o piccole zone di grasso localizzato, come pancia, fianchi o cosce',
    weight: 'Perdere peso in generale',
  },
  questionsHeading: 'La Sua salute',
  answers: {yes: 'Sì', no: 'No', unsure: 'Non lo so'},
  questions: {
    adult: {
      question: 'Ha almeno 18 anni?',
      hint: 'La mesoterapia è un trattamento estetico solo per adulti.',
      label: 'La Sua età',
      reason: 'Ci ha detto di avere meno di 18 anni. La mesoterapia è un trattamento estetico solo per adulti.',
    },
    pregnant: {
      question: 'È incinta, o potrebbe esserlo?',
      hint: 'Non si sa ancora come le sostanze potrebbero agire su un bambino non ancora nato.',
      label: 'Gravidanza',
      reason:
        'È incinta o potrebbe esserlo. Non si sa ancora come le sostanze potrebbero agire sul Suo bambino. ' +
        'Può controllare di nuovo quando non sarà più incinta e non allatterà più.',
    },
    breastfeeding: {
      question: 'Sta allattando al seno?',
      hint: 'Non si sa ancora come le sostanze potrebbero agire su un bambino allattato al seno.',
      label: 'Allattamento',
      reason:
        'Sta allattando. Non si sa ancora come le sostanze potrebbero agire sul Suo bambino. ' +
        'Può controllare di nuovo quando avrà smesso di allattare.',
    },
    bleeding: {
      question: 'Prende qualcosa che rende il sangue più fluido, o ha un problema di sanguinamento o di coagulazione?',
      hint:
        'Questo comprende i farmaci che rendono il sangue più fluido (anticoagulanti), e l’aspirina o l’ibuprofene presi ogni giorno. ' +
        'Anche alcuni integratori di erbe rendono il sangue più fluido. ' +
        'Risponda sì anche se ha una malattia come l’emofilia.',
      label: 'Farmaci o integratori che fluidificano il sangue, o problemi di sanguinamento',
      reason:
        'Prende qualcosa che rende il sangue più fluido, o ha un problema di sanguinamento o di coagulazione. ' +
        'Dopo le iniezioni potrebbe avere lividi e sanguinare più facilmente.',
    },
    immune: {
      question: 'Ha una malattia autoimmune, o difese immunitarie basse?',
      hint: 'Questo comprende malattie o farmaci che abbassano le difese del corpo contro le infezioni.',
      label: 'Malattia autoimmune o difese immunitarie basse',
      reason:
        'Ha una malattia autoimmune o difese immunitarie basse. ' +
        'Potrebbe prendere più facilmente un’infezione, o il trattamento potrebbe non funzionare bene.',
    },
    skin: {
      question: 'Ha un’infezione, un’eruzione o la pelle infiammata nella zona da trattare?',
      hint: 'Per esempio brufoli infetti, o pelle rossa e gonfia.',
      label: 'Pelle infetta o infiammata',
      reason:
        'Ha un’infezione o la pelle infiammata nella zona da trattare. ' +
        'Le iniezioni potrebbero diffondere l’infezione o peggiorarla. ' +
        'Può controllare di nuovo quando la pelle sarà guarita.',
    },
    allergy: {
      question: 'Ha allergie gravi, o ha mai avuto uno shock anafilattico (anafilassi)?',
      hint: 'Risponda sì anche se ha un’allergia a vitamine, enzimi, ormoni o estratti di piante usati nelle iniezioni.',
      label: 'Allergie gravi o anafilassi',
      reason:
        'Ha allergie gravi, o un’allergia a qualcosa che potrebbe essere nelle iniezioni. ' +
        'Non faccia la mesoterapia se ha un’allergia a uno degli ingredienti usati.',
    },
    conditions: {
      question: 'Ha un tumore, una malattia del fegato, dei reni o del cuore, o il diabete?',
      hint: 'Risponda sì se ne ha una adesso, o se è in cura per una di queste. Se ne ha avuta una in passato, scelga «Non lo so».',
      label: 'Tumore, malattia del fegato, dei reni o del cuore, o diabete',
      reason:
        'Ha un tumore, una malattia del fegato, dei reni o del cuore, o il diabete. ' +
        'Non ci sono prove sufficienti che la mesoterapia sia sicura o funzioni per chi ha queste malattie.',
    },
    'heart-stroke': {
      question: 'Ha mai avuto un infarto o un ictus?',
      hint: 'Risponda sì anche se è successo molto tempo fa.',
      label: 'Infarto o ictus',
      reason:
        'Ha avuto un infarto o un ictus. Potrebbe avere più facilmente problemi dopo il trattamento.',
    },
  },
  continue: 'Continua',
  back: 'Indietro',
  errors: {
    summaryTitle: 'C’è un problema',
    prefix: 'Errore:',
    goals: 'Scelga che cosa vorrebbe migliorare',
    answer: 'Scelga sì, no o non lo so',
  },
  summary: {
    heading: 'Controlli le Sue risposte',
    change: 'Modifica',
    changeHidden: ' la risposta su: {label}',
    submit: 'Vedi il mio risultato',
    noGoals: 'Nessuno',
  },
  outcomes: {
    'not-recommended': {
      headline: 'La mesoterapia non è consigliata per Lei',
      next: 'Parli con il Suo medico di ciò che ci ha detto. Può aiutarLa a trovare altre soluzioni.',
    },
    'not-now': {
      headline: 'Non in questo momento',
      next: 'Questo potrebbe cambiare più avanti. Torni a controllare quando la Sua situazione cambia.',
    },
    'ask-doctor': {
      headline: 'Prima ne parli con il Suo medico',
      next: 'Parli con il Suo medico delle risposte indicate sopra. Lo faccia prima di prenotare.',
    },
    'no-concerns': {
      headline: 'Niente di ciò che ci ha detto esclude la mesoterapia',
      next:
        'Questo non vuol dire che sia giusta per Lei. ' +
        'Durante una visita un professionista controlla la Sua salute. La decisione la prendete insieme.',
    },
  },
  statusLabel: 'Il Suo risultato:',
  notDiagnosis: 'Questa non è una diagnosi.',
  reasonsHeading: 'Perché',
  unsureReason: 'Aveva dubbi su: {label}. Ne parli con il Suo medico.',
  unsureAge: 'Ci ha detto di non sapere se ha almeno 18 anni. La mesoterapia è solo per adulti. Non prenoti finché non sa di avere almeno 18 anni.',
  bookAfterDoctor: 'Quando il Suo medico Le dice che può procedere, può prenotare una visita.',
  medicineWarning: 'Non smetta mai di prendere un farmaco prescritto senza averne prima parlato con il Suo medico.',
  weightLossReason:
    'La mesoterapia non è una cura per dimagrire né per l’obesità. Non La aiuterà a perdere peso in generale.',
  notesHeading: 'Buono a sapersi',
  notes: {
    'weight-loss':
      'La mesoterapia non è una cura per dimagrire né per l’obesità. Non La aiuterà a perdere peso in generale.',
    'body-fat':
      'La mesoterapia può ridurre il grasso solo in piccole zone, e i risultati variano. Gli studi non sono concordi. ' +
      'Non è una cura per dimagrire né per l’obesità. ' +
      'La FDA, l’ente statunitense per alimenti e farmaci, non l’ha approvata per ridurre il grasso. ' +
      'Servono comunque un’alimentazione sana e attività fisica.',
  },
  checklistHeading: 'Prima della visita',
  checklist: [
    'Faccia una lista di tutti i farmaci e gli integratori che prende.',
    'Scriva le Sue allergie e i problemi di salute che ha avuto.',
    'Scriva i problemi di salute che potrebbero peggiorare con il tempo.',
    'Chieda quali sono la formazione e l’esperienza del professionista.',
    'Pensi ai possibili benefici e ai rischi.',
  ],
  expectHeading: 'Cosa aspettarsi',
  expect: [
    'Potrebbe servirLe una serie da 3 a 15 sedute. Poi, possono servire sedute regolari per mantenere l’effetto.',
    'I risultati arrivano piano piano. Possono servire da pochi mesi a un anno intero per vederli.',
    'Per i capelli, possono passare alcuni mesi prima di vedere un cambiamento.',
    'I risultati sono diversi per ognuno. Dipendono dall’abilità del professionista e dai prodotti che usa.',
    'Un’alimentazione sana, l’attività fisica e una buona cura della pelle aiutano a mantenere i risultati.',
    'Arrossamento, gonfiore, lividi, prurito o dolore dove sono entrati gli aghi sono comuni. Di solito passano in pochi giorni.',
    'Il dolore è diverso per ognuno. Alcuni sentono solo un leggero fastidio, ma per altri è molto doloroso.',
    'Il viso può essere più sensibile delle cosce o della pancia (addome).',
    'Il professionista usa aghi molto sottili. Una crema anestetica, il freddo o la vibrazione possono renderlo più sopportabile.',
    'Qualsiasi iniezione può causare un’infezione.',
    'Le reazioni allergiche non sono comuni, ma possono succedere. Le reazioni gravi sono rare.',
    'Alcuni prodotti si usano per uno scopo per cui non sono approvati. Si chiama uso «off-label».',
    'Gli studi sulla mesoterapia non sono concordi. Alcuni Paesi non controllano bene i prodotti.',
  ],
  startAgain: 'Ricomincia',
  print: 'Stampa questo risultato',
  announceResult: 'Il Suo risultato: {headline}.',
};
