import type {VsFillerContent} from '../en/vs-filler.js';
import {commonEs} from './common.js';

export const vsFillerEs: VsFillerContent = {
  ...commonEs,
  heading: '¿Mesoterapia o rellenos dérmicos?',
  intro:
    'Son dos tratamientos distintos para objetivos distintos. Ninguno es mejor en general. ' +
    'El adecuado depende de lo que quiera cambiar. A veces se combinan los dos.',
  compareHeading: 'En qué se diferencian',
  tableCaption: 'Mesoterapia y rellenos dérmicos, uno al lado del otro',
  aspectColumn: 'Qué comparamos',
  treatments: {mesotherapy: 'Mesoterapia', filler: 'Rellenos dérmicos'},
  aspects: {
    goal: {
      label: 'Objetivo principal',
      mesotherapy:
        'Mejorar la calidad de la piel en general: textura, tono, hidratación y arrugas finas superficiales. ' +
        'También se usa para el pelo fino y para pequeñas zonas de grasa.',
      filler:
        'Recuperar el volumen perdido, rellenar arrugas y surcos profundos, y dar forma a zonas como los labios y los pómulos.',
    },
    injected: {
      label: 'Qué se inyecta',
      mesotherapy:
        'Muchas inyecciones diminutas en la capa media de la piel (la dermis). ' +
        'Llevan una mezcla de vitaminas, enzimas, hormonas y extractos de plantas.',
      filler: 'Un gel, casi siempre de ácido hialurónico, que se coloca donde se quiere más volumen.',
    },
    results: {
      label: 'Cómo son los resultados',
      mesotherapy: 'Sutiles y graduales. Actúa sobre la salud de la piel en su conjunto.',
      filler: 'Un cambio visible de volumen y forma desde el primer momento, en las zonas tratadas.',
    },
    sessions: {
      label: 'Cuántas sesiones',
      mesotherapy: 'Una serie de sesiones y, después, sesiones de mantenimiento.',
      filler: 'A menudo una sesión, con retoques más adelante.',
    },
    lasts: {
      label: 'Cuánto dura',
      mesotherapy: 'Necesita sesiones de mantenimiento para conservar el efecto.',
      filler: 'De unos 6 meses a 2 años, según el producto usado.',
    },
    suits: {
      label: 'Suele ir bien a',
      mesotherapy: 'Personas más jóvenes, o con signos leves de envejecimiento.',
      filler: 'Personas con arrugas profundas o con mucho volumen perdido.',
    },
    risks: {
      label: 'Riesgos',
      mesotherapy:
        'Infección, moretones e hinchazón. La habilidad de quien le trata es muy importante.',
      filler: 'Infección, moretones e hinchazón. La habilidad de quien le trata es muy importante.',
    },
  },
  helperHeading: '¿Cuál podría irle mejor?',
  concernsLegend: '¿Qué le gustaría cambiar?',
  concernsHint: 'Elija todas las opciones que correspondan.',
  concerns: {
    texture: 'Textura o tono de la piel irregular',
    dullness: 'Piel apagada o seca (deshidratada)',
    'fine-lines': 'Arrugas finas en la superficie de la piel',
    hair: 'Pelo más fino',
    fat: 'Pequeñas zonas de grasa localizada o celulitis',
    'deep-lines': 'Arrugas y surcos profundos',
    volume: 'Volumen perdido, por ejemplo en los pómulos o los labios',
    contour: 'La forma del mentón, la mandíbula o los labios',
  },
  severityLegend: '¿Cuánto se notan los cambios que ve? (opcional)',
  severityHint: 'Esto ayuda si piensa en arrugas o en volumen perdido.',
  severities: {
    unsure: 'No lo sé',
    mild: 'Poco',
    moderate: 'Bastante',
    marked: 'Mucho',
  },
  resultHeading: 'Qué podría irle bien',
  resultEmpty: 'Elija al menos una cosa que le gustaría cambiar para ver una sugerencia.',
  recommendations: {
    mesotherapy: {
      title: 'La mesoterapia podría encajar con sus objetivos',
      why:
        'Todo lo que ha elegido trata de la calidad de la piel, el pelo o pequeñas zonas de grasa. ' +
        'La mesoterapia busca mejorar esto, con resultados graduales a lo largo de varias sesiones.',
    },
    filler: {
      title: 'Los rellenos dérmicos podrían encajar con sus objetivos',
      why:
        'Todo lo que ha elegido trata del volumen, las arrugas profundas o la forma. ' +
        'Los rellenos buscan mejorar esto, con un cambio visible desde el primer momento.',
    },
    combination: {
      title: 'Una combinación podría encajar con sus objetivos',
      why:
        'Ha elegido objetivos de calidad de la piel y objetivos de volumen o de forma. ' +
        'A veces las clínicas combinan los dos tratamientos para renovar todo el rostro.',
    },
  },
  concernsIntro: 'Lo que ha elegido:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Comparar «{aspect}»',
  fatCaveat:
    'La mesoterapia solo puede reducir la grasa en zonas pequeñas, y los estudios no coinciden. ' +
    'No es un tratamiento para perder peso ni para la obesidad. ' +
    'No está aprobada por la FDA (la agencia de medicamentos de EE. UU.) para eliminar grasa. ' +
    'Aun así, hacen falta una dieta sana y ejercicio.',
  severityNotes: {
    mild: 'Si los signos de envejecimiento son leves, la mesoterapia podría irle mejor.',
    marked: 'Si tiene arrugas profundas o ha perdido mucho volumen, los rellenos podrían ayudarle más que la mesoterapia.',
  },
  announce: 'Sugerencia actualizada: {title}.',
  announceEmpty: 'Todavía no hay ninguna sugerencia.',
};
