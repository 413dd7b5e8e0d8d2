import {type CommonContent} from '../../types/common.js';
/*
 * Brazilian Portuguese (pt-BR) content pack, also used for `pt`: a translation of the English
 * content of 2026-12-02. The patient is addressed as "você", as the Brazilian public health
 * system (SUS) does in its patient materials.
 *
 * Glossary (English → Brazilian Portuguese, used the same way in every file):
 * - mesotherapy → mesoterapia
 * - dermal fillers → preenchimento (preenchimento dérmico; the product: preenchedor)
 * - hyaluronic acid → ácido hialurônico
 * - practitioner → profissional (quem faz o tratamento)
 * - your doctor / GP → seu médico
 * - clinic → clínica
 * - consultation → consulta (in person: consulta presencial)
 * - medicine → remédio (the everyday word); prescribed medicine → remédio receitado
 * - blood thinners → remédios para afinar o sangue (anticoagulantes)
 * - bleeding or clotting disorder → problema de sangramento ou de coagulação
 * - haemophilia → hemofilia
 * - anaphylaxis → anafilaxia (choque anafilático); severe allergic reaction → reação alérgica grave
 * - weak immune system → imunidade baixa
 * - bruising → manchas roxas (hematomas); swelling → inchaço; redness → vermelhidão; itching → coceira
 * - cellulite → celulite; small areas of stubborn fat → gordura localizada
 * - weight loss → emagrecer (perder peso); obesity → obesidade
 * - US Food and Drug Administration (FDA) → a FDA, a agência de alimentos e remédios dos EUA
 * - aftercare → cuidados depois do tratamento
 * - aspirin → aspirina (AAS)
 * - makeup → maquiagem; scrubs (exfoliants) → esfoliantes; sunscreen → protetor solar
 * - hot tubs → banheiras de hidromassagem (ofurô)
 * - local emergency number → número de emergência (no number is hard-coded)
 * - shape (of the face) → formato (the verb stays "dar forma")
 * - delete (the stored time) → apagar, the verb of the privacy wording, also on the button
 * - book → marcar a consulta (never a bare «marcar», which also means ticking an answer)
 * - fever (a high temperature) → febre (never febre alta); swimming → nadar
 * - numbing cream → creme anestésico
 */

export const commonPtBR: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Conteúdo atualizado em {date}.',
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Revisado por {by} em {date}.',
  nextReviewLabel: 'Próxima revisão: {date}.',
  disclaimer:
    'Estas são informações gerais. ' +
    'Não são orientação médica nem diagnóstico. ' +
    'O profissional é a pessoa que faz o tratamento. ' +
    'Um profissional qualificado decide o que é certo para você. ' +
    'Ele faz isso quando atende você pessoalmente.',
  bookingLabel: 'Marcar uma consulta',
  bookingLabelWithClinic: 'Marcar uma consulta em {clinic}',
  languageLabel: 'Idioma',
  phoneLabel: 'Ligue para a clínica:',
  scriptNote: 'Esta parte precisa de JavaScript. Ela ainda está carregando, ou o JavaScript está desativado no seu navegador.',
  privacy: {
    keptFor:
      'São apagadas quando você fecha esta aba ou começa de novo. ' +
      'Se você voltar depois de mais de 24 horas, elas são apagadas nesse momento.',
    keptAfterPlan:
      'Você pode apagar isso com “Apagar o horário do meu tratamento”. ' +
      'Se você voltar mais de uma semana depois do fim do seu plano, isso é apagado nesse momento.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'É uma tradução do texto em inglês de {date}.',
};
