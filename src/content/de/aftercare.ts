import {commonDe} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

/** Everything `<meso-aftercare>` says, in German. See the glossary in `./common.ts`. */
export const aftercareDe: AftercareContent = {
  ...commonDe,
  heading: 'Ihr Nachsorgeplan',
  intro:
    'Befolgen Sie diese Hinweise nach Ihrer Mesotherapie, damit Ihre Haut gut heilt. ' +
    'Die Anweisungen Ihrer behandelnden Fachperson gehen vor.',
  dontHeading: 'Das sollten Sie vermeiden',
  items: {
    makeup: {text: 'Tragen Sie kein Make-up auf der behandelten Stelle.', short: 'Make-up'},
    alcohol: {
      text: 'Trinken Sie keinen Alkohol. Er kann blaue Flecken und Schwellungen verschlimmern.',
      short: 'Alkohol',
    },
    exercise: {
      text: 'Treiben Sie keinen anstrengenden Sport: kein hartes Training, kein Joggen. Das kann Schwellungen verschlimmern.',
      short: 'Anstrengender Sport',
    },
    'heat-water': {
      text:
        'Gehen Sie nicht schwimmen, nicht in die Sauna und nicht in den Whirlpool. ' +
        'Im Wasser können Keime sein, und Hitze kann Schwellungen verschlimmern.',
      short: 'Schwimmen, Sauna und Whirlpool',
    },
    irritants: {
      text: 'Verwenden Sie keine Peelings, keine Hautsäuren wie Glykol- oder Salicylsäure und keine anderen Produkte, die brennen.',
      short: 'Peelings, Säuren und reizende Produkte',
    },
    massage: {
      text: 'Reiben oder massieren Sie die behandelte Stelle nicht, außer Ihre Fachperson rät Ihnen dazu.',
      short: 'Reiben oder Massieren',
    },
    sun: {
      text:
        'Nehmen Sie kein Sonnenbad und bleiben Sie nicht lange in der Sonne. ' +
        'Die behandelte Haut kann leichter Sonnenbrand und dunkle Flecken bekommen. ' +
        'Nutzen Sie draußen Sonnenschutz mit LSF 30 oder höher, der auch vor UVA schützt (Breitbandschutz).',
      short: 'Sonnenbaden',
    },
    smoking: {text: 'Rauchen Sie nicht. Rauchen verlangsamt die Heilung.', short: 'Rauchen'},
    'blood-thinners': {
      text:
        'Nehmen Sie kein Aspirin (ASS) und kein Ibuprofen gegen Schmerzen und keine pflanzlichen Mittel, die das Blut verdünnen. ' +
        'Diese Mittel können blaue Flecken und Blutungen verschlimmern.',
      short: 'Aspirin oder Ibuprofen gegen Schmerzen, blutverdünnende Nahrungsergänzungsmittel',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Vermeiden Sie das {n} Stunde lang.', other: 'Vermeiden Sie das {n} Stunden lang.'},
    days: {one: 'Vermeiden Sie das {n} Tag lang.', other: 'Vermeiden Sie das {n} Tage lang.'},
    atLeastHours: {one: 'Vermeiden Sie das mindestens {n} Stunde lang.', other: 'Vermeiden Sie das mindestens {n} Stunden lang.'},
    atLeastDays: {one: 'Vermeiden Sie das mindestens {n} Tag lang.', other: 'Vermeiden Sie das mindestens {n} Tage lang.'},
    noSetEnd: 'Es gibt kein festes Enddatum. Fragen Sie Ihre Fachperson, wie lange.',
  },
  medicineWarning:
    'Wenn Ihnen eine Ärztin oder ein Arzt Aspirin oder ein anderes Medikament zur Blutverdünnung verordnet hat, nehmen Sie es weiter. ' +
    'Setzen Sie ein verschriebenes Medikament nie ab, ohne Ihre Ärztin oder Ihren Arzt zu fragen.',
  doHeading: 'Das sollten Sie tun',
  dos: [
    'Trinken Sie viel Wasser.',
    'Essen Sie ausgewogen und nährstoffreich.',
    'Legen Sie ein Kühlpack auf, in ein Tuch gewickelt. Das lindert Schmerzen und Schwellungen.',
    'Wenn Sie ein Schmerzmittel brauchen, fragen Sie in der Apotheke, welches. ' +
      'Paracetamol ist meist geeignet.',
    'Befolgen Sie die Nachsorge-Anweisungen Ihrer behandelnden Fachperson. Diese Anweisungen gehen vor.',
    'Nehmen Sie alle Kontrolltermine wahr, damit Ihre Fachperson prüfen kann, wie Ihre Haut heilt.',
  ],
  normalHeading: 'Was normal ist',
  normal:
    'Leichte Schmerzen, Schwellungen, Rötungen, Juckreiz oder blaue Flecken an der behandelten Stelle sind normal. ' +
    'Diese Beschwerden gehen meist innerhalb weniger Tage von selbst zurück.',
  cardsHeading: 'Wann Sie Hilfe holen sollten',
  cards: {
    'non-urgent': {
      level: 'Nicht dringend:',
      heading: 'Wenden Sie sich an die Praxis, wenn:',
      signs: [
        'Schwellungen, blaue Flecken oder Schmerzen nach einigen Tagen nicht besser werden',
        'Sie kleine Knötchen unter der Haut bemerken, die nicht wehtun',
      ],
      actions: [
        'Wenden Sie sich an die Praxis, in der Sie behandelt wurden.',
      ],
    },
    urgent: {
      level: 'Dringend:',
      heading: 'Wenden Sie sich noch heute an die Praxis oder an Ihre Ärztin oder Ihren Arzt, wenn:',
      signs: [
        'sich eine Rötung ausbreitet oder die Haut heiß oder stärker geschwollen ist',
        'Eiter austritt oder rote, schmerzhafte Knoten oder nässende Wunden entstehen, auch Wochen nach der Behandlung',
        'Sie Fieber haben, sich heiß fühlen und frösteln oder sich sehr krank fühlen',
        'die Schmerzen immer stärker werden',
      ],
      straightAway:
        'Holen Sie sich sofort Hilfe, wenn die Haut nahe den Einstichstellen weiß, bläulich, grau oder fleckig wird oder stark schmerzt. ' +
        'Wenden Sie sich sofort an die Praxis. ' +
        'Wenn Sie dort nicht sofort jemanden erreichen, gehen Sie in die Notaufnahme eines Krankenhauses.',
      actions: [
        'Holen Sie sich noch heute Hilfe. Warten Sie nicht ab, ob es vorbeigeht.',
      ],
      noAnswer: 'Wenn Sie dort niemanden erreichen, gehen Sie noch heute zu einem ärztlichen Bereitschaftsdienst in Ihrer Nähe.',
      noAnswerWithNumber: 'Wenn Sie dort niemanden erreichen, rufen Sie noch heute die {number} an.',
    },
    emergency: {
      level: 'Notfall:',
      heading: 'Rufen Sie sofort den Notruf, wenn:',
      headingWithNumber: 'Rufen Sie sofort die {number} an, wenn:',
      signs: [
        'Lippen, Zunge, Hals oder Gesicht plötzlich anschwellen',
        'Sie schwer Luft bekommen oder Ihr Atem laut oder sehr schnell ist',
        'Ihr Hals eng wird oder Sie schwer schlucken können',
        'Lippen, Zunge oder die Haut am ganzen Körper blau, grau oder blass werden',
        'Sie plötzlich sehr verwirrt oder schläfrig sind oder sich einer Ohnmacht nahe fühlen',
        'Ihre Sicht sich plötzlich verändert, verschwommen oder dunkel wird',
        'eine Gesichtshälfte herabhängt, ein Arm schwach wird oder Sie verwaschen sprechen',
      ],
      actions: [
        'Wenn Sie eine schwere allergische Reaktion vermuten und einen Adrenalin-Autoinjektor (Notfall-Pen) haben, benutzen Sie ihn zuerst. ' +
          'Rufen Sie dann an, auch wenn es Ihnen besser geht.',
        'Legen Sie sich flach hin. Wenn das Atmen schwerfällt, setzen Sie sich auf.',
        'Ist es eine allergische Reaktion und geht es Ihnen nach 5 Minuten nicht besser, benutzen Sie einen zweiten Pen.',
        'Wird jemand ohnmächtig und wacht nicht auf, rufen Sie für diese Person an.',
        'Wenn sich Ihre Sicht verändert oder eine Gesichtshälfte herabhängt, rufen Sie sofort an. Sagen Sie, dass Sie Injektionen bekommen haben, und an welcher Stelle.',
        'Das könnte eine schwere allergische Reaktion (allergischer Schock, Anaphylaxie) oder ein verstopftes Blutgefäß sein.',
      ],
    },
  },
  form: {
    legend: 'Wann war Ihre Behandlung?',
    hint: 'Geben Sie Datum und Uhrzeit ein. Dann sehen Sie, wann jeder Schritt endet. Die Angaben bleiben auf diesem Gerät.',
    date: 'Datum',
    time: 'Uhrzeit',
    submit: 'Meinen Plan anzeigen',
    error: 'Geben Sie Datum und Uhrzeit Ihrer Behandlung ein',
    errorPrefix: 'Fehler:',
    summaryTitle: 'Es gibt ein Problem',
    cancel: 'Abbrechen',
  },
  invalidTreatedAt:
    'Wir konnten den Behandlungszeitpunkt für diesen Plan nicht lesen. Hier sind die allgemeinen Nachsorge-Hinweise.',
  timelineHeading: 'Ihr Zeitplan',
  treatedOn: 'Behandlung: {time}.',
  plannedFor: 'Geplante Behandlung: {time}.',
  plannedNote: 'Die Zeiten unten gelten ab Ihrer Behandlung.',
  progressLabel: 'Schritte mit fester Dauer',
  progressDone: '{done} von {total} abgeschlossen',
  status: {upcoming: 'Noch nicht begonnen', active: 'Noch vermeiden', done: 'Mindestwartezeit vorbei', ongoing: 'Noch vermeiden'},
  timeline: {
    upcoming: '{item}: ab Ihrer Behandlung vermeiden bis {time}.',
    upcomingNoEnd:
      '{item}: ab Ihrer Behandlung vermeiden. ' +
      'Es gibt kein festes Enddatum. ' +
      'Fragen Sie Ihre Fachperson, wie lange.',
    active: '{item}: vermeiden bis {time}.',
    done:
      '{item}: Die Mindestwartezeit ging bis {time}. ' +
      'Warten Sie länger, wenn Ihre Haut noch schmerzt oder geschwollen ist.',
    ongoing: '{item}: noch vermeiden. Es gibt kein festes Enddatum. Fragen Sie Ihre Fachperson, wie lange.',
  },
  calendar: {
    button: 'Zum Kalender hinzufügen',
    name: 'Nachsorge nach Mesotherapie',
    eventTitle: '{item}: Mindestwartezeit vorbei',
    filename: 'mesotherapie-nachsorge.ics',
    linkTitle:
      'Nachsorge nach Mesotherapie: Mindestwartezeiten vorbei. Einige Hinweise gelten weiter.',
    link: 'Zu {calendar} hinzufügen',
    linksLabel: 'Oder fügen Sie Ihren Plan einem Online-Kalender hinzu:',
    inApp:
      'Dieser Browser speichert Kalenderdateien vielleicht nicht. Nutzen Sie einen Link unten. Oder öffnen Sie diese Seite im Browser Ihres Handys, etwa Safari oder Chrome. Suchen Sie im Menü nach „Im Browser öffnen“.',
  },
  share: {
    button: 'Plan speichern oder teilen',
    title: 'Mein Nachsorgeplan nach Mesotherapie',
    copied: 'Plan kopiert. Sie können ihn in eine Notiz oder Nachricht einfügen.',
    failed: 'Der Plan konnte nicht kopiert werden. Nutzen Sie stattdessen „Meinen Plan drucken“.',
  },
  course: {
    heading:
      'Mögliche Daten für Ihre nächsten Sitzungen',
    session:
      'Sitzung {n} von {total}: etwa am {date}',
    confirm:
      'Diese Daten sind nur ein Vorschlag. Dabei gilt diese Behandlung als Ihre erste Sitzung. Die Daten sind keine vereinbarten Termine. Vereinbaren oder bestätigen Sie jede Sitzung mit der Praxis. Ihre behandelnde Fachperson kann die Zahl der Sitzungen oder ihren Abstand ändern.',
    maintenance:
      'Eine Veränderung zeigt sich, wenn überhaupt, langsam über mehrere Sitzungen. Es kann Monate dauern, bis man sie sieht. Die Ergebnisse sind unterschiedlich, und manche sehen keine Veränderung. Danach schlägt Ihre Fachperson vielleicht ab und zu eine Sitzung vor, um eine erreichte Wirkung zu erhalten.',
    eventTitle:
      'Vereinbaren oder bestätigen: Mesotherapie-Sitzung {n} von {total}',
  },
  print: 'Meinen Plan drucken',
  changeTime: 'Behandlungszeitpunkt ändern',
  forget: 'Meinen Behandlungszeitpunkt löschen',
};
