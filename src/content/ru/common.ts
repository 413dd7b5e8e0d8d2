import {type CommonContent} from '../../types/common.js';
/*
 * Russian (ru) content pack. A translation of the English content of the `updated` date below.
 * A clinician fluent in Russian should review it before a clinic publishes it.
 *
 * Register: the patient is addressed with the formal «вы», written in lower case as Russian
 * health information for the public does (the capital «Вы» belongs to letters to one person).
 * Imperatives in the «вы» form («Ответьте», «Не пейте»). Past tense and short adjectives with
 * «вы» are plural («вы были», «вы беременны»), so no sentence depends on the reader's gender;
 * the answer "Not sure" is «Не знаю», not «Не уверен(а)». Plain word first, the medical term
 * after it in brackets. Quotation marks: «…». The letter «ё» is written (отёк, приём).
 * Numbers in the text use digits; dates, times and counts come from `Intl`. Count phrases use
 * the accusative of duration («24 часа», «5 дней»), with one, few, many and other forms.
 *
 * Glossary (English → Russian, used the same way in every file):
 * - mesotherapy → мезотерапия
 * - dermal fillers → филлеры (the treatment: уколы филлеров; the product: филлер)
 * - hyaluronic acid → гиалуроновая кислота
 * - practitioner → специалист (тот, кто проводит процедуру); qualified → квалифицированный специалист
 * - your doctor → ваш врач
 * - clinic → клиника; consultation → консультация (in person: очная консультация);
 *   book → записаться; treatment → процедура (one visit) / лечение (in general); session → сеанс
 *   `{clinic}` always follows a generic noun («в клинику {clinic}», «сайт клиники {clinic}»), because a
 *   free-text name cannot take a case ending: for `ru` the `clinic` attribute is the name alone
 *   («Эстетика» or «Эстетика» in «» quotes), without the word «клиника».
 * - medicine → лекарство; prescribed medicine → лекарство, назначенное врачом
 * - something that thins your blood → что-то, что разжижает кровь;
 *   blood thinners → препараты, разжижающие кровь (антикоагулянты)
 * - bleeding or clotting disorder → нарушение свёртываемости крови
 * - haemophilia → гемофилия
 * - anaphylaxis → анафилаксия (анафилактический шок); severe allergic reaction → тяжёлая аллергическая реакция
 * - autoimmune condition → аутоиммунное заболевание; weak immune system → ослабленный иммунитет
 * - injection → укол (инъекция); needle → игла; treated area → обработанная зона
 * - bruise → синяк; swelling → отёк; redness → покраснение; itching → зуд; soreness → болезненность
 * - lump → уплотнение (шишка); high temperature → температура («поднялась температура»; not «высокая температура»)
 * - cellulite → целлюлит; small areas of stubborn fat → небольшие участки «упрямого» жира
 * - lose weight → похудеть; obesity → ожирение
 * - US Food and Drug Administration (FDA) → FDA, ведомство США по контролю за продуктами и лекарствами
 * - aftercare → уход после процедуры
 * - aspirin → аспирин; painkiller → обезболивающее; pharmacist → фармацевт (в аптеке)
 * - make-up → макияж; scrubs (exfoliants) → скрабы (эксфолианты); sunscreen → солнцезащитный крем
 * - hot tubs → горячие ванны (джакузи)
 * - hospital emergency department → приёмное отделение больницы;
 *   urgent care service → служба неотложной помощи;
 *   local emergency number → скорая помощь («вызовите скорую помощь»; 112 / 103 not written)
 * - experts (who disagree) → эксперты (not «специалисты», which is the practitioner)
 * - device → устройство; browser → браузер; tab → вкладка; phone → телефон
 */

export const commonRu: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Текст обновлён: {date}',
  // A review is per language: a clinic's review of the English does not cover this text.
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Проверено: {by}, {date}',
  nextReviewLabel: 'Следующая проверка: {date}',
  disclaimer:
    'Это общая информация. Это не медицинский совет и не диагноз. ' +
    'Специалист — это человек, который проводит процедуру. ' +
    'Квалифицированный специалист решает, что подходит именно вам. ' +
    'Он делает это на очной консультации.',
  bookingLabel: 'Записаться на консультацию',
  bookingLabelWithClinic: 'Записаться на консультацию в клинику {clinic}',
  languageLabel: 'Язык',
  phoneLabel: 'Позвоните в клинику:',
  scriptNote: 'Для этой части нужен JavaScript. Она ещё загружается, или JavaScript отключён в вашем браузере.',
  privacy: {
    keptFor:
      'Они удаляются, когда вы закрываете эту вкладку или начинаете заново. ' +
      'Если вы вернётесь больше чем через 24 часа, они будут удалены.',
    keptAfterPlan:
      'Их можно удалить кнопкой «Забыть время процедуры». ' +
      'Если вы вернётесь больше чем через неделю после окончания плана, они будут удалены.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Перевод английского текста от {date}',
};
