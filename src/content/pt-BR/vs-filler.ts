import type {VsFillerContent} from '../en/vs-filler.js';
import {commonPtBR} from './common.js';

export const vsFillerPtBR: VsFillerContent = {
  ...commonPtBR,
  heading: 'Mesoterapia ou preenchimento?',
  intro:
    'São dois tratamentos diferentes, para objetivos diferentes. Nenhum é melhor no geral. ' +
    'O certo depende do que você quer mudar. Às vezes os dois são combinados.',
  compareHeading: 'Comparando os dois',
  tableCaption: 'Mesoterapia e preenchimento lado a lado',
  aspectColumn: 'O que comparamos',
  treatments: {mesotherapy: 'Mesoterapia', filler: 'Preenchimento'},
  aspects: {
    goal: {
      label: 'Objetivo principal',
      mesotherapy:
        'Melhorar a qualidade da pele como um todo: textura, tom, hidratação e linhas finas na superfície. ' +
        'Também é usada para cabelo ralo e pequenas áreas de gordura.',
      filler:
        'Repor o volume perdido, preencher rugas e sulcos profundos, e dar forma a áreas como lábios e maçãs do rosto.',
    },
    injected: {
      label: 'O que é injetado',
      mesotherapy:
        'Muitas injeções bem pequenas na camada do meio da pele (a derme). ' +
        'Elas levam uma mistura de vitaminas, enzimas, hormônios e extratos de plantas.',
      filler: 'Um gel, quase sempre de ácido hialurônico, colocado onde se quer mais volume.',
    },
    results: {
      label: 'Como são os resultados',
      mesotherapy: 'Sutis e graduais. Age na saúde da pele como um todo.',
      filler: 'Uma mudança visível de volume e forma logo de cara, nas áreas tratadas.',
    },
    sessions: {
      label: 'Quantas sessões',
      mesotherapy: 'Uma série de sessões, e depois sessões de manutenção.',
      filler: 'Muitas vezes uma sessão, com retoques mais tarde.',
    },
    lasts: {
      label: 'Quanto tempo dura',
      mesotherapy: 'Você precisa de sessões de manutenção para manter o efeito.',
      filler: 'De uns 6 meses a 2 anos, dependendo do produto usado.',
    },
    suits: {
      label: 'Costuma ser indicado para',
      mesotherapy: 'Pessoas mais jovens, ou com sinais leves de envelhecimento.',
      filler: 'Pessoas com rugas profundas ou muita perda de volume.',
    },
    risks: {
      label: 'Riscos',
      mesotherapy:
        'Infecção, manchas roxas e inchaço. A habilidade de quem faz o tratamento faz muita diferença.',
      filler: 'Infecção, manchas roxas e inchaço. A habilidade de quem faz o tratamento faz muita diferença.',
    },
  },
  helperHeading: 'Qual pode combinar com você?',
  concernsLegend: 'O que você gostaria de mudar?',
  concernsHint: 'Escolha todas as opções que se aplicam.',
  concerns: {
    texture: 'Textura ou tom de pele irregular',
    dullness: 'Pele sem viço ou ressecada (desidratada)',
    'fine-lines': 'Linhas finas na superfície da pele',
    hair: 'Cabelo ralo',
    fat: 'Pequenas áreas de gordura localizada ou celulite',
    'deep-lines': 'Rugas e sulcos profundos',
    volume: 'Perda de volume, por exemplo nas maçãs do rosto ou nos lábios',
    contour: 'O formato do queixo, da mandíbula ou dos lábios',
  },
  severityLegend: 'O quanto as mudanças que você vê são visíveis? (opcional)',
  severityHint: 'Isso ajuda se você está pensando em rugas ou perda de volume.',
  severities: {
    unsure: 'Não sei',
    mild: 'Pouco',
    moderate: 'Mais ou menos',
    marked: 'Muito',
  },
  resultHeading: 'O que pode combinar com você',
  resultEmpty: 'Escolha pelo menos uma coisa que você gostaria de mudar para ver uma sugestão.',
  recommendations: {
    mesotherapy: {
      title: 'A mesoterapia pode combinar com seus objetivos',
      why:
        'Tudo o que você escolheu é sobre qualidade da pele, cabelo ou pequenas áreas de gordura. ' +
        'A mesoterapia busca tratar isso, com resultados graduais ao longo de várias sessões.',
    },
    filler: {
      title: 'O preenchimento pode combinar com seus objetivos',
      why:
        'Tudo o que você escolheu é sobre volume, rugas profundas ou formato. ' +
        'O preenchimento busca tratar isso, com uma mudança visível logo de cara.',
    },
    combination: {
      title: 'Os dois juntos podem combinar com seus objetivos',
      why:
        'Você escolheu objetivos de qualidade da pele e objetivos de volume ou formato. ' +
        'Às vezes as clínicas combinam os dois tratamentos para renovar o rosto todo.',
    },
  },
  concernsIntro: 'O que você escolheu:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Comparar “{aspect}”',
  fatCaveat:
    'A mesoterapia só consegue reduzir gordura em áreas pequenas, e os estudos não concordam entre si. ' +
    'Ela não é um tratamento para emagrecer nem para obesidade. ' +
    'Ela não é aprovada pela FDA (a agência de remédios dos EUA) para eliminar gordura. ' +
    'Alimentação saudável e exercícios continuam sendo necessários.',
  severityNotes: {
    mild: 'Para sinais leves de envelhecimento, a mesoterapia pode combinar mais com você.',
    marked: 'Para rugas profundas ou muita perda de volume, o preenchimento pode ajudar mais do que a mesoterapia.',
  },
  announce: 'Sugestão atualizada: {title}.',
  announceEmpty: 'Ainda não há sugestão.',
};
