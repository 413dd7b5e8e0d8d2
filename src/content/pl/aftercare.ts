import {commonPl} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercarePl: AftercareContent = {
  ...commonPl,
  heading: 'Twój plan pielęgnacji po zabiegu',
  intro:
    'Stosuj się do tych zaleceń po zabiegu mezoterapii, aby pomóc skórze się zagoić. ' +
    'Zalecenia osoby wykonującej zabieg mają pierwszeństwo.',
  dontHeading: 'Czego nie robić',
  items: {
    makeup: {text: 'Nie nakładaj makijażu na miejsce zabiegu.', short: 'Makijaż'},
    alcohol: {text: 'Nie pij alkoholu. Może nasilić siniaki i obrzęk.', short: 'Alkohol'},
    exercise: {
      text: 'Nie ćwicz intensywnie, nie trenuj i nie biegaj. Może to nasilić obrzęk.',
      short: 'Intensywny wysiłek',
    },
    'heat-water': {
      text:
        'Nie pływaj i nie korzystaj z sauny ani jacuzzi. ' +
        'W basenach i jacuzzi mogą być zarazki, a ciepło może nasilić obrzęk.',
      short: 'Pływanie, sauna i jacuzzi',
    },
    irritants: {
      text: 'Nie używaj peelingów, kwasów do skóry, takich jak kwas glikolowy lub salicylowy, ani innych produktów, które szczypią.',
      short: 'Peelingi, kwasy i drażniące produkty',
    },
    massage: {
      text: 'Nie pocieraj i nie masuj miejsca zabiegu, chyba że zaleci to osoba wykonująca zabieg.',
      short: 'Pocieranie lub masaż',
    },
    sun: {
      text:
        'Nie opalaj się i nie przebywaj długo na słońcu. ' +
        'Skóra po zabiegu łatwiej ulega oparzeniom słonecznym i przebarwieniom. ' +
        'Gdy wychodzisz, używaj kremu z filtrem SPF 30 lub wyższym, który chroni też przed UVA (szerokie spektrum).',
      short: 'Opalanie',
    },
    smoking: {text: 'Nie pal. Palenie spowalnia gojenie.', short: 'Palenie'},
    'blood-thinners': {
      text:
        'Nie bierz aspiryny ani ibuprofenu na ból, ani suplementów ziołowych, które rozrzedzają krew. ' +
        'Mogą nasilić siniaki i krwawienie.',
      short: 'Aspiryna lub ibuprofen na ból i suplementy rozrzedzające krew',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  // one: 1; few: 2–4, 22–24…; many: 5–21, 25…; other: fractions (1,5 godziny, 1,5 dnia).
  windows: {
    hours: {
      one: 'Unikaj tego przez {n} godzinę.',
      few: 'Unikaj tego przez {n} godziny.',
      many: 'Unikaj tego przez {n} godzin.',
      other: 'Unikaj tego przez {n} godziny.',
    },
    days: {
      one: 'Unikaj tego przez {n} dzień.',
      few: 'Unikaj tego przez {n} dni.',
      many: 'Unikaj tego przez {n} dni.',
      other: 'Unikaj tego przez {n} dnia.',
    },
    atLeastHours: {
      one: 'Unikaj tego przez co najmniej {n} godzinę.',
      few: 'Unikaj tego przez co najmniej {n} godziny.',
      many: 'Unikaj tego przez co najmniej {n} godzin.',
      other: 'Unikaj tego przez co najmniej {n} godziny.',
    },
    atLeastDays: {
      one: 'Unikaj tego przez co najmniej {n} dzień.',
      few: 'Unikaj tego przez co najmniej {n} dni.',
      many: 'Unikaj tego przez co najmniej {n} dni.',
      other: 'Unikaj tego przez co najmniej {n} dnia.',
    },
    noSetEnd: 'Nie ma ustalonego końca. Zapytaj osobę wykonującą zabieg, jak długo tego unikać.',
  },
  medicineWarning:
    'Jeśli lekarz zalecił ci aspirynę lub inny lek rozrzedzający krew, nadal go przyjmuj. ' +
    'Nigdy nie odstawiaj przepisanego leku bez rozmowy z lekarzem.',
  doHeading: 'Co robić',
  dos: [
    'Pij dużo wody.',
    'Jedz zbilansowane posiłki z dużą ilością składników odżywczych.',
    'Aby złagodzić ból i obrzęk, przykładaj zimny okład owinięty w ściereczkę.',
    'Jeśli potrzebujesz leku przeciwbólowego, zapytaj farmaceutę, który wybrać. Zwykle można przyjąć paracetamol.',
    'Stosuj się do zaleceń osoby wykonującej zabieg. Mają pierwszeństwo.',
    'Przychodź na wszystkie wizyty kontrolne, aby osoba wykonująca zabieg mogła sprawdzić, jak przebiega gojenie.',
  ],
  normalHeading: 'Co jest normalne',
  normal:
    'Lekki ból, obrzęk, zaczerwienienie, swędzenie lub siniaki w miejscu zabiegu są normalne. ' +
    'Zwykle mijają same w ciągu kilku dni.',
  cardsHeading: 'Kiedy szukać pomocy',
  cards: {
    'non-urgent': {
      level: 'Niepilne:',
      heading: 'Skontaktuj się z kliniką, jeśli:',
      signs: [
        'obrzęk, siniaki lub ból nie zmniejszają się po kilku dniach',
        'zauważysz pod skórą małe grudki, które nie bolą',
      ],
      actions: ['Skontaktuj się z kliniką, która wykonała zabieg.'],
    },
    urgent: {
      level: 'Pilne:',
      heading: 'Jeszcze dziś skontaktuj się z kliniką lub lekarzem, jeśli:',
      signs: [
        'zaczerwienienie się rozszerza albo skóra jest gorąca lub bardziej spuchnięta',
        'pojawia się ropa albo czerwone, bolesne grudki lub sączące się ranki, nawet kilka tygodni po zabiegu',
        'masz gorączkę, dreszcze i uczucie gorąca albo czujesz się bardzo źle',
        'ból stale się nasila',
      ],
      straightAway:
        'Natychmiast szukaj pomocy, jeśli skóra obok miejsc wkłucia staje się biała, sina, szara lub plamista albo bardzo boli. ' +
        'Skontaktuj się teraz z kliniką. ' +
        'Jeśli nie możesz się od razu dodzwonić, jedź na szpitalny oddział ratunkowy (SOR).',
      actions: ['Szukaj pomocy jeszcze dziś. Nie czekaj, aż samo przejdzie.'],
      noAnswer: 'Jeśli nie możesz się dodzwonić, idź jeszcze dziś do najbliższej placówki, która udziela pomocy medycznej w nagłych przypadkach.',
      noAnswerWithNumber: 'Jeśli nie możesz się dodzwonić, zadzwoń jeszcze dziś pod numer {number}.',
    },
    emergency: {
      level: 'Nagły przypadek:',
      heading: 'Dzwoń teraz pod numer alarmowy, jeśli:',
      headingWithNumber: 'Dzwoń teraz pod numer {number}, jeśli:',
      signs: [
        'nagle puchną ci wargi, język, gardło lub twarz',
        'trudno ci oddychać albo oddech jest głośny lub bardzo szybki',
        'czujesz ucisk w gardle albo trudno ci przełykać',
        'wargi, język lub skóra na całym ciele robią się sine, szare lub blade',
        'nagle pojawia się silne splątanie, senność lub uczucie, że zaraz zemdlejesz',
        'wzrok nagle się zmienia, obraz jest zamazany lub ciemnieje ci przed oczami',
        'jedna strona twarzy opada, ręka słabnie albo mowa staje się niewyraźna (bełkotliwa)',
      ],
      actions: [
        'Jeśli podejrzewasz ciężką reakcję alergiczną i masz ampułkostrzykawkę z adrenaliną (autowstrzykiwacz), najpierw jej użyj. ' +
          'Potem dzwoń, nawet jeśli zaczniesz czuć się lepiej.',
        'Połóż się płasko. Jeśli trudno ci oddychać, usiądź.',
        'Jeśli to reakcja alergiczna i po 5 minutach nadal czujesz się źle, użyj drugiej ampułkostrzykawki.',
        'Jeśli ktoś zemdleje i nie można go ocucić, zadzwoń po pomoc dla niego.',
        'Jeśli zmienia się wzrok lub opada twarz, dzwoń teraz. Powiedz, że masz za sobą zastrzyki i w którym miejscu ciała.',
        'To może być ciężka reakcja alergiczna (anafilaksja, wstrząs anafilaktyczny) albo zatkane naczynie krwionośne.',
      ],
    },
  },
  form: {
    legend: 'Kiedy był twój zabieg?',
    hint: 'Wpisz datę i godzinę, aby zobaczyć, kiedy kończy się każdy krok. Te dane zostają na tym urządzeniu.',
    date: 'Data',
    time: 'Godzina',
    submit: 'Pokaż mój plan',
    error: 'Wpisz datę i godzinę zabiegu',
    errorPrefix: 'Błąd:',
    summaryTitle: 'Wystąpił problem',
    cancel: 'Anuluj',
  },
  invalidTreatedAt: 'Nie udało się odczytać daty i godziny zabiegu dla tego planu. Oto ogólne zalecenia po zabiegu.',
  timelineHeading: 'Twój harmonogram',
  treatedOn: 'Zabieg: {time}.',
  plannedFor: 'Zaplanowany zabieg: {time}.',
  plannedNote: 'Poniższe czasy liczą się od zabiegu.',
  progressLabel: 'Kroki z określonym czasem',
  progressDone: 'Zakończone: {done} z {total}',
  status: {upcoming: 'Jeszcze się nie zaczęło', active: 'Nadal unikaj', done: 'Najkrótszy czas oczekiwania minął', ongoing: 'Nadal unikaj'},
  timeline: {
    upcoming: '{item}: unikaj od zabiegu do: {time}.',
    upcomingNoEnd: '{item}: unikaj od zabiegu. Nie ma ustalonego końca. Zapytaj osobę wykonującą zabieg, jak długo tego unikać.',
    active: '{item}: unikaj do: {time}.',
    done: '{item}: najkrótszy czas oczekiwania trwał do: {time}. Poczekaj dłużej, jeśli skóra nadal boli lub jest spuchnięta.',
    ongoing: '{item}: nadal unikaj. Nie ma ustalonego końca. Zapytaj osobę wykonującą zabieg, jak długo tego unikać.',
  },
  calendar: {
    button: 'Dodaj do kalendarza',
    name: 'Pielęgnacja po mezoterapii',
    eventTitle: '{item}: najkrótszy czas oczekiwania minął',
    filename: 'pielegnacja-po-mezoterapii.ics',
    linkTitle: 'Pielęgnacja po mezoterapii: najkrótsze czasy oczekiwania minęły. Niektóre zalecenia nadal obowiązują.',
    link: 'Dodaj do: {calendar}',
    linksLabel: 'Albo dodaj swój plan do kalendarza online:',
    inApp:
      'Ta przeglądarka może nie zapisywać plików kalendarza. Użyj linku poniżej. Albo otwórz tę stronę we własnej przeglądarce telefonu, na przykład Safari lub Chrome. Poszukaj w menu opcji „Otwórz w przeglądarce”.',
  },
  share: {
    button: 'Zapisz lub udostępnij mój plan',
    title: 'Mój plan pielęgnacji po mezoterapii',
    copied: 'Plan skopiowany. Możesz wkleić go do notatki lub wiadomości.',
    failed: 'Nie udało się skopiować planu. Użyj zamiast tego przycisku „Drukuj mój plan”.',
  },
  course: {
    heading: 'Możliwe terminy kolejnych zabiegów',
    session: 'Zabieg {n} z {total}: około {date}',
    confirm:
      'Te terminy są tylko orientacyjne. Ten zabieg liczy się w nich jako pierwszy. Nie są to zarezerwowane wizyty. Umów lub potwierdź każdy zabieg w klinice. Osoba wykonująca zabieg może zmienić liczbę zabiegów lub odstępy między nimi.',
    maintenance:
      'Zmiana, jeśli nastąpi, pojawia się powoli, po kilku zabiegach. Może minąć kilka miesięcy, zanim ją zobaczysz. Efekty są różne, a niektóre osoby nie widzą żadnej zmiany. Po serii osoba wykonująca zabieg może zalecić pojedynczy zabieg od czasu do czasu, aby utrzymać ewentualny efekt.',
    eventTitle: 'Umów lub potwierdź: zabieg mezoterapii {n} z {total}',
  },
  print: 'Drukuj mój plan',
  changeTime: 'Zmień datę i godzinę zabiegu',
  forget: 'Usuń datę i godzinę mojego zabiegu',
};
