import {commonPtBR} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

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
        'Também é usada para cabelo ralo e pequenas áreas de gordura. ' +
        'Ela não é um tratamento para emagrecer nem para obesidade. ' +
        'A FDA, a agência de alimentos e remédios dos EUA, não aprovou a mesoterapia para perder gordura.',
      filler:
        'Repor o volume perdido, preencher rugas e sulcos profundos, e dar forma a áreas como lábios e maçãs do rosto.',
    },
    injected: {
      label: 'O que é injetado',
      mesotherapy:
        'Muitas injeções bem pequenas na camada do meio da pele (a derme). ' +
        'Elas levam uma mistura de vitaminas, enzimas, hormônios e extratos de plantas.',
      filler: 'Um produto, quase sempre ácido hialurônico, injetado na pele para dar mais preenchimento e volume.',
    },
    results: {
      label: 'Como são os resultados',
      mesotherapy:
        'Sutis e graduais. Age na saúde da pele como um todo. ' +
        'Os resultados variam de pessoa para pessoa. Os estudos se dividem sobre se ela deixa a pele com aspecto mais jovem.',
      filler: 'Uma mudança visível de volume e forma logo após a aplicação, nas áreas tratadas.',
    },
    sessions: {
      label: 'Quantas sessões',
      mesotherapy: 'Em geral, uma série de 3 a 15 sessões. Depois, sessões regulares mantêm o efeito.',
      filler: 'Pergunte ao seu profissional. Depende dos seus objetivos.',
    },
    lasts: {
      label: 'Quanto tempo dura',
      mesotherapy: 'Você precisa de sessões regulares para manter o efeito.',
      filler: 'De uns 6 meses a 2 anos, dependendo do produto usado.',
    },
    suits: {
      label: 'Para quem pode ajudar mais',
      mesotherapy: 'Pessoas mais jovens, ou com sinais leves de envelhecimento. Pode não ajudar em rugas profundas.',
      filler: 'Pessoas com rugas profundas ou muita perda de volume.',
    },
    risks: {
      label: 'Riscos',
      mesotherapy:
        'Vermelhidão, inchaço, manchas roxas, coceira e dor são comuns. Qualquer injeção pode causar infecção. ' +
        'Reações graves são raras. A habilidade do profissional faz muita diferença.',
      filler: 'Pode haver infecção, manchas roxas e inchaço. A habilidade do profissional faz muita diferença.',
    },
  },
  helperHeading: 'Qual pode combinar com seus objetivos?',
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
    contour: 'O formato do rosto, como traços mais definidos',
  },
  severityLegend: 'O quanto os sinais de envelhecimento aparecem? (opcional)',
  severityHint: 'Isso ajuda se você está pensando em rugas ou perda de volume.',
  severities: {
    unsure: 'Não sei',
    mild: 'Pouco',
    moderate: 'Mais ou menos',
    marked: 'Muito',
  },
  resultHeading: 'O que pode combinar com seus objetivos',
  resultEmpty: 'Escolha pelo menos uma coisa que você gostaria de mudar para ver uma sugestão.',
  recommendations: {
    mesotherapy: {
      title: 'Seus objetivos combinam com o que a mesoterapia busca',
      why:
        'Tudo o que você escolheu é sobre qualidade da pele, cabelo ou pequenas áreas de gordura. ' +
        'A mesoterapia busca tratar isso. Os resultados são graduais e precisam de várias sessões.',
    },
    filler: {
      title: 'Seus objetivos combinam com o que o preenchimento busca',
      why:
        'Tudo o que você escolheu é sobre volume, rugas profundas ou formato. ' +
        'O preenchimento busca tratar isso, com uma mudança visível logo após a aplicação.',
    },
    combination: {
      title: 'Seus objetivos combinam com uma combinação dos dois',
      why:
        'Você escolheu objetivos de qualidade da pele e objetivos de volume ou formato. ' +
        'Às vezes os profissionais combinam os dois tratamentos para renovar o rosto todo.',
    },
    separate: {
      title: 'Seus objetivos combinam com dois tratamentos diferentes',
      why:
        'Alguns dos seus objetivos combinam com a mesoterapia e outros com o preenchimento. ' +
        'São tratamentos separados, para objetivos diferentes.',
    },
  },
  concernsIntro: 'O que você escolheu:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Comparar “{aspect}”',
  seeRowFor: ' para “{concern}”',
  fatCaveat:
    'A mesoterapia só consegue reduzir gordura em áreas pequenas, e os estudos não concordam entre si. ' +
    'Ela não é um tratamento para emagrecer nem para obesidade. ' +
    'A FDA, a agência de alimentos e remédios dos EUA, não aprovou a mesoterapia para perder gordura. ' +
    'Você continua precisando de alimentação saudável e exercícios.',
  healthNote:
    'Se um tratamento é seguro ou não depende da sua saúde. Um profissional avalia isso em uma consulta.',
  selfCheckLink: 'Veja se algo impede a mesoterapia no seu caso',
  severityNotes: {
    mild: 'Para sinais leves de envelhecimento, a mesoterapia pode ser a melhor escolha.',
    marked: 'Para rugas profundas ou muita perda de volume, o preenchimento pode ajudar mais do que a mesoterapia.',
  },
  announce: 'Sugestão atualizada: {title}.',
  announceEmpty: 'Ainda não há sugestão.',
};
