import {commonEs} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

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
  pageProgress: 'Página {n} de {total}',
  whyWeAsk: 'Algunos problemas de salud hacen que la mesoterapia tenga más riesgos. Por eso le preguntamos.',
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
      hint: 'La mesoterapia es un tratamiento estético solo para adultos.',
      label: 'Su edad',
      reason: 'Nos ha dicho que tiene menos de 18 años. La mesoterapia es un tratamiento estético solo para adultos.',
    },
    pregnant: {
      question: '¿Está embarazada o podría estarlo?',
      hint: 'Aún no se sabe cómo los productos podrían afectar a un bebé antes de nacer.',
      label: 'Embarazo',
      reason:
        'Está o puede estar embarazada. Aún no se sabe cómo los productos podrían afectar a su bebé. ' +
        'Puede volver a comprobarlo cuando ya no esté embarazada ni dando el pecho.',
    },
    breastfeeding: {
      question: '¿Está dando el pecho?',
      hint: 'Aún no se sabe cómo los productos podrían afectar a un bebé que toma el pecho.',
      label: 'Lactancia',
      reason:
        'Está dando el pecho. Aún no se sabe cómo los productos podrían afectar a su bebé. ' +
        'Puede volver a comprobarlo cuando deje de dar el pecho.',
    },
    bleeding: {
      question: '¿Toma algo que diluya la sangre, o tiene un problema de sangrado o de coagulación?',
      hint:
        'Esto incluye medicamentos para diluir la sangre (anticoagulantes), y la aspirina o el ibuprofeno si los toma a diario. ' +
        'Algunos suplementos de plantas también diluyen la sangre. ' +
        'Responda también que sí si tiene una enfermedad como la hemofilia.',
      label: 'Algo que diluye la sangre o un problema de sangrado',
      reason:
        'Toma algo que diluye la sangre, o tiene un problema de sangrado o de coagulación. ' +
        'Puede tener moretones y sangrar con más facilidad después de las inyecciones.',
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
        'Puede volver a comprobarlo cuando su piel se haya curado.',
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
      hint: 'Responda que sí si tiene alguna de ellas ahora, o si está en tratamiento por una de ellas. Si tuvo una en el pasado, elija «No lo sé».',
      label: 'Cáncer, enfermedad del hígado, del riñón o del corazón, o diabetes',
      reason:
        'Tiene cáncer, una enfermedad del hígado, del riñón o del corazón, o diabetes. ' +
        'No hay pruebas suficientes de que la mesoterapia sea segura o funcione en personas con estas enfermedades.',
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
      headline: 'Hable antes con su médico',
      next: 'Consulte a su médico sobre las respuestas de arriba. Hágalo antes de pedir cita.',
    },
    'no-concerns': {
      headline: 'Nada de lo que nos ha dicho descarta la mesoterapia',
      next:
        'Esto no quiere decir que sea lo mejor para usted. ' +
        'Un profesional revisará su salud en una consulta. Decidirá junto con usted.',
    },
  },
  statusLabel: 'Su resultado:',
  notDiagnosis: 'Esto no es un diagnóstico.',
  reasonsHeading: 'Por qué',
  unsureReason: 'Tenía dudas sobre: {label}. Pregunte a su médico por esto.',
  unsureAge: 'Nos ha dicho que no sabe si tiene 18 años o más. La mesoterapia es solo para adultos. No pida cita hasta saber que tiene 18 años o más.',
  bookAfterDoctor: 'Cuando su médico le diga que puede seguir adelante, puede pedir una consulta.',
  medicineWarning: 'Nunca deje de tomar un medicamento recetado sin hablar antes con su médico.',
  weightLossReason:
    'La mesoterapia no es un tratamiento para perder peso ni para la obesidad. No le ayudará a adelgazar en general.',
  notesHeading: 'Conviene saber',
  notes: {
    'weight-loss':
      'La mesoterapia no es un tratamiento para perder peso ni para la obesidad. No le ayudará a adelgazar en general.',
    'body-fat':
      'La mesoterapia solo puede reducir la grasa en zonas pequeñas, y los resultados varían. Los estudios no coinciden. ' +
      'No es un tratamiento para perder peso ni para la obesidad. ' +
      'La FDA, la agencia de alimentos y medicamentos de EE. UU., no la ha aprobado para perder grasa. ' +
      'Aun así, necesita comer de forma sana y hacer ejercicio.',
  },
  checklistHeading: 'Antes de su consulta',
  checklist: [
    'Haga una lista de todos los medicamentos y suplementos que toma.',
    'Apunte sus alergias y sus problemas de salud pasados.',
    'Apunte los problemas de salud que puedan empeorar con el tiempo.',
    'Pregunte por la formación y la experiencia del profesional.',
    'Piense en los posibles beneficios y en los riesgos.',
  ],
  expectHeading: 'Qué puede esperar',
  expect: [
    'Puede necesitar una serie de 3 a 15 sesiones. Después, pueden hacer falta sesiones periódicas para mantener el efecto.',
    'Los resultados llegan poco a poco. Pueden tardar desde unos meses hasta un año entero en notarse.',
    'En el pelo, pueden pasar unos meses antes de que note algún cambio.',
    'Los resultados son distintos en cada persona. Dependen de la habilidad del profesional y de los productos que use.',
    'Una dieta sana, el ejercicio y un buen cuidado de la piel le ayudan a mantener los resultados.',
    'Es frecuente tener enrojecimiento, hinchazón, moretones, picor o dolor donde entraron las agujas. Suelen pasar en unos días.',
    'El dolor es distinto en cada persona. Algunas solo notan una molestia leve, pero a otras les duele mucho.',
    'La cara puede ser más sensible que los muslos o la barriga (abdomen).',
    'El profesional usa agujas muy finas. Una crema anestésica, el frío o la vibración pueden hacerlo más cómodo.',
    'Cualquier inyección puede causar una infección.',
    'Las reacciones alérgicas son poco frecuentes, pero pueden ocurrir. Las reacciones graves son raras.',
    'Algunos productos se usan para algo para lo que no están aprobados. Esto se llama uso fuera de indicación.',
    'Los estudios sobre la mesoterapia no coinciden. Algunos países no controlan bien los productos.',
  ],
  startAgain: 'Volver a empezar',
  print: 'Imprimir este resultado',
  announceResult: 'Su resultado: {headline}.',
};
