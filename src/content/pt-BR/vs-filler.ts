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
        'A FDA, a agência de alimentos e remédios dos EUA, não aprovou a mesoterapia para perder gordura. ' +
        'Em 2010, a FDA disse não conhecer provas de que essas injeções para gordura (chamadas lipodissolução) funcionem. ' +
        'A FDA também recebeu relatos de cicatrizes.',
      filler:
        'Repor o volume perdido, preencher rugas e sulcos profundos, e dar forma a áreas como lábios e maçãs do rosto. ' +
        'A FDA, a agência de alimentos e remédios dos EUA, aprovou alguns preenchedores para alguns desses usos.',
    },
    injected: {
      label: 'O que é injetado',
      mesotherapy:
        'Muitas injeções bem pequenas na pele. ' +
        'Para gordura, elas vão um pouco mais fundo, na gordura sob a pele. ' +
        'Elas levam uma mistura de vitaminas, enzimas, hormônios e extratos de plantas.',
      filler:
        'Um produto injetado na pele ou abaixo dela para dar mais preenchimento e volume. ' +
        'Na maioria das vezes é ácido hialurônico, uma substância que o corpo também produz.',
    },
    results: {
      label: 'Como são os resultados',
      mesotherapy:
        'Sutis e graduais. ' +
        'Busca melhorar a pele como um todo. ' +
        'Os resultados variam, e algumas pessoas não veem nenhuma mudança. ' +
        'Há poucas provas sólidas de que ela deixe a pele com aspecto mais jovem.',
      filler: 'Uma mudança visível de volume e formato logo após a aplicação, nas áreas tratadas.',
    },
    sessions: {
      label: 'Quantas sessões',
      mesotherapy: 'Em geral, uma série de 3 a 15 sessões e, depois, sessões regulares para manter o efeito obtido, se houver.',
      filler: 'Pergunte ao seu profissional. Depende dos seus objetivos.',
    },
    lasts: {
      label: 'Quanto tempo dura',
      mesotherapy:
        'Ninguém sabe dizer quanto tempo dura. ' +
        'Você precisa de sessões regulares para manter o efeito obtido, se houver.',
      filler: 'De uns 6 meses a 2 anos, dependendo do produto usado.',
    },
    suits: {
      label: 'Para quem pode ajudar mais',
      mesotherapy:
        'Adultos mais jovens, ou pessoas com sinais leves de envelhecimento. ' +
        'Pode não ajudar em rugas profundas.',
      filler: 'Adultos com rugas profundas ou muita perda de volume. Preenchedores são só para pessoas com 18 anos ou mais.',
    },
    risks: {
      label: 'Riscos',
      mesotherapy:
        'Vermelhidão, inchaço, manchas roxas, coceira e dor são comuns. ' +
        'Qualquer injeção pode causar infecção. ' +
        'Reações alérgicas são pouco comuns. ' +
        'Reações graves são raras. ' +
        'Alguns países não controlam bem os produtos. ' +
        'Alguns são usados “off-label” (para algo para o qual não foram aprovados). ' +
        'A habilidade do profissional faz muita diferença.',
      filler:
        'Pode haver infecção, manchas roxas e inchaço. ' +
        'Raramente, o preenchedor pode entupir um vaso sanguíneo. ' +
        'Isso pode danificar a pele, ou causar perda da visão ou um AVC. ' +
        'A FDA, a agência de alimentos e remédios dos EUA, alertou sobre isso em 2015. ' +
        'A habilidade do profissional faz muita diferença.',
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
    contour: 'O formato do rosto, como os lábios ou as maçãs do rosto',
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
        'A mesoterapia busca tratar isso. ' +
        'Ela não funciona para todo mundo. ' +
        'Os resultados são graduais e precisam de várias sessões.',
    },
    filler: {
      title: 'Seus objetivos combinam com o que o preenchimento busca',
      why:
        'Tudo o que você escolheu é sobre volume, rugas profundas ou formato. ' +
        'O preenchimento busca tratar isso, com uma mudança visível logo após a aplicação.',
    },
    combination: {
      title: 'Seus objetivos combinam com os dois tratamentos juntos',
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
    'Em algumas pessoas, a mesoterapia pode reduzir gordura em áreas pequenas, mas não em todas. ' +
    'Há poucos estudos bons, e os especialistas não concordam que ela seja segura. ' +
    'Ela não é um tratamento para emagrecer nem para obesidade. ' +
    'A FDA, a agência de alimentos e remédios dos EUA, não aprovou a mesoterapia para perder gordura. ' +
    'Em 2010, a FDA disse não conhecer provas de que essas injeções para gordura (chamadas lipodissolução) funcionem. ' +
    'A FDA também recebeu relatos de cicatrizes duradouras e de caroços profundos e doloridos sob a pele. ' +
    'Você continua precisando de alimentação saudável e exercícios.',
  fillerCaveat:
    'Raramente, o preenchedor pode entupir um vaso sanguíneo. ' +
    'Isso pode danificar a pele, ou causar perda da visão ou um AVC. ' +
    'A FDA, a agência de alimentos e remédios dos EUA, alertou sobre isso em 2015. ' +
    'Pergunte ao profissional como ele reduz esse risco.',
  hairNote:
    'A queda de cabelo pode ter uma causa médica. ' +
    'Se for de repente ou em falhas, ou se você não estiver se sentindo bem, procure antes o seu médico.',
  healthNote:
    'Se um tratamento é seguro ou não depende da sua saúde. Um profissional avalia isso em uma consulta.',
  selfCheckLink: 'Veja se algo impede a mesoterapia no seu caso',
  severityNotes: {
    mild: 'Para linhas finas leves, a mesoterapia pode ser a melhor escolha.',
    marked: 'Para rugas profundas ou muita perda de volume, o preenchimento pode ajudar mais do que a mesoterapia.',
  },
  announce: 'Sugestão atualizada: {title}.',
  announceEmpty: 'Ainda não há sugestão.',
};
