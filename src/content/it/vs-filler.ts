import {commonIt} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

export const vsFillerIt: VsFillerContent = {
  ...commonIt,
  heading: 'Mesoterapia o filler?',
  intro:
    'Sono due trattamenti diversi, con obiettivi diversi. Nessuno dei due è migliore in generale. ' +
    'Quello giusto dipende da cosa vuole cambiare. A volte si usano insieme.',
  compareHeading: 'Le differenze',
  tableCaption: 'Mesoterapia e filler a confronto',
  aspectColumn: 'Cosa confrontiamo',
  treatments: {mesotherapy: 'Mesoterapia', filler: 'Filler dermici'},
  aspects: {
    goal: {
      label: 'Obiettivo principale',
      mesotherapy:
        'Migliorare la qualità della pelle in generale: grana, colorito, idratazione e rughe sottili in superficie. ' +
        'Si usa anche per i capelli che si diradano e per piccole zone di grasso. ' +
        'Non è una cura per dimagrire né per l’obesità. ' +
        'La FDA, l’ente statunitense per alimenti e farmaci, non l’ha approvata per ridurre il grasso. ' +
        'Nel 2010 la FDA ha dichiarato di non conoscere prove che queste iniezioni per il grasso (chiamate lipodissoluzione) funzionino. ' +
        'Aveva anche ricevuto segnalazioni di cicatrici.',
      filler:
        'Ridare il volume perso, riempire rughe e solchi profondi, e dare forma a zone come labbra e zigomi. ' +
        'La FDA, l’ente statunitense per alimenti e farmaci, ha approvato alcuni filler per alcuni di questi usi.',
    },
    injected: {
      label: 'Cosa si inietta',
      mesotherapy:
        'Tante piccolissime iniezioni nella pelle. ' +
        'Per il grasso arrivano un po’ più in profondità, nel grasso sotto la pelle. ' +
        'Contengono un mix di vitamine, enzimi, ormoni ed estratti di piante.',
      filler:
        'Un prodotto iniettato nella pelle o sotto la pelle, per dare pienezza e volume. ' +
        'Di solito è acido ialuronico, una sostanza che anche il corpo produce.',
    },
    results: {
      label: 'Come sono i risultati',
      mesotherapy:
        'Poco evidenti e graduali. ' +
        'Punta a migliorare la pelle nel suo insieme. ' +
        'I risultati variano, e alcune persone non vedono nessun cambiamento. ' +
        'Ci sono poche prove solide che ringiovanisca la pelle.',
      filler: 'Un cambiamento visibile di volume e forma, subito, nelle zone trattate.',
    },
    sessions: {
      label: 'Quante sedute',
      mesotherapy: 'Di solito un ciclo da 3 a 15 sedute, poi sedute regolari per mantenere l’eventuale effetto ottenuto.',
      filler: 'Chieda al Suo professionista. Dipende dai Suoi obiettivi.',
    },
    lasts: {
      label: 'Quanto dura',
      mesotherapy: 'Nessuno può dire quanto dura. Servono sedute regolari per mantenere l’eventuale effetto ottenuto.',
      filler: 'Da circa 6 mesi a 2 anni, secondo il prodotto usato.',
    },
    suits: {
      label: 'A chi può essere più utile',
      mesotherapy: 'Adulti più giovani, o persone con lievi segni dell’età. Potrebbe non aiutare con le rughe profonde.',
      filler: 'Adulti con rughe profonde o con molto volume perso. I filler sono solo per persone dai 18 anni in su.',
    },
    risks: {
      label: 'Rischi',
      mesotherapy:
        'Arrossamento, gonfiore, lividi, prurito e dolore sono comuni. ' +
        'Qualsiasi iniezione può causare un’infezione. ' +
        'Le reazioni allergiche sono poco comuni. ' +
        'Le reazioni gravi sono rare. ' +
        'Alcuni Paesi controllano poco i prodotti. ' +
        'Alcuni si usano «off-label» (per uno scopo per cui non sono approvati). ' +
        'L’abilità del professionista conta molto.',
      filler:
        'Possono esserci infezione, lividi e gonfiore. ' +
        'Raramente il filler può ostruire un vaso sanguigno. ' +
        'Questo può danneggiare la pelle, o causare perdita della vista o un ictus. ' +
        'La FDA, l’ente statunitense per alimenti e farmaci, ha avvertito di questo rischio nel 2015. ' +
        'L’abilità del professionista conta molto.',
    },
  },
  helperHeading: 'Quale potrebbe adattarsi ai Suoi obiettivi?',
  concernsLegend: 'Che cosa vorrebbe cambiare?',
  concernsHint: 'Scelga tutte le risposte valide per Lei.',
  concerns: {
    texture: 'Grana o colorito della pelle non uniforme',
    dullness: 'Pelle spenta o secca (disidratata)',
    'fine-lines': 'Rughe sottili sulla superficie della pelle',
    hair: 'Capelli che si diradano',
    fat: 'Piccole zone di grasso localizzato o cellulite',
    'deep-lines': 'Rughe e solchi profondi',
    volume: 'Volume perso, per esempio negli zigomi o nelle labbra',
    contour: 'La forma del viso, per esempio labbra o zigomi',
  },
  severityLegend: 'Quanto si notano i segni dell’età che vede? (facoltativo)',
  severityHint: 'Aiuta se pensa alle rughe o al volume perso.',
  severities: {
    unsure: 'Non lo so',
    mild: 'Poco',
    moderate: 'Abbastanza',
    marked: 'Molto',
  },
  resultHeading: 'Cosa potrebbe adattarsi ai Suoi obiettivi',
  resultEmpty: 'Scelga almeno una cosa che vorrebbe cambiare per vedere un suggerimento.',
  recommendations: {
    mesotherapy: {
      title: 'I Suoi obiettivi sono quelli a cui punta la mesoterapia',
      why:
        'Tutto ciò che ha scelto riguarda la qualità della pelle, i capelli o piccole zone di grasso. ' +
        'La mesoterapia punta a questo. ' +
        'Non funziona per tutti. ' +
        'I risultati sono graduali e servono più sedute.',
    },
    filler: {
      title: 'I Suoi obiettivi sono quelli a cui puntano i filler',
      why:
        'Tutto ciò che ha scelto riguarda il volume, le rughe profonde o la forma. ' +
        'I filler puntano a questo, con un cambiamento visibile subito.',
    },
    combination: {
      title: 'I Suoi obiettivi corrispondono a una combinazione dei due',
      why:
        'Ha scelto obiettivi di qualità della pelle e obiettivi di volume o di forma. ' +
        'A volte i professionisti uniscono i due trattamenti per rinnovare tutto il viso.',
    },
    separate: {
      title: 'I Suoi obiettivi corrispondono a due trattamenti diversi',
      why:
        'Alcuni dei Suoi obiettivi riguardano la mesoterapia e altri i filler. ' +
        'Sono trattamenti separati per obiettivi diversi.',
    },
  },
  concernsIntro: 'Cosa ha scelto:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Confronta «{aspect}»',
  seeRowFor: ' per «{concern}»',
  fatCaveat:
    'In alcune persone la mesoterapia può ridurre il grasso in piccole zone, ma non in tutte. ' +
    'Ci sono pochi studi di buona qualità, e gli esperti non sono d’accordo sulla sua sicurezza. ' +
    'Non è una cura per dimagrire né per l’obesità. ' +
    'La FDA, l’ente statunitense per alimenti e farmaci, non l’ha approvata per ridurre il grasso. ' +
    'Nel 2010 la FDA ha dichiarato di non conoscere prove che queste iniezioni per il grasso (chiamate lipodissoluzione) funzionino. ' +
    'La FDA ha anche ricevuto segnalazioni di cicatrici durature e di noduli profondi e dolorosi sotto la pelle. ' +
    'Servono comunque un’alimentazione sana e attività fisica.',
  fillerCaveat:
    'Raramente il filler può ostruire un vaso sanguigno. ' +
    'Questo può danneggiare la pelle, o causare perdita della vista o un ictus. ' +
    'La FDA, l’ente statunitense per alimenti e farmaci, ha avvertito di questo rischio nel 2015. ' +
    'Chieda al professionista come riduce questo rischio.',
  hairNote:
    'La perdita di capelli può avere una causa medica. ' +
    'Se è improvvisa o a chiazze, o se non si sente bene, vada prima dal Suo medico.',
  healthNote:
    'Se un trattamento è sicuro dipende dalla Sua salute. Un professionista lo verifica durante una visita.',
  selfCheckLink: 'Autovalutazione: c’è qualcosa che esclude la mesoterapia nel Suo caso?',
  severityNotes: {
    mild: 'Per rughe sottili lievi, la mesoterapia potrebbe essere la scelta migliore.',
    marked: 'Per rughe profonde o molto volume perso, i filler potrebbero aiutare più della mesoterapia.',
  },
  announce: 'Suggerimento aggiornato: {title}.',
  announceEmpty: 'Ancora nessun suggerimento.',
};
