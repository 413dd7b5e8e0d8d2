import type {VsFillerContent} from '../en/vs-filler.js';
import {commonFr} from './common.js';

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
        'Elle sert aussi pour les cheveux qui s’affinent et les petites zones de graisse.',
      filler:
        'Redonner du volume perdu, combler les rides et les plis profonds, et redessiner des zones comme les lèvres et les pommettes.',
    },
    injected: {
      label: 'Ce qui est injecté',
      mesotherapy:
        'De nombreuses micro-injections dans la couche moyenne de la peau (le derme). ' +
        'Elles contiennent un mélange de vitamines, d’enzymes, d’hormones et d’extraits de plantes.',
      filler: 'Un gel, le plus souvent de l’acide hyaluronique, placé là où l’on veut plus de volume.',
    },
    results: {
      label: 'À quoi ressemblent les résultats',
      mesotherapy: 'Discrets et progressifs. Elle agit sur la santé de la peau dans son ensemble.',
      filler: 'Un changement visible de volume et de forme tout de suite, dans les zones traitées.',
    },
    sessions: {
      label: 'Combien de séances',
      mesotherapy: 'Une série de séances, puis des séances d’entretien.',
      filler: 'Souvent une séance, avec des retouches plus tard.',
    },
    lasts: {
      label: 'Combien de temps cela dure',
      mesotherapy: 'Il faut des séances d’entretien pour garder l’effet.',
      filler: 'De 6 mois à 2 ans environ, selon le produit utilisé.',
    },
    suits: {
      label: 'Convient souvent à',
      mesotherapy: 'Des personnes plus jeunes, ou avec de légers signes de l’âge.',
      filler: 'Des personnes avec des rides profondes ou une forte perte de volume.',
    },
    risks: {
      label: 'Risques',
      mesotherapy: 'Infection, bleus et gonflement. L’expérience de la personne qui vous traite compte beaucoup.',
      filler: 'Infection, bleus et gonflement. L’expérience de la personne qui vous traite compte beaucoup.',
    },
  },
  helperHeading: 'Qu’est-ce qui pourrait vous convenir ?',
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
    contour: 'La forme du menton, de la mâchoire ou des lèvres',
  },
  severityLegend: 'Ces changements sont-ils marqués ? (facultatif)',
  severityHint: 'Cela aide si vous pensez à des rides ou à une perte de volume.',
  severities: {
    unsure: 'Je ne sais pas',
    mild: 'Légers',
    moderate: 'Moyens',
    marked: 'Marqués',
  },
  resultHeading: 'Ce qui pourrait vous convenir',
  resultEmpty: 'Choisissez au moins une chose à changer pour voir une suggestion.',
  recommendations: {
    mesotherapy: {
      title: 'La mésothérapie pourrait répondre à vos objectifs',
      why:
        'Tout ce que vous avez choisi concerne la qualité de la peau, les cheveux ou de petites zones de graisse. ' +
        'La mésothérapie vise ces objectifs, avec des résultats progressifs sur plusieurs séances.',
    },
    filler: {
      title: 'L’acide hyaluronique pourrait répondre à vos objectifs',
      why:
        'Tout ce que vous avez choisi concerne le volume, les rides profondes ou la forme. ' +
        'L’acide hyaluronique vise ces objectifs, avec un changement visible tout de suite.',
    },
    combination: {
      title: 'Une association des deux pourrait répondre à vos objectifs',
      why:
        'Vous avez choisi des objectifs de qualité de peau et des objectifs de volume ou de forme. ' +
        'Les cliniques associent parfois les deux traitements pour rafraîchir tout le visage.',
    },
  },
  concernsIntro: 'Vos choix :',
  concernPointsTo: '{concern} : {treatment}',
  seeRow: 'Comparer « {aspect} »',
  fatCaveat:
    'La mésothérapie ne peut réduire la graisse que sur de petites zones, et les preuves sont partagées. ' +
    'Ce n’est pas un traitement pour maigrir ni un traitement de l’obésité. ' +
    'Elle n’est pas approuvée par la FDA (l’autorité de santé des États-Unis) pour réduire la graisse. ' +
    'Une alimentation équilibrée et de l’activité physique restent nécessaires.',
  severityNotes: {
    mild: 'Pour de légers signes de l’âge, la mésothérapie pourrait mieux vous convenir.',
    marked: 'Pour des rides profondes ou une forte perte de volume, l’acide hyaluronique peut aider davantage que la mésothérapie.',
  },
  announce: 'Suggestion mise à jour : {title}.',
  announceEmpty: 'Pas encore de suggestion.',
};
