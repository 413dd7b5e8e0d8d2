import {type CommonContent} from '../../types/common.js';
/*
 * Polish (pl) content pack, for patients in Poland. A translation of the English content of the
 * `updated` date below. A clinician fluent in Polish should review it before a clinic publishes it.
 *
 * Register: the patient is addressed directly in the second person singular, in gender-neutral
 * forms ("Sprawdź", "Czy masz…?", "Zapytaj lekarza"), as the state patient portal pacjent.gov.pl
 * and NFZ pages write to patients. Why not "Pan/Pani": every sentence would carry "Pan/Pani" and
 * a doubled, gendered verb ("Czy miał(a) Pan/Pani…?"), which doubles the length on a phone and
 * reads badly with a screen reader. Why not the impersonal "należy": it cannot ask a question or
 * tell one person their result. Past-tense verbs are gendered in Polish, so they are avoided:
 * "Z twoich odpowiedzi wynika, że…", "Czy zdarzył ci się…?", "Nie wiesz na pewno, czy…".
 * Pronouns stay lower case (ci, twój), as on web pages; a clinic may capitalise them in an override.
 *
 * Glossary (English → Polish used everywhere)
 * - mesotherapy → mezoterapia; dermal fillers → wypełniacze (np. kwas hialuronowy); filler (the product) → wypełniacz
 * - practitioner → osoba wykonująca zabieg (gender-neutral; the disclaimer says who that is)
 * - qualified practitioner → osoba z odpowiednimi kwalifikacjami
 * - your doctor → twój lekarz ("zapytaj lekarza"); pharmacist → farmaceuta; clinic → klinika
 * - consultation → konsultacja (wizyta, na której ktoś cię bada); book a consultation → umów konsultację
 * - treatment → zabieg; session → zabieg (w serii): "seria 3–15 zabiegów"; aftercare → pielęgnacja po zabiegu
 * - injection → zastrzyk; needle → igła; treated area → miejsce zabiegu
 * - blood thinners → leki rozrzedzające krew; something that thins your blood → coś, co rozrzedza krew
 * - aspirin, ibuprofen, paracetamol → aspiryna, ibuprofen, paracetamol; painkiller → lek przeciwbólowy
 * - bleeding or clotting disorder → skaza krwotoczna lub zaburzenia krzepnięcia; haemophilia → hemofilia
 * - autoimmune condition → choroba autoimmunologiczna; weak immune system → osłabiona odporność
 * - anaphylaxis → anafilaksja (wstrząs anafilaktyczny); adrenaline pen → ampułkostrzykawka z adrenaliną (autowstrzykiwacz)
 * - heart attack → zawał serca; stroke → udar; mini-stroke (TIA) → przemijający atak niedokrwienny (TIA)
 * - bruise → siniak; swelling → obrzęk; redness → zaczerwienienie; itching → swędzenie; lumps → grudki
 * - cellulite → cellulit; stubborn fat → uporczywa tkanka tłuszczowa; obesity → otyłość; lose weight → schudnąć
 * - fine lines → drobne zmarszczki; deep wrinkles → głębokie zmarszczki; lost volume → utrata objętości
 * - common → częste; uncommon → niezbyt częste; rare → rzadkie
 * - off-label use → stosowanie poza wskazaniami (off-label)
 * - the US Food and Drug Administration (FDA) → amerykańska Agencja Żywności i Leków (FDA)
 * - emergency number → numer alarmowy (112 or 999 in Poland: left generic, the clinic sets {number})
 * - hospital emergency department → szpitalny oddział ratunkowy (SOR)
 * - urgent care service → najbliższa placówka, która udziela pomocy medycznej w nagłych przypadkach
 * - Not sure (answer) → Nie wiem
 * - Plurals: one (1), few (2–4, 22–24…), many (5–21, 25…), other (fractions: 1,5 godziny, 1,5 dnia).
 * - Quotation marks: „…”. Numbers in the text use digits; dates, times and counts come from `Intl`.
 */

export const commonPl: CommonContent = {
  updated: '2026-12-02',
  updatedLabel: 'Ostatnia aktualizacja treści: {date}.',
  // A review is per language: a clinic's review of the English does not cover this text.
  reviewed: {date: '', by: '', next: ''},
  reviewedLabel: 'Sprawdzone przez: {by}, {date}.',
  nextReviewLabel: 'Następne sprawdzenie: {date}.',
  disclaimer:
    'To są informacje ogólne. ' +
    'Nie są poradą lekarską ani diagnozą. ' +
    'W tym tekście „osoba wykonująca zabieg” to ta, która przeprowadza u ciebie zabieg. ' +
    'O tym, co jest dla ciebie odpowiednie, decyduje osoba z odpowiednimi kwalifikacjami. ' +
    'Robi to podczas osobistej wizyty.',
  bookingLabel: 'Umów konsultację',
  bookingLabelWithClinic: 'Umów konsultację: {clinic}',
  languageLabel: 'Język',
  phoneLabel: 'Zadzwoń do kliniki:',
  scriptNote: 'Ta część wymaga JavaScriptu. Jeszcze się wczytuje albo JavaScript jest wyłączony w twojej przeglądarce.',
  privacy: {
    keptFor:
      'Zostaną usunięte, gdy zamkniesz tę kartę lub zaczniesz od nowa. Jeśli wrócisz po ponad 24 godzinach, zostaną wtedy usunięte.',
    keptAfterPlan:
      'Możesz je usunąć przyciskiem „Usuń datę i godzinę mojego zabiegu”. Jeśli wrócisz ponad tydzień po końcu planu, zostaną wtedy usunięte.',
  },
  translatedFrom: '2026-12-02',
  translatedFromLabel: 'Przetłumaczono z angielskiego tekstu z dnia {date}.',
};
