import type {VsFillerContent} from '../en/vs-filler.js';
import {commonIt} from './common.js';

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
        'Si usa anche per i capelli che si diradano e per piccole zone di grasso.',
      filler:
        'Ridare il volume perso, riempire rughe e solchi profondi, e dare forma a zone come labbra e zigomi.',
    },
    injected: {
      label: 'Cosa si inietta',
      mesotherapy:
        'Tante piccolissime iniezioni nello strato medio della pelle (il derma). ' +
        'Contengono un mix di vitamine, enzimi, ormoni ed estratti di piante.',
      filler: 'Un gel, di solito acido ialuronico, messo dove si vuole più volume.',
    },
    results: {
      label: 'Come sono i risultati',
      mesotherapy: 'Delicati e graduali. Agisce sulla salute della pelle nel suo insieme.',
      filler: 'Un cambiamento visibile di volume e forma, subito, nelle zone trattate.',
    },
    sessions: {
      label: 'Quante sedute',
      mesotherapy: 'Un ciclo di sedute, poi sedute di mantenimento.',
      filler: 'Spesso una seduta, con ritocchi più avanti.',
    },
    lasts: {
      label: 'Quanto dura',
      mesotherapy: 'Servono sedute di mantenimento per conservare l’effetto.',
      filler: 'Da circa 6 mesi a 2 anni, secondo il prodotto usato.',
    },
    suits: {
      label: 'Spesso adatto a',
      mesotherapy: 'Persone più giovani, o con lievi segni dell’età.',
      filler: 'Persone con rughe profonde o con molto volume perso.',
    },
    risks: {
      label: 'Rischi',
      mesotherapy:
        'Infezione, lividi e gonfiore. L’abilità di chi La tratta conta molto.',
      filler: 'Infezione, lividi e gonfiore. L’abilità di chi La tratta conta molto.',
    },
  },
  helperHeading: 'Quale dei due potrebbe fare per Lei?',
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
    contour: 'La forma del mento, della mandibola o delle labbra',
  },
  severityLegend: 'Quanto si notano i cambiamenti che vede? (facoltativo)',
  severityHint: 'Aiuta se pensa alle rughe o al volume perso.',
  severities: {
    unsure: 'Non lo so',
    mild: 'Poco',
    moderate: 'Abbastanza',
    marked: 'Molto',
  },
  resultHeading: 'Cosa potrebbe fare per Lei',
  resultEmpty: 'Scelga almeno una cosa che vorrebbe cambiare per vedere un suggerimento.',
  recommendations: {
    mesotherapy: {
      title: 'La mesoterapia potrebbe fare al caso Suo',
      why:
        'Tutto ciò che ha scelto riguarda la qualità della pelle, i capelli o piccole zone di grasso. ' +
        'La mesoterapia punta a questo, con risultati graduali in più sedute.',
    },
    filler: {
      title: 'I filler potrebbero fare al caso Suo',
      why:
        'Tutto ciò che ha scelto riguarda il volume, le rughe profonde o la forma. ' +
        'I filler puntano a questo, con un cambiamento visibile subito.',
    },
    combination: {
      title: 'Una combinazione potrebbe fare al caso Suo',
      why:
        'Ha scelto obiettivi di qualità della pelle e obiettivi di volume o di forma. ' +
        'A volte i centri uniscono i due trattamenti per rinnovare tutto il viso.',
    },
  },
  concernsIntro: 'Cosa ha scelto:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Confronta «{aspect}»',
  fatCaveat:
    'La mesoterapia può ridurre il grasso solo in piccole zone, e gli studi non sono concordi. ' +
    'Non è una cura per dimagrire né per l’obesità. ' +
    'Non è approvata dalla FDA (l’ente statunitense per i farmaci) per eliminare il grasso. ' +
    'Servono comunque un’alimentazione sana e attività fisica.',
  severityNotes: {
    mild: 'Per segni dell’età lievi, la mesoterapia potrebbe essere più adatta.',
    marked: 'Per rughe profonde o molto volume perso, i filler potrebbero aiutare più della mesoterapia.',
  },
  announce: 'Suggerimento aggiornato: {title}.',
  announceEmpty: 'Ancora nessun suggerimento.',
};
