import {commonDe} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

/** Everything `<meso-eligibility>` says, in German. See the glossary in `./common.ts`. */
export const eligibilityDe: EligibilityContent = {
  ...commonDe,
  heading: 'Ist eine Mesotherapie das Richtige für mich?',
  intro: {
    lead: 'Beantworten Sie ein paar Fragen. So sehen Sie, ob etwas bei Ihnen gegen eine Mesotherapie spricht.',
    time: 'Das dauert etwa eine Minute.',
    privacy: 'Ihre Antworten bleiben auf diesem Gerät. Sie werden nirgendwohin gesendet.',
    start: 'Starten',
  },
  progress: 'Frage {n} von {total}',
  pageProgress: 'Seite {n} von {total}',
  whyWeAsk: 'Manche Gesundheitsprobleme machen eine Mesotherapie riskanter. Deshalb fragen wir.',
  goalsQuestion: 'Was möchten Sie verbessern?',
  goalsHint: 'Wählen Sie alles aus, was zutrifft.',
  goalsLabel: 'Was Sie verbessern möchten',
  goals: {
    face: 'Meine Haut: Feuchtigkeit, feine Linien, Hautbild, Teint oder fahle Haut',
    hair: 'Dünner werdendes Haar oder Haarausfall',
    body: 'Cellulite oder kleine, hartnäckige Fettpölsterchen, etwa an Bauch, Hüften oder Oberschenkeln',
    weight: 'Insgesamt abnehmen',
  },
  questionsHeading: 'Zu Ihrer Gesundheit',
  answers: {yes: 'Ja', no: 'Nein', unsure: 'Nicht sicher'},
  questions: {
    adult: {
      question: 'Sind Sie 18 Jahre oder älter?',
      hint: 'Die Mesotherapie ist eine kosmetische Behandlung nur für Erwachsene.',
      label: 'Ihr Alter',
      reason: 'Sie haben angegeben, dass Sie unter 18 sind. Die Mesotherapie ist eine kosmetische Behandlung nur für Erwachsene.',
    },
    pregnant: {
      question: 'Sind Sie schwanger, oder könnten Sie schwanger sein?',
      hint: 'Niemand weiß bisher, wie die Inhaltsstoffe ein ungeborenes Kind beeinflussen könnten.',
      label: 'Schwangerschaft',
      reason:
        'Sie sind schwanger oder könnten es sein. Niemand weiß bisher, wie die Inhaltsstoffe Ihr Kind beeinflussen könnten. ' +
        'Sie können erneut prüfen, wenn Sie nicht mehr schwanger sind und nicht mehr stillen.',
    },
    breastfeeding: {
      question: 'Stillen Sie?',
      hint: 'Niemand weiß bisher, wie die Inhaltsstoffe ein gestilltes Baby beeinflussen könnten.',
      label: 'Stillzeit',
      reason:
        'Sie stillen. Niemand weiß bisher, wie die Inhaltsstoffe Ihr Baby beeinflussen könnten. ' +
        'Sie können erneut prüfen, sobald Sie abgestillt haben.',
    },
    bleeding: {
      question: 'Nehmen Sie etwas, das Ihr Blut verdünnt, oder haben Sie eine Blutungs- oder Gerinnungsstörung?',
      hint:
        'Dazu gehören blutverdünnende Medikamente und Aspirin (ASS) oder Ibuprofen, wenn Sie es jeden Tag nehmen. ' +
        'Auch manche pflanzlichen Nahrungsergänzungsmittel verdünnen das Blut. ' +
        'Antworten Sie auch mit Ja, wenn Sie eine Erkrankung wie die Bluterkrankheit (Hämophilie) haben.',
      label: 'Blutverdünner oder Blutungsstörung',
      reason:
        'Sie nehmen etwas, das Ihr Blut verdünnt, oder haben eine Blutungs- oder Gerinnungsstörung. ' +
        'Nach Injektionen bekommen Sie dann vielleicht leichter blaue Flecken und Blutungen.',
    },
    immune: {
      question: 'Haben Sie eine Autoimmunerkrankung oder ein geschwächtes Immunsystem?',
      hint: 'Dazu gehören Krankheiten oder Medikamente, die die Abwehr Ihres Körpers gegen Infektionen schwächen.',
      label: 'Autoimmunerkrankung oder geschwächtes Immunsystem',
      reason:
        'Sie haben eine Autoimmunerkrankung oder ein geschwächtes Immunsystem. ' +
        'Vielleicht bekommen Sie leichter eine Infektion. Oder die Behandlung wirkt nicht gut.',
    },
    skin: {
      question: 'Haben Sie eine Infektion, einen Ausschlag oder entzündete Haut an der Stelle, die behandelt werden soll?',
      hint: 'Zum Beispiel infizierte Pickel oder gerötete, geschwollene Haut.',
      label: 'Infizierte oder entzündete Haut',
      reason:
        'Sie haben eine Infektion oder entzündete Haut an der Stelle, die behandelt werden soll. ' +
        'Injektionen könnten die Infektion verbreiten oder verschlimmern. ' +
        'Sie können erneut prüfen, wenn Ihre Haut abgeheilt ist.',
    },
    allergy: {
      question: 'Haben Sie schwere Allergien, oder hatten Sie schon einmal einen allergischen Schock (Anaphylaxie)?',
      hint: 'Antworten Sie auch mit Ja, wenn Sie gegen Vitamine, Enzyme, Hormone oder Pflanzenextrakte in Injektionen allergisch sind.',
      label: 'Schwere Allergien oder allergischer Schock',
      reason:
        'Sie haben schwere Allergien oder eine Allergie gegen etwas, das in den Injektionen sein kann. ' +
        'Lassen Sie keine Mesotherapie machen, wenn Sie gegen einen ihrer Inhaltsstoffe allergisch sind.',
    },
    conditions: {
      question: 'Haben Sie Krebs, eine Leber-, Nieren- oder Herzerkrankung oder Diabetes?',
      hint: 'Antworten Sie mit Ja, wenn Sie eine davon jetzt haben oder deswegen behandelt werden. Hatten Sie früher eine davon, wählen Sie „Nicht sicher“.',
      label: 'Krebs, Leber-, Nieren- oder Herzerkrankung oder Diabetes',
      reason:
        'Sie haben Krebs, eine Leber-, Nieren- oder Herzerkrankung oder Diabetes. ' +
        'Es gibt nicht genug Belege, dass die Mesotherapie bei diesen Erkrankungen sicher ist oder wirkt.',
    },
    'heart-stroke': {
      question: 'Hatten Sie jemals einen Herzinfarkt oder einen Schlaganfall?',
      hint: 'Antworten Sie auch dann mit Ja, wenn es lange her ist.',
      label: 'Herzinfarkt oder Schlaganfall',
      reason:
        'Sie hatten einen Herzinfarkt oder einen Schlaganfall. Nach der Behandlung könnten bei Ihnen eher Probleme auftreten.',
    },
  },
  continue: 'Weiter',
  back: 'Zurück',
  errors: {
    summaryTitle: 'Es gibt ein Problem',
    prefix: 'Fehler:',
    goals: 'Wählen Sie aus, was Sie verbessern möchten',
    answer: 'Wählen Sie Ja, Nein oder Nicht sicher',
  },
  summary: {
    heading: 'Prüfen Sie Ihre Antworten',
    change: 'Ändern',
    changeHidden: ' Sie Ihre Antwort zu {label}',
    submit: 'Mein Ergebnis anzeigen',
    noGoals: 'Nichts ausgewählt',
  },
  outcomes: {
    'not-recommended': {
      headline: 'Eine Mesotherapie wird Ihnen nicht empfohlen',
      next:
        'Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über Ihre Angaben. ' +
        'Dort bekommen Sie Hilfe bei der Suche nach anderen Möglichkeiten.',
    },
    'not-now': {
      headline: 'Im Moment nicht',
      next: 'Das kann sich später ändern. Prüfen Sie es erneut, wenn sich bei Ihnen etwas ändert.',
    },
    'ask-doctor': {
      headline: 'Sprechen Sie zuerst mit Ihrer Ärztin oder Ihrem Arzt',
      next:
        'Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über die Antworten oben. ' +
        'Tun Sie das vor einer Buchung.',
    },
    'no-concerns': {
      headline: 'Nichts in Ihren Angaben spricht gegen eine Mesotherapie',
      next:
        'Das heißt nicht, dass sie für Sie richtig ist. ' +
        'In einem Beratungsgespräch prüft eine Fachperson Ihre Gesundheit. Die Entscheidung trifft sie gemeinsam mit Ihnen.',
    },
  },
  statusLabel: 'Ihr Ergebnis:',
  notDiagnosis: 'Dies ist keine Diagnose.',
  reasonsHeading: 'Warum',
  unsureReason: 'Sie waren sich nicht sicher bei: {label}. Fragen Sie Ihre Ärztin oder Ihren Arzt danach.',
  unsureAge: 'Sie waren nicht sicher, ob Sie 18 Jahre oder älter sind. Die Mesotherapie ist nur für Erwachsene. Buchen Sie erst, wenn Sie wissen, dass Sie 18 oder älter sind.',
  bookAfterDoctor: 'Wenn Ihre Ärztin oder Ihr Arzt zustimmt, können Sie einen Beratungstermin buchen.',
  medicineWarning:
    'Setzen Sie ein verschriebenes Medikament nie ab, ohne vorher mit Ihrer Ärztin oder Ihrem Arzt zu sprechen.',
  weightLossReason:
    'Die Mesotherapie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
    'Sie nehmen damit insgesamt nicht ab.',
  notesHeading: 'Gut zu wissen',
  notes: {
    'weight-loss':
      'Die Mesotherapie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
      'Sie nehmen damit insgesamt nicht ab.',
    'body-fat':
      'Die Mesotherapie kann Fett nur an kleinen Stellen verringern, und die Ergebnisse sind unterschiedlich. ' +
      'Die Studienlage ist uneinheitlich. ' +
      'Die Mesotherapie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
      'Die US-Arzneimittelbehörde FDA hat sie nicht zur Fettreduktion zugelassen. ' +
      'Eine gesunde Ernährung und Bewegung brauchen Sie trotzdem.',
  },
  checklistHeading: 'Vor Ihrem Beratungsgespräch',
  checklist: [
    'Schreiben Sie alle Medikamente und Nahrungsergänzungsmittel auf, die Sie einnehmen.',
    'Notieren Sie Allergien und frühere Gesundheitsprobleme.',
    'Notieren Sie Gesundheitsprobleme, die mit der Zeit schlimmer werden können.',
    'Fragen Sie nach der Ausbildung und der Erfahrung der behandelnden Fachperson.',
    'Denken Sie über den möglichen Nutzen und die Risiken nach.',
  ],
  expectHeading: 'Was Sie erwartet',
  expect: [
    'Vielleicht brauchen Sie eine Reihe von 3 bis 15 Sitzungen. Danach können regelmäßige Sitzungen nötig sein, um die Wirkung zu erhalten.',
    'Die Ergebnisse entwickeln sich langsam. Bis sie sichtbar sind, kann es einige Monate bis zu einem ganzen Jahr dauern.',
    'Bei Haaren kann es einige Monate dauern, bis Sie eine Veränderung sehen.',
    'Die Ergebnisse sind bei jedem Menschen anders. Das hängt vom Können der Fachperson und von ihren Produkten ab.',
    'Eine gesunde Ernährung, Bewegung und gute Hautpflege helfen Ihnen, die Ergebnisse zu erhalten.',
    'Rötungen, Schwellungen, blaue Flecken, Juckreiz oder Schmerzen an den Einstichstellen sind häufig. Das klingt meist nach wenigen Tagen ab.',
    'Schmerzen empfindet jeder Mensch anders. Manche spüren nur ein leichtes Unbehagen, andere finden es sehr schmerzhaft.',
    'Das Gesicht kann empfindlicher sein als die Oberschenkel oder der Bauch.',
    'Die Fachperson verwendet sehr feine Nadeln. Betäubungscreme, Kühlpacks oder Vibration können die Behandlung angenehmer machen.',
    'Jede Injektion kann eine Infektion verursachen.',
    'Allergische Reaktionen sind nicht häufig, können aber vorkommen. Schwere Reaktionen sind selten.',
    'Manche Produkte werden für Zwecke verwendet, für die sie nicht zugelassen sind. Das nennt man Off-Label-Use.',
    'Die Studienlage zur Mesotherapie ist uneinheitlich. Manche Länder kontrollieren die Produkte nicht gut.',
  ],
  startAgain: 'Neu beginnen',
  print: 'Dieses Ergebnis drucken',
  announceResult: 'Ihr Ergebnis: {headline}.',
};
