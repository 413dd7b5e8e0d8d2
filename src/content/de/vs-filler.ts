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
        'Die US-Arzneimittelbehörde FDA hat sie nicht zur Fettreduktion zugelassen. ' +
        '2010 erklärte die FDA, ihr sei kein Beleg bekannt, dass diese Fett-Spritzen (Lipolyse, „Lipodissolve“) wirken. ' +
        'Ihr wurden auch Narben gemeldet.',
      filler:
        'Verlorenes Volumen auffüllen, tiefere Falten und Furchen füllen und Bereiche wie Lippen und Wangen formen. ' +
        'Die US-Arzneimittelbehörde FDA hat manche Filler für einige dieser Anwendungen zugelassen.',
    },
    injected: {
      label: 'Was gespritzt wird',
      mesotherapy:
        'Viele winzige Injektionen in die Haut. ' +
        'Gegen Fett gehen sie etwas tiefer, in das Fett unter der Haut. ' +
        'Die Injektionen enthalten eine Mischung aus Vitaminen, Enzymen, Hormonen und Pflanzenextrakten.',
      filler:
        'Ein Produkt, das in oder unter die Haut gespritzt wird. ' +
        'Es sorgt für mehr Fülle und Volumen. ' +
        'Meist ist es Hyaluronsäure, ein Stoff, den der Körper auch selbst bildet.',
    },
    results: {
      label: 'Wie die Ergebnisse sind',
      mesotherapy:
        'Dezent und allmählich. ' +
        'Die Mesotherapie soll die Haut als Ganzes verbessern. ' +
        'Die Ergebnisse sind verschieden, und manche Menschen sehen keine Veränderung. ' +
        'Es gibt kaum gute Belege, dass sie die Haut jünger aussehen lässt.',
      filler: 'Eine sichtbare Veränderung von Volumen und Form, sofort, in den behandelten Bereichen.',
    },
    sessions: {
      label: 'Wie viele Sitzungen',
      mesotherapy: 'Meist eine Reihe von 3 bis 15 Sitzungen, danach regelmäßige Sitzungen, damit eine erreichte Wirkung bleibt.',
      filler: 'Fragen Sie Ihre Fachperson. Das hängt von Ihren Zielen ab.',
    },
    lasts: {
      label: 'Wie lange es hält',
      mesotherapy:
        'Niemand kann sagen, wie lange es hält. ' +
        'Sie brauchen regelmäßige Sitzungen, um eine erreichte Wirkung zu erhalten.',
      filler: 'Etwa 6 Monate bis 2 Jahre, je nach verwendetem Produkt.',
    },
    suits: {
      label: 'Wem es am ehesten helfen kann',
      mesotherapy:
        'Jüngeren Erwachsenen oder Menschen mit leichten Zeichen der Hautalterung. ' +
        'Bei tiefen Falten hilft sie vielleicht nicht.',
      filler: 'Erwachsenen mit tiefen Falten oder viel verlorenem Volumen. Filler sind nur für Menschen ab 18 Jahren.',
    },
    risks: {
      label: 'Risiken',
      mesotherapy:
        'Rötungen, Schwellungen, blaue Flecken, Juckreiz und Schmerzen sind häufig. ' +
        'Bei jeder Injektion kann eine Infektion entstehen. ' +
        'Allergische Reaktionen sind nicht häufig. ' +
        'Schwere Reaktionen sind selten. ' +
        'Manche Länder kontrollieren die Produkte nicht gut. ' +
        'Manche Produkte werden für Zwecke verwendet, für die sie nicht zugelassen sind (Off-Label-Use). ' +
        'Das Können der Fachperson ist sehr wichtig.',
      filler:
        'Infektionen, blaue Flecken und Schwellungen sind möglich. ' +
        'Selten kann Filler ein Blutgefäß verstopfen. ' +
        'Das kann die Haut schädigen oder zu Sehverlust oder einem Schlaganfall führen. ' +
        'Die US-Arzneimittelbehörde FDA warnte 2015 davor. ' +
        'Das Können der Fachperson ist sehr wichtig.',
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
    contour: 'Die Form Ihres Gesichts, zum Beispiel Lippen oder Wangen',
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
        'Darauf zielt die Mesotherapie ab. ' +
        'Die Mesotherapie wirkt nicht bei allen. ' +
        'Die Ergebnisse kommen allmählich und brauchen mehrere Sitzungen.',
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
    'Die Mesotherapie kann bei manchen Menschen Fett an kleinen Stellen verringern, aber nicht bei allen. ' +
    'Es gibt wenige gute Studien, und Fachleute sind sich nicht einig, ob sie sicher ist. ' +
    'Die Mesotherapie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
    'Die US-Arzneimittelbehörde FDA hat sie nicht zur Fettreduktion zugelassen. ' +
    '2010 erklärte die FDA, ihr sei kein Beleg bekannt, dass diese Fett-Spritzen (Lipolyse, „Lipodissolve“) wirken. ' +
    'Der Behörde wurden auch bleibende Narben und tiefe, schmerzhafte Knoten unter der Haut gemeldet. ' +
    'Eine gesunde Ernährung und Bewegung brauchen Sie trotzdem.',
  fillerCaveat:
    'Selten kann Filler ein Blutgefäß verstopfen. ' +
    'Das kann die Haut schädigen oder zu Sehverlust oder einem Schlaganfall führen. ' +
    'Die US-Arzneimittelbehörde FDA warnte 2015 davor. ' +
    'Fragen Sie die Fachperson, wie sie dieses Risiko senkt.',
  hairNote:
    'Haarausfall kann eine medizinische Ursache haben. ' +
    'Wenn er plötzlich oder stellenweise auftritt oder Sie sich krank fühlen, gehen Sie zuerst zu Ihrer Ärztin oder Ihrem Arzt.',
  healthNote: 'Ob eine Behandlung sicher ist, hängt von Ihrer Gesundheit ab. Das prüft eine Fachperson im Beratungsgespräch.',
  selfCheckLink: 'Prüfen Sie, ob etwas bei Ihnen gegen eine Mesotherapie spricht',
  severityNotes: {
    mild: 'Bei leichten feinen Linien ist eine Mesotherapie vielleicht die bessere Wahl.',
    marked: 'Bei tiefen Falten oder viel verlorenem Volumen helfen Filler vielleicht mehr als eine Mesotherapie.',
  },
  announce: 'Vorschlag aktualisiert: {title}.',
  announceEmpty: 'Noch kein Vorschlag.',
};
