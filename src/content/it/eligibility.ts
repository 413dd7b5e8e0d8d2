import {commonIt} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityIt: EligibilityContent = {
  ...commonIt,
  heading: 'La mesoterapia fa per me?',
  intro: {
    lead: 'Risponda ad alcune domande per vedere se qualcosa potrebbe escludere la mesoterapia nel Suo caso.',
    time: 'Ci vuole circa un minuto.',
    privacy: 'Le Sue risposte restano su questo dispositivo. Non vengono inviate da nessuna parte.',
    privacyShare: 'Le Sue risposte restano su questo dispositivo. Vengono condivise con {clinic} solo se sceglie di farlo.',
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
      hint: 'Per fare questo trattamento qui deve avere almeno 18 anni.',
      label: 'Almeno 18 anni',
      reason: 'Ci ha detto di avere meno di 18 anni. Per fare questo trattamento qui deve avere almeno 18 anni.',
      unsure:
        'Ha risposto di non sapere se ha almeno 18 anni. ' +
        'Per fare questo trattamento qui deve avere almeno 18 anni. ' +
        'Non prenoti finché non lo sa.',
    },
    pregnant: {
      question: 'È incinta, o potrebbe esserlo?',
      hint: 'Non si sa ancora come le sostanze potrebbero agire su un bambino non ancora nato.',
      label: 'Gravidanza',
      reason:
        'È incinta o potrebbe esserlo. Non si sa ancora come le sostanze potrebbero agire sul Suo bambino. ' +
        'Può controllare di nuovo quando non sarà più incinta e non allatterà più.',
      unsure:
        'Ha risposto di non sapere se è incinta. ' +
        'Non faccia la mesoterapia finché non sa di non esserlo. ' +
        'Un test di gravidanza può chiarirlo. È più affidabile dal primo giorno di ritardo del ciclo.',
    },
    breastfeeding: {
      question: 'Sta allattando al seno?',
      hint: 'Non si sa ancora come le sostanze potrebbero agire su un bambino allattato al seno.',
      label: 'Allattamento',
      reason:
        'Sta allattando. Non si sa ancora come le sostanze potrebbero agire sul Suo bambino. ' +
        'Può controllare di nuovo quando avrà smesso di allattare.',
      unsure:
        'Ha risposto di non sapere se sta ancora allattando. ' +
        'Aspetti di aver smesso del tutto. ' +
        'Poi potrà controllare di nuovo.',
    },
    bleeding: {
      question: 'Prende qualcosa che rende il sangue più fluido, o ha un problema di sanguinamento o di coagulazione?',
      hint:
        'Questo comprende i farmaci che rendono il sangue più fluido (anticoagulanti), e l’aspirina o l’ibuprofene presi ogni giorno o quasi. ' +
        'Anche alcuni integratori di erbe, come il ginkgo o l’aglio, rendono il sangue più fluido. ' +
        'Risponda sì anche se ha una malattia come l’emofilia.',
      label: 'Farmaci o integratori che rendono il sangue più fluido, o problemi di sanguinamento',
      reason:
        'Prende qualcosa che rende il sangue più fluido, o ha un problema di sanguinamento o di coagulazione. ' +
        'Dopo le iniezioni potrebbe avere lividi e sanguinare più facilmente.',
      unsure:
        'Ha risposto di non sapere se prende qualcosa che rende il sangue più fluido. ' +
        'Chieda al Suo medico o in farmacia prima di prenotare.',
    },
    immune: {
      question: 'Il Suo sistema immunitario attacca il Suo stesso corpo (malattia autoimmune), o le Sue difese sono basse?',
      hint:
        'Per esempio lupus, artrite reumatoide o psoriasi. ' +
        'Risponda sì anche se una malattia o un farmaco Le abbassa le difese. ' +
        'Il cortisone in compresse può farlo.',
      label: 'Malattia autoimmune o difese immunitarie basse',
      reason:
        'Il Suo sistema immunitario attacca il Suo stesso corpo, o le Sue difese sono basse. ' +
        'Potrebbe prendere più facilmente un’infezione, o il trattamento potrebbe non funzionare bene.',
      unsure: 'Ha risposto «Non lo so» sul Suo sistema immunitario. Ne parli con il Suo medico prima di prenotare.',
    },
    skin: {
      question: 'Ha un’infezione, un’eruzione o la pelle infiammata nella zona da trattare?',
      hint: 'Per esempio un herpes sul labbro, brufoli infetti, o pelle rossa e gonfia.',
      label: 'Pelle infetta o infiammata',
      reason:
        'Ha un’infezione o la pelle infiammata nella zona da trattare. ' +
        'Le iniezioni potrebbero diffondere l’infezione o peggiorarla. ' +
        'Può controllare di nuovo quando la pelle sarà guarita. ' +
        'Se non migliora, si rivolga a un farmacista o al Suo medico.',
      unsure:
        'Ha risposto di non sapere se la pelle nella zona da trattare è infetta o infiammata. ' +
        'La faccia vedere a un farmacista o al Suo medico.',
    },
    allergy: {
      question: 'Ha mai avuto una reazione allergica grave (shock anafilattico), o ha allergie gravi?',
      hint:
        'Una reazione grave può far gonfiare la gola o rendere difficile respirare. ' +
        'Risponda sì anche se ha un’allergia alla crema anestetica, o a qualcosa che potrebbe essere nelle iniezioni.',
      label: 'Allergie o reazioni allergiche gravi',
      reason:
        'Ha avuto una reazione allergica grave, o ha un’allergia a qualcosa che può essere usato nel trattamento. ' +
        'Non faccia la mesoterapia se ha un’allergia a uno dei suoi componenti.',
      unsure:
        'Ha risposto «Non lo so» sulle allergie. ' +
        'Ne parli con il Suo medico. ' +
        'Chieda al centro la lista di ciò che contengono le iniezioni.',
    },
    conditions: {
      question: 'Ha un tumore, una malattia del fegato, dei reni o del cuore, o il diabete?',
      hint: 'Risponda sì se ne ha una adesso, o se è in cura per una di queste. Se ne ha avuta una in passato, scelga «Non lo so».',
      label: 'Tumore, malattia del fegato, dei reni o del cuore, o diabete',
      reason:
        'Ha un tumore, una malattia del fegato, dei reni o del cuore, o il diabete. ' +
        'Non ci sono prove sufficienti che la mesoterapia sia sicura o funzioni per chi ha queste malattie.',
      unsure:
        'Ha risposto di non saperlo, o ha avuto una di queste malattie in passato. ' +
        'Chieda al Suo medico se conta per questo trattamento.',
    },
    'heart-stroke': {
      question: 'Ha mai avuto un infarto o un ictus?',
      hint: 'Risponda sì anche se è successo molto tempo fa, o se era un mini-ictus (attacco ischemico transitorio, TIA).',
      label: 'Infarto o ictus',
      reason:
        'Ha avuto un infarto o un ictus. Potrebbe avere più facilmente problemi dopo il trattamento.',
      unsure:
        'Ha risposto di non sapere se ha avuto un infarto o un ictus. ' +
        'Ne parli con il Suo medico prima di prenotare.',
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
    changeHidden: ' la risposta: {label}',
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
      next: 'Questo potrebbe cambiare più avanti. Torni a controllare quando la Sua situazione cambierà.',
    },
    'ask-doctor': {
      headline: 'Prima ne parli con il Suo medico',
      next: 'Parli con il Suo medico delle risposte indicate sotto. Lo faccia prima di prenotare.',
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
  bookAfterDoctor:
    'Quando avrà parlato con il Suo medico, potrà prenotare una visita. ' +
    'Dica al professionista cosa Le ha detto il Suo medico.',
  consultationLabel: 'Prenota solo una visita (senza trattamento)',
  share: {
    heading: 'Condivida le Sue risposte con {clinic}',
    intro:
      'Può inviare le Sue risposte a {clinic} prima della visita. ' +
      'Ecco esattamente ciò che verrebbe inviato. ' +
      'Non viene inviato nulla finché non dà il Suo consenso e sceglie come farlo.',
    date: 'Data',
    outcome: 'Risultato',
    goals: 'Cosa vuole migliorare',
    title: 'Autovalutazione sulla mesoterapia',
    line: '{label}: {value}',
    consent:
      'Acconsento a condividere queste risposte sulla mia salute con {clinic}. ' +
      'Il centro le userà per preparare la mia visita.',
    withdraw:
      'Può chiedere in qualsiasi momento a {clinic} di cancellare le risposte condivise. ' +
      'Togliere la spunta non annulla l’invio delle risposte già condivise.',
    choose: 'Scelga come condividerle:',
    email: 'Invia per email',
    emailSubject: 'Le mie risposte all’autovalutazione sulla mesoterapia',
    emailShortened:
      'Le mie risposte erano troppo lunghe per un link email. ' +
      'Le porterò con me alla visita.',
    url: 'Apri il modulo del centro con le risposte',
    qr: 'Mostra come codice QR',
    qrAlt: 'Codice QR con le Sue risposte',
    qrHint:
      'Mostri questo codice al centro, oppure stampi questa pagina e la porti con sé. ' +
      'Il codice contiene le risposte mostrate sopra.',
    event: 'Invia al centro',
    sent:
      'Le Sue risposte sono state trasmesse al sito di {clinic}. ' +
      'Parli comunque della Sua salute con il professionista durante la visita.',
    unavailable: 'Al momento la condivisione non è disponibile. Può stampare questa pagina e portarla con sé.',
  },
  medicineWarning:
    'Se un medico Le ha detto di prendere un farmaco, come l’aspirina ogni giorno, continui a prenderlo. ' +
    'Non smetta mai di prendere un farmaco prescritto senza averne prima parlato con il Suo medico.',
  weightLossReason:
    'La mesoterapia non è una cura per dimagrire né per l’obesità. Non La aiuterà a perdere peso in generale.',
  notesHeading: 'Buono a sapersi',
  notes: {
    'weight-loss':
      'La mesoterapia non è una cura per dimagrire né per l’obesità. Non La aiuterà a perdere peso in generale.',
    'body-fat':
      'In alcune persone la mesoterapia può ridurre il grasso in piccole zone, ma non in tutte. ' +
      'Ci sono pochi studi di buona qualità, e gli esperti non sono d’accordo sulla sua sicurezza. ' +
      'Non è una cura per dimagrire né per l’obesità. ' +
      'La FDA, l’ente statunitense per alimenti e farmaci, non l’ha approvata per ridurre il grasso. ' +
      'Nel 2010 la FDA ha dichiarato di non conoscere prove che queste iniezioni per il grasso (chiamate lipodissoluzione) funzionino. ' +
      'La FDA ha anche ricevuto segnalazioni di cicatrici durature e di noduli profondi e dolorosi sotto la pelle. ' +
      'Nel 2015 la FDA ha approvato l’acido desossicolico, che scioglie il grasso, solo per il grasso sotto il mento. ' +
      'Servono comunque un’alimentazione sana e attività fisica.',
    'hair-loss':
      'La perdita di capelli può avere una causa medica. ' +
      'Se è improvvisa o a chiazze, o se non si sente bene, vada prima dal Suo medico.',
  },
  checklistHeading: 'Prima della visita',
  checklist: [
    'Faccia una lista di tutti i farmaci e gli integratori che prende.',
    'Scriva le Sue allergie e i problemi di salute che ha avuto.',
    'Scriva i problemi di salute che potrebbero peggiorare con il tempo.',
    'Chieda quali sono la formazione e l’esperienza del professionista.',
    'Pensi ai possibili benefici e ai rischi.',
    'Chieda al centro la lista di ciò che contengono le iniezioni.',
    'Dica al professionista se tende ad avere cicatrici spesse, o se ha preso isotretinoina (per l’acne) negli ultimi 6 mesi.',
    'Se quel giorno non si sente bene o ha la febbre, chieda al centro di spostare il trattamento.',
  ],
  expectHeading: 'Cosa aspettarsi',
  expect: [
    'Potrebbe servirLe una serie da 3 a 15 sedute. ' +
      'Poi, possono servire sedute regolari per mantenere l’eventuale effetto ottenuto.',
    'I risultati arrivano piano piano. Possono servire da pochi mesi a un anno intero per vederli.',
    'Per i capelli, possono passare alcuni mesi prima di vedere un cambiamento.',
    'I risultati sono diversi per ognuno. ' +
      'Alcune persone non vedono nessun cambiamento. ' +
      'I risultati dipendono dall’abilità del professionista e dai prodotti che usa.',
    'Un’alimentazione sana, l’attività fisica e una buona cura della pelle aiutano a mantenere i risultati.',
    'Arrossamento, gonfiore, lividi, prurito o dolore dove sono entrati gli aghi sono comuni. ' +
      'Di solito passano in pochi giorni.',
    'Il dolore è diverso per ognuno. Alcuni sentono solo un leggero fastidio, ma per altri è molto doloroso.',
    'Il viso può essere più sensibile delle cosce o della pancia (addome).',
    'Il professionista usa aghi molto sottili. ' +
      'Una crema anestetica, il freddo o la vibrazione possono rendere il trattamento più confortevole.',
    'Qualsiasi iniezione può causare un’infezione.',
    'Le reazioni allergiche non sono comuni, ma possono succedere. Le reazioni gravi sono rare.',
    'Alcuni prodotti usati nella mesoterapia non sono approvati per questo uso. Si chiama uso «off-label».',
    'Ci sono pochi studi di buona qualità sulla mesoterapia, e non sono concordi. Alcuni Paesi non controllano bene i prodotti.',
  ],
  startAgain: 'Ricomincia',
  print: 'Stampa questo risultato',
  announceResult: 'Il Suo risultato: {headline}.',
};
