import {type CommonContent} from '../../types/common.js';
/*
 * French (fr) — glossary. Use these words everywhere, so patients meet one word for one thing.
 *
 *   mesotherapy            la mésothérapie
 *   dermal fillers         les injections de comblement (« fillers »); the product is « le produit
 *                          injecté », most often de l’acide hyaluronique (never the name of the treatment)
 *   practitioner           le praticien / la praticienne → « le praticien » (generic)
 *   your doctor            votre médecin (traitant)
 *   clinic                 le cabinet / la clinique → « la clinique »
 *   consultation           la consultation (en personne)
 *   blood thinners         les anticoagulants, les médicaments qui fluidifient le sang
 *   aspirin, ibuprofen     l’aspirine, l’ibuprofène
 *   bleeding disorder      un trouble de la coagulation (hémophilie…)
 *   weak immune system     des défenses immunitaires affaiblies
 *   anaphylaxis            un choc anaphylactique
 *   cellulite              la cellulite
 *   stubborn fat           la graisse localisée (not « tenace »)
 *   the self-check         ce questionnaire (never « le test »: read as a medical or pregnancy test)
 *   forget my … time       « Supprimer … », the verb of the privacy wording (supprimer)
 *   timeline               vos étapes (« calendrier » / « agenda » is the calendar file)
 *   weight-loss treatment  un traitement pour maigrir / de l’obésité
 *   FDA-approved           approuvé par la FDA (l’autorité de santé des États-Unis)
 *   fine lines / wrinkles  les ridules / les rides
 *   emergency number       le numéro d’urgence (15 ou 112 en France: left generic on purpose)
 *
 * Register: the patient is addressed with « vous », in short sentences. French typography: a
 * no-break space before « : ; ? ! » and inside « guillemets ».
 * The reader is addressed in words that are the same for a woman and a man (« vous ne savez
 * pas », « si vous suivez un traitement »), never in masculine-only adjectives (« sûr », « soigné »).
 */

export const commonFr: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Contenu mis à jour le {date}.',
  // A review is per language: a clinic's review of the English does not cover this text.
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Relu par {by} le {date}.',
  nextReviewLabel: 'Prochaine relecture prévue le {date}.',
  disclaimer:
    'Ces informations sont générales. ' +
    'Ce ne sont ni des conseils médicaux ni un diagnostic. ' +
    'Le praticien est la personne qui réalise le soin. ' +
    'Un praticien qualifié décide de ce qui vous convient. ' +
    'Il le fait quand il vous voit en personne.',
  bookingLabel: 'Prendre rendez-vous',
  bookingLabelWithClinic: 'Prendre rendez-vous chez {clinic}',
  languageLabel: 'Langue',
  phoneLabel: 'Appelez la clinique :',
  scriptNote: 'Cette partie a besoin de JavaScript. Elle est encore en cours de chargement, ou JavaScript est désactivé dans votre navigateur.',
  privacy: {
    keptFor:
      'Quand vous fermez cet onglet ou recommencez, elles sont supprimées. ' +
      'Si vous revenez plus de 24 heures plus tard, elles sont supprimées à ce moment-là.',
    keptAfterPlan:
      'Vous pouvez les supprimer avec « Supprimer l’heure de ma séance ». ' +
      'Si vous revenez plus d’une semaine après la fin de votre programme, elles sont supprimées à ce moment-là.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Traduction du texte anglais du {date}.',
};
