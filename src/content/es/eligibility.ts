import type {EligibilityContent} from '../en/eligibility.js';
import {commonEs} from './common.js';

export const eligibilityEs: EligibilityContent = {
  ...commonEs,
  heading: '¿Es la mesoterapia una opción para mí?',
  intro: {
    lead: 'Responda unas preguntas para ver si algo podría descartar la mesoterapia en su caso.',
    time: 'Tarda más o menos un minuto.',
    privacy: 'Sus respuestas se quedan en este dispositivo. No se envían a ningún sitio.',
    start: 'Empezar',
  },
  progress: 'Pregunta {n} de {total}',
  whyWeAsk: 'Le preguntamos por su salud para que el profesional pueda cuidar de su seguridad.',
  goalsQuestion: '¿Qué le gustaría mejorar?',
  goalsHint: 'Elija todas las opciones que correspondan.',
  goalsLabel: 'Lo que quiere mejorar',
  goals: {
    face: 'Mi piel: hidratación, arrugas finas, textura, tono o piel apagada',
    hair: 'Pelo más fino o caída del pelo',
    body: 'Celulitis o pequeñas zonas de grasa localizada, como la barriga, las caderas o los muslos',
    weight: 'Perder peso en general',
  },
  questionsHeading: 'Sobre su salud',
  answers: {yes: 'Sí', no: 'No', unsure: 'No lo sé'},
  questions: {
    adult: {
      question: '¿Tiene 18 años o más?',
      hint: 'Las inyecciones estéticas son solo para adultos.',
      label: 'Tener 18 años o más',
      reason: 'Nos ha dicho que tiene menos de 18 años. La mesoterapia es un tratamiento estético solo para adultos.',
    },
    pregnant: {
      question: '¿Está embarazada o podría estarlo?',
      hint: 'Aún no se sabe cómo los productos podrían afectar a un bebé en desarrollo.',
      label: 'Embarazo',
      reason:
        'Está o puede estar embarazada. Aún no se sabe cómo los productos podrían afectar a su bebé. ' +
        'Puede volver a consultar después del embarazo y cuando deje de dar el pecho.',
    },
    breastfeeding: {
      question: '¿Está dando el pecho?',
      hint: 'Aún no se sabe cómo los productos podrían afectar a un bebé que toma el pecho.',
      label: 'Lactancia',
      reason:
        'Está dando el pecho. Aún no se sabe cómo los productos podrían afectar a su bebé. ' +
        'Puede volver a consultar cuando deje de dar el pecho.',
    },
    bleeding: {
      question: '¿Toma medicamentos para diluir la sangre, o tiene un problema de sangrado o de coagulación?',
      hint: 'Por ejemplo, medicamentos anticoagulantes, o una enfermedad como la hemofilia.',
      label: 'Medicamentos para diluir la sangre o problema de sangrado',
      reason:
        'Toma medicamentos para diluir la sangre (anticoagulantes) o tiene un problema de sangrado. ' +
        'Puede que le salgan moretones y sangre con más facilidad después de las inyecciones.',
    },
    immune: {
      question: '¿Tiene una enfermedad autoinmune o las defensas bajas?',
      hint: 'Esto incluye enfermedades o medicamentos que bajan las defensas de su cuerpo contra las infecciones.',
      label: 'Enfermedad autoinmune o defensas bajas',
      reason:
        'Tiene una enfermedad autoinmune o las defensas bajas. ' +
        'Puede tener más riesgo de infección, o puede que el tratamiento no funcione bien.',
    },
    skin: {
      question: '¿Tiene una infección, un sarpullido o la piel inflamada en la zona que quiere tratar?',
      hint: 'Por ejemplo, granos infectados, o piel roja e hinchada.',
      label: 'Piel infectada o inflamada',
      reason:
        'Tiene una infección o la piel inflamada en la zona que quiere tratar. ' +
        'Las inyecciones podrían extender la infección o empeorarla. ' +
        'Puede volver a consultar cuando su piel se haya curado.',
    },
    allergy: {
      question: '¿Tiene alergias graves o ha tenido alguna vez anafilaxia?',
      hint: 'Responda también que sí si tiene alergia a vitaminas, enzimas, hormonas o extractos de plantas usados en inyecciones.',
      label: 'Alergias graves o anafilaxia',
      reason:
        'Tiene alergias graves, o alergia a algo que puede estar en las inyecciones. ' +
        'No se haga mesoterapia si tiene alergia a alguno de sus componentes.',
    },
    conditions: {
      question: '¿Tiene cáncer, una enfermedad del hígado, del riñón o del corazón, o diabetes?',
      hint: 'Responda que sí si tiene alguna de ellas ahora, o si está en tratamiento por una de ellas.',
      label: 'Cáncer, enfermedad del hígado, del riñón o del corazón, o diabetes',
      reason:
        'Tiene cáncer, una enfermedad del hígado, del riñón o del corazón, o diabetes. ' +
        'No hay pruebas suficientes de que la mesoterapia sea segura o funcione en su caso.',
    },
    'heart-stroke': {
      question: '¿Ha tenido alguna vez un infarto o un ictus?',
      hint: 'Responda que sí aunque haya sido hace mucho tiempo.',
      label: 'Infarto o ictus',
      reason:
        'Ha tenido un infarto o un ictus. Puede tener más riesgo de problemas después del tratamiento.',
    },
  },
  continue: 'Continuar',
  back: 'Atrás',
  errors: {
    summaryTitle: 'Hay un problema',
    prefix: 'Error:',
    goals: 'Elija lo que le gustaría mejorar',
    answer: 'Elija sí, no o no lo sé',
  },
  summary: {
    heading: 'Revise sus respuestas',
    change: 'Cambiar',
    changeHidden: ' su respuesta sobre: {label}',
    submit: 'Ver mi resultado',
    noGoals: 'Ninguno',
  },
  outcomes: {
    'not-recommended': {
      headline: 'No se le recomienda la mesoterapia',
      next: 'Hable con su médico sobre lo que nos ha contado. Puede ayudarle a encontrar otras opciones.',
    },
    'not-now': {
      headline: 'Ahora no',
      next: 'Esto puede cambiar más adelante. Vuelva a comprobarlo cuando cambie su situación.',
    },
    'ask-doctor': {
      headline: 'Consulte antes con un médico',
      next: 'Antes de pedir cita, pregunte a su médico por las cosas sobre las que tenía dudas.',
    },
    'no-concerns': {
      headline: 'Nada de lo que nos ha dicho la descarta',
      next: 'Un profesional comprobará en una consulta si es una buena opción para usted. Decidirá con usted.',
    },
  },
  statusLabel: 'Su resultado:',
  notDiagnosis: 'Esto no es un diagnóstico.',
  reasonsHeading: 'Por qué',
  unsureReason: 'Tenía dudas sobre: {label}. Pregunte a su médico por esto.',
  medicineWarning: 'Nunca deje un medicamento recetado sin hablar antes con su médico.',
  weightLossReason:
    'La mesoterapia no es un tratamiento para perder peso ni para la obesidad. No le ayudará a adelgazar en general.',
  notesHeading: 'Conviene saber',
  notes: {
    'weight-loss':
      'La mesoterapia no es un tratamiento para perder peso ni para la obesidad. No le ayudará a adelgazar en general.',
    'body-fat':
      'La mesoterapia solo puede reducir la grasa en zonas pequeñas, y los resultados varían. Los estudios no coinciden. ' +
      'No está aprobada por la FDA (la agencia de medicamentos de EE. UU.) para eliminar grasa. ' +
      'Aun así, necesita comer de forma sana y hacer ejercicio.',
  },
  checklistHeading: 'Antes de su consulta',
  checklist: [
    'Haga una lista de todos los medicamentos y suplementos que toma.',
    'Apunte sus alergias y sus problemas de salud pasados.',
    'Pregunte por la formación y la experiencia del profesional.',
    'Piense en los posibles beneficios y en los riesgos.',
  ],
  expectHeading: 'Qué puede esperar',
  expect: [
    'Suele necesitar varias sesiones, a menudo de 3 a 15, y después sesiones de mantenimiento.',
    'Los resultados llegan poco a poco, en semanas o meses. En el pelo pueden tardar meses.',
    'Los resultados son distintos en cada persona. Dependen de la habilidad del profesional y de los productos usados.',
    'Es frecuente tener enrojecimiento, hinchazón, moretones, picor o dolor donde entraron las agujas. Suelen pasar en unos días.',
    'Se usan agujas muy finas. Una crema anestésica, el frío o la vibración pueden hacerlo más cómodo.',
    'La cara suele ser más sensible que los muslos o la barriga (abdomen).',
    'Los estudios sobre la mesoterapia no coinciden. Algunos productos no están bien regulados en algunos países.',
  ],
  startAgain: 'Volver a empezar',
  print: 'Imprimir este resultado',
  announceResult: 'Su resultado: {headline}.',
};
