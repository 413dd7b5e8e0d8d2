import {type CommonContent} from '../../types/common.js';
/*
 * Spanish (es) content pack: a translation of the English content of 2026-12-02.
 * Neutral Spanish for Spain and Latin America; the patient is addressed as "usted",
 * as the Spanish and Latin American public health services do.
 *
 * Glossary (English → Spanish, used the same way in every file):
 * - mesotherapy → mesoterapia
 * - dermal fillers → rellenos dérmicos (short: rellenos)
 * - hyaluronic acid → ácido hialurónico
 * - practitioner → el profesional (the person who gives the treatment)
 * - your doctor / GP → su médico (médico de familia or de cabecera in Spain)
 * - clinic → clínica
 * - consultation → consulta
 * - blood thinners → medicamentos para diluir la sangre (anticoagulantes)
 * - bleeding or clotting disorder → problema de sangrado o de coagulación
 * - haemophilia → hemofilia
 * - anaphylaxis → anafilaxia; severe allergic reaction → reacción alérgica grave
 * - weak immune system → defensas bajas (sistema inmunitario débil)
 * - bruising → moretones (hematomas)
 * - swelling → hinchazón; redness → enrojecimiento; itching → picor
 * - cellulite → celulitis (the cosmetic "piel de naranja"); small areas of stubborn fat → grasa localizada
 * - weight loss → pérdida de peso; obesity → obesidad
 * - US Food and Drug Administration (FDA) → la FDA, la agencia de alimentos y medicamentos de EE. UU.
 * - aftercare → cuidados después del tratamiento
 * - makeup → maquillaje; scrubs (exfoliants) → exfoliantes; sunscreen → protector solar
 * - hot tubs → jacuzzis (bañeras de hidromasaje)
 * - local emergency number → número de emergencias de su país (no number is hard-coded)
 */

export const commonEs: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Contenido actualizado el {date}.',
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Revisado por {by} el {date}.',
  nextReviewLabel: 'Próxima revisión: {date}.',
  disclaimer:
    'Esta información es general. ' +
    'No es un consejo médico ni un diagnóstico. ' +
    'El profesional es la persona que le hace el tratamiento. ' +
    'Un profesional con la formación adecuada decide qué es lo adecuado para usted. ' +
    'Lo hace cuando le atiende en persona.',
  bookingLabel: 'Pedir una consulta',
  bookingLabelWithClinic: 'Pedir una consulta en {clinic}',
  languageLabel: 'Idioma',
  phoneLabel: 'Llame a la clínica:',
  scriptNote: 'Esta parte necesita JavaScript. Todavía se está cargando, o JavaScript está desactivado en su navegador.',
  privacy: {
    keptFor:
      'Se borran cuando cierra esta pestaña o vuelve a empezar. ' +
      'Si regresa pasadas 24 horas, se borran en ese momento.',
    keptAfterPlan:
      'Puede borrarlas con «Olvidar la hora de mi tratamiento». ' +
      'Si regresa más de una semana después de que termine su plan, se borran en ese momento.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Es una traducción del texto en inglés del {date}.',
};
