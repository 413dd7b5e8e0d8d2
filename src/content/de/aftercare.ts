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
      text: 'Gehen Sie nicht schwimmen, nicht in die Sauna und nicht in den Whirlpool.',
      short: 'Schwimmen, Sauna und Whirlpool',
    },
    irritants: {
      text: 'Verwenden Sie keine Peelings, keine Säuren und keine anderen Produkte, die die Haut reizen.',
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
        'Nutzen Sie draußen ein Sonnenschutzmittel mit Breitbandschutz.',
      short: 'Sonnenbaden',
    },
    smoking: {text: 'Rauchen Sie nicht. Rauchen verlangsamt die Heilung.', short: 'Rauchen'},
    'blood-thinners': {
      text:
        'Nehmen Sie kein Aspirin (ASS), kein Ibuprofen und keine pflanzlichen Nahrungsergänzungsmittel, die das Blut verdünnen. ' +
        'Das gilt nicht, wenn Ihre Ärztin oder Ihr Arzt sagt, dass Sie diese Mittel brauchen. ' +
        'Setzen Sie ein verschriebenes Medikament nie ab, ohne Ihre Ärztin oder Ihren Arzt zu fragen.',
      short: 'Aspirin, Ibuprofen und blutverdünnende Nahrungsergänzungsmittel',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Vermeiden Sie das {n} Stunde lang.', other: 'Vermeiden Sie das {n} Stunden lang.'},
    days: {one: 'Vermeiden Sie das {n} Tag lang.', other: 'Vermeiden Sie das {n} Tage lang.'},
    atLeastHours: {one: 'Vermeiden Sie das mindestens {n} Stunde lang.', other: 'Vermeiden Sie das mindestens {n} Stunden lang.'},
    atLeastDays: {one: 'Vermeiden Sie das mindestens {n} Tag lang.', other: 'Vermeiden Sie das mindestens {n} Tage lang.'},
    noSetEnd: 'Es gibt keine feste Dauer. Fragen Sie Ihre Fachperson, wie lange. Bei Medikamenten fragen Sie Ihre Ärztin oder Ihren Arzt.',
  },
  doHeading: 'Das sollten Sie tun',
  dos: [
    'Trinken Sie viel Wasser.',
    'Essen Sie ausgewogen und nährstoffreich.',
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
      body: 'Schwellungen, blaue Flecken oder Schmerzen nach einigen Tagen nicht besser werden oder Sie Knötchen bemerken.',
      action: 'Wenden Sie sich an die Praxis, in der Sie behandelt wurden.',
    },
    urgent: {
      level: 'Dringend:',
      heading: 'Wenden Sie sich noch heute an die Praxis oder an Ihre Ärztin oder Ihren Arzt, wenn:',
      body:
        'Sie Zeichen einer Infektion haben. Dazu gehören Rötung, die sich ausbreitet, eine heiße Stelle, Eiter oder Fieber. ' +
        'Auch Schmerzen, die immer stärker werden, sind ein Zeichen.',
      action: 'Holen Sie sich noch heute Hilfe. Warten Sie nicht ab, ob es vorbeigeht.',
    },
    emergency: {
      level: 'Notfall:',
      heading: 'Rufen Sie sofort den Notruf, wenn:',
      body: 'Lippen, Zunge oder Hals plötzlich anschwellen, Sie schlecht atmen oder schlucken können oder Ihnen schwarz vor Augen wird.',
      action: 'Das könnte eine schwere allergische Reaktion sein (allergischer Schock, Anaphylaxie).',
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
  progressDone: '{percent} der Schritte mit fester Dauer geschafft',
  status: {upcoming: 'Noch nicht begonnen', active: 'Noch vermeiden', done: 'Vorbei', ongoing: 'Kein festes Ende'},
  timeline: {
    upcoming: '{item}: vermeiden bis {time}',
    active: '{item}: vermeiden bis {time}',
    done: '{item}: seit {time} wieder erlaubt',
    ongoing: '{item}: kein festes Ende. Fragen Sie Ihre Fachperson, wie lange. Bei Medikamenten fragen Sie Ihre Ärztin oder Ihren Arzt.',
  },
  calendar: {
    button: 'Zum Kalender hinzufügen',
    name: 'Nachsorge nach Mesotherapie',
    eventTitle: '{item}: wieder erlaubt',
    filename: 'mesotherapie-nachsorge.ics',
  },
  print: 'Meinen Plan drucken',
  changeTime: 'Behandlungszeit ändern',
  forget: 'Meine Behandlungszeit löschen',
};
