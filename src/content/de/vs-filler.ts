import {commonDe} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

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
        'Eingesetzt wird sie auch bei dünner werdendem Haar und kleinen Fettpölsterchen. ' +
        'Die Mesotherapie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
        'Die US-Arzneimittelbehörde FDA hat sie nicht zur Fettreduktion zugelassen.',
      filler: 'Verlorenes Volumen auffüllen, tiefere Falten und Furchen füllen und Bereiche wie Lippen und Wangen formen.',
    },
    injected: {
      label: 'Was gespritzt wird',
      mesotherapy:
        'Viele winzige Injektionen in die mittlere Hautschicht (Lederhaut, Dermis). ' +
        'Die Injektionen enthalten eine Mischung aus Vitaminen, Enzymen, Hormonen und Pflanzenextrakten.',
      filler: 'Ein Produkt, meist Hyaluronsäure, das in die Haut gespritzt wird. Es gibt Fülle und Volumen.',
    },
    results: {
      label: 'Wie die Ergebnisse sind',
      mesotherapy:
        'Dezent und allmählich. Die Mesotherapie wirkt auf die Gesundheit der Haut als Ganzes. ' +
        'Die Ergebnisse sind von Mensch zu Mensch verschieden. ' +
        'Die Studienlage dazu, ob sie die Haut jünger aussehen lässt, ist uneinheitlich.',
      filler: 'Eine sichtbare Veränderung von Volumen und Form, sofort, in den behandelten Bereichen.',
    },
    sessions: {
      label: 'Wie viele Sitzungen',
      mesotherapy: 'Meist eine Reihe von 3 bis 15 Sitzungen, danach regelmäßige Sitzungen, damit die Wirkung bleibt.',
      filler: 'Fragen Sie Ihre Fachperson. Das hängt von Ihren Zielen ab.',
    },
    lasts: {
      label: 'Wie lange es hält',
      mesotherapy: 'Sie brauchen regelmäßige Sitzungen, damit die Wirkung bleibt.',
      filler: 'Etwa 6 Monate bis 2 Jahre, je nach verwendetem Produkt.',
    },
    suits: {
      label: 'Wem es am ehesten helfen kann',
      mesotherapy:
        'Jüngeren Menschen oder Menschen mit leichten Zeichen der Hautalterung. Bei tiefen Falten hilft sie vielleicht nicht.',
      filler: 'Menschen mit tiefen Falten oder viel verlorenem Volumen.',
    },
    risks: {
      label: 'Risiken',
      mesotherapy:
        'Rötungen, Schwellungen, blaue Flecken, Juckreiz und Schmerzen sind häufig. ' +
        'Bei jeder Injektion kann eine Infektion entstehen. Schwere Reaktionen sind selten. ' +
        'Das Können der Fachperson ist sehr wichtig.',
      filler: 'Infektionen, blaue Flecken und Schwellungen sind möglich. Das Können der Fachperson ist sehr wichtig.',
    },
  },
  helperHeading: 'Was könnte zu Ihren Zielen passen?',
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
    contour: 'Die Form Ihres Gesichts, zum Beispiel markantere Gesichtszüge',
  },
  severityLegend: 'Wie deutlich sind die Zeichen der Hautalterung, die Sie sehen? (freiwillig)',
  severityHint: 'Das hilft, wenn es Ihnen um Linien oder verlorenes Volumen geht.',
  severities: {
    unsure: 'Ich bin mir nicht sicher',
    mild: 'Leicht',
    moderate: 'Mittel',
    marked: 'Sehr deutlich',
  },
  resultHeading: 'Was zu Ihren Zielen passen könnte',
  resultEmpty: 'Wählen Sie mindestens eine Sache aus, die Sie verändern möchten. Dann sehen Sie einen Vorschlag.',
  recommendations: {
    mesotherapy: {
      title: 'Ihre Ziele passen zu dem, worauf die Mesotherapie abzielt',
      why:
        'Alles, was Sie gewählt haben, betrifft Hautqualität, Haare oder kleine Fettpölsterchen. ' +
        'Darauf zielt die Mesotherapie ab. Die Ergebnisse kommen allmählich und brauchen mehrere Sitzungen.',
    },
    filler: {
      title: 'Ihre Ziele passen zu dem, worauf Filler abzielen',
      why:
        'Alles, was Sie gewählt haben, betrifft Volumen, tiefe Falten oder Form. ' +
        'Darauf zielen Filler ab, mit einer sofort sichtbaren Veränderung.',
    },
    combination: {
      title: 'Ihre Ziele passen zu einer Kombination aus beiden',
      why:
        'Sie haben Ziele zur Hautqualität und Ziele zu Volumen oder Form gewählt. ' +
        'Fachpersonen kombinieren manchmal beide Behandlungen, um das ganze Gesicht aufzufrischen.',
    },
    separate: {
      title: 'Ihre Ziele passen zu zwei verschiedenen Behandlungen',
      why:
        'Manche Ihrer Ziele passen zur Mesotherapie, andere zu Fillern. ' +
        'Das sind getrennte Behandlungen für verschiedene Ziele.',
    },
  },
  concernsIntro: 'Ihre Auswahl:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: '„{aspect}“ vergleichen',
  seeRowFor: ' – für „{concern}“',
  fatCaveat:
    'Die Mesotherapie kann Fett nur an kleinen Stellen verringern, und die Studienlage dazu ist uneinheitlich. ' +
    'Die Mesotherapie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
    'Die US-Arzneimittelbehörde FDA hat sie nicht zur Fettreduktion zugelassen. ' +
    'Eine gesunde Ernährung und Bewegung brauchen Sie trotzdem.',
  healthNote: 'Ob eine Behandlung sicher ist, hängt von Ihrer Gesundheit ab. Das prüft eine Fachperson im Beratungsgespräch.',
  selfCheckLink: 'Prüfen Sie, ob etwas bei Ihnen gegen eine Mesotherapie spricht',
  severityNotes: {
    mild: 'Bei leichten Zeichen der Hautalterung ist eine Mesotherapie vielleicht die bessere Wahl.',
    marked: 'Bei tiefen Falten oder viel verlorenem Volumen helfen Filler vielleicht mehr als eine Mesotherapie.',
  },
  announce: 'Vorschlag aktualisiert: {title}.',
  announceEmpty: 'Noch kein Vorschlag.',
};
