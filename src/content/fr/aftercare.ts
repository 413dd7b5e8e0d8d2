import {commonFr} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercareFr: AftercareContent = {
  ...commonFr,
  heading: 'Vos soins après la séance',
  intro:
    'Suivez ces conseils après votre séance de mésothérapie pour aider votre peau à guérir. ' +
    'Les consignes de votre praticien passent en premier.',
  dontHeading: 'À éviter',
  items: {
    makeup: {text: 'Ne mettez pas de maquillage sur la zone traitée.', short: 'Maquillage'},
    alcohol: {text: 'Ne buvez pas d’alcool. Il peut aggraver les bleus et le gonflement.', short: 'Alcool'},
    exercise: {
      text: 'Ne faites pas de sport intense, de musculation ni de course à pied. Cela peut augmenter le gonflement.',
      short: 'Sport intense',
    },
    'heat-water': {text: 'N’allez pas à la piscine, au sauna ni au jacuzzi.', short: 'Piscine, sauna et jacuzzi'},
    irritants: {
      text: 'N’utilisez pas de gommage (exfoliant), d’acides ni d’autres produits qui irritent la peau.',
      short: 'Gommages, acides et produits agressifs',
    },
    massage: {
      text: 'Ne frottez pas et ne massez pas la zone traitée, sauf si votre praticien vous le demande.',
      short: 'Frottement ou massage',
    },
    sun: {
      text:
        'Ne bronzez pas et ne restez pas longtemps au soleil. La peau traitée peut brûler et se tacher plus facilement. ' +
        'Mettez une crème solaire à large spectre (UVA et UVB) quand vous sortez.',
      short: 'Bronzage',
    },
    smoking: {text: 'Ne fumez pas. Le tabac ralentit la guérison.', short: 'Tabac'},
    'blood-thinners': {
      text:
        'Ne prenez pas d’aspirine, d’ibuprofène ni de plantes qui fluidifient le sang, sauf avis contraire de votre médecin. ' +
        'N’arrêtez jamais un médicament prescrit sans en parler à votre médecin.',
      short: 'Aspirine, ibuprofène et compléments qui fluidifient le sang',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'À éviter pendant {n} heure.', many: 'À éviter pendant {n} d’heures.', other: 'À éviter pendant {n} heures.'},
    days: {one: 'À éviter pendant {n} jour.', many: 'À éviter pendant {n} de jours.', other: 'À éviter pendant {n} jours.'},
    atLeastHours: {
      one: 'À éviter pendant au moins {n} heure.',
      many: 'À éviter pendant au moins {n} d’heures.',
      other: 'À éviter pendant au moins {n} heures.',
    },
    atLeastDays: {
      one: 'À éviter pendant au moins {n} jour.',
      many: 'À éviter pendant au moins {n} de jours.',
      other: 'À éviter pendant au moins {n} jours.',
    },
    noSetEnd: 'Pas de durée fixe. Demandez à votre praticien combien de temps. Pour les médicaments, demandez à votre médecin.',
  },
  doHeading: 'À faire',
  dos: [
    'Buvez beaucoup d’eau.',
    'Mangez de façon équilibrée, avec assez de nutriments.',
    'Suivez les consignes de votre praticien. Elles passent en premier.',
    'Allez à tous vos rendez-vous de suivi, pour que votre praticien vérifie que tout guérit bien.',
  ],
  normalHeading: 'Ce qui est normal',
  normal:
    'Une légère douleur, un gonflement, une rougeur, des démangeaisons ou des bleus à l’endroit traité sont normaux. ' +
    'Cela passe en général tout seul en quelques jours.',
  cardsHeading: 'Quand demander de l’aide',
  cards: {
    'non-urgent': {
      level: 'Conseil non urgent :',
      heading: 'Contactez la clinique si :',
      body: 'le gonflement, les bleus ou la douleur ne s’améliorent pas après quelques jours, ou vous sentez des boules.',
      action: 'Contactez la clinique qui vous a traité.',
    },
    urgent: {
      level: 'Conseil urgent :',
      heading: 'Contactez la clinique ou votre médecin aujourd’hui si :',
      body:
        'vous avez des signes d’infection. Par exemple une rougeur qui s’étend, de la chaleur, du pus ou une forte fièvre. ' +
        'Une douleur qui augmente sans cesse est aussi un signe.',
      action: 'Demandez de l’aide aujourd’hui. N’attendez pas que cela passe.',
    },
    emergency: {
      level: 'Urgence :',
      heading: 'Appelez tout de suite le numéro d’urgence de votre pays si :',
      body: 'vos lèvres, votre langue ou votre gorge gonflent soudain, vous respirez ou avalez mal, ou vous vous sentez défaillir.',
      action: 'Cela peut être une réaction allergique grave (choc anaphylactique).',
    },
  },
  form: {
    legend: 'Quand a eu lieu votre séance ?',
    hint: 'Indiquez la date et l’heure pour voir quand chaque étape se termine. Elles restent sur cet appareil.',
    date: 'Date',
    time: 'Heure',
    submit: 'Voir mon programme',
    error: 'Indiquez la date et l’heure de votre séance',
    errorPrefix: 'Erreur :',
    summaryTitle: 'Il y a un problème',
    cancel: 'Annuler',
  },
  invalidTreatedAt:
    'Nous n’avons pas pu lire l’heure de la séance pour ce programme. Voici les conseils généraux après la séance.',
  timelineHeading: 'Votre calendrier',
  treatedOn: 'Séance le {time}.',
  plannedFor: 'Séance prévue le {time}.',
  plannedNote: 'Les durées ci-dessous partent de votre séance.',
  progressLabel: 'Étapes avec une durée',
  progressDone: '{percent} des étapes avec une durée sont terminées',
  status: {upcoming: 'Pas encore commencé', active: 'À éviter encore', done: 'Terminé', ongoing: 'Pas de fin fixe'},
  timeline: {
    upcoming: '{item} : à éviter jusqu’au {time}',
    active: '{item} : à éviter jusqu’au {time}',
    done: '{item} : de nouveau possible depuis le {time}',
    ongoing: '{item} : pas de fin fixe. Demandez à votre praticien combien de temps. Pour les médicaments, demandez à votre médecin.',
  },
  calendar: {
    button: 'Ajouter à mon agenda',
    name: 'Soins après mésothérapie',
    eventTitle: '{item} : de nouveau possible',
    filename: 'soins-apres-mesotherapie.ics',
  },
  print: 'Imprimer mon programme',
  changeTime: 'Modifier l’heure de la séance',
  forget: 'Oublier l’heure de ma séance',
};
