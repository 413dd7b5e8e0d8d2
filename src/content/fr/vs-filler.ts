import {commonFr} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

export const vsFillerFr: VsFillerContent = {
  ...commonFr,
  heading: 'Mésothérapie ou acide hyaluronique ?',
  intro:
    'Ce sont deux traitements différents, pour des objectifs différents. Aucun n’est meilleur en général. ' +
    'Le bon choix dépend de ce que vous voulez changer. Parfois, les deux sont associés.',
  compareHeading: 'Les différences',
  tableCaption: 'La mésothérapie et les injections d’acide hyaluronique, côte à côte',
  aspectColumn: 'Ce que l’on compare',
  treatments: {mesotherapy: 'Mésothérapie', filler: 'Acide hyaluronique (fillers)'},
  aspects: {
    goal: {
      label: 'Objectif principal',
      mesotherapy:
        'Une peau de meilleure qualité dans l’ensemble : grain, teint, hydratation et ridules en surface. ' +
        'Elle sert aussi pour les cheveux qui s’affinent et les petites zones de graisse. ' +
        'Ce n’est pas un traitement pour maigrir ni un traitement de l’obésité. ' +
        'L’agence américaine du médicament (FDA) ne l’a pas approuvée pour réduire la graisse.',
      filler:
        'Redonner du volume, combler les rides et plis profonds, et redessiner des zones comme les lèvres et les pommettes.',
    },
    injected: {
      label: 'Ce qui est injecté',
      mesotherapy:
        'De nombreuses micro-injections dans la couche moyenne de la peau (le derme). ' +
        'Elles contiennent un mélange de vitamines, d’enzymes, d’hormones et d’extraits de plantes.',
      filler: 'Un produit, le plus souvent de l’acide hyaluronique, injecté dans la peau pour donner du volume.',
    },
    results: {
      label: 'À quoi ressemblent les résultats',
      mesotherapy:
        'Discrets et progressifs. Elle agit sur la santé de la peau dans son ensemble. ' +
        'Les résultats varient d’une personne à l’autre. Les preuves d’un effet rajeunissant sont partagées.',
      filler: 'Un changement visible de volume et de forme tout de suite, dans les zones traitées.',
    },
    sessions: {
      label: 'Combien de séances',
      mesotherapy: 'En général une série de 3 à 15 séances, puis des séances régulières pour garder l’effet.',
      filler: 'Demandez à votre praticien. Cela dépend de vos objectifs.',
    },
    lasts: {
      label: 'Combien de temps cela dure',
      mesotherapy: 'Il faut des séances régulières pour garder l’effet.',
      filler: 'De 6 mois à 2 ans environ, selon le produit utilisé.',
    },
    suits: {
      label: 'À qui cela peut le plus aider',
      mesotherapy: 'Des personnes plus jeunes, ou avec de légers signes de l’âge. Elle peut ne pas aider pour les rides profondes.',
      filler: 'Des personnes avec des rides profondes ou une forte perte de volume.',
    },
    risks: {
      label: 'Risques',
      mesotherapy:
        'Rougeur, gonflement, bleus, démangeaisons et douleur sont fréquents. Toute injection peut provoquer une infection. ' +
        'Les réactions graves sont rares. L’expérience du praticien compte beaucoup.',
      filler: 'Une infection, des bleus et un gonflement peuvent arriver. L’expérience du praticien compte beaucoup.',
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
    fat: 'De petites zones de graisse tenace ou de la cellulite',
    'deep-lines': 'Des rides et des plis profonds',
    volume: 'Une perte de volume, par exemple aux pommettes ou aux lèvres',
    contour: 'La forme de votre visage, par exemple des traits plus dessinés',
  },
  severityLegend: 'Les signes de l’âge que vous voyez sont-ils visibles ? (facultatif)',
  severityHint: 'Cela aide si vous pensez à des rides ou à une perte de volume.',
  severities: {
    unsure: 'Je ne sais pas',
    mild: 'Légers',
    moderate: 'Moyens',
    marked: 'Très visibles',
  },
  resultHeading: 'Ce qui pourrait répondre à vos objectifs',
  resultEmpty: 'Choisissez au moins une chose à changer pour voir une suggestion.',
  recommendations: {
    mesotherapy: {
      title: 'Vos objectifs correspondent à ce que vise la mésothérapie',
      why:
        'Tout ce que vous avez choisi concerne la qualité de la peau, les cheveux ou de petites zones de graisse. ' +
        'La mésothérapie vise ces objectifs. Les résultats sont progressifs et demandent plusieurs séances.',
    },
    filler: {
      title: 'Vos objectifs correspondent à ce que vise l’acide hyaluronique',
      why:
        'Tout ce que vous avez choisi concerne le volume, les rides profondes ou la forme. ' +
        'L’acide hyaluronique vise ces objectifs, avec un changement visible tout de suite.',
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
        'Certains de vos objectifs correspondent à la mésothérapie, d’autres à l’acide hyaluronique. ' +
        'Ce sont deux traitements séparés, pour des objectifs différents.',
    },
  },
  concernsIntro: 'Vos choix :',
  concernPointsTo: '{concern} : {treatment}',
  seeRow: 'Comparer « {aspect} »',
  seeRowFor: ' pour « {concern} »',
  fatCaveat:
    'La mésothérapie ne peut réduire la graisse que sur de petites zones, et les preuves sont partagées. ' +
    'Ce n’est pas un traitement pour maigrir ni un traitement de l’obésité. ' +
    'L’agence américaine du médicament (FDA) ne l’a pas approuvée pour réduire la graisse. ' +
    'Une alimentation équilibrée et de l’activité physique restent nécessaires.',
  healthNote:
    'Un traitement est sûr ou non selon votre santé. Un praticien le vérifie lors d’une consultation.',
  selfCheckLink: 'Vérifiez si quelque chose exclut la mésothérapie pour vous',
  severityNotes: {
    mild: 'Pour de légers signes de l’âge, la mésothérapie peut être le meilleur choix.',
    marked: 'Pour des rides profondes ou une forte perte de volume, l’acide hyaluronique peut aider davantage que la mésothérapie.',
  },
  announce: 'Suggestion mise à jour : {title}.',
  announceEmpty: 'Pas encore de suggestion.',
};
