import {type CommonContent} from '../../types/common.js';
/*
 * European Portuguese (pt-PT) content pack, for patients in Portugal, also used for every other
 * region whose Portuguese follows the European norm (pt-AO, pt-MZ, pt-CV, pt-GW, pt-ST, pt-TL,
 * pt-MO, pt-LU, pt-CH, pt-GQ; see LOCALE_ALIASES). A translation of the English content of the `updated` date below,
 * written from the English (not adapted from pt-BR). A clinician fluent in European Portuguese
 * should review it before a clinic publishes it.
 *
 * Register: the patient is addressed as Portuguese health services write to patients (SNS 24,
 * hospital leaflets): the verb in the third person with no "você" ("Tem 18 anos ou mais?",
 * "Marque uma consulta", "Evite…"), "o seu / a sua", and "si" after a preposition ("para si",
 * "perto de si"). No "tu", no "você", no "o senhor / a senhora". Object pronouns that would
 * need a gender ("ajudá-lo/a") are avoided by turning the sentence round. Spelling: the 1990
 * agreement as used in Portugal (infeção, atualizado, contacto, eletrónico, facto).
 * Quotation marks: «…». Numbers in the text use digits; dates, times and counts come from `Intl`.
 *
 * Glossary (English → European Portuguese, used the same way in every file):
 * - mesotherapy → mesoterapia
 * - dermal fillers → preenchimento dérmico (the treatment); the product → produto de preenchimento
 * - hyaluronic acid → ácido hialurónico
 * - practitioner → profissional (quem faz o tratamento); qualified → profissional qualificado
 * - your doctor → o seu médico (as in the English, "your doctor", whoever that is: médico de família or other)
 * - clinic → clínica; consultation → consulta (in person: consulta presencial); book → marcar
 * - session → sessão; follow-up appointment → consulta de seguimento
 * - medicine → medicamento; prescribed medicine → medicamento receitado pelo médico
 * - something that thins your blood → algo que torna o sangue mais fluido;
 *   blood thinners → anticoagulantes (medicamentos para tornar o sangue mais fluido)
 * - bleeding or clotting disorder → doença que cause hemorragias ou altere a coagulação
 * - haemophilia → hemofilia
 * - anaphylaxis → anafilaxia (choque anafilático); severe allergic reaction → reação alérgica grave
 * - autoimmune condition → doença autoimune; weak immune system → defesas (sistema imunitário) fracas
 * - injection → injeção; needle → agulha; treated area → zona tratada
 * - bruise(s) → nódoa(s) negra(s); swelling → inchaço; redness → vermelhidão; itching → comichão
 * - soreness → dor; lump → caroço (nódulo); pus → pus
 * - high temperature → febre (never febre alta)
 * - cellulite → celulite; small areas of stubborn fat → gordura localizada
 * - lose weight → emagrecer (perder peso); obesity → obesidade
 * - US Food and Drug Administration (FDA) → a FDA, a agência dos EUA que regula medicamentos
 * - aftercare → cuidados após o tratamento
 * - aspirin → aspirina; painkiller → analgésico; pharmacist → farmacêutico
 * - make-up → maquilhagem; scrubs (exfoliants) → esfoliantes; sunscreen → protetor solar
 * - hot tubs → jacuzzis; saunas → saunas
 * - hospital emergency department → urgência de um hospital;
 *   urgent care service → serviço de atendimento urgente;
 *   local emergency number → número de emergência (112 in Portugal: left generic on purpose)
 * - face → rosto; sight → visão
 * - device → dispositivo; browser → navegador; tab → separador; phone → telemóvel;
 *   share → partilhar; save → guardar; calendar → calendário
 * - Not sure (answer) → Não sei
 */

export const commonPtPT: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Conteúdo atualizado em {date}.',
  // A review is per language: a clinic's review of the English does not cover this text.
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Revisto por {by} em {date}.',
  nextReviewLabel: 'Próxima revisão: {date}.',
  disclaimer:
    'Trata-se de informação geral. ' +
    'Não é aconselhamento médico nem um diagnóstico. ' +
    'O profissional é a pessoa que faz o tratamento. ' +
    'Um profissional qualificado decide o que é adequado para si. ' +
    'Fá-lo numa consulta presencial.',
  bookingLabel: 'Marcar uma consulta',
  bookingLabelWithClinic: 'Marcar uma consulta: {clinic}',
  languageLabel: 'Idioma',
  phoneLabel: 'Ligue para a clínica:',
  scriptNote: 'Esta parte precisa de JavaScript. Ainda está a carregar, ou o JavaScript está desativado no seu navegador.',
  privacy: {
    keptFor:
      'São apagadas quando fechar este separador ou recomeçar. ' +
      'Se voltar mais de 24 horas depois, são apagadas nessa altura.',
    keptAfterPlan:
      'Pode apagá-la com «Esquecer a hora do meu tratamento». ' +
      'Se voltar mais de uma semana depois do fim do seu plano, é apagada nessa altura.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Tradução do texto em inglês de {date}.',
};
