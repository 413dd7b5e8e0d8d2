import {commonPl} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityPl: EligibilityContent = {
  ...commonPl,
  heading: 'Czy mezoterapia jest dla mnie?',
  intro: {
    lead: 'Odpowiedz na kilka pytań. Zobaczysz, czy coś może wykluczać u ciebie mezoterapię.',
    time: 'Zajmie to około minuty.',
    privacy: 'Twoje odpowiedzi zostają na tym urządzeniu. Nie są nigdzie wysyłane.',
    privacyShare: 'Twoje odpowiedzi zostają na tym urządzeniu. Trafią do kliniki ({clinic}) tylko wtedy, gdy tak zdecydujesz.',
    start: 'Zacznij',
  },
  progress: 'Pytanie {n} z {total}',
  pageProgress: 'Strona {n} z {total}',
  whyWeAsk: 'Przy niektórych problemach zdrowotnych mezoterapia jest bardziej ryzykowna. Dlatego o to pytamy.',
  goalsQuestion: 'Co chcesz poprawić?',
  goalsHint: 'Zaznacz wszystko, co pasuje.',
  goalsLabel: 'Co chcesz poprawić',
  goals: {
    face: 'Skórę: nawilżenie, drobne zmarszczki, strukturę, koloryt lub szarą, zmęczoną cerę',
    hair: 'Przerzedzenie włosów lub wypadanie włosów',
    body: 'Cellulit lub uporczywą tkankę tłuszczową na niewielkich obszarach, na przykład na brzuchu, biodrach lub udach',
    weight: 'Schudnięcie, czyli ogólną utratę masy ciała',
  },
  questionsHeading: 'Twoje zdrowie',
  answers: {yes: 'Tak', no: 'Nie', unsure: 'Nie wiem'},
  questions: {
    adult: {
      question: 'Czy masz co najmniej 18 lat?',
      hint: 'Aby poddać się tutaj temu zabiegowi, musisz mieć co najmniej 18 lat.',
      label: 'Co najmniej 18 lat',
      reason: 'Z twoich odpowiedzi wynika, że nie masz 18 lat. Aby poddać się tutaj temu zabiegowi, musisz mieć co najmniej 18 lat.',
      unsure:
        'Nie wiesz na pewno, czy masz co najmniej 18 lat. ' +
        'Aby poddać się tutaj temu zabiegowi, musisz mieć co najmniej 18 lat. ' +
        'Nie umawiaj wizyty, dopóki tego nie sprawdzisz.',
    },
    pregnant: {
      question: 'Czy jesteś w ciąży lub możesz być w ciąży?',
      hint: 'Nikt jeszcze nie wie, jak składniki mogą wpłynąć na nienarodzone dziecko.',
      label: 'Ciąża',
      reason:
        'Jesteś w ciąży lub możesz w niej być. ' +
        'Nikt jeszcze nie wie, jak składniki mogą wpłynąć na twoje dziecko. ' +
        'Możesz ponownie wypełnić tę ankietę, gdy nie będziesz już w ciąży ani nie będziesz karmić piersią.',
      unsure:
        'Nie wiesz na pewno, czy jesteś w ciąży. ' +
        'Nie poddawaj się mezoterapii, dopóki nie upewnisz się, że nie jesteś. ' +
        'Test ciążowy może to pokazać. ' +
        'Najlepiej działa od pierwszego dnia spóźnienia miesiączki.',
    },
    breastfeeding: {
      question: 'Czy karmisz piersią?',
      hint: 'Nikt jeszcze nie wie, jak składniki mogą wpłynąć na dziecko karmione piersią.',
      label: 'Karmienie piersią',
      reason:
        'Karmisz piersią. ' +
        'Nikt jeszcze nie wie, jak składniki mogą wpłynąć na twoje dziecko. ' +
        'Możesz ponownie wypełnić tę ankietę, gdy przestaniesz karmić piersią.',
      unsure:
        'Nie wiesz na pewno, czy nadal karmisz piersią. ' +
        'Poczekaj, aż całkiem przestaniesz. ' +
        'Potem możesz ponownie wypełnić tę ankietę.',
    },
    bleeding: {
      question: 'Czy przyjmujesz coś, co rozrzedza krew, albo masz skazę krwotoczną lub zaburzenia krzepnięcia?',
      hint:
        'Dotyczy to leków rozrzedzających krew oraz aspiryny lub ibuprofenu przyjmowanych codziennie lub prawie codziennie. ' +
        'Niektóre suplementy ziołowe, na przykład miłorząb (ginkgo) lub czosnek, też rozrzedzają krew. ' +
        'Odpowiedz „Tak” także wtedy, gdy masz chorobę taką jak hemofilia.',
      label: 'Leki rozrzedzające krew lub skaza krwotoczna',
      reason:
        'Przyjmujesz coś, co rozrzedza krew, albo masz skazę krwotoczną lub zaburzenia krzepnięcia. ' +
        'Po zastrzykach siniaki i krwawienie mogą pojawiać się łatwiej.',
      unsure:
        'Nie wiesz na pewno, czy przyjmujesz coś, co rozrzedza krew. ' +
        'Zanim się umówisz, zapytaj lekarza lub farmaceutę.',
    },
    immune: {
      question: 'Czy twój układ odpornościowy atakuje twoje własne ciało (choroba autoimmunologiczna) albo jest osłabiony?',
      hint:
        'Na przykład toczeń, reumatoidalne zapalenie stawów lub łuszczyca. ' +
        'Odpowiedz „Tak” także wtedy, gdy choroba lub lek osłabia twoją odporność. Mogą tak działać sterydy w tabletkach.',
      label: 'Choroba autoimmunologiczna lub osłabiona odporność',
      reason:
        'Twój układ odpornościowy atakuje twoje ciało albo jest osłabiony. ' +
        'Łatwiej może dojść u ciebie do zakażenia albo zabieg może słabo działać.',
      unsure: 'Nie wiesz na pewno, jak jest z twoją odpornością. Zanim się umówisz, zapytaj o to lekarza.',
    },
    skin: {
      question: 'Czy w miejscu planowanego zabiegu masz zakażenie, wysypkę lub stan zapalny skóry?',
      hint: 'Na przykład opryszczkę, zakażone pryszcze albo zaczerwienioną i spuchniętą skórę.',
      label: 'Zakażona skóra lub stan zapalny skóry',
      reason:
        'W miejscu planowanego zabiegu masz zakażenie lub stan zapalny skóry. ' +
        'Zastrzyki mogą rozprzestrzenić zakażenie albo je pogorszyć. ' +
        'Możesz ponownie wypełnić tę ankietę, gdy skóra się wygoi. ' +
        'Jeśli nie będzie lepiej, idź do farmaceuty lub lekarza.',
      unsure:
        'Nie wiesz na pewno, czy skóra w miejscu planowanego zabiegu jest zakażona lub w stanie zapalnym. ' +
        'Poproś farmaceutę lub lekarza, żeby ją obejrzał.',
    },
    allergy: {
      question: 'Czy zdarzyła ci się kiedyś ciężka reakcja alergiczna (anafilaksja, wstrząs anafilaktyczny) albo masz ciężkie alergie?',
      hint:
        'Przy ciężkiej reakcji może puchnąć gardło albo może być trudno oddychać. ' +
        'Odpowiedz „Tak” także wtedy, gdy masz alergię na krem znieczulający lub na coś, co może być w zastrzykach.',
      label: 'Ciężkie alergie lub reakcje alergiczne',
      reason:
        'Zdarzyła ci się ciężka reakcja alergiczna albo masz alergię na coś, co może być użyte w zabiegu. ' +
        'Nie poddawaj się mezoterapii, jeśli masz alergię na którykolwiek z jej składników.',
      unsure:
        'Nie wiesz na pewno, jak jest z twoimi alergiami. Zapytaj o nie lekarza. ' +
        'Poproś klinikę o listę tego, co jest w zastrzykach.',
    },
    conditions: {
      question: 'Czy masz chorobę nowotworową, chorobę wątroby, nerek lub serca albo cukrzycę?',
      hint: 'Odpowiedz „Tak”, jeśli masz którąś z nich teraz albo się na nią leczysz. Jeśli któraś z nich była u ciebie w przeszłości, wybierz „Nie wiem”.',
      label: 'Nowotwór, choroba wątroby, nerek lub serca albo cukrzyca',
      reason:
        'Masz chorobę nowotworową, chorobę wątroby, nerek lub serca albo cukrzycę. ' +
        'Nie ma dość dowodów, że mezoterapia jest bezpieczna lub działa u osób z tymi chorobami.',
      unsure:
        'Nie wiesz na pewno albo jedna z tych chorób była u ciebie w przeszłości. ' +
        'Zapytaj lekarza, czy ma to znaczenie przy tym zabiegu.',
    },
    'heart-stroke': {
      question: 'Czy zdarzył ci się kiedyś zawał serca lub udar?',
      hint: 'Odpowiedz „Tak”, nawet jeśli to było dawno albo był to mini-udar (przemijający atak niedokrwienny, TIA).',
      label: 'Zawał serca lub udar',
      reason:
        'Zdarzył ci się zawał serca lub udar. Ryzyko problemów po zabiegu może być u ciebie większe.',
      unsure:
        'Nie wiesz na pewno, czy zdarzył ci się zawał serca lub udar. Zanim się umówisz, zapytaj o to lekarza.',
    },
  },
  continue: 'Dalej',
  back: 'Wstecz',
  errors: {
    summaryTitle: 'Wystąpił problem',
    prefix: 'Błąd:',
    goals: 'Zaznacz, co chcesz poprawić',
    answer: 'Wybierz „Tak”, „Nie” lub „Nie wiem”',
  },
  summary: {
    heading: 'Sprawdź swoje odpowiedzi',
    change: 'Zmień',
    changeHidden: ' odpowiedź: {label}',
    submit: 'Pokaż mój wynik',
    noGoals: 'Brak',
  },
  outcomes: {
    'not-recommended': {
      headline: 'Mezoterapia nie jest dla ciebie zalecana',
      next: 'Porozmawiaj z lekarzem o swoich odpowiedziach. Lekarz może pomóc ci znaleźć inne możliwości.',
    },
    'not-now': {
      headline: 'Nie w tej chwili',
      next: 'To może się później zmienić. Wróć i wypełnij ankietę ponownie, gdy twoja sytuacja się zmieni.',
    },
    'ask-doctor': {
      headline: 'Najpierw porozmawiaj z lekarzem',
      next: 'Zapytaj lekarza o odpowiedzi wymienione poniżej. Zrób to, zanim się umówisz.',
    },
    'no-concerns': {
      headline: 'Twoje odpowiedzi nie wykluczają mezoterapii',
      next:
        'To nie znaczy, że ten zabieg jest dla ciebie odpowiedni. ' +
        'Osoba wykonująca zabieg sprawdzi twoje zdrowie na konsultacji. Zdecyduje razem z tobą.',
    },
  },
  statusLabel: 'Twój wynik:',
  notDiagnosis: 'To nie jest diagnoza.',
  reasonsHeading: 'Dlaczego',
  bookAfterDoctor:
    'Po rozmowie z lekarzem możesz umówić konsultację. Powiedz osobie wykonującej zabieg, co powiedział lekarz.',
  consultationLabel: 'Umów tylko konsultację (bez zabiegu)',
  share: {
    heading: 'Udostępnij odpowiedzi: {clinic}',
    intro:
      'Przed konsultacją możesz wysłać odpowiedzi do kliniki: {clinic}. Klinika dostanie dokładnie to, co widzisz. ' +
      'Nic nie zostanie wysłane, dopóki się nie zgodzisz i nie wybierzesz sposobu.',
    date: 'Data',
    outcome: 'Wynik',
    goals: 'Co chcesz poprawić',
    title: 'Ankieta przed mezoterapią',
    line: '{label}: {value}',
    consent: 'Zgadzam się udostępnić te odpowiedzi o moim zdrowiu klinice: {clinic}. Klinika użyje ich, aby przygotować moją konsultację.',
    withdraw:
      'W każdej chwili możesz poprosić klinikę ({clinic}) o usunięcie udostępnionych odpowiedzi. Odznaczenie pola nie cofa odpowiedzi już udostępnionych.',
    choose: 'Wybierz, jak je udostępnić:',
    email: 'Wyślij e-mailem',
    emailSubject: 'Moje odpowiedzi z ankiety przed mezoterapią',
    emailShortened: 'Moje odpowiedzi były za długie na link e-mail. Przyniosę je na konsultację.',
    url: 'Otwórz formularz kliniki z moimi odpowiedziami',
    qr: 'Pokaż jako kod QR',
    qrAlt: 'Kod QR z twoimi odpowiedziami',
    qrHint: 'Pokaż ten kod w klinice albo wydrukuj tę stronę i przynieś ją. Kod zawiera odpowiedzi pokazane powyżej.',
    event: 'Wyślij do kliniki',
    sent: 'Twoje odpowiedzi przekazano stronie internetowej kliniki: {clinic}. Na wizycie i tak opowiedz o swoim zdrowiu osobie wykonującej zabieg.',
    unavailable: 'Udostępnianie jest teraz niedostępne. Możesz wydrukować tę stronę i przynieść ją ze sobą.',
  },
  medicineWarning:
    'Jeśli lekarz zalecił ci lek, na przykład codzienną aspirynę, nadal go przyjmuj. ' +
    'Nigdy nie odstawiaj przepisanego leku bez wcześniejszej rozmowy z lekarzem.',
  weightLossReason:
    'Mezoterapia nie jest metodą odchudzania ani leczenia otyłości. Nie pomoże ci zmniejszyć ogólnej masy ciała.',
  notesHeading: 'Warto wiedzieć',
  notes: {
    'weight-loss':
      'Mezoterapia nie jest metodą odchudzania ani leczenia otyłości. Nie pomoże ci zmniejszyć ogólnej masy ciała.',
    'body-fat':
      'Mezoterapia może u niektórych osób zmniejszyć tkankę tłuszczową na niewielkich obszarach ciała, ale nie u wszystkich. ' +
      'Dobrych badań jest mało, a eksperci nie są zgodni, czy jest bezpieczna. ' +
      'Nie jest metodą odchudzania ani leczenia otyłości. ' +
      'Amerykańska Agencja Żywności i Leków (FDA) nie zatwierdziła jej do redukcji tkanki tłuszczowej. ' +
      'W 2010 roku FDA podała, że nie zna dowodów na działanie tych zastrzyków na tłuszcz (tzw. lipodissolve). ' +
      'FDA otrzymała też zgłoszenia trwałych blizn i głębokich, bolesnych grudek pod skórą. ' +
      'W 2015 roku FDA zatwierdziła jeden lek rozpuszczający tłuszcz, kwas deoksycholowy, tylko do tłuszczu pod brodą. ' +
      'Nadal potrzebujesz zdrowej diety i ruchu.',
    'hair-loss':
      'Wypadanie włosów może mieć przyczynę medyczną. Jeśli jest nagłe, plackowate (pojawiają się łyse placki) albo źle się czujesz, najpierw idź do lekarza.',
  },
  checklistHeading: 'Przed konsultacją',
  checklist: [
    'Zapisz wszystkie leki i suplementy, które przyjmujesz.',
    'Zapisz swoje alergie i dawne problemy zdrowotne.',
    'Zapisz problemy zdrowotne, które z czasem mogą się nasilać.',
    'Zapytaj o wykształcenie i doświadczenie osoby wykonującej zabieg.',
    'Zastanów się nad możliwymi korzyściami i ryzykiem.',
    'Poproś klinikę o listę tego, co jest w zastrzykach.',
    'Powiedz osobie wykonującej zabieg, jeśli masz skłonność do brzydkich blizn. Powiedz też o leczeniu tabletkami na trądzik (izotretynoiną) w ostatnich 6 miesiącach.',
    'Jeśli w dniu zabiegu źle się czujesz lub masz gorączkę, poproś klinikę o przełożenie zabiegu.',
  ],
  expectHeading: 'Czego się spodziewać',
  expect: [
    'Może być potrzebna seria 3–15 zabiegów. Potem, aby utrzymać ewentualny efekt, mogą być potrzebne regularne zabiegi.',
    'Efekty pojawiają się powoli. Może to trwać od kilku miesięcy do całego roku.',
    'W przypadku włosów zmiana może być widoczna dopiero po kilku miesiącach.',
    'Efekty są u każdego inne. Niektóre osoby nie widzą żadnej zmiany. ' +
      'Efekty zależą od umiejętności osoby wykonującej zabieg i od użytych preparatów.',
    'Zdrowa dieta, ruch i dobra pielęgnacja skóry pomagają utrzymać efekty.',
    'Zaczerwienienie, obrzęk, siniaki, swędzenie lub ból w miejscach wkłucia igły są częste. Zwykle mijają w ciągu kilku dni.',
    'Ból każdy odczuwa inaczej. Niektórzy czują tylko lekki dyskomfort, ale dla niektórych zabieg jest bardzo bolesny.',
    'Twarz może być bardziej wrażliwa niż uda lub brzuch.',
    'Osoba wykonująca zabieg używa bardzo cienkich igieł. Krem znieczulający, zimne okłady lub wibracje mogą zmniejszyć dyskomfort.',
    'Każdy zastrzyk może spowodować zakażenie.',
    'Reakcje alergiczne są niezbyt częste, ale mogą się zdarzyć. Poważne reakcje są rzadkie.',
    'Niektóre preparaty stosowane w mezoterapii nie są zatwierdzone do takiego użycia. Nazywa się to stosowaniem poza wskazaniami (off-label).',
    'Dobrych badań nad mezoterapią jest mało i ich wyniki się różnią. Niektóre kraje słabo kontrolują preparaty.',
  ],
  startAgain: 'Zacznij od nowa',
  print: 'Drukuj ten wynik',
  announceResult: 'Twój wynik: {headline}.',
};
