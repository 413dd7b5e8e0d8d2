import {commonEs} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercareEs: AftercareContent = {
  ...commonEs,
  heading: 'Sus cuidados después del tratamiento',
  intro:
    'Siga estos consejos después de su sesión de mesoterapia para ayudar a que la piel se cure. ' +
    'Las instrucciones de su profesional tienen prioridad.',
  dontHeading: 'No haga esto',
  items: {
    makeup: {text: 'No se maquille la zona tratada.', short: 'Maquillaje'},
    alcohol: {text: 'No beba alcohol. Puede empeorar los moretones y la hinchazón.', short: 'Alcohol'},
    exercise: {
      text: 'No haga ejercicio intenso ni entrenamientos fuertes, ni salga a correr. Pueden empeorar la hinchazón.',
      short: 'Ejercicio intenso',
    },
    'heat-water': {
      text:
        'No vaya a nadar ni use saunas o jacuzzis. ' +
        'Las piscinas y los jacuzzis pueden tener gérmenes, y el calor puede empeorar la hinchazón.',
      short: 'Nadar, saunas y jacuzzis',
    },
    irritants: {
      text: 'No use exfoliantes, ácidos para la piel como el glicólico o el salicílico, ni otros productos que piquen.',
      short: 'Exfoliantes, ácidos y productos agresivos',
    },
    massage: {
      text: 'No frote ni masajee la zona tratada, salvo que su profesional se lo indique.',
      short: 'Frotar o dar masajes',
    },
    sun: {
      text:
        'No tome el sol ni esté mucho tiempo al sol. ' +
        'La piel tratada se puede quemar y manchar con más facilidad. ' +
        'Cuando salga, use protector solar de factor 30 o más que proteja también de los UVA (amplio espectro).',
      short: 'Tomar el sol',
    },
    smoking: {text: 'No fume. Fumar retrasa la curación.', short: 'Tabaco'},
    'blood-thinners': {
      text:
        'No tome aspirina ni ibuprofeno para el dolor, ni suplementos de plantas que diluyan la sangre. ' +
        'Pueden empeorar los moretones y el sangrado.',
      short: 'Aspirina o ibuprofeno para el dolor, y suplementos que diluyen la sangre',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Evítelo durante {n} hora.', other: 'Evítelo durante {n} horas.'},
    days: {one: 'Evítelo durante {n} día.', other: 'Evítelo durante {n} días.'},
    atLeastHours: {one: 'Evítelo al menos {n} hora.', other: 'Evítelo al menos {n} horas.'},
    atLeastDays: {one: 'Evítelo al menos {n} día.', other: 'Evítelo al menos {n} días.'},
    noSetEnd: 'No hay una fecha fija de fin. Pregunte a su profesional hasta cuándo evitarlo.',
  },
  medicineWarning:
    'Si un médico le dijo que tome aspirina u otro medicamento para diluir la sangre, siga tomándolo. ' +
    'Nunca deje un medicamento recetado sin preguntar a su médico.',
  doHeading: 'Haga esto',
  dos: [
    'Beba mucha agua.',
    'Siga una dieta equilibrada y variada.',
    'Póngase una compresa fría envuelta en un paño para aliviar el dolor y la hinchazón.',
    'Si necesita un analgésico, pregunte en la farmacia cuál tomar. Normalmente puede tomar paracetamol (acetaminofén).',
    'Siga las instrucciones de cuidados de su profesional. Tienen prioridad.',
    'Acuda a todas sus citas de revisión, para que su profesional vea cómo se está curando.',
  ],
  normalHeading: 'Qué es normal',
  normal:
    'Es normal tener algo de dolor, hinchazón, enrojecimiento, picazón o moretones en la zona tratada. ' +
    'Suele mejorar por sí solo en unos días.',
  cardsHeading: 'Cuándo pedir ayuda',
  cards: {
    'non-urgent': {
      level: 'Consejo no urgente:',
      heading: 'Póngase en contacto con la clínica si:',
      signs: [
        'la hinchazón, los moretones o el dolor no mejoran después de unos días',
        'nota pequeños bultos bajo la piel que no duelen',
      ],
      actions: [
        'Póngase en contacto con la clínica donde recibió el tratamiento.',
      ],
    },
    urgent: {
      level: 'Consejo urgente:',
      heading: 'Póngase hoy en contacto con la clínica o con su médico si:',
      signs: [
        'el enrojecimiento se extiende, o la piel está caliente o más hinchada',
        'hay pus, o aparecen bultos o llagas rojas y dolorosas que supuran, incluso semanas después del tratamiento',
        'tiene fiebre, siente calor y escalofríos, o se encuentra muy mal',
        'el dolor es cada vez más fuerte',
      ],
      straightAway:
        'Pida ayuda enseguida si la piel junto a las inyecciones se pone blanca, azulada, gris o manchada, o duele mucho. ' +
        'Póngase en contacto con la clínica ahora mismo. ' +
        'Si no consigue hablar con ellos enseguida, vaya a urgencias de un hospital.',
      actions: [
        'Pida ayuda hoy. No espere a que se le pase.',
      ],
      noAnswer: 'Si no consigue hablar con ellos, acuda hoy a un servicio de urgencias cercano.',
      noAnswerWithNumber: 'Si no consigue hablar con ellos, llame hoy al {number}.',
    },
    emergency: {
      level: 'Emergencia:',
      heading: 'Llame ahora al número de emergencias de su país si:',
      headingWithNumber: 'Llame ahora al {number} si:',
      signs: [
        'se le hinchan de repente los labios, la lengua, la garganta o la cara',
        'le cuesta respirar, o su respiración es ruidosa o muy rápida',
        'siente opresión en la garganta, o le cuesta tragar',
        'los labios, la lengua o la piel de todo el cuerpo se le ponen azulados, grises o pálidos',
        'de repente siente mucha confusión, mucho sueño o que se va a desmayar',
        'de repente ve distinto, borroso o todo oscuro',
        'se le cae un lado de la cara, siente débil un brazo o le cuesta hablar',
      ],
      actions: [
        'Si cree que es una reacción alérgica grave y tiene un autoinyector de adrenalina (epinefrina), úselo primero. ' +
          'Después llame, aunque empiece a sentirse mejor.',
        'Acuéstese boca arriba. Si le cuesta respirar, siéntese.',
        'Si es una reacción alérgica y sigue mal después de 5 minutos, use un segundo autoinyector.',
        'Si alguien se desmaya y no se le puede despertar, llame en su lugar.',
        'Si nota cambios en la vista o se le cae un lado de la cara, llame ahora. Diga que le pusieron inyecciones y en qué parte del cuerpo.',
        'Podría ser una reacción alérgica grave (anafilaxia) o un vaso sanguíneo obstruido.',
      ],
    },
  },
  form: {
    legend: '¿Cuándo fue su tratamiento?',
    hint: 'Escriba la fecha y la hora para ver cuándo termina cada paso. Estos datos se quedan en este dispositivo.',
    date: 'Fecha',
    time: 'Hora',
    submit: 'Ver mi plan',
    error: 'Escriba la fecha y la hora de su tratamiento',
    errorPrefix: 'Error:',
    summaryTitle: 'Hay un problema',
    cancel: 'Cancelar',
  },
  invalidTreatedAt: 'No pudimos leer la hora del tratamiento de este plan. Esta es la guía general de cuidados.',
  timelineHeading: 'Sus fechas',
  treatedOn: 'Tratamiento: {time}.',
  plannedFor: 'Tratamiento previsto: {time}.',
  plannedNote: 'Los tiempos de abajo empiezan a contar desde su tratamiento.',
  progressLabel: 'Pasos con plazo',
  progressDone: 'Terminados: {done} de {total}',
  status: {upcoming: 'Sin empezar', active: 'Evítelo aún', done: 'Espera mínima cumplida', ongoing: 'Evítelo aún'},
  timeline: {
    upcoming: '{item}: evítelo desde su tratamiento hasta el {time}.',
    upcomingNoEnd:
      '{item}: evítelo desde su tratamiento. ' +
      'No hay una fecha fija de fin. ' +
      'Pregunte a su profesional hasta cuándo.',
    active: '{item}: evítelo hasta el {time}.',
    done: '{item}: la espera mínima era hasta el {time}. Espere más si la piel sigue dolorida o hinchada.',
    ongoing: '{item}: evítelo aún. No hay una fecha fija de fin. Pregunte a su profesional hasta cuándo.',
  },
  calendar: {
    button: 'Agregar al calendario',
    name: 'Cuidados después de la mesoterapia',
    eventTitle: '{item}: espera mínima cumplida',
    filename: 'mesoterapia-cuidados.ics',
    linkTitle:
      'Cuidados después de la mesoterapia: esperas mínimas cumplidas. Algunos consejos siguen vigentes.',
    link: 'Agregar a {calendar}',
    linksLabel: 'O agregue su plan a un calendario en línea:',
    inApp:
      'Puede que este navegador no guarde archivos de calendario. Use un enlace de abajo. O abra esta página en el navegador de su teléfono, como Safari o Chrome. Busque «Abrir en el navegador» en el menú.',
  },
  share: {
    button: 'Guardar o compartir mi plan',
    title: 'Mi plan de cuidados después de la mesoterapia',
    copied: 'Plan copiado. Puede pegarlo en una nota o un mensaje.',
    failed: 'No se pudo copiar el plan. Use «Imprimir mi plan» en su lugar.',
  },
  course: {
    heading:
      'Fechas posibles de sus próximas sesiones',
    session:
      'Sesión {n} de {total}: {date}, aproximadamente',
    confirm:
      'Estas fechas son solo orientativas. Cuentan este tratamiento como su primera sesión. No son citas reservadas. Pida o confirme cada cita con la clínica. Su profesional puede cambiar el número de sesiones o el tiempo entre ellas.',
    maintenance:
      'Si hay algún cambio, llega poco a poco, a lo largo de varias sesiones. Puede tardar meses en notarse. Los resultados varían, y algunas personas no notan ningún cambio. Después, su profesional puede proponer una sesión de vez en cuando para mantener el efecto que se haya conseguido.',
    eventTitle:
      'Pedir o confirmar cita: sesión de mesoterapia {n} de {total}',
  },
  print: 'Imprimir mi plan',
  changeTime: 'Cambiar la hora del tratamiento',
  forget: 'Borrar la hora de mi tratamiento',
};
