import {commonEs} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

export const vsFillerEs: VsFillerContent = {
  ...commonEs,
  heading: '¿Mesoterapia o rellenos dérmicos?',
  intro:
    'Son dos tratamientos distintos para objetivos distintos. Ninguno es mejor en general. ' +
    'El adecuado depende de lo que quiera cambiar. A veces se combinan los dos.',
  compareHeading: 'En qué se diferencian',
  tableCaption: 'Mesoterapia y rellenos dérmicos: comparación',
  aspectColumn: 'Qué comparamos',
  treatments: {mesotherapy: 'Mesoterapia', filler: 'Rellenos dérmicos'},
  aspects: {
    goal: {
      label: 'Objetivo principal',
      mesotherapy:
        'Mejorar la calidad de la piel en general: textura, tono, hidratación y arrugas finas superficiales. ' +
        'También se usa cuando el cabello se debilita o pierde densidad, y para pequeñas zonas de grasa. ' +
        'No es un tratamiento para perder peso ni para la obesidad. ' +
        'La FDA, la agencia de alimentos y medicamentos de EE. ' +
        'UU.' +
        ', no la ha aprobado para perder grasa. ' +
        'En 2010, la FDA dijo que no conocía ninguna prueba de que estas inyecciones para la grasa (llamadas lipodisolución) funcionen. ' +
        'También recibió informes de cicatrices.',
      filler:
        'Recuperar el volumen perdido, rellenar arrugas y surcos profundos, y dar forma a zonas como los labios y los pómulos. ' +
        'La FDA, la agencia de alimentos y medicamentos de EE. ' +
        'UU.' +
        ', ha aprobado algunos rellenos para algunos de estos usos.',
    },
    injected: {
      label: 'Qué se inyecta',
      mesotherapy:
        'Muchas inyecciones diminutas en la piel. ' +
        'Para la grasa, llegan un poco más hondo, a la grasa que hay bajo la piel. ' +
        'Llevan una mezcla de vitaminas, enzimas, hormonas y extractos de plantas.',
      filler:
        'Un producto que se inyecta en la piel o debajo de ella para dar más relleno y volumen. ' +
        'En la mayoría de los casos es ácido hialurónico, una sustancia que el cuerpo también fabrica.',
    },
    results: {
      label: 'Cómo son los resultados',
      mesotherapy:
        'Sutiles y graduales. ' +
        'Busca mejorar la piel en su conjunto. ' +
        'Los resultados varían, y algunas personas no notan ningún cambio. ' +
        'Hay pocas pruebas sólidas de que rejuvenezca la piel.',
      filler: 'Un cambio visible de volumen y forma desde el primer momento, en las zonas tratadas.',
    },
    sessions: {
      label: 'Cuántas sesiones',
      mesotherapy: 'Suele ser una serie de 3 a 15 sesiones y, después, sesiones periódicas para mantener el efecto, si lo hay.',
      filler: 'Pregunte a su profesional. Depende de sus objetivos.',
    },
    lasts: {
      label: 'Cuánto dura',
      mesotherapy:
        'Nadie puede decir cuánto dura. ' +
        'Necesita sesiones periódicas para mantener el efecto, si lo hay.',
      filler: 'De unos 6 meses a 2 años, según el producto usado.',
    },
    suits: {
      label: 'A quién puede ayudar más',
      mesotherapy:
        'Adultos más jóvenes, o personas con signos leves de envejecimiento. ' +
        'Puede no ayudar con las arrugas profundas.',
      filler: 'Adultos con arrugas profundas o con mucho volumen perdido. Los rellenos son solo para personas de 18 años o más.',
    },
    risks: {
      label: 'Riesgos',
      mesotherapy:
        'Es frecuente tener enrojecimiento, hinchazón, moretones, picazón y dolor. ' +
        'Cualquier inyección puede causar una infección. ' +
        'Las reacciones alérgicas son poco frecuentes. ' +
        'Las reacciones graves son raras. ' +
        'Algunos países no controlan bien los productos. ' +
        'Algunos se usan fuera de indicación (para algo para lo que no están aprobados). ' +
        'La habilidad del profesional es muy importante.',
      filler:
        'Puede haber infección, moretones e hinchazón. ' +
        'En raros casos, el relleno puede obstruir un vaso sanguíneo. ' +
        'Esto puede dañar la piel, o causar pérdida de visión o un accidente cerebrovascular (ictus). ' +
        'La FDA, la agencia de alimentos y medicamentos de EE. ' +
        'UU.' +
        ', advirtió de ello en 2015. ' +
        'La habilidad del profesional es muy importante.',
    },
  },
  helperHeading: '¿Cuál podría encajar con sus objetivos?',
  concernsLegend: '¿Qué le gustaría cambiar?',
  concernsHint: 'Elija todas las opciones que correspondan.',
  concerns: {
    texture: 'Textura o tono de la piel irregular',
    dullness: 'Piel apagada o seca (deshidratada)',
    'fine-lines': 'Arrugas finas en la superficie de la piel',
    hair: 'Cabello que pierde densidad',
    fat: 'Pequeñas zonas de grasa localizada o celulitis',
    'deep-lines': 'Arrugas y surcos profundos',
    volume: 'Volumen perdido, por ejemplo en los pómulos o los labios',
    contour: 'La forma de la cara, por ejemplo los labios o los pómulos',
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
        'Todo lo que ha elegido trata de la calidad de la piel, el cabello o pequeñas zonas de grasa. ' +
        'La mesoterapia busca mejorar esto. ' +
        'No funciona en todas las personas. ' +
        'Los resultados son graduales y hacen falta varias sesiones.',
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
    'La mesoterapia puede reducir la grasa en zonas pequeñas en algunas personas, pero no en todas. ' +
    'Hay pocos estudios buenos, y los expertos no se ponen de acuerdo sobre si es segura. ' +
    'No es un tratamiento para perder peso ni para la obesidad. ' +
    'La FDA, la agencia de alimentos y medicamentos de EE. ' +
    'UU.' +
    ', no la ha aprobado para perder grasa. ' +
    'En 2010, la FDA dijo que no conocía ninguna prueba de que estas inyecciones para la grasa (llamadas lipodisolución) funcionen. ' +
    'La FDA también recibió informes de cicatrices duraderas y de bultos profundos y dolorosos bajo la piel. ' +
    'Aun así, necesita comer de forma sana y hacer ejercicio.',
  fillerCaveat:
    'En raros casos, el relleno puede obstruir un vaso sanguíneo. ' +
    'Esto puede dañar la piel, o causar pérdida de visión o un accidente cerebrovascular (ictus). ' +
    'La FDA, la agencia de alimentos y medicamentos de EE. ' +
    'UU.' +
    ', advirtió de ello en 2015. ' +
    'Pregunte al profesional cómo reduce este riesgo.',
  hairNote:
    'La caída del cabello puede tener una causa médica. ' +
    'Si es repentina o a parches, o no se encuentra bien, consulte antes a su médico.',
  healthNote:
    'Que un tratamiento sea seguro depende de su salud. Un profesional lo comprueba en una consulta.',
  selfCheckLink: 'Compruebe si algo descarta la mesoterapia en su caso',
  severityNotes: {
    mild: 'Si tiene arrugas finas leves, la mesoterapia puede ser la mejor opción.',
    marked: 'Si tiene arrugas profundas o ha perdido mucho volumen, los rellenos podrían ayudarle más que la mesoterapia.',
  },
  announce: 'Sugerencia actualizada: {title}.',
  announceEmpty: 'Todavía no hay ninguna sugerencia.',
};
