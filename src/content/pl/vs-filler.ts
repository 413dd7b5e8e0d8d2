import {commonPl} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

export const vsFillerPl: VsFillerContent = {
  ...commonPl,
  heading: 'Mezoterapia czy wypełniacze (np. kwas hialuronowy)?',
  intro:
    'To dwa różne zabiegi do różnych celów. Żaden nie jest ogólnie lepszy. ' +
    'Właściwy wybór zależy od tego, co chcesz zmienić. Czasem oba zabiegi się łączy.',
  compareHeading: 'Porównanie',
  tableCaption: 'Porównanie mezoterapii i wypełniaczy',
  aspectColumn: 'Co porównujemy',
  treatments: {mesotherapy: 'Mezoterapia', filler: 'Wypełniacze'},
  aspects: {
    goal: {
      label: 'Główny cel',
      mesotherapy:
        'Ogólnie lepsza jakość skóry: struktura, koloryt, nawilżenie i drobne zmarszczki blisko powierzchni. ' +
        'Stosuje się ją też przy przerzedzaniu włosów oraz na niewielkie obszary tkanki tłuszczowej. ' +
        'Nie jest metodą odchudzania ani leczenia otyłości. ' +
        'Amerykańska Agencja Żywności i Leków (FDA) nie zatwierdziła jej do redukcji tkanki tłuszczowej. ' +
        'W 2010 roku FDA podała, że nie zna dowodów na działanie tych zastrzyków na tłuszcz (tzw. lipodissolve). ' +
        'FDA otrzymała też zgłoszenia blizn.',
      filler:
        'Uzupełnienie utraconej objętości, wypełnienie głębszych zmarszczek i bruzd oraz modelowanie miejsc takich jak usta i policzki. ' +
        'Amerykańska Agencja Żywności i Leków (FDA) zatwierdziła niektóre wypełniacze do niektórych z tych zastosowań.',
    },
    injected: {
      label: 'Co się wstrzykuje',
      mesotherapy:
        'Wiele drobnych zastrzyków w skórę. Przy tkance tłuszczowej igła wchodzi trochę głębiej, w tłuszcz pod skórą. ' +
        'Zastrzyki zawierają mieszankę witamin, enzymów, hormonów i wyciągów roślinnych.',
      filler:
        'Preparat wstrzykiwany w skórę lub pod skórę, aby dodać jej pełności i objętości. ' +
        'Najczęściej jest to kwas hialuronowy, substancja, którą twój organizm też wytwarza.',
    },
    results: {
      label: 'Jakie są efekty',
      mesotherapy:
        'Subtelne i stopniowe. Celem jest poprawa skóry jako całości. ' +
        'Efekty są różne, a niektóre osoby nie widzą żadnej zmiany. Mało jest mocnych dowodów, że skóra wygląda dzięki niej młodziej.',
      filler: 'Widoczna od razu zmiana objętości i kształtu w miejscach zabiegu.',
    },
    sessions: {
      label: 'Ile zabiegów',
      mesotherapy: 'Zwykle seria 3–15 zabiegów, potem regularne zabiegi, aby utrzymać ewentualny efekt.',
      filler: 'Zapytaj osobę wykonującą zabieg. To zależy od twoich celów.',
    },
    lasts: {
      label: 'Jak długo utrzymuje się efekt',
      mesotherapy: 'Nikt nie wie, jak długo utrzymuje się efekt. Aby utrzymać ewentualny efekt, potrzebne są regularne zabiegi.',
      filler: 'Od około 6 miesięcy do 2 lat, zależnie od użytego preparatu.',
    },
    suits: {
      label: 'Komu może pomóc najbardziej',
      mesotherapy: 'Młodszym dorosłym lub osobom z lekkimi oznakami starzenia. Może nie pomóc na głębokie zmarszczki.',
      filler: 'Dorosłym z głębokimi zmarszczkami lub dużą utratą objętości. Wypełniacze są tylko dla osób, które mają co najmniej 18 lat.',
    },
    risks: {
      label: 'Ryzyko',
      mesotherapy:
        'Zaczerwienienie, obrzęk, siniaki, swędzenie i ból są częste. Przy każdym zastrzyku może dojść do zakażenia. ' +
        'Reakcje alergiczne są niezbyt częste. Poważne reakcje są rzadkie. ' +
        'Niektóre kraje słabo kontrolują preparaty. Niektóre stosuje się poza wskazaniami (do czegoś, do czego nie są zatwierdzone). ' +
        'Umiejętności osoby wykonującej zabieg mają duże znaczenie.',
      filler:
        'Może dojść do zakażenia, siniaków i obrzęku. Rzadko wypełniacz może zatkać naczynie krwionośne. ' +
        'Może to uszkodzić skórę albo spowodować utratę wzroku lub udar. ' +
        'Amerykańska Agencja Żywności i Leków (FDA) ostrzegła przed tym w 2015 roku. Umiejętności osoby wykonującej zabieg mają duże znaczenie.',
    },
  },
  helperHeading: 'Co może pasować do twoich celów?',
  concernsLegend: 'Co chcesz zmienić?',
  concernsHint: 'Zaznacz wszystko, co pasuje.',
  concerns: {
    texture: 'Nierówna struktura lub koloryt skóry',
    dullness: 'Szara, zmęczona lub sucha (odwodniona) cera',
    'fine-lines': 'Drobne zmarszczki blisko powierzchni skóry',
    hair: 'Przerzedzenie włosów',
    fat: 'Uporczywa tkanka tłuszczowa na niewielkich obszarach lub cellulit',
    'deep-lines': 'Głębokie zmarszczki i bruzdy',
    volume: 'Utrata objętości, na przykład w policzkach lub ustach',
    contour: 'Kształt twarzy, na przykład ust lub policzków',
  },
  severityLegend: 'Jak bardzo widać oznaki starzenia, które zauważasz? (opcjonalnie)',
  severityHint: 'To pomaga, jeśli myślisz o zmarszczkach lub utracie objętości.',
  severities: {
    unsure: 'Nie wiem',
    mild: 'Lekko',
    moderate: 'Średnio',
    marked: 'Bardzo wyraźnie',
  },
  resultHeading: 'Co może pasować do twoich celów',
  resultEmpty: 'Zaznacz co najmniej jedną rzecz, którą chcesz zmienić, aby zobaczyć podpowiedź.',
  recommendations: {
    mesotherapy: {
      title: 'Twoje cele pasują do tego, czemu służy mezoterapia',
      why:
        'Wszystkie zaznaczone cele dotyczą jakości skóry, włosów lub tkanki tłuszczowej na niewielkich obszarach ciała. ' +
        'Mezoterapia jest na to nakierowana. ' +
        'Nie działa u każdego. ' +
        'Efekty są stopniowe i wymagają kilku zabiegów.',
    },
    filler: {
      title: 'Twoje cele pasują do tego, czemu służą wypełniacze',
      why:
        'Wszystkie zaznaczone cele dotyczą objętości, głębokich zmarszczek lub kształtu. ' +
        'Wypełniacze są na to nakierowane i dają widoczną zmianę od razu.',
    },
    combination: {
      title: 'Twoje cele pasują do połączenia obu zabiegów',
      why:
        'Zaznaczone cele dotyczą zarówno jakości skóry, jak i objętości lub kształtu. ' +
        'Czasem, aby odświeżyć całą twarz, łączy się oba zabiegi.',
    },
    separate: {
      title: 'Twoje cele pasują do dwóch różnych zabiegów',
      why:
        'Część twoich celów pasuje do mezoterapii, a część do wypełniaczy. ' +
        'To osobne zabiegi do różnych celów.',
    },
  },
  concernsIntro: 'Twój wybór:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: 'Porównaj: „{aspect}”',
  seeRowFor: ' (dla: „{concern}”)',
  fatCaveat:
    'Mezoterapia może u niektórych osób zmniejszyć tkankę tłuszczową na niewielkich obszarach ciała, ale nie u wszystkich. ' +
    'Dobrych badań jest mało, a eksperci nie są zgodni, czy jest bezpieczna. ' +
    'Nie jest metodą odchudzania ani leczenia otyłości. ' +
    'Amerykańska Agencja Żywności i Leków (FDA) nie zatwierdziła jej do redukcji tkanki tłuszczowej. ' +
    'W 2010 roku FDA podała, że nie zna dowodów na działanie tych zastrzyków na tłuszcz (tzw. lipodissolve). ' +
    'FDA otrzymała też zgłoszenia trwałych blizn i głębokich, bolesnych grudek pod skórą. ' +
    'Nadal potrzebujesz zdrowej diety i ruchu.',
  fillerCaveat:
    'Rzadko wypełniacz może zatkać naczynie krwionośne. Może to uszkodzić skórę albo spowodować utratę wzroku lub udar. ' +
    'Amerykańska Agencja Żywności i Leków (FDA) ostrzegła przed tym w 2015 roku. Zapytaj osobę wykonującą zabieg, jak zmniejsza to ryzyko.',
  hairNote:
    'Wypadanie włosów może mieć przyczynę medyczną. Jeśli jest nagłe, plackowate (pojawiają się łyse placki) albo źle się czujesz, najpierw idź do lekarza.',
  healthNote: 'To, czy zabieg jest bezpieczny, zależy od twojego zdrowia. Osoba wykonująca zabieg sprawdza to na konsultacji.',
  selfCheckLink: 'Sprawdź, czy coś wyklucza u ciebie mezoterapię',
  severityNotes: {
    mild: 'Przy lekkich, drobnych zmarszczkach lepszym wyborem może być mezoterapia.',
    marked: 'Przy głębokich zmarszczkach lub dużej utracie objętości wypełniacze mogą pomóc bardziej niż mezoterapia.',
  },
  announce: 'Podpowiedź zaktualizowana: {title}.',
  announceEmpty: 'Na razie brak podpowiedzi.',
};
