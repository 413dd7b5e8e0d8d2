import {commonEs} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

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
        'También se usa para el pelo fino y para pequeñas zonas de grasa. ' +
        'No es un tratamiento para perder peso ni para la obesidad. ' +
        'La FDA, la agencia de alimentos y medicamentos de EE. UU., no la ha aprobado para perder grasa.',
      filler:
        'Recuperar el volumen perdido, rellenar arrugas y surcos profundos, y dar forma a zonas como los labios y los pómulos.',
    },
    injected: {
      label: 'Qué se inyecta',
      mesotherapy:
        'Muchas inyecciones diminutas en la capa media de la piel (la dermis). ' +
        'Llevan una mezcla de vitaminas, enzimas, hormonas y extractos de plantas.',
      filler: 'Un producto, casi siempre ácido hialurónico, que se inyecta en la piel para dar más relleno y volumen.',
    },
    results: {
      label: 'Cómo son los resultados',
      mesotherapy:
        'Sutiles y graduales. Actúa sobre la salud de la piel en su conjunto. ' +
        'Los resultados varían de una persona a otra. Los estudios no se ponen de acuerdo sobre si rejuvenece la piel.',
      filler: 'Un cambio visible de volumen y forma desde el primer momento, en las zonas tratadas.',
    },
    sessions: {
      label: 'Cuántas sesiones',
      mesotherapy: 'Suele ser una serie de 3 a 15 sesiones. Después, sesiones periódicas mantienen el efecto.',
      filler: 'Pregunte a su profesional. Depende de sus objetivos.',
    },
    lasts: {
      label: 'Cuánto dura',
      mesotherapy: 'Necesita sesiones periódicas para mantener el efecto.',
      filler: 'De unos 6 meses a 2 años, según el producto usado.',
    },
    suits: {
      label: 'A quién puede ayudar más',
      mesotherapy: 'Personas más jóvenes, o con signos leves de envejecimiento. Puede no ayudar con las arrugas profundas.',
      filler: 'Personas con arrugas profundas o con mucho volumen perdido.',
    },
    risks: {
      label: 'Riesgos',
      mesotherapy:
        'Es frecuente tener enrojecimiento, hinchazón, moretones, picor y dolor. Cualquier inyección puede causar una infección. ' +
        'Las reacciones graves son raras. La habilidad del profesional es muy importante.',
      filler: 'Puede haber infección, moretones e hinchazón. La habilidad del profesional es muy importante.',
    },
  },
  helperHeading: '¿Cuál podría encajar con sus objetivos?',
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
    contour: 'La forma de la cara, por ejemplo rasgos más definidos',
  },
  severityLegend: '¿Cuánto se notan los signos de envejecimiento que ve? (opcional)',
  severityHint: 'Esto ayuda si piensa en arrugas o en volumen perdido.',
  severities: {
    unsure: 'No lo sé',
    mild: 'Poco',
    moderate: 'Algo',
    marked: 'Mucho',
  },
  resultHeading: 'Qué podría encajar con sus objetivos',
  resultEmpty: 'Elija al menos una cosa que le gustaría cambiar para ver una sugerencia.',
  recommendations: {
    mesotherapy: {
      title: 'Sus objetivos coinciden con lo que busca la mesoterapia',
      why:
        'Todo lo que ha elegido trata de la calidad de la piel, el pelo o pequeñas zonas de grasa. ' +
        'La mesoterapia busca mejorar esto. Los resultados son graduales y hacen falta varias sesiones.',
    },
    filler: {
      title: 'Sus objetivos coinciden con lo que buscan los rellenos dérmicos',
      why:
        'Todo lo que ha elegido trata del volumen, las arrugas profundas o la forma. ' +
        'Los rellenos buscan mejorar esto, con un cambio visible desde el primer momento.',
    },
    combination: {
      title: 'Sus objetivos coinciden con una combinación de los dos',
      why:
        'Ha elegido objetivos de calidad de la piel y objetivos de volumen o de forma. ' +
        'A veces los profesionales combinan los dos tratamientos para renovar todo el rostro.',
    },
    separate: {
      title: 'Sus objetivos coinciden con dos tratamientos distintos',
      why:
        'Algunos de sus objetivos coinciden con la mesoterapia y otros con los rellenos dérmicos. ' +
        'Son tratamientos separados para objetivos distintos.',
    },
  },
  concernsIntro: 'Lo que ha elegido:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Comparar «{aspect}»',
  seeRowFor: ' para «{concern}»',
  fatCaveat:
    'La mesoterapia solo puede reducir la grasa en zonas pequeñas, y los estudios no coinciden. ' +
    'No es un tratamiento para perder peso ni para la obesidad. ' +
    'La FDA, la agencia de alimentos y medicamentos de EE. UU., no la ha aprobado para perder grasa. ' +
    'Aun así, necesita comer de forma sana y hacer ejercicio.',
  healthNote:
    'Que un tratamiento sea seguro depende de su salud. Un profesional lo comprueba en una consulta.',
  selfCheckLink: 'Compruebe si algo descarta la mesoterapia en su caso',
  severityNotes: {
    mild: 'Si los signos de envejecimiento son leves, la mesoterapia puede ser la mejor opción.',
    marked: 'Si tiene arrugas profundas o ha perdido mucho volumen, los rellenos podrían ayudarle más que la mesoterapia.',
  },
  announce: 'Sugerencia actualizada: {title}.',
  announceEmpty: 'Todavía no hay ninguna sugerencia.',
};
