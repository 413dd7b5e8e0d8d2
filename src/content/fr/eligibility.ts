import {commonFr} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityFr: EligibilityContent = {
  ...commonFr,
  heading: 'La mésothérapie est-elle faite pour moi ?',
  intro: {
    lead: 'Répondez à quelques questions pour voir si quelque chose pourrait exclure la mésothérapie pour vous.',
    time: 'Cela prend environ une minute.',
    privacy: 'Vos réponses restent sur cet appareil. Elles ne sont envoyées nulle part.',
    privacyShare: 'Vos réponses restent sur cet appareil. Elles sont partagées avec {clinic} seulement si vous le choisissez.',
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
    body: 'La cellulite ou de petites zones de graisse localisée, comme le ventre, les hanches ou les cuisses',
    weight: 'Perdre du poids en général',
  },
  questionsHeading: 'Votre santé',
  answers: {yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas'},
  questions: {
    adult: {
      question: 'Avez-vous 18 ans ou plus ?',
      hint: 'Il faut avoir 18 ans ou plus pour recevoir ce soin ici.',
      label: '18 ans ou plus',
      reason: 'Vous nous avez dit avoir moins de 18 ans. Il faut avoir 18 ans ou plus pour recevoir ce soin ici.',
      unsure:
        'Vous ne savez pas si vous avez 18 ans ou plus. ' +
        'Il faut avoir 18 ans ou plus pour recevoir ce soin ici. ' +
        'Ne prenez pas rendez-vous avant de le savoir.',
    },
    pregnant: {
      question: 'Êtes-vous enceinte, ou pourriez-vous l’être ?',
      hint: 'On ne sait pas encore comment les produits pourraient agir sur un bébé à naître.',
      label: 'Grossesse',
      reason:
        'Vous êtes enceinte ou pourriez l’être. On ne sait pas encore comment les produits pourraient agir sur votre bébé. ' +
        'Vous pourrez refaire ce questionnaire quand vous ne serez plus enceinte et n’allaiterez plus.',
      unsure:
        'Vous ne savez pas si vous êtes enceinte. ' +
        'Ne faites pas de mésothérapie avant de savoir que vous ne l’êtes pas. ' +
        'Un test de grossesse peut vous le dire. Il est plus fiable à partir du premier jour de retard des règles.',
    },
    breastfeeding: {
      question: 'Allaitez-vous ?',
      hint: 'On ne sait pas encore comment les produits pourraient agir sur un bébé allaité.',
      label: 'Allaitement',
      reason:
        'Vous allaitez. On ne sait pas encore comment les produits pourraient agir sur votre bébé. ' +
        'Vous pourrez refaire ce questionnaire une fois l’allaitement terminé.',
      unsure:
        'Vous ne savez pas si vous allaitez encore. ' +
        'Attendez d’avoir complètement arrêté. ' +
        'Vous pourrez ensuite refaire ce questionnaire.',
    },
    bleeding: {
      question: 'Prenez-vous quelque chose qui fluidifie le sang, ou avez-vous un trouble de la coagulation ?',
      hint:
        'Cela comprend les médicaments qui fluidifient le sang (anticoagulants), et l’aspirine ou l’ibuprofène pris tous les jours ou presque. ' +
        'Certains compléments à base de plantes, comme le ginkgo ou l’ail, fluidifient aussi le sang. ' +
        'Répondez aussi oui si vous avez une maladie comme l’hémophilie.',
      label: 'Anticoagulants ou trouble de la coagulation',
      reason:
        'Vous prenez quelque chose qui fluidifie le sang, ou vous avez un trouble de la coagulation. ' +
        'Vous pourriez avoir plus facilement des bleus et saigner plus après les injections.',
      unsure:
        'Vous ne savez pas si vous prenez quelque chose qui fluidifie le sang. ' +
        'Demandez à votre médecin ou à un pharmacien avant de prendre rendez-vous.',
    },
    immune: {
      question: 'Votre système immunitaire attaque-t-il votre propre corps (maladie auto-immune), ou vos défenses sont-elles affaiblies ?',
      hint:
        'Par exemple un lupus, une polyarthrite rhumatoïde ou un psoriasis. ' +
        'Répondez aussi oui si une maladie ou un médicament affaiblit vos défenses. ' +
        'C’est le cas des corticoïdes en comprimés.',
      label: 'Maladie auto-immune ou défenses immunitaires affaiblies',
      reason:
        'Votre système immunitaire attaque votre propre corps, ou vos défenses sont affaiblies. ' +
        'Vous pourriez avoir plus de risques d’infection, ou le traitement pourrait mal fonctionner.',
      unsure:
        'Vous avez répondu « Je ne sais pas » pour votre système immunitaire. ' +
        'Parlez-en à votre médecin avant de prendre rendez-vous.',
    },
    skin: {
      question: 'Avez-vous une infection, une éruption (boutons, rougeurs) ou une peau enflammée à l’endroit à traiter ?',
      hint: 'Par exemple un bouton de fièvre (herpès), des boutons infectés, ou une peau rouge et gonflée.',
      label: 'Peau infectée ou enflammée',
      reason:
        'Vous avez une infection ou une peau enflammée à l’endroit à traiter. ' +
        'Les injections pourraient étendre l’infection ou l’aggraver. ' +
        'Vous pourrez refaire ce questionnaire une fois votre peau guérie. ' +
        'Si cela ne s’améliore pas, consultez un pharmacien ou votre médecin.',
      unsure:
        'Vous ne savez pas si la peau à traiter est infectée ou enflammée. ' +
        'Montrez-la à un pharmacien ou à votre médecin.',
    },
    allergy: {
      question: 'Avez-vous déjà eu une réaction allergique grave (choc anaphylactique), ou avez-vous des allergies graves ?',
      hint:
        'Une réaction grave peut faire gonfler la gorge ou gêner la respiration. ' +
        'Répondez aussi oui en cas d’allergie à la crème anesthésiante, ou à un produit peut-être présent dans les injections.',
      label: 'Allergies ou réactions allergiques graves',
      reason:
        'Vous avez déjà eu une réaction allergique grave, ou une allergie à un produit qui peut servir pour le soin. ' +
        'Ne faites pas de mésothérapie si vous êtes allergique à l’un de ses composants.',
      unsure:
        'Vous avez répondu « Je ne sais pas » pour les allergies. ' +
        'Parlez-en à votre médecin. ' +
        'Demandez à la clinique la liste des produits contenus dans les injections.',
    },
    conditions: {
      question: 'Avez-vous un cancer, une maladie du foie, des reins ou du cœur, ou du diabète ?',
      hint: 'Répondez oui si vous en avez une maintenant, ou si vous suivez un traitement pour l’une d’elles. Si vous en avez eu une dans le passé, choisissez « Je ne sais pas ».',
      label: 'Cancer, maladie du foie, des reins ou du cœur, ou diabète',
      reason:
        'Vous avez un cancer, une maladie du foie, des reins ou du cœur, ou du diabète. ' +
        'Les preuves manquent pour dire que la mésothérapie est sûre ou efficace chez les personnes qui ont ces maladies.',
      unsure:
        'Vous ne savez pas, ou vous avez eu l’une de ces maladies dans le passé. ' +
        'Demandez à votre médecin si cela compte pour ce soin.',
    },
    'heart-stroke': {
      question: 'Avez-vous déjà eu un infarctus (crise cardiaque) ou un AVC ?',
      hint: 'Répondez oui même si c’était il y a longtemps, ou si c’était un mini-AVC (accident ischémique transitoire, AIT).',
      label: 'Infarctus ou AVC',
      reason:
        'Vous avez eu un infarctus ou un AVC. Vous pourriez avoir plus de risques de complications après le traitement.',
      unsure:
        'Vous ne savez pas si vous avez eu un infarctus ou un AVC. ' +
        'Parlez-en à votre médecin avant de prendre rendez-vous.',
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
    changeHidden: ' votre réponse : {label}',
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
      next: 'Cela peut changer plus tard. Revenez remplir ce questionnaire quand votre situation changera.',
    },
    'ask-doctor': {
      headline: 'Parlez-en d’abord à votre médecin',
      next: 'Parlez à votre médecin des réponses indiquées ci-dessous. Faites-le avant de prendre rendez-vous.',
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
  bookAfterDoctor:
    'Quand vous aurez parlé à votre médecin, vous pourrez prendre rendez-vous. ' +
    'Dites au praticien ce que votre médecin vous a dit.',
  consultationLabel: 'Prendre rendez-vous pour une consultation uniquement (sans soin)',
  share: {
    heading: 'Partager vos réponses avec {clinic}',
    intro:
      'Vous pouvez envoyer vos réponses à {clinic} avant votre consultation. ' +
      'Voici exactement ce qui lui serait transmis. ' +
      'Rien n’est envoyé tant que vous n’avez pas donné votre accord et choisi comment.',
    date: 'Date',
    outcome: 'Résultat',
    goals: 'Ce que vous voulez améliorer',
    title: 'Auto-questionnaire sur la mésothérapie',
    line: '{label} : {value}',
    consent:
      'J’accepte de partager ces réponses sur ma santé avec {clinic}. ' +
      'La clinique les utilisera pour préparer ma consultation.',
    withdraw:
      'Vous pouvez demander à tout moment à {clinic} de supprimer les réponses partagées. ' +
      'Décocher la case n’annule pas le partage des réponses déjà transmises.',
    choose: 'Choisissez comment les partager :',
    email: 'Les envoyer par e-mail',
    emailSubject: 'Mes réponses à l’auto-questionnaire sur la mésothérapie',
    emailShortened:
      'Mes réponses étaient trop longues pour un lien e-mail. ' +
      'Je les apporterai à ma consultation.',
    url: 'Ouvrir le formulaire de la clinique avec vos réponses',
    qr: 'Les afficher sous forme de code QR',
    qrAlt: 'Code QR contenant vos réponses',
    qrHint:
      'Montrez ce code à la clinique, ou imprimez cette page et apportez-la. ' +
      'Ce code contient les réponses affichées ci-dessus.',
    event: 'Les envoyer à la clinique',
    sent:
      'Vos réponses ont été transmises au site web de {clinic}. ' +
      'Parlez quand même de votre santé au praticien lors de votre rendez-vous.',
    unavailable: 'Le partage n’est pas disponible pour le moment. Vous pouvez imprimer cette page et l’apporter avec vous.',
  },
  medicineWarning:
    'Si un médecin vous a dit de prendre un médicament, comme de l’aspirine chaque jour, continuez à le prendre. ' +
    'N’arrêtez jamais un médicament prescrit sans en parler d’abord à votre médecin.',
  weightLossReason:
    'La mésothérapie n’est pas un traitement pour maigrir ni un traitement de l’obésité. Elle ne vous aidera pas à perdre du poids en général.',
  notesHeading: 'Bon à savoir',
  notes: {
    'weight-loss':
      'La mésothérapie n’est pas un traitement pour maigrir ni un traitement de l’obésité. Elle ne vous aidera pas à perdre du poids en général.',
    'body-fat':
      'Chez certaines personnes, la mésothérapie peut réduire la graisse sur de petites zones, mais pas chez tout le monde. ' +
      'Il y a peu de bonnes études, et les experts ne sont pas d’accord sur sa sécurité. ' +
      'Ce n’est pas un traitement pour maigrir ni un traitement de l’obésité. ' +
      'L’agence américaine du médicament (FDA) ne l’a pas approuvée pour réduire la graisse. ' +
      'En 2010, la FDA a déclaré n’avoir connaissance d’aucune preuve que ces injections contre la graisse (appelées lipodissolution) fonctionnent. ' +
      'La FDA avait aussi reçu des signalements de cicatrices durables et de boules profondes et douloureuses sous la peau. ' +
      'En 2015, la FDA a approuvé un médicament contre la graisse, l’acide désoxycholique, seulement pour la graisse sous le menton. ' +
      'Une alimentation équilibrée et de l’activité physique restent nécessaires.',
    'hair-loss':
      'La chute de cheveux peut avoir une cause médicale. ' +
      'Si elle est soudaine ou par plaques, ou si vous ne vous sentez pas bien, voyez d’abord votre médecin.',
  },
  checklistHeading: 'Avant votre consultation',
  checklist: [
    'Faites la liste de tous vos médicaments et compléments alimentaires.',
    'Notez vos allergies et vos anciens problèmes de santé.',
    'Notez les problèmes de santé qui pourraient s’aggraver avec le temps.',
    'Renseignez-vous sur la formation et l’expérience du praticien.',
    'Réfléchissez aux bénéfices possibles et aux risques.',
    'Demandez à la clinique la liste des produits contenus dans les injections.',
    'Dites au praticien si vous faites des cicatrices épaisses ou avez pris de l’isotrétinoïne (contre l’acné) ces 6 derniers mois.',
    'Si vous êtes malade ou avez de la fièvre le jour venu, demandez à la clinique de déplacer votre séance.',
  ],
  expectHeading: 'À quoi s’attendre',
  expect: [
    'Il vous faudra peut-être une série de 3 à 15 séances. ' +
      'Ensuite, des séances régulières peuvent être nécessaires pour garder l’effet éventuellement obtenu.',
    'Les résultats viennent lentement. Ils peuvent mettre de quelques mois à une année entière à se voir.',
    'Pour les cheveux, il peut falloir quelques mois avant de voir un changement.',
    'Les résultats varient d’une personne à l’autre. ' +
      'Certaines personnes ne voient aucun changement. ' +
      'Les résultats dépendent de l’expérience du praticien et des produits qu’il utilise.',
    'Une alimentation saine, de l’activité physique et de bons soins de la peau aident à garder les résultats.',
    'Des rougeurs, un gonflement, des bleus, des démangeaisons ou une douleur aux points d’injection sont fréquents. ' +
      'Ils passent en général en quelques jours.',
    'La douleur varie d’une personne à l’autre. ' +
      'Certaines sentent seulement une petite gêne, d’autres ont très mal.',
    'Le visage peut être plus sensible que les cuisses ou le ventre.',
    'Le praticien utilise des aiguilles très fines. ' +
      'Une crème anesthésiante, du froid ou des vibrations peuvent rendre la séance plus confortable.',
    'Toute injection peut provoquer une infection.',
    'Les réactions allergiques sont peu fréquentes, mais elles peuvent arriver. ' +
      'Les réactions graves sont rares.',
    'Certains produits utilisés en mésothérapie ne sont pas autorisés pour cet usage. ' +
      'On parle d’utilisation « hors autorisation » (hors AMM).',
    'Il y a peu de bonnes études sur la mésothérapie, et elles ne concordent pas. Certains pays contrôlent mal les produits.',
  ],
  startAgain: 'Recommencer',
  print: 'Imprimer ce résultat',
  announceResult: 'Votre résultat : {headline}.',
};
