import {type CommonContent} from '../../types/common.js';
/*
 * Persian (fa) content pack: Persian as patients in Iran read it. Right to left.
 * A translation of the English content of the `updated` date below. A clinician fluent in Persian
 * should review it before a clinic publishes it.
 *
 * Conventions
 * - Register: the patient is addressed with the formal «شما» and plural verbs («بپرسید»، «دارید»),
 *   in short sentences, as Iranian clinics write to patients.
 * - Letters: Persian «ی» (U+06CC) and «ک» (U+06A9), never the Arabic yeh (U+064A) and kaf
 *   (U+0643). ZWNJ (U+200C, نیم‌فاصله) where Persian orthography joins without linking:
 *   «می‌شود»، «درمان‌ها»، «رقیق‌کننده».
 * - Punctuation: Persian comma «،», question mark «؟», semicolon «؛», quotation marks «…».
 * - Digits in the text (18, 3 to 15, 6 months) are ASCII (0-9); the widget shows counts, dates and
 *   times with `Intl` in the locale's digits.
 * - Bidi: placeholders that may hold Latin text sit between U+2068 FIRST STRONG ISOLATE and U+2069
 *   POP DIRECTIONAL ISOLATE: `{clinic}` and `{by}` (names a clinic types, often in Latin letters),
 *   `{number}` (a phone number, maybe with "+" and spaces) and `{calendar}` ("Google Calendar").
 *   Fixed Latin fragments ("(FDA)", "SPF 30", "UVA", "QR", "JavaScript") sit between Persian words,
 *   where the bidi algorithm already orders them. Other placeholders hold Persian or `Intl` text.
 * - Counts: Persian puts the singular noun after a number («1 ساعت»، «24 ساعت»), and `fa`'s `one`
 *   category covers 0 and fractions too (0.5 hours), so `one` and `other` are the same sentence,
 *   each with `{n}`.
 *
 * Glossary (English → Persian used everywhere)
 * - mesotherapy → مزوتراپی
 * - dermal fillers → فیلر (the word Iranian patients use; "تزریق فیلر" for the procedure)
 * - practitioner → درمانگر (the person who gives the treatment); qualified practitioner →
 *   درمانگر واجد صلاحیت
 * - your doctor → پزشک خود / پزشکتان (always "your doctor", as in the English)
 * - pharmacist → داروساز
 * - clinic → کلینیک; consultation → جلسه مشاوره; book → نوبت گرفتن; session → جلسه
 * - injection → تزریق; needles → سوزن; treated area → ناحیه درمان‌شده
 * - something that thins your blood → چیزی که خون را رقیق می‌کند; blood thinners → داروهای
 *   رقیق‌کننده خون
 * - bleeding or clotting disorder → اختلال خونریزی یا انعقاد خون; haemophilia → هموفیلی
 * - severe allergic reaction → واکنش حساسیتی شدید; anaphylaxis → آنافیلاکسی; allergy → حساسیت
 * - autoimmune condition → بیماری خودایمنی; immune system → سیستم ایمنی
 * - steroid tablets → قرص‌های کورتون; paracetamol → استامینوفن (its name in Iran)
 * - heart attack → سکته قلبی; stroke → سکته مغزی; mini-stroke (TIA) → سکته مغزی خفیف و گذرا (سکته ناقص، TIA)
 * - stubborn fat → چربی موضعی مقاوم; cellulite → سلولیت; weight loss → کاهش وزن; obesity → چاقی
 * - bruising → کبودی; swelling → تورم; redness → قرمزی; itching → خارش; soreness/pain → درد;
 *   infection → عفونت; pus → چرک; scar → جای زخم; cold pack → کیسه یخ; numbing cream → کرم بی‌حسی
 * - the US Food and Drug Administration (FDA) → سازمان غذا و داروی آمریکا (FDA); later in the
 *   same text → این سازمان
 * - lipodissolve → لیپودیزالو; fat-dissolving → آب‌کننده چربی
 * - off-label use → استفاده خارج از موارد تأییدشده
 * - common / uncommon / rare → شایع / شایع نیست / نادر
 * - emergency number → شماره اورژانس (no number named, as in the English); hospital emergency
 *   department → اورژانس بیمارستان; urgent care service → درمانگاه شبانه‌روزی
 * - Not sure (answer) → مطمئن نیستم
 * - aftercare → مراقبت پس از درمان
 */

export const commonFa: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'آخرین به‌روزرسانی محتوا: {date}.',
  // A review is per language: a clinic's review of the English does not cover this text.
  reviewed: {date: '', by: '', next: ''},
  // U+2068 and U+2069 isolate the reviewer's name, which is often in Latin letters, so its
  // punctuation stays with it in a right-to-left line.
  reviewedLabel: 'این محتوا را \u2068{by}\u2069 در تاریخ {date} بازبینی کرده است.',
  nextReviewLabel: 'موعد بازبینی بعدی: {date}.',
  disclaimer:
    'این اطلاعات عمومی است. ' +
    'توصیه پزشکی یا تشخیص بیماری نیست. ' +
    'درمانگر کسی است که درمان را انجام می‌دهد. ' +
    'یک درمانگر واجد صلاحیت تصمیم می‌گیرد چه چیزی برای شما مناسب است. ' +
    'او این تصمیم را هنگام دیدار حضوری با شما می‌گیرد.',
  bookingLabel: 'گرفتن نوبت مشاوره',
  // The clinic name is isolated (U+2068 … U+2069) for the same reason as the reviewer's name.
  bookingLabelWithClinic: 'گرفتن نوبت مشاوره در \u2068{clinic}\u2069',
  languageLabel: 'زبان',
  phoneLabel: 'تماس با کلینیک:',
  scriptNote: 'این بخش به JavaScript نیاز دارد. هنوز در حال بارگیری است، یا JavaScript در مرورگر شما خاموش است.',
  privacy: {
    keptFor:
      'با بستن این زبانه یا شروع دوباره، پاک می‌شوند. ' +
      'اگر بیش از 24 ساعت بعد برگردید، همان موقع پاک می‌شوند.',
    keptAfterPlan:
      'می‌توانید آن را با «حذف زمان درمان من» پاک کنید. ' +
      'اگر بیش از یک هفته پس از پایان برنامه‌تان برگردید، همان موقع پاک می‌شود.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'ترجمه‌شده از متن انگلیسی مورخ {date}.',
};
