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
      text: 'Ne faites pas de sport intense, d’entraînement intensif ni de course à pied. Cela peut augmenter le gonflement.',
      short: 'Sport intense',
    },
    'heat-water': {
      text:
        'Ne vous baignez pas (piscine, mer, lac) et n’allez ni au sauna ni au jacuzzi. ' +
        'L’eau des piscines et des jacuzzis peut contenir des microbes, et la chaleur peut augmenter le gonflement.',
      short: 'Baignade, sauna et jacuzzi',
    },
    irritants: {
      text: 'N’utilisez pas de gommage (exfoliant), d’acides pour la peau comme l’acide glycolique ou salicylique, ni d’autres produits qui piquent.',
      short: 'Gommages, acides et produits agressifs',
    },
    massage: {
      text: 'Ne frottez pas et ne massez pas la zone traitée, sauf si votre praticien vous le demande.',
      short: 'Frottement ou massage',
    },
    sun: {
      text:
        'Ne bronzez pas et ne restez pas longtemps au soleil. ' +
        'La peau traitée peut brûler et se tacher plus facilement. ' +
        'Quand vous sortez, mettez une crème solaire SPF 30 ou plus, qui protège aussi des UVA (large spectre).',
      short: 'Bronzage',
    },
    smoking: {text: 'Ne fumez pas. Le tabac ralentit la guérison.', short: 'Tabac'},
    'blood-thinners': {
      text:
        'Ne prenez pas d’aspirine ni d’ibuprofène contre la douleur, ni de compléments à base de plantes qui fluidifient le sang. ' +
        'Ils peuvent aggraver les bleus et les saignements.',
      short: 'Aspirine ou ibuprofène contre la douleur, et compléments qui fluidifient le sang',
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
    noSetEnd: 'Pas de date de fin fixe. Demandez à votre praticien combien de temps.',
  },
  medicineWarning:
    'Si un médecin vous a conseillé de l’aspirine ou un autre médicament qui fluidifie le sang, continuez à le prendre. ' +
    'N’arrêtez jamais un médicament prescrit sans en parler à votre médecin.',
  doHeading: 'À faire',
  dos: [
    'Buvez beaucoup d’eau.',
    'Mangez de façon équilibrée, avec assez de nutriments.',
    'Mettez une poche de froid enveloppée dans un linge pour soulager la douleur et le gonflement.',
    'Si vous avez besoin d’un antidouleur, demandez à un pharmacien lequel prendre. ' +
      'Le paracétamol convient en général.',
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
      signs: [
        'le gonflement, les bleus ou la douleur ne s’améliorent pas après quelques jours',
        'vous sentez sous la peau de petites boules qui ne font pas mal',
      ],
      actions: [
        'Contactez la clinique où a eu lieu votre séance.',
      ],
    },
    urgent: {
      level: 'Conseil urgent :',
      heading: 'Contactez la clinique ou votre médecin aujourd’hui si :',
      signs: [
        'la rougeur s’étend, ou la peau est chaude ou plus gonflée',
        'du pus, des boules ou des plaies rouges et douloureuses qui suintent apparaissent, même des semaines après',
        'vous avez de la fièvre, une sensation de chaud et des frissons, ou vous vous sentez très mal',
        'la douleur augmente sans cesse',
      ],
      straightAway:
        'Demandez de l’aide immédiatement si la peau près des injections devient blanche, bleue, grise ou marbrée, ou très douloureuse. ' +
        'Contactez la clinique tout de suite. ' +
        'Si vous ne pouvez pas les joindre immédiatement, allez aux urgences d’un hôpital.',
      actions: [
        'Demandez de l’aide aujourd’hui. N’attendez pas que cela passe.',
      ],
      noAnswer: 'Si vous ne pouvez pas les joindre, allez aujourd’hui dans un service d’urgences près de chez vous.',
      noAnswerWithNumber: 'Si vous ne pouvez pas les joindre, appelez le {number} aujourd’hui.',
    },
    emergency: {
      level: 'Urgence :',
      heading: 'Appelez tout de suite le numéro d’urgence de votre pays si :',
      headingWithNumber: 'Appelez tout de suite le {number} si :',
      signs: [
        'vos lèvres, votre langue, votre gorge ou votre visage gonflent soudain',
        'vous avez du mal à respirer, ou votre respiration est bruyante ou très rapide',
        'vous avez la gorge serrée, ou du mal à avaler',
        'vos lèvres, votre langue ou la peau de tout votre corps deviennent bleues, grises ou pâles',
        'soudain, vous avez les idées très confuses, très sommeil, ou vous vous sentez sur le point de vous évanouir',
        'votre vue change soudain, devient floue ou s’assombrit',
        'un côté de votre visage s’affaisse, un bras devient faible, ou vous avez du mal à parler',
      ],
      actions: [
        'Si vous pensez que c’est une réaction allergique grave et que vous avez un stylo d’adrénaline (auto-injecteur), utilisez-le d’abord. ' +
          'Puis appelez, même si vous commencez à aller mieux.',
        'Allongez-vous à plat. Si vous avez du mal à respirer, asseyez-vous.',
        'Si c’est une réaction allergique et que vous allez toujours mal après 5 minutes, utilisez un deuxième stylo.',
        'Si une personne s’évanouit et ne se réveille pas, appelez pour elle.',
        'Si votre vue change ou si un côté de votre visage s’affaisse, appelez tout de suite. Dites qu’on vous a fait des injections, et à quel endroit du corps.',
        'Cela peut être une réaction allergique grave (choc anaphylactique), ou un vaisseau sanguin bouché.',
      ],
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
  timelineHeading: 'Vos étapes',
  treatedOn: 'Séance le {time}.',
  plannedFor: 'Séance prévue le {time}.',
  plannedNote: 'Les durées ci-dessous partent de votre séance.',
  progressLabel: 'Étapes avec une durée',
  progressDone: 'Terminées : {done} sur {total}',
  status: {upcoming: 'Pas encore commencé', active: 'À éviter encore', done: 'Attente minimale passée', ongoing: 'À éviter encore'},
  timeline: {
    upcoming: '{item} : à éviter dès votre séance et jusqu’au {time}.',
    upcomingNoEnd:
      '{item} : à éviter dès votre séance. ' +
      'Pas de date de fin fixe. ' +
      'Demandez à votre praticien combien de temps.',
    active: '{item} : à éviter jusqu’au {time}.',
    done:
      '{item} : l’attente minimale allait jusqu’au {time}. ' +
      'Attendez plus longtemps si votre peau est encore douloureuse ou gonflée.',
    ongoing: '{item} : à éviter encore. Pas de date de fin fixe. Demandez à votre praticien combien de temps.',
  },
  calendar: {
    button: 'Ajouter à mon agenda',
    name: 'Soins après mésothérapie',
    eventTitle: '{item} : attente minimale passée',
    filename: 'soins-apres-mesotherapie.ics',
    linkTitle:
      'Soins après mésothérapie : attentes minimales passées. Certains conseils restent valables.',
    link: 'Ajouter à {calendar}',
    linksLabel: 'Ou ajoutez votre programme à un agenda en ligne :',
    inApp:
      'Ce navigateur n’enregistre peut-être pas les fichiers d’agenda. Utilisez un lien ci-dessous. Ou ouvrez cette page dans le navigateur de votre téléphone, comme Safari ou Chrome. Cherchez « Ouvrir dans le navigateur » dans le menu.',
  },
  share: {
    button: 'Enregistrer ou partager mon programme',
    title: 'Mon programme de soins après mésothérapie',
    copied: 'Programme copié. Vous pouvez le coller dans une note ou un message.',
    failed: 'Le programme n’a pas pu être copié. Utilisez plutôt « Imprimer mon programme ».',
  },
  course: {
    heading:
      'Dates possibles de vos prochaines séances',
    session:
      'Séance {n} sur {total} : vers le {date}',
    confirm:
      'Ces dates sont seulement indicatives. Elles partent du principe que cette séance était la première. Ces dates ne sont pas des rendez-vous réservés. Prenez ou confirmez chaque rendez-vous auprès de la clinique. Votre praticien peut changer le nombre de séances ou leur espacement.',
    maintenance:
      'Un éventuel changement apparaît peu à peu, au fil de plusieurs séances. Il peut falloir des mois pour le voir. Les résultats varient, et certaines personnes ne voient aucun changement. Ensuite, votre praticien peut proposer une séance de temps en temps pour entretenir l’effet éventuel.',
    eventTitle:
      'Prendre ou confirmer rendez-vous : séance de mésothérapie {n} sur {total}',
  },
  print: 'Imprimer mon programme',
  changeTime: 'Modifier l’heure de la séance',
  forget: 'Supprimer l’heure de ma séance',
};
