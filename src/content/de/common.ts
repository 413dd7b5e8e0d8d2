import {type CommonContent} from '../../types/common.js';
/*
 * German (de) content pack, for patients in Germany, Austria and Switzerland. A translation of
 * the English content of the `updated` date below. A clinician fluent in German should review
 * it before a clinic publishes it.
 *
 * Conventions
 * - The patient is addressed with "Sie", as German health services do. Doctors are named in
 *   both genders ("Ihre Ärztin oder Ihr Arzt"), as gesund.bund.de and gesundheitsinformation.de
 *   do; the practitioner is the gender-neutral "Fachperson".
 * - A sentence never starts with "Sie" meaning "it" or "they" (the treatment, the results):
 *   at the start of a sentence it reads as the formal "you". Name the thing instead.
 * - Plain word first, the medical term after it in brackets: "Bluterkrankheit (Hämophilie)".
 * - Quotation marks: „…“. Numbers in the text use digits; dates, times, counts and
 *   percentages come from `Intl`.
 *
 * Glossary (English → German used everywhere)
 * - mesotherapy → die Mesotherapie; dermal fillers → Filler (plural)
 * - practitioner → behandelnde Fachperson; qualified practitioner → qualifizierte Fachperson
 * - your doctor → Ihre Ärztin oder Ihr Arzt (always "your doctor", as in the English); clinic → Praxis
 * - consultation → Beratungsgespräch; session → Sitzung
 * - regular sessions (to keep the effect) → regelmäßige Sitzungen
 * - off-label use → Off-Label-Use
 * - common → häufig; uncommon → nicht häufig; rare → selten
 * - injections → Injektionen; needles → Nadeln; treated area → behandelte Stelle
 * - something that thins your blood → etwas, das Ihr Blut verdünnt; blood thinners → Blutverdünner
 * - bleeding disorder → Blutungsstörung; haemophilia → Bluterkrankheit (Hämophilie)
 * - anaphylaxis → allergischer Schock (Anaphylaxie)
 * - autoimmune condition → Autoimmunerkrankung; weak immune system → geschwächtes Immunsystem
 * - heart attack → Herzinfarkt; stroke → Schlaganfall; diabetes → Diabetes
 * - obesity → starkes Übergewicht (Adipositas); lose weight → abnehmen
 * - stubborn fat → hartnäckige Fettpölsterchen; cellulite → Cellulite
 * - bruising → blaue Flecken; swelling → Schwellung; lumps → Knötchen
 * - the evidence is mixed → die Studienlage ist uneinheitlich
 * - the US Food and Drug Administration (FDA) has not approved it → die US-Arzneimittelbehörde FDA
 *   hat sie nicht zugelassen
 * - Not sure (answer) → Nicht sicher
 * - aftercare → Nachsorge; treatment time → Behandlungszeitpunkt (never "Behandlungszeit", a duration)
 */

export const commonDe: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Inhalt zuletzt aktualisiert: {date}.',
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Geprüft von {by} am {date}.',
  nextReviewLabel: 'Nächste Prüfung fällig am {date}.',
  disclaimer:
    'Dies sind allgemeine Informationen, keine ärztliche Beratung und keine Diagnose. ' +
    'Die Fachperson ist die Person, die Sie behandelt. ' +
    'Was für Sie richtig ist, entscheidet eine qualifizierte Fachperson. ' +
    'Das geschieht, wenn sie Sie persönlich sieht.',
  bookingLabel: 'Beratungstermin buchen',
  bookingLabelWithClinic: 'Beratungstermin bei {clinic} buchen',
  languageLabel: 'Sprache',
  phoneLabel: 'Rufen Sie die Praxis an:',
  scriptNote: 'Dieser Teil braucht JavaScript. Er wird noch geladen, oder JavaScript ist in Ihrem Browser ausgeschaltet.',
  privacy: {
    keptFor:
      'Die Antworten werden gelöscht, wenn Sie diesen Tab schließen oder neu beginnen. ' +
      'Kommen Sie nach mehr als 24 Stunden zurück, werden sie dann gelöscht.',
    keptAfterPlan:
      'Mit „Meinen Behandlungszeitpunkt löschen“ können Sie die Angaben löschen. ' +
      'Kommen Sie mehr als eine Woche nach dem Ende Ihres Plans zurück, werden sie dann gelöscht.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Übersetzung der englischen Fassung vom {date}.',
};
