import {type CommonContent} from '../../types/common.js';
/*
 * Italian (it) content pack: a translation of the English content of 2026-12-02.
 * The patient is addressed with "Lei", as the Italian health service does. The courtesy forms
 * keep their capital (Lei, La, Le, Suo, Sua) so that "per Lei" can never be read as "for her".
 *
 * Glossary (English → Italian, used the same way in every file):
 * - mesotherapy → mesoterapia
 * - dermal fillers → filler (filler dermici; the word Italian patients use, invariable)
 * - hyaluronic acid → acido ialuronico
 * - practitioner → professionista (chi esegue il trattamento)
 * - your doctor / GP → il Suo medico (medico di famiglia)
 * - clinic → centro (the clinic or studio that treats you)
 * - consultation → visita (in person: visita di persona)
 * - blood thinners → farmaci che rendono il sangue più fluido (anticoagulanti); labels and
 *   questions use this form; only where a sentence would pass 20 words, the verb
 *   "fluidificare il sangue" (aftercare medicineWarning)
 * - bleeding or clotting disorder → problema di sanguinamento o di coagulazione
 * - haemophilia → emofilia
 * - anaphylaxis → anafilassi (shock anafilattico); severe allergic reaction → reazione allergica grave
 * - weak immune system → difese immunitarie basse
 * - bruising → lividi; swelling → gonfiore; redness → arrossamento; itching → prurito
 * - cellulite → cellulite; small areas of stubborn fat → piccole zone di grasso localizzato
 * - weight loss → perdere peso (dimagrire); obesity → obesità
 * - US Food and Drug Administration (FDA) → la FDA, l’ente statunitense per alimenti e farmaci
 * - aftercare → cure dopo il trattamento
 * - makeup → trucco; scrubs (exfoliants) → scrub (esfolianti); sunscreen → crema solare
 * - hot tubs → idromassaggio
 * - fever (a high temperature) → febbre (never febbre alta)
 * - block (a blood vessel) → ostruire (un vaso sanguigno ostruito)
 * - local emergency number → numero di emergenza (no number is hard-coded)
 * - timed steps → fasi (con una durata), never "passi"
 * - buttons and links use the neutral imperative of Italian interfaces, as the other buttons do
 *   (Inizia, Continua, Prenota una visita, Prenota solo una visita, Cancella l’ora…); the body text
 *   stays in Lei (Prenoti o confermi ogni seduta…)
 * - delete (the stored time) → cancellare, the verb of the privacy wording, also on the button
 */

export const commonIt: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Contenuto aggiornato il {date}.',
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Rivisto da {by} il {date}.',
  nextReviewLabel: 'Prossima revisione: {date}.',
  disclaimer:
    'Queste sono informazioni generali. ' +
    'Non sono un consiglio medico né una diagnosi. ' +
    'Il professionista è la persona che esegue il trattamento. ' +
    'Un professionista qualificato decide cosa è giusto per Lei. ' +
    'Lo fa quando La visita di persona.',
  bookingLabel: 'Prenota una visita',
  bookingLabelWithClinic: 'Prenota una visita presso {clinic}',
  languageLabel: 'Lingua',
  phoneLabel: 'Chiami il centro:',
  scriptNote: 'Questa parte ha bisogno di JavaScript. Si sta ancora caricando, oppure JavaScript è disattivato nel Suo browser.',
  privacy: {
    keptFor:
      'Si cancellano quando chiude questa scheda o ricomincia. ' +
      'Se torna dopo più di 24 ore, vengono cancellate in quel momento.',
    keptAfterPlan:
      'Può cancellarle con «Cancella l’ora del mio trattamento». ' +
      'Se torna più di una settimana dopo la fine del Suo piano, vengono cancellate in quel momento.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Traduzione del testo inglese del {date}.',
};
