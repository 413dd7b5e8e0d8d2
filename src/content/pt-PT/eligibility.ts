import {commonPtPT} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityPtPT: EligibilityContent = {
  ...commonPtPT,
  heading: 'A mesoterapia é indicada para mim?',
  intro: {
    lead: 'Responda a algumas perguntas para ver se há algo que exclua a mesoterapia no seu caso.',
    time: 'Demora cerca de um minuto.',
    privacy: 'As suas respostas ficam neste dispositivo. Não são enviadas para lado nenhum.',
    privacyShare: 'As suas respostas ficam neste dispositivo. Só são partilhadas com {clinic} se assim o decidir.',
    start: 'Começar',
  },
  progress: 'Pergunta {n} de {total}',
  pageProgress: 'Página {n} de {total}',
  whyWeAsk: 'Alguns problemas de saúde tornam a mesoterapia mais arriscada. É por isso que perguntamos.',
  goalsQuestion: 'O que gostaria de melhorar?',
  goalsHint: 'Escolha todas as opções que se aplicam.',
  goalsLabel: 'O que quer melhorar',
  goals: {
    face: 'A minha pele: hidratação, linhas finas, textura, tom ou pele sem brilho',
    hair: 'Cabelo a ficar ralo ou queda de cabelo',
    body: 'Celulite ou pequenas zonas de gordura localizada, como a barriga, as ancas ou as coxas',
    weight: 'Emagrecer (perder peso no corpo todo)',
  },
  questionsHeading: 'Sobre a sua saúde',
  answers: {yes: 'Sim', no: 'Não', unsure: 'Não sei'},
  questions: {
    adult: {
      question: 'Tem 18 anos ou mais?',
      hint: 'Só pode fazer este tratamento aqui se tiver 18 anos ou mais.',
      label: '18 anos ou mais',
      reason:
        'Indicou que tem menos de 18 anos. ' +
        'Só pode fazer este tratamento aqui se tiver 18 anos ou mais.',
      unsure:
        'Indicou que não sabe se tem 18 anos ou mais. ' +
        'Só pode fazer este tratamento aqui se tiver 18 anos ou mais. ' +
        'Não marque a consulta até ter a certeza.',
    },
    pregnant: {
      question: 'Está grávida, ou pode estar?',
      hint: 'Ainda não se sabe como as substâncias podem afetar um bebé antes de nascer.',
      label: 'Gravidez',
      reason:
        'Está ou pode estar grávida. Ainda não se sabe como as substâncias podem afetar o seu bebé. ' +
        'Pode voltar a fazer esta autoavaliação quando já não estiver grávida nem a amamentar.',
      unsure:
        'Indicou que não sabe se está grávida. ' +
        'Não faça mesoterapia até saber que não está. ' +
        'Um teste de gravidez pode tirar a dúvida. ' +
        'É mais fiável a partir do primeiro dia de atraso da menstruação.',
    },
    breastfeeding: {
      question: 'Está a amamentar?',
      hint: 'Ainda não se sabe como as substâncias podem afetar um bebé amamentado.',
      label: 'Amamentação',
      reason:
        'Está a amamentar. Ainda não se sabe como as substâncias podem afetar o seu bebé. ' +
        'Pode voltar a fazer esta autoavaliação quando deixar de amamentar.',
      unsure:
        'Indicou que não sabe se ainda está a amamentar. ' +
        'Espere até ter deixado de amamentar por completo. ' +
        'Depois, pode voltar a fazer esta autoavaliação.',
    },
    bleeding: {
      question:
        'Toma alguma coisa que torne o sangue mais fluido, ou tem uma doença que cause hemorragias ou altere a coagulação?',
      hint:
        'Isto inclui medicamentos que tornam o sangue mais fluido (anticoagulantes). ' +
        'Inclui também aspirina ou ibuprofeno que tome todos os dias ou quase todos. ' +
        'Alguns suplementos à base de plantas, como o ginkgo ou o alho, também tornam o sangue mais fluido. ' +
        'Responda também sim se tiver uma doença como a hemofilia.',
      label: 'Anticoagulantes ou doença da coagulação',
      reason:
        'Toma alguma coisa que torna o sangue mais fluido, ou tem uma doença que causa hemorragias ou altera a coagulação. ' +
        'Pode ficar com nódoas negras e sangrar com mais facilidade depois das injeções.',
      unsure:
        'Indicou que não sabe se toma alguma coisa que torne o sangue mais fluido. ' +
        'Pergunte ao seu médico ou ao farmacêutico antes de marcar.',
    },
    immune: {
      question: 'O seu sistema imunitário ataca o próprio corpo (doença autoimune), ou as suas defesas estão fracas?',
      hint:
        'Por exemplo, lúpus, artrite reumatoide ou psoríase. ' +
        'Responda também sim se uma doença ou um medicamento enfraquecer as suas defesas. ' +
        'Os corticoides (cortisona) em comprimidos podem fazê-lo.',
      label: 'Doença autoimune ou defesas fracas',
      reason:
        'O seu sistema imunitário ataca o próprio corpo, ou as suas defesas estão fracas. ' +
        'Pode ter mais risco de infeção, ou o tratamento pode não resultar bem.',
      unsure:
        'Indicou que não sabe como está o seu sistema imunitário. ' +
        'Fale sobre isso com o seu médico antes de marcar.',
    },
    skin: {
      question: 'Tem uma infeção, uma erupção ou a pele inflamada na zona que quer tratar?',
      hint: 'Por exemplo, herpes labial, borbulhas infetadas, ou pele vermelha e inchada.',
      label: 'Pele infetada ou inflamada',
      reason:
        'Tem uma infeção ou a pele inflamada na zona que quer tratar. ' +
        'As injeções podem espalhar a infeção ou agravá-la. ' +
        'Pode voltar a fazer esta autoavaliação quando a pele estiver curada. ' +
        'Se não melhorar, fale com um farmacêutico ou com o seu médico.',
      unsure:
        'Indicou que não sabe se a pele da zona que quer tratar está infetada ou inflamada. ' +
        'Peça a um farmacêutico ou ao seu médico que a observe.',
    },
    allergy: {
      question: 'Já teve uma reação alérgica grave (anafilaxia ou choque anafilático), ou tem alergias graves?',
      hint:
        'Uma reação grave pode fazer inchar a garganta ou dificultar a respiração. ' +
        'Responda também sim se tiver alergia a cremes anestésicos, ou a algo que possa estar nas injeções.',
      label: 'Alergias ou reações alérgicas graves',
      reason:
        'Já teve uma reação alérgica grave, ou tem alergia a algo que pode ser usado no tratamento. ' +
        'Não faça mesoterapia se tiver alergia a algum componente do tratamento.',
      unsure:
        'Indicou que não sabe se tem alergias. Fale sobre isso com o seu médico. ' +
        'Peça à clínica uma lista do que contêm as injeções.',
    },
    conditions: {
      question: 'Tem cancro, doença do fígado, doença dos rins, doença do coração ou diabetes?',
      hint:
        'Responda sim se tiver alguma destas doenças agora, ou se estiver a fazer tratamento para uma delas. ' +
        'Se teve uma no passado, escolha «Não sei».',
      label: 'Cancro, doença do fígado, dos rins ou do coração, ou diabetes',
      reason:
        'Tem cancro, doença do fígado, dos rins ou do coração, ou diabetes. ' +
        'Não há provas suficientes de que a mesoterapia seja segura ou resulte em pessoas com estas doenças.',
      unsure:
        'Indicou que não sabe, ou que teve uma destas doenças no passado. ' +
        'Pergunte ao seu médico se isso é importante para este tratamento.',
    },
    'heart-stroke': {
      question: 'Já teve um enfarte ou um AVC?',
      hint: 'Responda sim mesmo que tenha sido há muito tempo, ou se foi um mini-AVC (acidente isquémico transitório).',
      label: 'Enfarte ou AVC',
      reason:
        'Já teve um enfarte ou um AVC. Pode ter mais risco de problemas depois do tratamento.',
      unsure:
        'Indicou que não sabe se já teve um enfarte ou um AVC. ' +
        'Fale sobre isso com o seu médico antes de marcar.',
    },
  },
  continue: 'Continuar',
  back: 'Voltar',
  errors: {
    summaryTitle: 'Há um problema',
    prefix: 'Erro:',
    goals: 'Escolha o que gostaria de melhorar',
    answer: 'Escolha sim, não ou não sei',
  },
  summary: {
    heading: 'Confirme as suas respostas',
    change: 'Alterar',
    changeHidden: ' a sua resposta: {label}',
    submit: 'Ver o meu resultado',
    noGoals: 'Nenhum',
  },
  outcomes: {
    'not-recommended': {
      headline: 'A mesoterapia não é recomendada no seu caso',
      next: 'Fale com o seu médico sobre o que nos indicou. O médico pode ajudar a encontrar outras opções.',
    },
    'not-now': {
      headline: 'Agora não',
      next: 'Isto pode mudar mais tarde. Volte a fazer esta autoavaliação quando a sua situação mudar.',
    },
    'ask-doctor': {
      headline: 'Fale primeiro com o seu médico',
      next: 'Pergunte ao seu médico sobre as respostas indicadas abaixo. Faça-o antes de marcar.',
    },
    'no-concerns': {
      headline: 'Nada do que nos indicou exclui a mesoterapia',
      next:
        'Isto não quer dizer que seja indicada para si. ' +
        'Um profissional avalia a sua saúde numa consulta. A decisão é tomada consigo.',
    },
  },
  statusLabel: 'O seu resultado:',
  notDiagnosis: 'Isto não é um diagnóstico.',
  reasonsHeading: 'Porquê',
  bookAfterDoctor:
    'Depois de falar com o seu médico, pode marcar uma consulta. Diga ao profissional o que o seu médico disse.',
  consultationLabel: 'Marcar só uma consulta (sem tratamento)',
  share: {
    heading: 'Partilhar as suas respostas com {clinic}',
    intro:
      'Pode enviar as suas respostas a {clinic} antes da consulta. É exatamente isto que a clínica receberia. ' +
      'Nada é enviado a menos que concorde e escolha como.',
    date: 'Data',
    outcome: 'Resultado',
    goals: 'O que quer melhorar',
    title: 'Autoavaliação para mesoterapia',
    line: '{label}: {value}',
    consent:
      'Aceito partilhar estas respostas sobre a minha saúde com {clinic}. ' +
      'A clínica vai usá-las para preparar a minha consulta.',
    withdraw:
      'Pode pedir a {clinic} que apague as respostas partilhadas a qualquer momento. ' +
      'Desmarcar a caixa não anula as respostas já partilhadas.',
    choose: 'Escolha como as quer partilhar:',
    email: 'Enviar por email',
    emailSubject: 'As minhas respostas à autoavaliação para mesoterapia',
    emailShortened:
      'As minhas respostas eram demasiado longas para uma ligação de email. ' +
      'Vou levá-las à minha consulta.',
    url: 'Abrir o formulário da clínica com as suas respostas',
    qr: 'Mostrar como código QR',
    qrAlt: 'Código QR com as suas respostas',
    qrHint:
      'Mostre este código na clínica, ou imprima esta página e traga-a. ' +
      'O código contém as respostas mostradas acima.',
    event: 'Enviar para a clínica',
    sent:
      'As suas respostas foram entregues ao site de {clinic}. ' +
      'Mesmo assim, fale sobre a sua saúde com o profissional na consulta.',
    unavailable: 'De momento, não é possível partilhar. Pode imprimir esta página e trazê-la consigo.',
  },
  medicineWarning:
    'Se o seu médico lhe disse para tomar um medicamento, como aspirina todos os dias, continue a tomá-lo. ' +
    'Nunca deixe de tomar um medicamento receitado sem falar primeiro com o seu médico.',
  weightLossReason:
    'A mesoterapia não é um tratamento para emagrecer nem para a obesidade. Não ajuda a perder peso no corpo todo.',
  notesHeading: 'É bom saber',
  notes: {
    'weight-loss':
      'A mesoterapia não é um tratamento para emagrecer nem para a obesidade. Não ajuda a perder peso no corpo todo.',
    'body-fat':
      'A mesoterapia pode reduzir a gordura em pequenas zonas em algumas pessoas, mas não em todas. ' +
      'Há poucos estudos de qualidade, e os especialistas não concordam que seja segura. ' +
      'Não é um tratamento para emagrecer nem para a obesidade. ' +
      'A FDA, a agência dos EUA que regula medicamentos, não a aprovou para eliminar gordura. ' +
      'Em 2010, a FDA disse não conhecer provas de que estas injeções para a gordura (chamadas lipodissolução) resultem. ' +
      'A FDA também recebeu relatos de cicatrizes duradouras e de caroços profundos e dolorosos debaixo da pele. ' +
      'Em 2015, a FDA aprovou um medicamento que dissolve gordura, o ácido desoxicólico, só para a gordura debaixo do queixo. ' +
      'Continua a precisar de uma alimentação saudável e de exercício físico.',
    'hair-loss':
      'A queda de cabelo pode ter uma causa médica. ' +
      'Se for súbita ou em peladas, ou se não se sentir bem, consulte primeiro o seu médico.',
  },
  checklistHeading: 'Antes da sua consulta',
  checklist: [
    'Faça uma lista de todos os medicamentos e suplementos que toma.',
    'Anote as suas alergias e os problemas de saúde que já teve.',
    'Anote os problemas de saúde que possam piorar com o tempo.',
    'Pergunte qual é a formação e a experiência do profissional.',
    'Pense nos benefícios possíveis e nos riscos.',
    'Peça à clínica uma lista do que contêm as injeções.',
    'Diga ao profissional se costuma cicatrizar mal, ou se tomou comprimidos para a acne (isotretinoína) nos últimos 6 meses.',
    'Se no dia se sentir doente ou tiver febre, peça à clínica para adiar o tratamento.',
  ],
  expectHeading: 'O que esperar',
  expect: [
    'Pode precisar de uma série de 3 a 15 sessões. ' +
      'Depois disso, podem ser precisas sessões regulares para manter o efeito que houver.',
    'Os resultados surgem aos poucos. Podem demorar de alguns meses a um ano inteiro a notar-se.',
    'No cabelo, podem passar alguns meses até ver alguma mudança.',
    'Os resultados são diferentes de pessoa para pessoa. Algumas pessoas não veem qualquer mudança. ' +
      'Os resultados dependem da competência do profissional e dos produtos que usa.',
    'Uma alimentação saudável, exercício físico e bons cuidados com a pele ajudam a manter os resultados.',
    'Vermelhidão, inchaço, nódoas negras, comichão ou dor nos sítios onde as agulhas entraram são frequentes. ' +
      'Costumam passar em poucos dias.',
    'A dor é diferente de pessoa para pessoa. Algumas sentem só um ligeiro desconforto, mas outras sentem muita dor.',
    'O rosto pode ser mais sensível do que as coxas ou a barriga (abdómen).',
    'O profissional usa agulhas muito finas. ' +
      'Um creme anestésico, compressas frias ou vibração podem tornar o tratamento mais confortável.',
    'Qualquer injeção pode causar uma infeção.',
    'As reações alérgicas são pouco frequentes, mas podem acontecer. As reações graves são raras.',
    'Alguns produtos usados na mesoterapia não estão aprovados para este uso. Chama-se a isto uso «off-label».',
    'Há poucos estudos de qualidade sobre a mesoterapia, e não estão de acordo entre si. ' +
      'Alguns países não controlam bem os produtos.',
  ],
  startAgain: 'Recomeçar',
  print: 'Imprimir este resultado',
  announceResult: 'O seu resultado: {headline}.',
};
