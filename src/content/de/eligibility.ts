import {commonDe} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

/** Everything `<meso-eligibility>` says, in German. See the glossary in `./common.ts`. */
export const eligibilityDe: EligibilityContent = {
  ...commonDe,
  heading: 'Ist eine Mesotherapie das Richtige für mich?',
  intro: {
    lead: 'Beantworten Sie ein paar Fragen. So sehen Sie, ob etwas bei Ihnen gegen eine Mesotherapie spricht.',
    time: 'Das dauert etwa eine Minute.',
    privacy: 'Ihre Antworten bleiben auf diesem Gerät und werden nirgendwohin gesendet.',
    privacyShare: 'Ihre Antworten bleiben auf diesem Gerät. Nur wenn Sie sich dafür entscheiden, werden sie mit {clinic} geteilt.',
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
      hint: 'Für diese Behandlung müssen Sie hier mindestens 18 Jahre alt sein.',
      label: '18 Jahre oder älter',
      reason:
        'Sie haben angegeben, dass Sie unter 18 sind. ' +
        'Für diese Behandlung müssen Sie hier mindestens 18 Jahre alt sein.',
      unsure:
        'Sie waren nicht sicher, ob Sie 18 Jahre oder älter sind. ' +
        'Für diese Behandlung müssen Sie hier mindestens 18 Jahre alt sein. ' +
        'Buchen Sie erst, wenn Sie es wissen.',
    },
    pregnant: {
      question: 'Sind Sie schwanger, oder könnten Sie schwanger sein?',
      hint: 'Niemand weiß bisher, wie die Inhaltsstoffe ein ungeborenes Kind beeinflussen könnten.',
      label: 'Schwangerschaft',
      reason:
        'Sie sind schwanger oder könnten es sein. Niemand weiß bisher, wie die Inhaltsstoffe Ihr Kind beeinflussen könnten. ' +
        'Sie können den Selbstcheck wiederholen, wenn Sie nicht mehr schwanger sind und nicht mehr stillen.',
      unsure:
        'Sie waren nicht sicher, ob Sie schwanger sind. ' +
        'Lassen Sie keine Mesotherapie machen, bevor Sie wissen, dass Sie es nicht sind. ' +
        'Ein Schwangerschaftstest kann das klären. Am zuverlässigsten ist er ab dem ersten Tag, an dem die Periode ausbleibt.',
    },
    breastfeeding: {
      question: 'Stillen Sie?',
      hint: 'Niemand weiß bisher, wie die Inhaltsstoffe ein gestilltes Baby beeinflussen könnten.',
      label: 'Stillzeit',
      reason:
        'Sie stillen. Niemand weiß bisher, wie die Inhaltsstoffe Ihr Baby beeinflussen könnten. ' +
        'Sie können den Selbstcheck wiederholen, sobald Sie abgestillt haben.',
      unsure:
        'Sie waren nicht sicher, ob Sie noch stillen. ' +
        'Warten Sie, bis Sie ganz abgestillt haben. ' +
        'Dann können Sie den Selbstcheck wiederholen.',
    },
    bleeding: {
      question: 'Nehmen Sie etwas, das Ihr Blut verdünnt, oder haben Sie eine Blutungs- oder Gerinnungsstörung?',
      hint:
        'Dazu gehören blutverdünnende Medikamente und Aspirin (ASS) oder Ibuprofen, wenn Sie es täglich oder fast täglich nehmen. ' +
        'Auch manche pflanzlichen Nahrungsergänzungsmittel wie Ginkgo oder Knoblauch verdünnen das Blut. ' +
        'Antworten Sie auch mit Ja, wenn Sie eine Erkrankung wie die Bluterkrankheit (Hämophilie) haben.',
      label: 'Blutverdünner oder Blutungsstörung',
      reason:
        'Sie nehmen etwas, das Ihr Blut verdünnt, oder haben eine Blutungs- oder Gerinnungsstörung. ' +
        'Nach Injektionen bekommen Sie dann vielleicht leichter blaue Flecken und Blutungen.',
      unsure:
        'Sie waren nicht sicher, ob Sie etwas nehmen, das Ihr Blut verdünnt. ' +
        'Fragen Sie vor einer Buchung Ihre Ärztin oder Ihren Arzt oder in der Apotheke.',
    },
    immune: {
      question: 'Greift Ihr Immunsystem den eigenen Körper an (Autoimmunerkrankung), oder ist es geschwächt?',
      hint:
        'Zum Beispiel Lupus, rheumatoide Arthritis oder Schuppenflechte (Psoriasis). ' +
        'Antworten Sie auch mit Ja, wenn eine Krankheit oder ein Medikament Ihr Immunsystem schwächt. ' +
        'Kortisontabletten können das tun.',
      label: 'Autoimmunerkrankung oder geschwächtes Immunsystem',
      reason:
        'Ihr Immunsystem greift den eigenen Körper an, oder es ist geschwächt. ' +
        'Vielleicht bekommen Sie leichter eine Infektion. ' +
        'Oder die Behandlung wirkt nicht gut.',
      unsure:
        'Sie waren bei der Frage zu Ihrem Immunsystem nicht sicher. ' +
        'Fragen Sie vor einer Buchung Ihre Ärztin oder Ihren Arzt danach.',
    },
    skin: {
      question: 'Haben Sie eine Infektion, einen Ausschlag oder entzündete Haut an der Stelle, die behandelt werden soll?',
      hint: 'Zum Beispiel ein Lippenherpes, infizierte Pickel oder gerötete, geschwollene Haut.',
      label: 'Infizierte oder entzündete Haut',
      reason:
        'Sie haben eine Infektion oder entzündete Haut an der Stelle, die behandelt werden soll. ' +
        'Injektionen könnten die Infektion verbreiten oder verschlimmern. ' +
        'Sie können den Selbstcheck wiederholen, wenn Ihre Haut abgeheilt ist. ' +
        'Wird es nicht besser, gehen Sie in die Apotheke oder zu Ihrer Ärztin oder Ihrem Arzt.',
      unsure:
        'Sie waren nicht sicher, ob die Haut an der Stelle infiziert oder entzündet ist. ' +
        'Lassen Sie die Stelle in der Apotheke oder von Ihrer Ärztin oder Ihrem Arzt ansehen.',
    },
    allergy: {
      question: 'Hatten Sie schon einmal eine schwere allergische Reaktion (allergischer Schock, Anaphylaxie), oder haben Sie schwere Allergien?',
      hint:
        'Bei einer schweren Reaktion kann der Hals anschwellen oder das Atmen schwerfallen. ' +
        'Antworten Sie auch mit Ja, wenn Sie gegen Betäubungscreme allergisch sind oder gegen etwas, das in den Injektionen sein kann.',
      label: 'Schwere Allergien oder allergische Reaktionen',
      reason:
        'Sie hatten schon eine schwere allergische Reaktion, oder Sie sind gegen etwas allergisch, das bei der Behandlung verwendet werden kann. ' +
        'Lassen Sie keine Mesotherapie machen, wenn Sie gegen etwas darin allergisch sind.',
      unsure:
        'Sie waren bei der Frage zu Allergien nicht sicher. ' +
        'Fragen Sie Ihre Ärztin oder Ihren Arzt danach. ' +
        'Bitten Sie die Praxis um eine Liste, was in den Injektionen ist.',
    },
    conditions: {
      question: 'Haben Sie Krebs, eine Leber-, Nieren- oder Herzerkrankung oder Diabetes?',
      hint: 'Antworten Sie mit Ja, wenn Sie eine davon jetzt haben oder deswegen behandelt werden. Hatten Sie früher eine davon, wählen Sie „Nicht sicher“.',
      label: 'Krebs, Leber-, Nieren- oder Herzerkrankung oder Diabetes',
      reason:
        'Sie haben Krebs, eine Leber-, Nieren- oder Herzerkrankung oder Diabetes. ' +
        'Es gibt nicht genug Belege, dass die Mesotherapie bei diesen Erkrankungen sicher ist oder wirkt.',
      unsure:
        'Sie waren nicht sicher, oder Sie hatten früher eine dieser Erkrankungen. ' +
        'Fragen Sie Ihre Ärztin oder Ihren Arzt, ob das für diese Behandlung wichtig ist.',
    },
    'heart-stroke': {
      question: 'Hatten Sie jemals einen Herzinfarkt oder einen Schlaganfall?',
      hint: 'Antworten Sie auch dann mit Ja, wenn es lange her ist oder ein „kleiner Schlaganfall“ (TIA) war.',
      label: 'Herzinfarkt oder Schlaganfall',
      reason:
        'Sie hatten einen Herzinfarkt oder einen Schlaganfall. Nach der Behandlung könnten bei Ihnen eher Probleme auftreten.',
      unsure:
        'Sie waren nicht sicher, ob Sie einen Herzinfarkt oder einen Schlaganfall hatten. ' +
        'Fragen Sie vor einer Buchung Ihre Ärztin oder Ihren Arzt danach.',
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
    changeHidden: ' Sie Ihre Antwort: {label}',
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
        'Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über die Antworten unten. ' +
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
  bookAfterDoctor:
    'Wenn Sie mit Ihrer Ärztin oder Ihrem Arzt gesprochen haben, können Sie einen Beratungstermin buchen. ' +
    'Sagen Sie der Fachperson, was Ihre Ärztin oder Ihr Arzt gesagt hat.',
  consultationLabel: 'Nur einen Beratungstermin buchen (keine Behandlung)',
  share: {
    heading: 'Ihre Antworten mit {clinic} teilen',
    intro:
      'Sie können Ihre Antworten vor Ihrem Beratungsgespräch an {clinic} senden. ' +
      'Genau diese Angaben würde die Praxis bekommen. ' +
      'Gesendet wird nur etwas, wenn Sie zustimmen und wählen, auf welchem Weg.',
    date: 'Datum',
    outcome: 'Ergebnis',
    goals: 'Was Sie verbessern möchten',
    title: 'Mesotherapie-Selbstcheck',
    line: '{label}: {value}',
    consent:
      'Ich bin einverstanden, diese Antworten zu meiner Gesundheit mit {clinic} zu teilen. ' +
      'Die Praxis nutzt sie, um mein Beratungsgespräch vorzubereiten.',
    withdraw:
      'Sie können {clinic} jederzeit bitten, geteilte Antworten zu löschen. ' +
      'Wenn Sie das Häkchen entfernen, werden bereits geteilte Antworten nicht zurückgeholt.',
    choose: 'Wählen Sie, wie Sie Ihre Antworten teilen möchten:',
    email: 'Per E-Mail senden',
    emailSubject: 'Meine Antworten zum Mesotherapie-Selbstcheck',
    emailShortened:
      'Meine Antworten waren zu lang für einen E-Mail-Link. ' +
      'Ich bringe sie zu meinem Beratungsgespräch mit.',
    url: 'Formular der Praxis mit Ihren Antworten öffnen',
    qr: 'Als QR-Code anzeigen',
    qrAlt: 'QR-Code mit Ihren Antworten',
    qrHint:
      'Zeigen Sie diesen Code in der Praxis, oder drucken Sie diese Seite aus und bringen Sie sie mit. ' +
      'Der Code enthält die oben angezeigten Antworten.',
    event: 'An die Praxis senden',
    sent:
      'Ihre Antworten wurden an die Website von {clinic} übergeben. ' +
      'Sprechen Sie bei Ihrem Termin trotzdem mit der Fachperson über Ihre Gesundheit.',
    unavailable: 'Das Teilen ist im Moment nicht möglich. Sie können diese Seite drucken und mitbringen.',
  },
  medicineWarning:
    'Wenn Ihnen eine Ärztin oder ein Arzt ein Medikament verordnet hat, zum Beispiel täglich Aspirin, nehmen Sie es weiter. ' +
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
      'Die Mesotherapie kann bei manchen Menschen Fett an kleinen Stellen verringern, aber nicht bei allen. ' +
      'Es gibt wenige gute Studien, und Fachleute sind sich nicht einig, ob sie sicher ist. ' +
      'Die Mesotherapie ist keine Behandlung zum Abnehmen und keine Behandlung gegen starkes Übergewicht (Adipositas). ' +
      'Die US-Arzneimittelbehörde FDA hat sie nicht zur Fettreduktion zugelassen. ' +
      '2010 erklärte die FDA, ihr sei kein Beleg bekannt, dass diese Fett-Spritzen (Lipolyse, „Lipodissolve“) wirken. ' +
      'Der Behörde wurden auch bleibende Narben und tiefe, schmerzhafte Knoten unter der Haut gemeldet. ' +
      '2015 hat die FDA ein Medikament zum Auflösen von Fett zugelassen, Desoxycholsäure, nur für Fett unter dem Kinn. ' +
      'Eine gesunde Ernährung und Bewegung brauchen Sie trotzdem.',
    'hair-loss':
      'Haarausfall kann eine medizinische Ursache haben. ' +
      'Wenn er plötzlich oder stellenweise auftritt oder Sie sich krank fühlen, gehen Sie zuerst zu Ihrer Ärztin oder Ihrem Arzt.',
  },
  checklistHeading: 'Vor Ihrem Beratungsgespräch',
  checklist: [
    'Schreiben Sie alle Medikamente und Nahrungsergänzungsmittel auf, die Sie einnehmen.',
    'Notieren Sie Allergien und frühere Gesundheitsprobleme.',
    'Notieren Sie Gesundheitsprobleme, die mit der Zeit schlimmer werden können.',
    'Fragen Sie nach der Ausbildung und der Erfahrung der behandelnden Fachperson.',
    'Denken Sie über den möglichen Nutzen und die Risiken nach.',
    'Bitten Sie die Praxis um eine Liste, was in den Injektionen ist.',
    'Sagen Sie der Fachperson, ob Sie zu dicken Narben neigen oder in den letzten 6 Monaten Isotretinoin (Aknetabletten) genommen haben.',
    'Wenn Sie sich am Behandlungstag krank fühlen oder Fieber haben, bitten Sie die Praxis, den Termin zu verschieben.',
  ],
  expectHeading: 'Was Sie erwartet',
  expect: [
    'Vielleicht brauchen Sie eine Reihe von 3 bis 15 Sitzungen. ' +
      'Danach können regelmäßige Sitzungen nötig sein, um eine erreichte Wirkung zu erhalten.',
    'Die Ergebnisse entwickeln sich langsam. ' +
      'Bis sie sichtbar sind, kann es einige Monate bis zu einem ganzen Jahr dauern.',
    'Bei dünner werdendem Haar oder Haarausfall kann es einige Monate dauern, bis Sie eine Veränderung sehen.',
    'Die Ergebnisse sind bei jedem Menschen anders. ' +
      'Manche Menschen sehen gar keine Veränderung. ' +
      'Die Ergebnisse hängen vom Können der Fachperson und von ihren Produkten ab.',
    'Eine gesunde Ernährung, Bewegung und gute Hautpflege helfen Ihnen, die Ergebnisse zu erhalten.',
    'Rötungen, Schwellungen, blaue Flecken, Juckreiz oder Schmerzen an den Einstichstellen sind häufig. ' +
      'Das klingt meist nach wenigen Tagen ab.',
    'Schmerzen empfindet jeder Mensch anders. ' +
      'Manche spüren nur ein leichtes Unbehagen, andere finden es sehr schmerzhaft.',
    'Das Gesicht kann empfindlicher sein als die Oberschenkel oder der Bauch.',
    'Die Fachperson verwendet sehr feine Nadeln. ' +
      'Betäubungscreme, Kühlpacks oder Vibration können die Behandlung angenehmer machen.',
    'Jede Injektion kann eine Infektion verursachen.',
    'Allergische Reaktionen sind nicht häufig, können aber vorkommen. Schwere Reaktionen sind selten.',
    'Manche Produkte für die Mesotherapie sind für diese Anwendung nicht zugelassen. ' +
      'Das nennt man Off-Label-Use.',
    'Es gibt wenige gute Studien zur Mesotherapie, und sie kommen zu unterschiedlichen Ergebnissen. Manche Länder kontrollieren die Produkte nicht gut.',
  ],
  startAgain: 'Neu beginnen',
  print: 'Dieses Ergebnis drucken',
  announceResult: 'Ihr Ergebnis: {headline}.',
};
