import {commonPtPT} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

export const vsFillerPtPT: VsFillerContent = {
  ...commonPtPT,
  heading: 'Mesoterapia ou preenchimento dérmico?',
  intro:
    'São dois tratamentos diferentes, para objetivos diferentes. Nenhum é melhor em geral. ' +
    'O mais indicado depende do que quer mudar. Às vezes, os dois são combinados.',
  compareHeading: 'Como se comparam',
  tableCaption: 'Mesoterapia e preenchimento dérmico lado a lado',
  aspectColumn: 'O que comparamos',
  treatments: {mesotherapy: 'Mesoterapia', filler: 'Preenchimento dérmico'},
  aspects: {
    goal: {
      label: 'Objetivo principal',
      mesotherapy:
        'Melhorar a qualidade da pele no seu todo: textura, tom, hidratação e linhas finas à superfície. ' +
        'Também se usa para o cabelo a ficar ralo e para pequenas zonas de gordura. ' +
        'Não é um tratamento para emagrecer nem para a obesidade. ' +
        'A FDA, a agência dos EUA que regula medicamentos, não a aprovou para eliminar gordura. ' +
        'Em 2010, a FDA disse não conhecer provas de que estas injeções para a gordura (chamadas lipodissolução) resultem. ' +
        'Também recebeu relatos de cicatrizes.',
      filler:
        'Repor volume perdido, preencher rugas e sulcos profundos, e dar forma a lábios, maçãs do rosto e outras zonas. ' +
        'A FDA, a agência dos EUA que regula medicamentos, aprovou alguns produtos de preenchimento para alguns destes usos.',
    },
    injected: {
      label: 'O que é injetado',
      mesotherapy:
        'Muitas injeções muito pequenas na pele. ' +
        'Para a gordura, vão um pouco mais fundo, até à gordura debaixo da pele. ' +
        'Levam uma mistura de vitaminas, enzimas, hormonas e extratos de plantas.',
      filler:
        'Um produto injetado na pele ou debaixo dela para dar mais preenchimento e volume. ' +
        'Na maioria das vezes é ácido hialurónico, uma substância que o corpo também produz.',
    },
    results: {
      label: 'Como são os resultados',
      mesotherapy:
        'Subtis e graduais. Procura melhorar a pele no seu todo. ' +
        'Os resultados variam, e algumas pessoas não veem qualquer mudança. ' +
        'Há poucas provas sólidas de que dê à pele um aspeto mais jovem.',
      filler: 'Uma mudança visível de volume e de forma logo a seguir, nas zonas tratadas.',
    },
    sessions: {
      label: 'Quantas sessões',
      mesotherapy: 'Em geral, uma série de 3 a 15 sessões, e depois sessões regulares para manter o efeito que houver.',
      filler: 'Pergunte ao profissional. Depende dos seus objetivos.',
    },
    lasts: {
      label: 'Quanto tempo dura',
      mesotherapy:
        'Ninguém sabe dizer quanto tempo dura. ' +
        'Precisa de sessões regulares para manter o efeito que houver.',
      filler: 'Cerca de 6 meses a 2 anos, conforme o produto usado.',
    },
    suits: {
      label: 'A quem pode ajudar mais',
      mesotherapy:
        'Adultos mais jovens, ou pessoas com sinais ligeiros de envelhecimento. ' +
        'Pode não ajudar nas rugas profundas.',
      filler:
        'Adultos com rugas profundas ou muita perda de volume. ' +
        'O preenchimento dérmico é só para pessoas com 18 anos ou mais.',
    },
    risks: {
      label: 'Riscos',
      mesotherapy:
        'Vermelhidão, inchaço, nódoas negras, comichão e dor são frequentes. ' +
        'Qualquer injeção pode causar uma infeção. ' +
        'As reações alérgicas são pouco frequentes. As reações graves são raras. ' +
        'Alguns países não controlam bem os produtos. ' +
        'Alguns são usados «off-label» (para algo para o qual não estão aprovados). ' +
        'A competência do profissional conta muito.',
      filler:
        'Pode haver infeção, nódoas negras e inchaço. ' +
        'Raramente, o produto de preenchimento pode entupir um vaso sanguíneo. ' +
        'Isso pode danificar a pele, ou causar perda de visão ou um AVC. ' +
        'A FDA, a agência dos EUA que regula medicamentos, alertou para isto em 2015. ' +
        'A competência do profissional conta muito.',
    },
  },
  helperHeading: 'Qual pode corresponder aos seus objetivos?',
  concernsLegend: 'O que gostaria de mudar?',
  concernsHint: 'Escolha todas as opções que se aplicam.',
  concerns: {
    texture: 'Textura ou tom de pele irregular',
    dullness: 'Pele sem brilho ou seca (desidratada)',
    'fine-lines': 'Linhas finas à superfície da pele',
    hair: 'Cabelo a ficar ralo',
    fat: 'Pequenas zonas de gordura localizada ou celulite',
    'deep-lines': 'Rugas e sulcos profundos',
    volume: 'Perda de volume, por exemplo nas maçãs do rosto ou nos lábios',
    contour: 'A forma do rosto, como os lábios ou as maçãs do rosto',
  },
  severityLegend: 'Até que ponto se notam os sinais de envelhecimento? (opcional)',
  severityHint: 'Isto ajuda se está a pensar em rugas ou em perda de volume.',
  severities: {
    unsure: 'Não sei',
    mild: 'Pouco',
    moderate: 'Moderadamente',
    marked: 'Muito',
  },
  resultHeading: 'O que pode corresponder aos seus objetivos',
  resultEmpty: 'Escolha pelo menos uma coisa que gostaria de mudar para ver uma sugestão.',
  recommendations: {
    mesotherapy: {
      title: 'Os seus objetivos correspondem ao que a mesoterapia procura tratar',
      why:
        'Tudo o que escolheu tem a ver com a qualidade da pele, o cabelo ou pequenas zonas de gordura. ' +
        'É isso que a mesoterapia procura tratar. Não resulta em todas as pessoas. ' +
        'Os resultados são graduais e precisam de várias sessões.',
    },
    filler: {
      title: 'Os seus objetivos correspondem ao que o preenchimento dérmico procura tratar',
      why:
        'Tudo o que escolheu tem a ver com volume, rugas profundas ou forma. ' +
        'É isso que o preenchimento dérmico procura tratar, com uma mudança visível logo a seguir.',
    },
    combination: {
      title: 'Os seus objetivos correspondem a uma combinação dos dois',
      why:
        'Escolheu objetivos de qualidade da pele e objetivos de volume ou de forma. ' +
        'Às vezes, os profissionais combinam os dois tratamentos para renovar todo o rosto.',
    },
    separate: {
      title: 'Os seus objetivos correspondem a dois tratamentos diferentes',
      why:
        'Alguns dos seus objetivos correspondem à mesoterapia e outros ao preenchimento dérmico. ' +
        'São tratamentos separados, para objetivos diferentes.',
    },
  },
  concernsIntro: 'O que escolheu:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Comparar «{aspect}»',
  seeRowFor: ' para «{concern}»',
  fatCaveat:
    'A mesoterapia pode reduzir a gordura em pequenas zonas em algumas pessoas, mas não em todas. ' +
    'Há poucos estudos de qualidade, e os especialistas não concordam que seja segura. ' +
    'Não é um tratamento para emagrecer nem para a obesidade. ' +
    'A FDA, a agência dos EUA que regula medicamentos, não a aprovou para eliminar gordura. ' +
    'Em 2010, a FDA disse não conhecer provas de que estas injeções para a gordura (chamadas lipodissolução) resultem. ' +
    'A FDA também recebeu relatos de cicatrizes duradouras e de caroços profundos e dolorosos debaixo da pele. ' +
    'Continua a precisar de uma alimentação saudável e de exercício físico.',
  fillerCaveat:
    'Raramente, o produto de preenchimento pode entupir um vaso sanguíneo. ' +
    'Isso pode danificar a pele, ou causar perda de visão ou um AVC. ' +
    'A FDA, a agência dos EUA que regula medicamentos, alertou para isto em 2015. ' +
    'Pergunte ao profissional como reduz este risco.',
  hairNote:
    'A queda de cabelo pode ter uma causa médica. ' +
    'Se for súbita ou em peladas, ou se não se sentir bem, consulte primeiro o seu médico.',
  healthNote: 'Se um tratamento é seguro ou não depende da sua saúde. Um profissional avalia isto numa consulta.',
  selfCheckLink: 'Verifique se há algo que exclua a mesoterapia no seu caso',
  severityNotes: {
    mild: 'Para linhas finas ligeiras, a mesoterapia pode ser a melhor opção.',
    marked: 'Para rugas profundas ou muita perda de volume, o preenchimento dérmico pode ajudar mais do que a mesoterapia.',
  },
  announce: 'Sugestão atualizada: {title}.',
  announceEmpty: 'Ainda não há sugestão.',
};
