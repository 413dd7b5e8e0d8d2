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
      text: 'No haga ejercicio intenso, entrenamientos ni carreras. Pueden empeorar la hinchazón.',
      short: 'Ejercicio intenso',
    },
    'heat-water': {
      text: 'No vaya a nadar ni use saunas o jacuzzis.',
      short: 'Piscina, saunas y jacuzzis',
    },
    irritants: {
      text: 'No use exfoliantes, ácidos ni otros productos que irriten la piel.',
      short: 'Exfoliantes, ácidos y productos agresivos',
    },
    massage: {
      text: 'No frote ni masajee la zona tratada, salvo que su profesional se lo indique.',
      short: 'Frotar o dar masajes',
    },
    sun: {
      text:
        'No tome el sol ni esté mucho tiempo al sol. La piel tratada se puede quemar y manchar con más facilidad. ' +
        'Use un protector solar de amplio espectro cuando salga.',
      short: 'Tomar el sol',
    },
    smoking: {text: 'No fume. Fumar retrasa la curación.', short: 'Tabaco'},
    'blood-thinners': {
      text:
        'No tome aspirina, ibuprofeno ni suplementos de plantas que diluyan la sangre, salvo si su médico se lo indica. ' +
        'Nunca deje de tomar un medicamento recetado sin preguntar a su médico.',
      short: 'Aspirina, ibuprofeno y suplementos que diluyen la sangre',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  windows: {
    hours: {one: 'Evítelo durante {n} hora.', other: 'Evítelo durante {n} horas.'},
    days: {one: 'Evítelo durante {n} día.', other: 'Evítelo durante {n} días.'},
    atLeastHours: {one: 'Evítelo al menos {n} hora.', other: 'Evítelo al menos {n} horas.'},
    atLeastDays: {one: 'Evítelo al menos {n} día.', other: 'Evítelo al menos {n} días.'},
    noSetEnd: 'No hay un plazo fijo. Pregunte a su profesional hasta cuándo evitarlo. Si son medicamentos, pregunte a su médico.',
  },
  doHeading: 'Haga esto',
  dos: [
    'Beba mucha agua.',
    'Siga una dieta equilibrada y variada.',
    'Siga las instrucciones de cuidados de su profesional. Tienen prioridad.',
    'Acuda a todas sus citas de revisión, para que su profesional vea cómo se está curando.',
  ],
  normalHeading: 'Qué es normal',
  normal:
    'Es normal tener algo de dolor, hinchazón, enrojecimiento, picor o moretones en la zona tratada. ' +
    'Suele mejorar sin hacer nada en unos días.',
  cardsHeading: 'Cuándo pedir ayuda',
  cards: {
    'non-urgent': {
      level: 'Consejo no urgente:',
      heading: 'Contacte con la clínica si:',
      body: 'la hinchazón, los moretones o el dolor no mejoran después de unos días, o nota bultos.',
      action: 'Contacte con la clínica donde recibió el tratamiento.',
    },
    urgent: {
      level: 'Consejo urgente:',
      heading: 'Contacte hoy con la clínica o con su médico si:',
      body:
        'tiene signos de infección. Entre ellos, enrojecimiento que se extiende, calor, pus o fiebre alta. ' +
        'Un dolor cada vez más fuerte también es un signo.',
      action: 'Pida ayuda hoy. No espere a que se le pase.',
    },
    emergency: {
      level: 'Emergencia:',
      heading: 'Llame ahora al número de emergencias si:',
      body: 'se le hinchan de golpe labios, lengua o garganta, le cuesta respirar o tragar, o se siente desfallecer.',
      action: 'Podría ser una reacción alérgica grave (anafilaxia).',
    },
  },
  form: {
    legend: '¿Cuándo fue su tratamiento?',
    hint: 'Escriba la fecha y la hora para ver cuándo termina cada paso. Se queda en este dispositivo.',
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
  progressDone: 'Completado: {percent} de los pasos con plazo',
  status: {upcoming: 'Sin empezar', active: 'Evítelo aún', done: 'Terminado', ongoing: 'Sin plazo fijo'},
  timeline: {
    upcoming: '{item}: evítelo hasta el {time}',
    active: '{item}: evítelo hasta el {time}',
    done: '{item}: ya puede hacerlo desde el {time}',
    ongoing: '{item}: sin plazo fijo. Pregunte a su profesional hasta cuándo. Si son medicamentos, pregunte a su médico.',
  },
  calendar: {
    button: 'Añadir al calendario',
    name: 'Cuidados después de la mesoterapia',
    eventTitle: '{item}: ya se puede',
    filename: 'mesoterapia-cuidados.ics',
  },
  print: 'Imprimir mi plan',
  changeTime: 'Cambiar la hora del tratamiento',
  forget: 'Olvidar la hora de mi tratamiento',
};
