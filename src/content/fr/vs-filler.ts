import {commonFr} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

export const vsFillerFr: VsFillerContent = {
  ...commonFr,
  heading: 'Mésothérapie ou injections de comblement ?',
  intro:
    'Ce sont deux traitements différents, pour des objectifs différents. Aucun n’est meilleur en général. ' +
    'Le bon choix dépend de ce que vous voulez changer. Parfois, les deux sont associés.',
  compareHeading: 'Les différences',
  tableCaption: 'Comparaison de la mésothérapie et des injections de comblement',
  aspectColumn: 'Ce que l’on compare',
  treatments: {mesotherapy: 'Mésothérapie', filler: 'Injections de comblement (fillers)'},
  aspects: {
    goal: {
      label: 'Objectif principal',
      mesotherapy:
        'Une peau de meilleure qualité dans l’ensemble : grain, teint, hydratation et ridules en surface. ' +
        'Elle sert aussi pour les cheveux qui s’affinent et les petites zones de graisse. ' +
        'Ce n’est pas un traitement pour maigrir ni un traitement de l’obésité. ' +
        'L’agence américaine du médicament (FDA) ne l’a pas approuvée pour réduire la graisse. ' +
        'En 2010, la FDA a déclaré n’avoir connaissance d’aucune preuve que ces injections contre la graisse (appelées lipodissolution) fonctionnent. ' +
        'La FDA avait aussi reçu des signalements de cicatrices.',
      filler:
        'Redonner du volume, combler les rides et plis profonds, et redessiner des zones comme les lèvres et les pommettes. ' +
        'L’agence américaine du médicament (FDA) a approuvé certains produits pour certains de ces usages.',
    },
    injected: {
      label: 'Ce qui est injecté',
      mesotherapy:
        'De nombreuses micro-injections dans la peau. ' +
        'Pour la graisse, elles vont un peu plus profond, dans la graisse sous la peau. ' +
        'Elles contiennent un mélange de vitamines, d’enzymes, d’hormones et d’extraits de plantes.',
      filler:
        'Un produit injecté dans la peau ou sous la peau pour donner du volume. ' +
        'C’est le plus souvent de l’acide hyaluronique, une substance que le corps fabrique aussi.',
    },
    results: {
      label: 'À quoi ressemblent les résultats',
      mesotherapy:
        'Discrets et progressifs. ' +
        'Elle vise à améliorer la peau dans son ensemble. ' +
        'Les résultats varient, et certaines personnes ne voient aucun changement. ' +
        'Peu de preuves solides montrent qu’elle rajeunit la peau.',
      filler: 'Un changement visible de volume et de forme tout de suite, dans les zones traitées.',
    },
    sessions: {
      label: 'Combien de séances',
      mesotherapy: 'En général une série de 3 à 15 séances, puis des séances régulières pour garder l’effet éventuellement obtenu.',
      filler: 'Demandez à votre praticien. Cela dépend de vos objectifs.',
    },
    lasts: {
      label: 'Combien de temps cela dure',
      mesotherapy:
        'Personne ne peut dire combien de temps cela dure. ' +
        'Il faut des séances régulières pour garder l’effet éventuellement obtenu.',
      filler: 'De 6 mois à 2 ans environ, selon le produit utilisé.',
    },
    suits: {
      label: 'À qui cela peut le plus aider',
      mesotherapy:
        'Des adultes plutôt jeunes, ou avec de légers signes de l’âge. ' +
        'Elle peut ne pas aider pour les rides profondes.',
      filler: 'Des adultes avec des rides profondes ou une forte perte de volume. Les produits de comblement sont réservés aux personnes de 18 ans ou plus.',
    },
    risks: {
      label: 'Risques',
      mesotherapy:
        'Des rougeurs, un gonflement, des bleus, des démangeaisons et une douleur sont fréquents. ' +
        'Toute injection peut provoquer une infection. ' +
        'Les réactions allergiques sont peu fréquentes. ' +
        'Les réactions graves sont rares. ' +
        'Certains pays contrôlent mal les produits. ' +
        'Certains sont utilisés hors autorisation (pour un usage non autorisé). ' +
        'L’expérience du praticien compte beaucoup.',
      filler:
        'Une infection, des bleus et un gonflement peuvent arriver. ' +
        'Rarement, le produit injecté peut boucher un vaisseau sanguin. ' +
        'Cela peut abîmer la peau, ou causer une perte de la vue ou un AVC. ' +
        'L’agence américaine du médicament (FDA) a alerté sur ce risque en 2015. ' +
        'L’expérience du praticien compte beaucoup.',
    },
  },
  helperHeading: 'Qu’est-ce qui pourrait répondre à vos objectifs ?',
  concernsLegend: 'Que souhaitez-vous changer ?',
  concernsHint: 'Cochez tout ce qui vous concerne.',
  concerns: {
    texture: 'Un grain de peau ou un teint irrégulier',
    dullness: 'Une peau terne ou sèche (déshydratée)',
    'fine-lines': 'Des ridules à la surface de la peau',
    hair: 'Des cheveux qui s’affinent',
    fat: 'De petites zones de graisse localisée ou de la cellulite',
    'deep-lines': 'Des rides et des plis profonds',
    volume: 'Une perte de volume, par exemple aux pommettes ou aux lèvres',
    contour: 'La forme de votre visage, par exemple les lèvres ou les pommettes',
  },
  severityLegend: 'À quel point les signes de l’âge que vous voyez sont-ils marqués ? (facultatif)',
  severityHint: 'Cela aide si vous pensez à des rides ou à une perte de volume.',
  severities: {
    unsure: 'Je ne sais pas',
    mild: 'Légers',
    moderate: 'Moyens',
    marked: 'Très marqués',
  },
  resultHeading: 'Ce qui pourrait répondre à vos objectifs',
  resultEmpty: 'Choisissez au moins une chose à changer pour voir une suggestion.',
  recommendations: {
    mesotherapy: {
      title: 'Vos objectifs correspondent à ce que vise la mésothérapie',
      why:
        'Tout ce que vous avez choisi concerne la qualité de la peau, les cheveux ou de petites zones de graisse. ' +
        'La mésothérapie vise ces objectifs. ' +
        'Elle ne marche pas chez tout le monde. ' +
        'Les résultats sont progressifs et demandent plusieurs séances.',
    },
    filler: {
      title: 'Vos objectifs correspondent à ce que visent les injections de comblement',
      why:
        'Tout ce que vous avez choisi concerne le volume, les rides profondes ou la forme. ' +
        'Les injections de comblement visent ces objectifs, avec un changement visible tout de suite.',
    },
    combination: {
      title: 'Vos objectifs correspondent à une association des deux',
      why:
        'Vous avez choisi des objectifs de qualité de peau et des objectifs de volume ou de forme. ' +
        'Les praticiens associent parfois les deux traitements pour rafraîchir tout le visage.',
    },
    separate: {
      title: 'Vos objectifs correspondent à deux traitements différents',
      why:
        'Certains de vos objectifs correspondent à la mésothérapie, d’autres aux injections de comblement. ' +
        'Ce sont deux traitements séparés, pour des objectifs différents.',
    },
  },
  concernsIntro: 'Vos choix :',
  concernPointsTo: '{concern} : {treatment}',
  seeRow: 'Comparer « {aspect} »',
  seeRowFor: ' pour « {concern} »',
  fatCaveat:
    'Chez certaines personnes, la mésothérapie peut réduire la graisse sur de petites zones, mais pas chez tout le monde. ' +
    'Il y a peu de bonnes études, et les experts ne sont pas d’accord sur sa sécurité. ' +
    'Ce n’est pas un traitement pour maigrir ni un traitement de l’obésité. ' +
    'L’agence américaine du médicament (FDA) ne l’a pas approuvée pour réduire la graisse. ' +
    'En 2010, la FDA a déclaré n’avoir connaissance d’aucune preuve que ces injections contre la graisse (appelées lipodissolution) fonctionnent. ' +
    'La FDA avait aussi reçu des signalements de cicatrices durables et de boules profondes et douloureuses sous la peau. ' +
    'Une alimentation équilibrée et de l’activité physique restent nécessaires.',
  fillerCaveat:
    'Rarement, le produit injecté peut boucher un vaisseau sanguin. ' +
    'Cela peut abîmer la peau, ou causer une perte de la vue ou un AVC. ' +
    'L’agence américaine du médicament (FDA) a alerté sur ce risque en 2015. ' +
    'Demandez au praticien comment il limite ce risque.',
  hairNote:
    'La chute de cheveux peut avoir une cause médicale. ' +
    'Si elle est soudaine ou par plaques, ou si vous ne vous sentez pas bien, voyez d’abord votre médecin.',
  healthNote:
    'Un traitement est sûr ou non selon votre santé. Un praticien le vérifie lors d’une consultation.',
  selfCheckLink: 'Vérifiez si quelque chose exclut la mésothérapie pour vous',
  severityNotes: {
    mild: 'Pour de légères ridules, la mésothérapie peut être le meilleur choix.',
    marked: 'Pour des rides profondes ou une forte perte de volume, les injections de comblement peuvent aider davantage que la mésothérapie.',
  },
  announce: 'Suggestion mise à jour : {title}.',
  announceEmpty: 'Pas encore de suggestion.',
};
