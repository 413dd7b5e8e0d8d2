/*
 * Arabic (ar) content pack: Modern Standard Arabic as Gulf health services write it for patients.
 * A translation of the English content of the `reviewed` date below. A clinician fluent in Arabic
 * should review it before a clinic publishes it.
 *
 * Conventions
 * - Formal MSA. Where Arabic must pick a gender, the masculine generic is used, as Gulf health
 *   services do; the pregnancy and breastfeeding questions address a woman. Where a neutral form
 *   reads naturally (a verbal noun, "يُرجى", "لديك"), it is preferred.
 * - Digits in the text (18, 3 to 15, 6 months) are Western (0-9), as `Intl` formats numbers
 *   for `ar` and `ar-AE` and as most Gulf health services print them. Dates, times, counts and
 *   percentages come from `Intl` (which gives Arabic-Indic digits for some regions, e.g. `ar-SA`).
 * - No bidi control characters are used: no string mixes Latin fragments into Arabic (the
 *   {placeholder} tokens are filled with Arabic text or with `Intl` output, which carries its
 *   own marks). A clinic name in Latin letters sits at the end of `bookingLabelWithClinic`,
 *   where the bidi algorithm already places it correctly.
 * - Quotation marks: «…». Punctuation: Arabic comma «،», question mark «؟».
 *
 * Glossary (English → Arabic used everywhere)
 * - mesotherapy → الميزوثيرابي (masculine: علاج)
 * - dermal fillers → حقن الفيلر (plural)
 * - practitioner → الممارس الصحي; qualified practitioner → ممارس صحي مؤهل
 * - your doctor → طبيبك; a doctor → طبيب
 * - clinic → العيادة; consultation → استشارة; session → جلسة
 * - injections → الحقن; needles → الإبر; treated area → المنطقة المعالجة
 * - blood thinners (anticoagulants) → مميعات الدم (مضادات التخثر)
 * - bleeding disorder → اضطراب نزفي; haemophilia → الهيموفيليا
 * - anaphylaxis → صدمة الحساسية (التأق); severe allergic reaction → رد فعل تحسسي شديد
 * - autoimmune condition → مرض مناعة ذاتية; weak immune system → ضعف جهاز المناعة
 * - heart attack → نوبة قلبية (جلطة في القلب); stroke → سكتة دماغية (جلطة في الدماغ)
 * - diabetes → السكري; obesity → السمنة; weight loss → إنقاص الوزن
 * - stubborn fat → الدهون العنيدة; cellulite → السيلوليت
 * - bruising → كدمات; swelling → تورم; redness → احمرار; infection → عدوى; pus → صديد
 * - the evidence is mixed → الأدلة العلمية متباينة
 * - not FDA-approved → غير معتمد من إدارة الغذاء والدواء الأمريكية
 * - maintenance sessions → جلسات للمحافظة على النتيجة
 * - Not sure (answer) → لا أعرف بالتأكيد
 * - aftercare → العناية بعد العلاج
 */
import type {CommonContent} from '../en/common.js';

export const commonAr: CommonContent = {
  reviewed: '2026-11-24',
  reviewedLabel: 'ترجمة للنسخة الإنجليزية (آخر مراجعة لها: {date})',
  disclaimer:
    'هذه معلومات عامة، وليست نصيحة طبية أو تشخيصًا. ' +
    'يقرر ممارس صحي مؤهل ما يناسبك في استشارة وجهًا لوجه.',
  bookingLabel: 'احجز استشارة',
  bookingLabelWithClinic: 'احجز استشارة لدى {clinic}',
  phoneLabel: 'اتصل بالعيادة:',
};
