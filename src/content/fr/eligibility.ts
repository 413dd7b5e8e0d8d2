import type {EligibilityContent} from '../en/eligibility.js';
import {commonFr} from './common.js';

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
  whyWeAsk: 'Nous posons des questions sur votre santé pour que le praticien puisse vous protéger.',
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
      hint: 'Les injections esthétiques sont réservées aux adultes.',
      label: 'Avoir 18 ans ou plus',
      reason: 'Vous nous avez dit avoir moins de 18 ans. La mésothérapie est un soin esthétique réservé aux adultes.',
    },
    pregnant: {
      question: 'Êtes-vous enceinte, ou pourriez-vous l’être ?',
      hint: 'On ne sait pas encore comment les produits pourraient agir sur un bébé en développement.',
      label: 'Grossesse',
      reason:
        'Vous êtes enceinte ou pourriez l’être. On ne sait pas encore comment les produits pourraient agir sur votre bébé. ' +
        'Vous pourrez redemander après votre grossesse, une fois l’allaitement terminé.',
    },
    breastfeeding: {
      question: 'Allaitez-vous ?',
      hint: 'On ne sait pas encore comment les produits pourraient agir sur un bébé allaité.',
      label: 'Allaitement',
      reason:
        'Vous allaitez. On ne sait pas encore comment les produits pourraient agir sur votre bébé. ' +
        'Vous pourrez redemander une fois l’allaitement terminé.',
    },
    bleeding: {
      question: 'Prenez-vous un médicament qui fluidifie le sang, ou avez-vous un trouble de la coagulation ?',
      hint: 'Par exemple un anticoagulant, ou une maladie comme l’hémophilie.',
      label: 'Anticoagulants ou trouble de la coagulation',
      reason:
        'Vous prenez un médicament qui fluidifie le sang (anticoagulant) ou vous avez un trouble de la coagulation. ' +
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
        'Les injections pourraient étendre l’infection ou l’aggraver. Vous pourrez redemander une fois votre peau guérie.',
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
      hint: 'Répondez oui si vous en avez une maintenant, ou si vous êtes soigné pour l’une d’elles.',
      label: 'Cancer, maladie du foie, des reins ou du cœur, ou diabète',
      reason:
        'Vous avez un cancer, une maladie du foie, des reins ou du cœur, ou du diabète. ' +
        'Il n’y a pas assez de preuves que la mésothérapie soit sûre ou efficace pour vous.',
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
      headline: 'Demandez d’abord l’avis d’un médecin',
      next: 'Avant de prendre rendez-vous, interrogez votre médecin sur les points dont vous n’étiez pas sûr.',
    },
    'no-concerns': {
      headline: 'Rien de ce que vous nous avez dit ne l’exclut',
      next: 'Un praticien vérifiera si c’est adapté pour vous lors d’une consultation. Il prend la décision avec vous.',
    },
  },
  statusLabel: 'Votre résultat :',
  notDiagnosis: 'Ce n’est pas un diagnostic.',
  reasonsHeading: 'Pourquoi',
  unsureReason: 'Vous n’étiez pas sûr pour : {label}. Parlez-en à votre médecin.',
  medicineWarning: 'N’arrêtez jamais un médicament prescrit sans en parler d’abord à votre médecin.',
  weightLossReason:
    'La mésothérapie n’est pas un traitement pour maigrir ni un traitement de l’obésité. Elle ne vous aidera pas à perdre du poids en général.',
  notesHeading: 'Bon à savoir',
  notes: {
    'weight-loss':
      'La mésothérapie n’est pas un traitement pour maigrir ni un traitement de l’obésité. Elle ne vous aidera pas à perdre du poids en général.',
    'body-fat':
      'La mésothérapie ne peut réduire la graisse que sur de petites zones, et les résultats varient. Les preuves sont partagées. ' +
      'Elle n’est pas approuvée par la FDA (l’autorité de santé des États-Unis) pour réduire la graisse. ' +
      'Une alimentation équilibrée et de l’activité physique restent nécessaires.',
  },
  checklistHeading: 'Avant votre consultation',
  checklist: [
    'Faites la liste de tous vos médicaments et compléments alimentaires.',
    'Notez vos allergies et vos anciens problèmes de santé.',
    'Renseignez-vous sur les diplômes et l’expérience du praticien.',
    'Réfléchissez aux bénéfices possibles et aux risques.',
  ],
  expectHeading: 'À quoi s’attendre',
  expect: [
    'Il faut en général plusieurs séances, souvent de 3 à 15, puis des séances d’entretien.',
    'Les résultats apparaissent lentement, en quelques semaines ou quelques mois. Pour les cheveux, cela peut prendre des mois.',
    'Les résultats varient d’une personne à l’autre. Ils dépendent de l’expérience du praticien et des produits utilisés.',
    'Rougeur, gonflement, bleus, démangeaisons ou douleur aux points d’injection sont fréquents. Ils passent en général en quelques jours.',
    'Les aiguilles sont très fines. Une crème anesthésiante, du froid ou des vibrations peuvent rendre la séance plus confortable.',
    'Le visage est en général plus sensible que les cuisses ou le ventre.',
    'Les preuves sur la mésothérapie sont partagées. Dans certains pays, certains produits sont mal contrôlés.',
  ],
  startAgain: 'Recommencer',
  print: 'Imprimer ce résultat',
  announceResult: 'Votre résultat : {headline}.',
};
