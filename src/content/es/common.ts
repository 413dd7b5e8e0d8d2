import {type CommonContent} from '../../types/common.js';
/*
 * Spanish (es) content pack: a translation of the English content of 2026-12-02.
 * ONE neutral Spanish pack for Spain and Latin America (es-ES, es-MX, es-AR, es-CO…): no
 * vosotros, the patient is addressed as "usted", as the Spanish and Latin American public health
 * services do. Where Spain and Latin America use different words, use the one understood
 * everywhere (native-speaker read of 2026-12, docs/translation-review.md):
 *   cabello (not pelo) · anotar (not apuntar) · agregar (not añadir) · a ningún lugar (not sitio) ·
 *   ponerse en contacto con (not contactar con) · un profesional con la formación adecuada (not
 *   cualificado) · picazón (not picor) · accidente cerebrovascular, glossed once as "(ictus o
 *   derrame cerebral)" (not ictus alone) · shock anafiláctico (anafilaxia) · borrar (the privacy
 *   wording's verb, also on the "Forget my treatment time" button).
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
 * - anaphylaxis → shock anafiláctico (anafilaxia); severe allergic reaction → reacción alérgica grave
 * - heart attack → infarto; stroke → accidente cerebrovascular (ictus o derrame cerebral); mini-stroke (TIA) → AIT
 * - thinning hair → cabello que pierde densidad; hair loss → caída del cabello
 * - book a consultation → pedir una consulta (one verb everywhere)
 * - weak immune system → defensas bajas (sistema inmunitario débil)
 * - bruising → moretones (hematomas)
 * - swelling → hinchazón; redness → enrojecimiento; itching → picazón
 * - cellulite → celulitis (the cosmetic "piel de naranja"); small areas of stubborn fat → grasa localizada
 * - weight loss → pérdida de peso; obesity → obesidad
 * - US Food and Drug Administration (FDA) → la FDA, la agencia de alimentos y medicamentos de EE. UU.
 * - aftercare → cuidados después del tratamiento
 * - makeup → maquillaje; scrubs (exfoliants) → exfoliantes; sunscreen → protector solar
 * - breastfeeding → amamantar (not dar el pecho); period → menstruación (not regla)
 * - fever (a high temperature) → fiebre (never fiebre alta); swimming → nadar
 * - block (a blood vessel) → obstruir (un vaso sanguíneo obstruido)
 * - paracetamol → paracetamol (acetaminofén)
 * - hot tubs → jacuzzis (bañeras de hidromasaje)
 * - local emergency number → número de emergencias de su país (no number is hard-coded)
 * - add to calendar → agregar al calendario
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
      'Puede borrarlos con «Borrar la hora de mi tratamiento». ' +
      'Si regresa más de una semana después de que termine su plan, se borran en ese momento.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Es una traducción del texto en inglés del {date}.',
};
