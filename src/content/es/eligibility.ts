import {commonEs} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityEs: EligibilityContent = {
  ...commonEs,
  heading: '¿Es la mesoterapia una opción para mí?',
  intro: {
    lead: 'Responda unas preguntas para ver si algo podría descartar la mesoterapia en su caso.',
    time: 'Tarda más o menos un minuto.',
    privacy: 'Sus respuestas se quedan en este dispositivo. No se envían a ningún lugar.',
    privacyShare: 'Sus respuestas se quedan en este dispositivo. Solo se comparten con {clinic} si usted lo decide.',
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
    hair: 'Cabello que pierde densidad, o caída del cabello',
    body: 'Celulitis o pequeñas zonas de grasa localizada, como la barriga, las caderas o los muslos',
    weight: 'Perder peso en general',
  },
  questionsHeading: 'Sobre su salud',
  answers: {yes: 'Sí', no: 'No', unsure: 'No lo sé'},
  questions: {
    adult: {
      question: '¿Tiene 18 años o más?',
      hint: 'Debe tener 18 años o más para recibir este tratamiento aquí.',
      label: '18 años o más',
      reason: 'Nos ha dicho que tiene menos de 18 años. Debe tener 18 años o más para recibir este tratamiento aquí.',
      unsure:
        'Ha respondido que no sabe si tiene 18 años o más. ' +
        'Debe tener 18 años o más para recibir este tratamiento aquí. ' +
        'No pida una consulta hasta saberlo.',
    },
    pregnant: {
      question: '¿Está embarazada o podría estarlo?',
      hint: 'Aún no se sabe cómo los productos podrían afectar a un bebé antes de nacer.',
      label: 'Embarazo',
      reason:
        'Está o puede estar embarazada. Aún no se sabe cómo los productos podrían afectar a su bebé. ' +
        'Puede volver a comprobarlo cuando ya no esté embarazada ni amamantando.',
      unsure:
        'Ha respondido que no sabe si está embarazada. ' +
        'No se haga mesoterapia hasta saber que no lo está. ' +
        'Una prueba de embarazo puede decírselo. Es más fiable a partir del primer día de retraso de la menstruación.',
    },
    breastfeeding: {
      question: '¿Está amamantando?',
      hint: 'Aún no se sabe cómo los productos podrían afectar a un bebé amamantado.',
      label: 'Lactancia',
      reason:
        'Está amamantando. Aún no se sabe cómo los productos podrían afectar a su bebé. ' +
        'Puede volver a comprobarlo cuando deje de amamantar.',
      unsure:
        'Ha respondido que no sabe si todavía está amamantando. ' +
        'Espere hasta haber dejado la lactancia por completo. ' +
        'Después puede volver a comprobarlo.',
    },
    bleeding: {
      question: '¿Toma algo que diluya la sangre, o tiene un problema de sangrado o de coagulación?',
      hint:
        'Esto incluye los medicamentos para diluir la sangre (anticoagulantes). ' +
        'También la aspirina o el ibuprofeno, si los toma a diario o casi a diario. ' +
        'Algunos suplementos de plantas, como el ginkgo o el ajo, también diluyen la sangre. ' +
        'Responda también que sí si tiene una enfermedad como la hemofilia.',
      label: 'Algo que diluye la sangre o un problema de sangrado',
      reason:
        'Toma algo que diluye la sangre, o tiene un problema de sangrado o de coagulación. ' +
        'Puede tener moretones y sangrar con más facilidad después de las inyecciones.',
      unsure:
        'Ha respondido que no sabe si toma algo que diluya la sangre. ' +
        'Pregunte a su médico o en la farmacia antes de pedir una consulta.',
    },
    immune: {
      question: '¿Su sistema inmunitario ataca a su propio cuerpo (una enfermedad autoinmune), o tiene las defensas bajas?',
      hint:
        'Por ejemplo, lupus, artritis reumatoide o psoriasis. ' +
        'Responda también que sí si una enfermedad o un medicamento le bajan las defensas. ' +
        'Los corticoides en pastillas pueden hacerlo.',
      label: 'Enfermedad autoinmune o defensas bajas',
      reason:
        'Su sistema inmunitario ataca a su propio cuerpo, o tiene las defensas bajas. ' +
        'Puede tener más riesgo de infección, o puede que el tratamiento no funcione bien.',
      unsure:
        'Ha respondido «No lo sé» sobre su sistema inmunitario. ' +
        'Consúltelo con su médico antes de pedir una consulta.',
    },
    skin: {
      question: '¿Tiene una infección, un sarpullido o la piel inflamada en la zona que quiere tratar?',
      hint: 'Por ejemplo, un herpes labial, granos infectados, o piel roja e hinchada.',
      label: 'Piel infectada o inflamada',
      reason:
        'Tiene una infección o la piel inflamada en la zona que quiere tratar. ' +
        'Las inyecciones podrían extender la infección o empeorarla. ' +
        'Puede volver a comprobarlo cuando su piel se haya curado. ' +
        'Si no mejora, consulte a su médico o en la farmacia.',
      unsure:
        'Ha respondido que no sabe si la piel de la zona que quiere tratar está infectada o inflamada. ' +
        'Pida a su médico o en la farmacia que se la revisen.',
    },
    allergy: {
      question: '¿Ha tenido alguna vez una reacción alérgica grave (shock anafiláctico o anafilaxia), o tiene alergias graves?',
      hint:
        'Una reacción grave puede hinchar la garganta o dificultar la respiración. ' +
        'Responda también que sí si tiene alergia a la crema anestésica, o a algo que pueda llevar la inyección.',
      label: 'Alergias graves o reacciones alérgicas',
      reason:
        'Ha tenido una reacción alérgica grave, o tiene alergia a algo que se puede usar en el tratamiento. ' +
        'No se haga mesoterapia si tiene alergia a algo de lo que lleva.',
      unsure:
        'Ha respondido «No lo sé» sobre las alergias. ' +
        'Consúltelo con su médico. ' +
        'Pida a la clínica una lista de lo que llevan las inyecciones.',
    },
    conditions: {
      question: '¿Tiene cáncer, una enfermedad del hígado, del riñón o del corazón, o diabetes?',
      hint: 'Responda que sí si tiene alguna de ellas ahora, o si está en tratamiento por una de ellas. Si tuvo una en el pasado, elija «No lo sé».',
      label: 'Cáncer, enfermedad del hígado, del riñón o del corazón, o diabetes',
      reason:
        'Tiene cáncer, una enfermedad del hígado, del riñón o del corazón, o diabetes. ' +
        'No hay pruebas suficientes de que la mesoterapia sea segura o funcione en personas con estas enfermedades.',
      unsure:
        'Ha respondido que no lo sabe, o tuvo una de estas enfermedades en el pasado. ' +
        'Pregunte a su médico si importa para este tratamiento.',
    },
    'heart-stroke': {
      question: '¿Ha tenido alguna vez un infarto o un accidente cerebrovascular (ictus o derrame cerebral)?',
      hint: 'Responda que sí aunque haya sido hace mucho tiempo, o si fue un accidente isquémico transitorio (AIT, un «mini-ictus»).',
      label: 'Infarto o accidente cerebrovascular',
      reason:
        'Ha tenido un infarto o un accidente cerebrovascular. Puede tener más riesgo de problemas después del tratamiento.',
      unsure:
        'Ha respondido que no sabe si ha tenido un infarto o un accidente cerebrovascular. ' +
        'Consúltelo con su médico antes de pedir una consulta.',
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
    changeHidden: ' su respuesta: {label}',
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
      next: 'Consulte a su médico sobre las respuestas de abajo. Hágalo antes de pedir una consulta.',
    },
    'no-concerns': {
      headline: 'Nada de lo que nos ha dicho descarta la mesoterapia',
      next:
        'Esto no quiere decir que sea adecuada para usted. ' +
        'Un profesional revisará su salud en una consulta y lo decidirá junto con usted.',
    },
  },
  statusLabel: 'Su resultado:',
  notDiagnosis: 'Esto no es un diagnóstico.',
  reasonsHeading: 'Por qué',
  bookAfterDoctor:
    'Cuando haya hablado con su médico, puede pedir una consulta. ' +
    'Cuéntele al profesional lo que le dijo su médico.',
  consultationLabel: 'Pedir solo una consulta (sin tratamiento)',
  share: {
    heading: 'Compartir sus respuestas con {clinic}',
    intro:
      'Puede enviar sus respuestas a {clinic} antes de su consulta. ' +
      'Esto es exactamente lo que recibirían. ' +
      'No se envía nada a menos que usted esté de acuerdo y elija cómo.',
    date: 'Fecha',
    outcome: 'Resultado',
    goals: 'Lo que quiere mejorar',
    title: 'Autoevaluación sobre mesoterapia',
    line: '{label}: {value}',
    consent:
      'Acepto compartir estas respuestas sobre mi salud con {clinic}. ' +
      'Las usarán para preparar mi consulta.',
    withdraw:
      'Puede pedir a {clinic} en cualquier momento que borre las respuestas compartidas. ' +
      'Desmarcar la casilla no retira las respuestas ya compartidas.',
    choose: 'Elija cómo compartirlas:',
    email: 'Enviarlas por correo electrónico',
    emailSubject: 'Mis respuestas a la autoevaluación sobre mesoterapia',
    emailShortened:
      'Mis respuestas eran demasiado largas para un enlace de correo electrónico. ' +
      'Las llevaré a mi consulta.',
    url: 'Abrir el formulario de la clínica con sus respuestas',
    qr: 'Mostrarlas como código QR',
    qrAlt: 'Código QR con sus respuestas',
    qrHint:
      'Muestre este código en la clínica, o imprima esta página y llévela. ' +
      'El código contiene las respuestas que se muestran arriba.',
    event: 'Enviarlas a la clínica',
    sent:
      'Sus respuestas se entregaron al sitio web de {clinic}. ' +
      'Aun así, informe al profesional sobre su salud en su visita.',
    unavailable: 'En este momento no se puede compartir. Puede imprimir esta página y llevarla consigo.',
  },
  medicineWarning:
    'Si un médico le dijo que tome un medicamento, como aspirina a diario, siga tomándolo. ' +
    'Nunca deje de tomar un medicamento recetado sin hablar antes con su médico.',
  weightLossReason:
    'La mesoterapia no es un tratamiento para perder peso ni para la obesidad. No le ayudará a adelgazar en general.',
  notesHeading: 'Conviene saber',
  notes: {
    'weight-loss':
      'La mesoterapia no es un tratamiento para perder peso ni para la obesidad. No le ayudará a adelgazar en general.',
    'body-fat':
      'La mesoterapia puede reducir la grasa en zonas pequeñas en algunas personas, pero no en todas. ' +
      'Hay pocos estudios buenos, y los expertos no se ponen de acuerdo sobre si es segura. ' +
      'No es un tratamiento para perder peso ni para la obesidad. ' +
      'La FDA, la agencia de alimentos y medicamentos de EE. ' +
      'UU.' +
      ', no la ha aprobado para perder grasa. ' +
      'En 2010, la FDA dijo que no conocía ninguna prueba de que estas inyecciones para la grasa (llamadas lipodisolución) funcionen. ' +
      'La FDA también recibió informes de cicatrices duraderas y de bultos profundos y dolorosos bajo la piel. ' +
      'En 2015, la FDA aprobó un medicamento que disuelve grasa, el ácido desoxicólico, solo para la grasa bajo la barbilla. ' +
      'Aun así, necesita comer de forma sana y hacer ejercicio.',
    'hair-loss':
      'La caída del cabello puede tener una causa médica. ' +
      'Si es repentina o a parches, o no se encuentra bien, consulte antes a su médico.',
  },
  checklistHeading: 'Antes de su consulta',
  checklist: [
    'Haga una lista de todos los medicamentos y suplementos que toma.',
    'Anote sus alergias y sus problemas de salud pasados.',
    'Anote los problemas de salud que puedan empeorar con el tiempo.',
    'Pregunte por la formación y la experiencia del profesional.',
    'Piense en los posibles beneficios y en los riesgos.',
    'Pida a la clínica una lista de lo que llevan las inyecciones.',
    'Avise al profesional si le quedan cicatrices abultadas o si tomó isotretinoína (para el acné) en los últimos 6 meses.',
    'Si ese día no se encuentra bien o tiene fiebre, pida a la clínica que cambie la cita.',
  ],
  expectHeading: 'Qué puede esperar',
  expect: [
    'Puede necesitar una serie de 3 a 15 sesiones. ' +
      'Después, pueden hacer falta sesiones periódicas para mantener el efecto que se haya conseguido.',
    'Los resultados llegan poco a poco. Pueden tardar desde unos meses hasta un año entero en notarse.',
    'En el cabello, pueden pasar unos meses antes de que note algún cambio.',
    'Los resultados son distintos en cada persona. ' +
      'Algunas personas no notan ningún cambio. ' +
      'Los resultados dependen de la habilidad del profesional y de los productos que use.',
    'Una dieta sana, el ejercicio y un buen cuidado de la piel le ayudan a mantener los resultados.',
    'Es frecuente tener enrojecimiento, hinchazón, moretones, picazón o dolor donde entraron las agujas. ' +
      'Suelen pasar en unos días.',
    'El dolor es distinto en cada persona. ' +
      'Algunas solo notan una molestia leve, pero a otras les duele mucho.',
    'La cara puede ser más sensible que los muslos o la barriga (abdomen).',
    'El profesional usa agujas muy finas. ' +
      'Una crema anestésica, el frío o la vibración pueden hacer que el tratamiento resulte más cómodo.',
    'Cualquier inyección puede causar una infección.',
    'Las reacciones alérgicas son poco frecuentes, pero pueden ocurrir. Las reacciones graves son raras.',
    'Algunos productos que se usan en la mesoterapia no están aprobados para este uso. ' +
      'Esto se llama uso fuera de indicación.',
    'Hay pocos estudios buenos sobre la mesoterapia, y no coinciden. Algunos países no controlan bien los productos.',
  ],
  startAgain: 'Volver a empezar',
  print: 'Imprimir este resultado',
  announceResult: 'Su resultado: {headline}.',
};
