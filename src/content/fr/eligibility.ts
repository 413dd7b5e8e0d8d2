import {commonFr} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityFr: EligibilityContent = {
  ...commonFr,
  heading: 'La mésothérapie est-elle faite pour moi ?',
  intro: {
    lead: 'Répondez à quelques questions pour voir si quelque chose pourrait exclure la mésothérapie pour vous.',
    time: 'Cela prend environ une minute.',
    privacy: 'Vos réponses restent sur cet appareil. Elles ne sont envoyées nulle part.',
    start: 'Commencer',
  },
  progress: 'Question {n} sur {total}',
  pageProgress: 'Page {n} sur {total}',
  whyWeAsk: 'Certains problèmes de santé rendent la mésothérapie plus risquée. C’est pourquoi nous posons ces questions.',
  goalsQuestion: 'Qu’aimeriez-vous améliorer ?',
  goalsHint: 'Cochez tout ce qui vous concerne.',
  goalsLabel: 'Ce que vous voulez améliorer',
  goals: {
    face: 'Ma peau : hydratation, ridules, grain, teint ou peau terne',
    hair: 'Des cheveux qui s’affinent ou qui tombent',
    body: 'La cellulite ou de petites zones de graisse tenace, comme le ventre, les hanches ou les cuisses',
    weight: 'Perdre du poids en général',
  },
  questionsHeading: 'Votre santé',
  answers: {yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas'},
  questions: {
    adult: {
      question: 'Avez-vous 18 ans ou plus ?',
      hint: 'La mésothérapie est un soin esthétique réservé aux adultes.',
      label: 'Votre âge',
      reason: 'Vous nous avez dit avoir moins de 18 ans. La mésothérapie est un soin esthétique réservé aux adultes.',
    },
    pregnant: {
      question: 'Êtes-vous enceinte, ou pourriez-vous l’être ?',
      hint: 'On ne sait pas encore comment les produits pourraient agir sur un bébé à naître.',
      label: 'Grossesse',
      reason:
        'Vous êtes enceinte ou pourriez l’être. On ne sait pas encore comment les produits pourraient agir sur votre bébé. ' +
        'Vous pourrez refaire le test après votre grossesse, une fois l’allaitement terminé.',
    },
    breastfeeding: {
      question: 'Allaitez-vous ?',
      hint: 'On ne sait pas encore comment les produits pourraient agir sur un bébé allaité.',
      label: 'Allaitement',
      reason:
        'Vous allaitez. On ne sait pas encore comment les produits pourraient agir sur votre bébé. ' +
        'Vous pourrez refaire le test une fois l’allaitement terminé.',
    },
    bleeding: {
      question: 'Prenez-vous quelque chose qui fluidifie le sang, ou avez-vous un trouble de la coagulation ?',
      hint:
        'Cela comprend les médicaments qui fluidifient le sang (anticoagulants), et l’aspirine ou l’ibuprofène pris tous les jours. ' +
        'Certains compléments à base de plantes fluidifient aussi le sang. ' +
        'Répondez aussi oui si vous avez une maladie comme l’hémophilie.',
      label: 'Anticoagulants ou trouble de la coagulation',
      reason:
        'Vous prenez quelque chose qui fluidifie le sang, ou vous avez un trouble de la coagulation. ' +
        'Vous pourriez avoir plus facilement des bleus et saigner plus après les injections.',
    },
    immune: {
      question: 'Avez-vous une maladie auto-immune, ou des défenses immunitaires affaiblies ?',
      hint: 'Cela comprend les maladies ou les médicaments qui diminuent les défenses du corps contre les infections.',
      label: 'Maladie auto-immune ou défenses immunitaires affaiblies',
      reason:
        'Vous avez une maladie auto-immune ou des défenses immunitaires affaiblies. ' +
        'Vous pourriez avoir plus de risques d’infection, ou le traitement pourrait mal fonctionner.',
    },
    skin: {
      question: 'Avez-vous une infection, des plaques ou une peau enflammée à l’endroit à traiter ?',
      hint: 'Par exemple des boutons infectés, ou une peau rouge et gonflée.',
      label: 'Peau infectée ou enflammée',
      reason:
        'Vous avez une infection ou une peau enflammée à l’endroit à traiter. ' +
        'Les injections pourraient étendre l’infection ou l’aggraver. Vous pourrez refaire le test une fois votre peau guérie.',
    },
    allergy: {
      question: 'Avez-vous des allergies graves, ou avez-vous déjà fait un choc anaphylactique ?',
      hint: 'Répondez aussi oui si vous êtes allergique aux vitamines, enzymes, hormones ou extraits de plantes utilisés dans les injections.',
      label: 'Allergies graves ou choc anaphylactique',
      reason:
        'Vous avez des allergies graves, ou une allergie à un produit qui pourrait être dans les injections. ' +
        'Ne faites pas de mésothérapie si vous êtes allergique à l’un de ses composants.',
    },
    conditions: {
      question: 'Avez-vous un cancer, une maladie du foie, des reins ou du cœur, ou du diabète ?',
      hint: 'Répondez oui si vous en avez une maintenant, ou si vous êtes soigné pour l’une d’elles. Si vous en avez eu une dans le passé, choisissez « Je ne sais pas ».',
      label: 'Cancer, maladie du foie, des reins ou du cœur, ou diabète',
      reason:
        'Vous avez un cancer, une maladie du foie, des reins ou du cœur, ou du diabète. ' +
        'Les preuves manquent pour dire que la mésothérapie est sûre ou efficace avec ces maladies.',
    },
    'heart-stroke': {
      question: 'Avez-vous déjà eu un infarctus (crise cardiaque) ou un AVC ?',
      hint: 'Répondez oui même si c’était il y a longtemps.',
      label: 'Infarctus ou AVC',
      reason:
        'Vous avez eu un infarctus ou un AVC. Vous pourriez avoir plus de risques de complications après le traitement.',
    },
  },
  continue: 'Continuer',
  back: 'Retour',
  errors: {
    summaryTitle: 'Il y a un problème',
    prefix: 'Erreur :',
    goals: 'Choisissez ce que vous aimeriez améliorer',
    answer: 'Choisissez oui, non ou je ne sais pas',
  },
  summary: {
    heading: 'Vérifiez vos réponses',
    change: 'Modifier',
    changeHidden: ' votre réponse sur « {label} »',
    submit: 'Voir mon résultat',
    noGoals: 'Aucun',
  },
  outcomes: {
    'not-recommended': {
      headline: 'La mésothérapie ne vous est pas recommandée',
      next: 'Parlez à votre médecin de ce que vous nous avez dit. Il peut vous aider à trouver d’autres solutions.',
    },
    'not-now': {
      headline: 'Pas pour le moment',
      next: 'Cela peut changer plus tard. Revenez faire le test quand votre situation change.',
    },
    'ask-doctor': {
      headline: 'Parlez-en d’abord à votre médecin',
      next: 'Parlez à votre médecin des réponses indiquées ci-dessus. Faites-le avant de prendre rendez-vous.',
    },
    'no-concerns': {
      headline: 'Rien de ce que vous nous avez dit n’exclut la mésothérapie',
      next:
        'Cela ne veut pas dire qu’elle vous convient. ' +
        'Un praticien vérifie votre santé lors d’une consultation. Il décide avec vous.',
    },
  },
  statusLabel: 'Votre résultat :',
  notDiagnosis: 'Ce n’est pas un diagnostic.',
  reasonsHeading: 'Pourquoi',
  unsureReason: 'Vous n’étiez pas sûr pour : {label}. Parlez-en à votre médecin.',
  unsureAge: 'Vous n’étiez pas sûr d’avoir 18 ans ou plus. La mésothérapie est réservée aux adultes. Ne prenez pas rendez-vous avant de savoir que vous avez 18 ans ou plus.',
  bookAfterDoctor: 'Quand votre médecin vous dit que c’est possible, vous pouvez prendre rendez-vous.',
  medicineWarning: 'N’arrêtez jamais un médicament prescrit sans en parler d’abord à votre médecin.',
  weightLossReason:
    'La mésothérapie n’est pas un traitement pour maigrir ni un traitement de l’obésité. Elle ne vous aidera pas à perdre du poids en général.',
  notesHeading: 'Bon à savoir',
  notes: {
    'weight-loss':
      'La mésothérapie n’est pas un traitement pour maigrir ni un traitement de l’obésité. Elle ne vous aidera pas à perdre du poids en général.',
    'body-fat':
      'La mésothérapie ne peut réduire la graisse que sur de petites zones, et les résultats varient. Les preuves sont partagées. ' +
      'Ce n’est pas un traitement pour maigrir ni un traitement de l’obésité. ' +
      'L’agence américaine du médicament (FDA) ne l’a pas approuvée pour réduire la graisse. ' +
      'Une alimentation équilibrée et de l’activité physique restent nécessaires.',
  },
  checklistHeading: 'Avant votre consultation',
  checklist: [
    'Faites la liste de tous vos médicaments et compléments alimentaires.',
    'Notez vos allergies et vos anciens problèmes de santé.',
    'Notez les problèmes de santé qui pourraient s’aggraver avec le temps.',
    'Renseignez-vous sur la formation et l’expérience du praticien.',
    'Réfléchissez aux bénéfices possibles et aux risques.',
  ],
  expectHeading: 'À quoi s’attendre',
  expect: [
    'Il vous faudra peut-être une série de 3 à 15 séances. Ensuite, des séances régulières peuvent être utiles pour garder l’effet.',
    'Les résultats viennent lentement. Ils peuvent mettre de quelques mois à une année entière à se voir.',
    'Pour les cheveux, il peut falloir quelques mois avant de voir un changement.',
    'Les résultats varient d’une personne à l’autre. Ils dépendent de l’expérience du praticien et des produits qu’il utilise.',
    'Une alimentation saine, de l’activité physique et de bons soins de la peau aident à garder les résultats.',
    'Rougeur, gonflement, bleus, démangeaisons ou douleur aux points d’injection sont fréquents. Ils passent en général en quelques jours.',
    'La douleur varie d’une personne à l’autre. Certaines sentent seulement une petite gêne, d’autres ont très mal.',
    'Le visage peut être plus sensible que les cuisses ou le ventre.',
    'Le praticien utilise des aiguilles très fines. Une crème anesthésiante, du froid ou des vibrations peuvent rendre la séance plus confortable.',
    'Toute injection peut provoquer une infection.',
    'Les réactions allergiques sont peu fréquentes, mais elles peuvent arriver. Les réactions graves sont rares.',
    'Certains produits sont utilisés pour un usage pour lequel ils ne sont pas autorisés. On parle d’usage « hors AMM ».',
    'Les preuves sur la mésothérapie sont partagées. Certains pays contrôlent mal les produits.',
  ],
  startAgain: 'Recommencer',
  print: 'Imprimer ce résultat',
  announceResult: 'Votre résultat : {headline}.',
};
