import {type CommonContent} from '../../types/common.js';
/*
 * Turkish (tr) content pack, for patients in Türkiye. A translation of the English content of the
 * `updated` date below. A clinician fluent in Turkish should review it before a clinic publishes it.
 *
 * Conventions
 * - The patient is addressed with the formal "siz" (yapın, doktorunuza danışın), as Turkish
 *   hospitals, clinics and the Ministry of Health's patient pages do.
 * - Plain word first, the medical term after it in brackets: "kanın pıhtılaşmasıyla ilgili bir
 *   hastalık (hemofili gibi)".
 * - No case suffix is ever glued to a {placeholder}: its sound is unknown, so vowel harmony
 *   cannot be right. Use a separate word instead: "{clinic} ile", "{date} tarihinde",
 *   "{time} tarihine kadar", "Tarih: {date}".
 * - Quotation marks: “…”. Numbers in the text use digits; dates, times and counts come from `Intl`.
 * - A noun after a number stays singular in Turkish ("3 seans", "24 saat"), so the `one` form says
 *   the number in words ("bir saat") and `other` keeps {n}.
 *
 * Glossary (English → Turkish used everywhere)
 * - mesotherapy → mezoterapi; dermal fillers → dolgu (dolgu uygulaması); filler (the product) → dolgu maddesi
 * - practitioner → uygulayıcı (the disclaimer says who that is); qualified practitioner → yetkin bir uygulayıcı
 * - your doctor → doktorunuz; pharmacist → eczacı; clinic → klinik
 * - consultation → muayene (in person); book a consultation → muayene randevusu alın
 * - treatment → tedavi; session → seans; aftercare → tedavi sonrası bakım
 * - self-check → öz değerlendirme (not «ön değerlendirme», which is a clinic’s own assessment)
 * - injection → enjeksiyon; needle → iğne; treated area → tedavi edilen bölge
 * - blood thinners → kan sulandırıcı ilaçlar; something that thins your blood → kanınızı sulandıran bir şey
 * - aspirin, ibuprofen → aspirin, ibuprofen; painkiller → ağrı kesici; paracetamol → parasetamol
 * - bleeding or clotting disorder → kanama ya da pıhtılaşma bozukluğu; haemophilia → hemofili
 * - autoimmune condition → otoimmün hastalık (bağışıklık sisteminin kendi vücuda saldırması)
 * - weak immune system → zayıf bağışıklık sistemi
 * - anaphylaxis → anafilaksi (ağır alerjik reaksiyon); adrenaline pen → adrenalin kalemi (otoenjektör)
 * - heart attack → kalp krizi; stroke → inme (felç); mini-stroke (TIA) → geçici inme (mini felç, TİA)
 * - bruise → morarma; swelling → şişlik; redness → kızarıklık; itching → kaşıntı; lumps → yumru
 * - cellulite → selülit; stubborn fat → inatçı yağ; obesity → obezite; lose weight → kilo vermek
 * - fine lines → ince çizgiler; deep wrinkles → derin kırışıklıklar; lost volume → hacim kaybı
 * - common → sık görülür; uncommon → sık görülmez; rare → nadir
 * - off-label use → endikasyon dışı kullanım
 * - the US Food and Drug Administration (FDA) → ABD Gıda ve İlaç Dairesi (FDA)
 * - emergency number → acil yardım numarası (112 in Türkiye: left generic, the clinic sets {number})
 * - hospital emergency department → hastanenin acil servisi; urgent care service → size yakın bir sağlık kuruluşu
 * - Not sure (answer) → Emin değilim
 * - numbing cream → uyuşturma kremi (not "uyuşturucu", which also means a narcotic)
 * - care card levels → Acil olmayan öneri / Aynı gün yardım / Acil durum ("acil" only for the emergency)
 * - Buttons and links use the short imperative of Turkish web forms ("Başla", "Randevu al",
 *   "Planımı göster"), as Turkish clinic sites do; every sentence uses "siz".
 */

export const commonTr: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'İçeriğin son güncellenme tarihi: {date}.',
  // A review is per language: a clinic's review of the English does not cover this text.
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: '{date} tarihinde {by} tarafından incelendi.',
  nextReviewLabel: 'Bir sonraki inceleme tarihi: {date}.',
  disclaimer:
    'Bu bilgiler geneldir. Tıbbi tavsiye ya da tanı değildir. ' +
    'Uygulayıcı, tedaviyi yapan kişidir. ' +
    'Size neyin uygun olduğuna yetkin bir uygulayıcı karar verir. Bunu sizi yüz yüze gördüğünde yapar.',
  bookingLabel: 'Muayene randevusu al',
  bookingLabelWithClinic: 'Muayene randevusu al: {clinic}',
  languageLabel: 'Dil',
  phoneLabel: 'Kliniği arayın:',
  scriptNote:
    'Bu bölüm JavaScript gerektirir. Hâlâ yükleniyor ya da tarayıcınızda JavaScript kapalı.',
  privacy: {
    keptFor:
      'Bu sekmeyi kapattığınızda ya da yeniden başladığınızda silinir. 24 saatten sonra geri gelirseniz o zaman silinir.',
    keptAfterPlan:
      '“Tedavi zamanımı unut” ile silebilirsiniz. Planınız bittikten bir haftadan uzun süre sonra geri gelirseniz o zaman silinir.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'İngilizce metnin {date} tarihli sürümünden çevrilmiştir.',
};
