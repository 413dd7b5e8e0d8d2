import type {VsFillerContent} from '../en/vs-filler.js';
import {commonDe} from './common.js';

/** Everything `<meso-vs-filler>` says, in German. See the glossary in `./common.ts`. */
export const vsFillerDe: VsFillerContent = {
  ...commonDe,
  heading: 'Mesotherapie oder Filler?',
  intro:
    'Das sind zwei verschiedene Behandlungen für verschiedene Ziele. Keine ist grundsätzlich besser. ' +
    'Welche passt, hängt davon ab, was Sie verändern möchten. Manchmal werden beide kombiniert.',
  compareHeading: 'Der Vergleich',
  tableCaption: 'Mesotherapie und Filler im direkten Vergleich',
  aspectColumn: 'Was wir vergleichen',
  treatments: {mesotherapy: 'Mesotherapie', filler: 'Filler'},
  aspects: {
    goal: {
      label: 'Hauptziel',
      mesotherapy:
        'Insgesamt bessere Hautqualität: Hautbild, Teint, Feuchtigkeit und feine Linien nahe der Oberfläche. ' +
        'Sie wird auch bei dünner werdendem Haar und kleinen Fettpölsterchen eingesetzt.',
      filler: 'Verlorenes Volumen auffüllen, tiefere Falten und Furchen füllen und Bereiche wie Lippen und Wangen formen.',
    },
    injected: {
      label: 'Was gespritzt wird',
      mesotherapy:
        'Viele winzige Injektionen in die mittlere Hautschicht (Lederhaut, Dermis). ' +
        'Sie enthalten eine Mischung aus Vitaminen, Enzymen, Hormonen und Pflanzenextrakten.',
      filler: 'Ein Gel, meist Hyaluronsäure. Es wird dort eingebracht, wo mehr Volumen gewünscht ist.',
    },
    results: {
      label: 'Wie die Ergebnisse sind',
      mesotherapy: 'Dezent und allmählich. Sie wirkt auf die Gesundheit der Haut als Ganzes.',
      filler: 'Eine sichtbare Veränderung von Volumen und Form, sofort, in den behandelten Bereichen.',
    },
    sessions: {
      label: 'Wie viele Sitzungen',
      mesotherapy: 'Eine Reihe von Behandlungen, danach Auffrischungsbehandlungen.',
      filler: 'Oft eine Sitzung, später Auffrischungen.',
    },
    lasts: {
      label: 'Wie lange es hält',
      mesotherapy: 'Sie brauchen Auffrischungsbehandlungen, damit die Wirkung bleibt.',
      filler: 'Etwa 6 Monate bis 2 Jahre, je nach verwendetem Produkt.',
    },
    suits: {
      label: 'Eignet sich oft für',
      mesotherapy: 'Jüngere Menschen oder Menschen mit leichten Zeichen der Hautalterung.',
      filler: 'Menschen mit tiefen Falten oder viel verlorenem Volumen.',
    },
    risks: {
      label: 'Risiken',
      mesotherapy: 'Infektionen, blaue Flecken und Schwellungen. Das Können der behandelnden Person ist sehr wichtig.',
      filler: 'Infektionen, blaue Flecken und Schwellungen. Das Können der behandelnden Person ist sehr wichtig.',
    },
  },
  helperHeading: 'Was könnte zu Ihnen passen?',
  concernsLegend: 'Was möchten Sie verändern?',
  concernsHint: 'Wählen Sie alles aus, was zutrifft.',
  concerns: {
    texture: 'Unebenes Hautbild oder ungleichmäßiger Teint',
    dullness: 'Fahle oder trockene Haut (Feuchtigkeitsmangel)',
    'fine-lines': 'Feine Linien nahe der Hautoberfläche',
    hair: 'Dünner werdendes Haar',
    fat: 'Kleine, hartnäckige Fettpölsterchen oder Cellulite',
    'deep-lines': 'Tiefe Falten und Furchen',
    volume: 'Verlorenes Volumen, zum Beispiel an Wangen oder Lippen',
    contour: 'Die Form von Kinn, Kieferlinie oder Lippen',
  },
  severityLegend: 'Wie deutlich sind die Veränderungen, die Sie sehen? (freiwillig)',
  severityHint: 'Das hilft, wenn es Ihnen um Linien oder verlorenes Volumen geht.',
  severities: {
    unsure: 'Ich bin mir nicht sicher',
    mild: 'Leicht',
    moderate: 'Mittel',
    marked: 'Deutlich',
  },
  resultHeading: 'Was zu Ihnen passen könnte',
  resultEmpty: 'Wählen Sie mindestens eine Sache aus, die Sie verändern möchten. Dann sehen Sie einen Vorschlag.',
  recommendations: {
    mesotherapy: {
      title: 'Eine Mesotherapie könnte zu Ihren Zielen passen',
      why:
        'Alles, was Sie gewählt haben, betrifft Hautqualität, Haare oder kleine Fettpölsterchen. ' +
        'Darauf zielt die Mesotherapie ab, mit allmählichen Ergebnissen über mehrere Sitzungen.',
    },
    filler: {
      title: 'Filler könnten zu Ihren Zielen passen',
      why:
        'Alles, was Sie gewählt haben, betrifft Volumen, tiefe Falten oder Form. ' +
        'Darauf zielen Filler ab, mit einer sofort sichtbaren Veränderung.',
    },
    combination: {
      title: 'Eine Kombination könnte zu Ihren Zielen passen',
      why:
        'Sie haben Ziele zur Hautqualität und Ziele zu Volumen oder Form gewählt. ' +
        'Praxen kombinieren manchmal beide Behandlungen, um das ganze Gesicht aufzufrischen.',
    },
  },
  concernsIntro: 'Ihre Auswahl:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: '„{aspect}“ vergleichen',
  fatCaveat:
    'Die Mesotherapie kann Fett nur an kleinen Stellen verringern, und die Studienlage dazu ist uneinheitlich. ' +
    'Sie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
    'Zur Fettreduktion ist sie von der US-Arzneimittelbehörde FDA nicht zugelassen. ' +
    'Eine gesunde Ernährung und Bewegung bleiben nötig.',
  severityNotes: {
    mild: 'Bei leichten Zeichen der Hautalterung passt eine Mesotherapie vielleicht besser zu Ihnen.',
    marked: 'Bei tiefen Falten oder deutlichem Volumenverlust helfen Filler vielleicht mehr als eine Mesotherapie.',
  },
  announce: 'Vorschlag aktualisiert: {title}.',
  announceEmpty: 'Noch kein Vorschlag.',
};
