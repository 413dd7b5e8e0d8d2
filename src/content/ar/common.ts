import {type CommonContent} from '../../types/common.js';
/*
 * Arabic (ar) content pack: Modern Standard Arabic as Gulf health services write it for patients.
 * A translation of the English content of the `updated` date below. A clinician fluent in Arabic
 * should review it before a clinic publishes it.
 *
 * Conventions
 * - Formal MSA. Where Arabic must pick a gender, the masculine generic is used, as Gulf health
 *   services do; the pregnancy and breastfeeding questions address a woman. Where a neutral form
 *   reads naturally (a verbal noun, "يُرجى", "لديك"), it is preferred. Buttons and links are
 *   verbal nouns (البدء، متابعة، حجز استشارة، إضافة إلى التقويم), never imperatives.
 * - After a negation, a second item is joined with «ولا», not «أو» («ليس علاجًا لإنقاص الوزن ولا للسمنة»).
 * - "There is a problem" → «توجد مشكلة» everywhere.
 * - Digits in the text (18, 3 to 15, 6 months) are Western (0-9), as `Intl` formats numbers
 *   for `ar` and `ar-AE` and as most Gulf health services print them. Dates, times, counts and
 *   percentages come from `Intl` (which gives Arabic-Indic digits for some regions, e.g. `ar-SA`).
 * - Bidi control characters only where a Latin fragment may appear: `{clinic}` and `{by}` (names
 *   a clinic types, often in Latin letters) sit between U+2068 FIRST STRONG ISOLATE and U+2069 POP
 *   DIRECTIONAL ISOLATE, so a name such as "Dr A. Patel." keeps its full stop on its own side.
 *   The fixed Latin fragment "(FDA)" sits between Arabic words, where the bidi algorithm already
 *   mirrors its brackets correctly, so it needs none. Other placeholders are filled with Arabic
 *   text or with `Intl` output, which carries its own marks.
 * - Quotation marks: «…». Punctuation: Arabic comma «،», question mark «؟».
 *
 * Glossary (English → Arabic used everywhere)
 * - mesotherapy → الميزوثيرابي (masculine: علاج)
 * - dermal fillers → حقن الفيلر (plural)
 * - practitioner → الممارس الصحي; qualified practitioner → ممارس صحي مؤهل
 * - your doctor → طبيبك (always "your doctor", as in the English)
 * - clinic → العيادة; consultation → استشارة; session → جلسة
 * - injections → الحقن; needles → الإبر; treated area → المنطقة المعالجة
 * - something that thins your blood → شيء يميّع الدم; blood thinners → مميعات الدم
 * - bleeding disorder → اضطراب نزفي; haemophilia → الهيموفيليا
 * - anaphylaxis → صدمة الحساسية (التأق); severe allergic reaction → رد فعل تحسسي شديد
 * - autoimmune condition → مرض مناعة ذاتية; weak immune system → ضعف جهاز المناعة
 * - heart attack → نوبة قلبية (جلطة في القلب); stroke → سكتة دماغية (جلطة أو نزيف في الدماغ)
 * - diabetes → السكري; obesity → السمنة; weight loss → إنقاص الوزن
 * - stubborn fat → الدهون العنيدة; cellulite → السيلوليت
 * - bruising → كدمات; swelling → تورم; redness → احمرار; infection → عدوى; pus → صديد
 * - the evidence is mixed → الأدلة العلمية متباينة
 * - the US Food and Drug Administration (FDA) has not approved it → لم توافق عليه إدارة الغذاء
 *   والدواء الأمريكية (FDA)
 * - regular sessions (to keep the effect) → جلسات منتظمة (للحفاظ على أي نتيجة تحققت: "any effect", never «النتيجة», which assumes one)
 * - off-label use → الاستخدام خارج دواعي الاستعمال المعتمدة
 * - uncommon → غير شائع; rare → نادر; common → شائع
 * - Not sure (answer) → لا أعرف بالتأكيد
 * - aftercare → العناية بعد العلاج
 * - fever (a high temperature) → حمّى (never حمّى شديدة); sight → البصر (بصرك)
 */

export const commonAr: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'آخر تحديث للمحتوى: {date}.',
  reviewed: {date: '', by: '', next: ''},
  // U+2068 and U+2069 isolate the reviewer's name, which is often in Latin letters, so its
  // punctuation stays with it in a right-to-left line.
  reviewedLabel: 'راجع هذا المحتوى \u2068{by}\u2069 بتاريخ {date}.',
  nextReviewLabel: 'موعد المراجعة التالية: {date}.',
  disclaimer:
    'هذه معلومات عامة. ' +
    'وهي ليست نصيحة طبية ولا تشخيصًا. ' +
    'والممارس الصحي هو الشخص الذي يقدّم لك العلاج. ' +
    'ويقرر ممارس صحي مؤهل ما يناسبك. ' +
    'ويفعل ذلك عندما يراك شخصيًا.',
  bookingLabel: 'حجز استشارة',
  // The clinic name is isolated (U+2068 … U+2069) for the same reason as the reviewer's name.
  bookingLabelWithClinic: 'حجز استشارة لدى \u2068{clinic}\u2069',
  languageLabel: 'اللغة',
  phoneLabel: 'اتصل بالعيادة:',
  scriptNote: 'يحتاج هذا الجزء إلى JavaScript. ما زال قيد التحميل، أو أن JavaScript مُعطّل في متصفحك.',
  privacy: {
    keptFor:
      'وتُحذَف عند إغلاق علامة التبويب هذه أو البدء من جديد. ' +
      'وإذا عدت بعد مرور أكثر من 24 ساعة، تُحذَف حينها.',
    keptAfterPlan:
      'ويمكنك حذفها باستخدام «حذف وقت علاجي». ' +
      'وإذا عدت بعد مرور أكثر من أسبوع على انتهاء خطتك، تُحذَف حينها.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'ترجمة للنسخة الإنجليزية الصادرة في {date}.',
};
