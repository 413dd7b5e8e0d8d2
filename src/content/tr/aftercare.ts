import {commonTr} from './common.js';
import {type AftercareContent} from '../../types/aftercare.js';

export const aftercareTr: AftercareContent = {
  ...commonTr,
  heading: 'Tedavi sonrası bakım planınız',
  intro:
    'Cildinizin iyileşmesine yardımcı olmak için mezoterapi tedavinizden sonra bunlara uyun. ' +
    'Uygulayıcınızın size verdiği talimatlar önceliklidir.',
  dontHeading: 'Yapmayın',
  items: {
    makeup: {text: 'Tedavi edilen bölgeye makyaj yapmayın.', short: 'Makyaj'},
    alcohol: {text: 'Alkol içmeyin. Morarmayı ve şişliği artırabilir.', short: 'Alkol'},
    exercise: {
      text: 'Ağır egzersiz, spor antrenmanı ya da koşu yapmayın. Bunlar şişliği artırabilir.',
      short: 'Ağır egzersiz',
    },
    'heat-water': {
      text:
        'Yüzmeye gitmeyin, sauna ya da jakuzi kullanmayın. ' +
        'Havuzlarda ve jakuzilerde mikrop olabilir, sıcak da şişliği artırabilir.',
      short: 'Yüzme, sauna ve jakuzi',
    },
    irritants: {
      text: 'Peeling ürünleri (eksfoliyan), glikolik ya da salisilik asit gibi cilt asitleri veya yakan başka ürünler kullanmayın.',
      short: 'Peeling, asitler ve sert ürünler',
    },
    massage: {
      text: 'Uygulayıcınız söylemedikçe tedavi edilen bölgeyi ovmayın ya da ona masaj yapmayın.',
      short: 'Ovma ya da masaj',
    },
    sun: {
      text:
        'Güneşlenmeyin ve uzun süre güneşte kalmayın. Tedavi edilen cilt daha kolay yanabilir ve lekelenebilir. ' +
        'Dışarı çıktığınızda, UVA’ya karşı da koruyan (geniş spektrumlu) en az SPF 30 güneş kremi kullanın.',
      short: 'Güneşlenme',
    },
    smoking: {text: 'Sigara içmeyin. Sigara iyileşmeyi yavaşlatır.', short: 'Sigara'},
    'blood-thinners': {
      text:
        'Ağrı için aspirin ya da ibuprofen almayın, kanı sulandıran bitkisel takviyeler de kullanmayın. ' +
        'Bunlar morarmayı ve kanamayı artırabilir.',
      short: 'Ağrı için aspirin ya da ibuprofen ve kanı sulandıran takviyeler',
    },
  },
  extraDonts: [],
  hiddenItems: [],
  // A Turkish noun stays singular after a number ("3 saat"): `one` says the number in words.
  windows: {
    hours: {one: 'Bundan bir saat boyunca kaçının.', other: 'Bundan {n} saat boyunca kaçının.'},
    days: {one: 'Bundan bir gün boyunca kaçının.', other: 'Bundan {n} gün boyunca kaçının.'},
    atLeastHours: {one: 'Bundan en az bir saat boyunca kaçının.', other: 'Bundan en az {n} saat boyunca kaçının.'},
    atLeastDays: {one: 'Bundan en az bir gün boyunca kaçının.', other: 'Bundan en az {n} gün boyunca kaçının.'},
    noSetEnd: 'Belirli bir bitiş tarihi yok. Ne kadar süreceğini uygulayıcınıza sorun.',
  },
  medicineWarning:
    'Doktorunuz size aspirin ya da kanı sulandıran başka bir ilaç kullanmanızı söylediyse, kullanmaya devam edin. ' +
    'Reçeteli bir ilacı doktorunuza sormadan asla bırakmayın.',
  doHeading: 'Yapın',
  dos: [
    'Bol su için.',
    'Besin değeri yüksek, dengeli beslenin.',
    'Ağrıyı ve şişliği hafifletmek için bir beze sarılmış soğuk kompres kullanın.',
    'Ağrı kesiciye ihtiyacınız olursa hangisini alacağınızı bir eczacıya sorun. Parasetamol genellikle uygundur.',
    'Uygulayıcınızın kendi bakım talimatlarına uyun. Bunlar önceliklidir.',
    'Uygulayıcınızın iyileşmenizi kontrol edebilmesi için tüm kontrol randevularınıza gidin.',
  ],
  normalHeading: 'Neler normaldir',
  normal:
    'Tedavi edilen bölgede hafif ağrı, şişlik, kızarıklık, kaşıntı ya da morarma normaldir. ' +
    'Genellikle birkaç gün içinde kendiliğinden geçer.',
  cardsHeading: 'Ne zaman yardım almalısınız',
  cards: {
    'non-urgent': {
      level: 'Acil olmayan öneri:',
      heading: 'Şu durumlarda kliniğe başvurun:',
      signs: [
        'şişlik, morarma ya da ağrı birkaç gün sonra geçmiyorsa',
        'deri altında ağrısız küçük yumrular fark ederseniz',
      ],
      actions: ['Sizi tedavi eden kliniğe başvurun.'],
    },
    urgent: {
      level: 'Aynı gün yardım:',
      heading: 'Şu durumlarda bugün kliniğe ya da doktorunuza başvurun:',
      signs: [
        'kızarıklık yayılıyorsa ya da cilt sıcak veya daha şiş geliyorsa',
        'tedaviden haftalar sonra bile irin, kırmızı ağrılı yumrular ya da akıntılı yaralar varsa',
        'ateşiniz varsa, üşüyüp titriyorsanız ya da kendinizi çok kötü hissediyorsanız',
        'ağrı giderek artıyorsa',
      ],
      straightAway:
        'Enjeksiyon yerlerinin yakınındaki cilt beyaz, mavi, gri ya da alacalı olursa veya çok ağrırsa hemen yardım alın. ' +
        'Hemen kliniğe başvurun. ' +
        'Kliniğe hemen ulaşamazsanız bir hastanenin acil servisine gidin.',
      actions: ['Bugün yardım alın. Geçmesini beklemeyin.'],
      noAnswer: 'Kliniğe ulaşamazsanız bugün size yakın bir sağlık kuruluşuna başvurun.',
      noAnswerWithNumber: 'Kliniğe ulaşamazsanız bugün {number} numarasını arayın.',
    },
    emergency: {
      level: 'Acil durum:',
      heading: 'Şu durumlarda hemen acil yardım numarasını arayın:',
      headingWithNumber: 'Şu durumlarda hemen {number} numarasını arayın:',
      signs: [
        'dudaklarınız, diliniz, boğazınız ya da yüzünüz aniden şişerse',
        'nefes almak zorlaşırsa ya da nefesiniz hırıltılı veya çok hızlı olursa',
        'boğazınız sıkışıyor gibi olursa ya da yutmak zorlaşırsa',
        'dudaklarınız, diliniz ya da tüm vücudunuzun derisi mavi, gri veya soluk renge dönerse',
        'aniden kafanız çok karışırsa, çok uykunuz gelirse ya da bayılacak gibi olursanız',
        'görmeniz aniden değişirse, bulanıklaşırsa ya da kararırsa',
        'yüzünüzün bir yanı sarkarsa, bir kolunuzda güçsüzlük olursa ya da konuşmanız peltekleşirse',
      ],
      actions: [
        'Ağır bir alerjik reaksiyon olduğunu düşünüyorsanız ve adrenalin kaleminiz (otoenjektör) varsa, önce onu kullanın. ' +
          'Sonra kendinizi daha iyi hissetmeye başlasanız bile arayın.',
        'Düz bir şekilde uzanın. Nefes almak zorsa oturun.',
        'Alerjik reaksiyonsa ve 5 dakika sonra hâlâ kendinizi kötü hissediyorsanız, ikinci bir kalem kullanın.',
        'Biri bayılır ve uyandırılamazsa, onun için acil yardım numarasını arayın.',
        'Görmeniz değişirse ya da yüzünüz sarkarsa hemen arayın. Enjeksiyon yaptırdığınızı ve vücudunuzun neresine yapıldığını söyleyin.',
        'Bu, ağır bir alerjik reaksiyon (anafilaksi) ya da tıkanmış bir kan damarı olabilir.',
      ],
    },
  },
  form: {
    legend: 'Tedaviniz ne zaman yapıldı?',
    hint: 'Her adımın ne zaman bittiğini görmek için tarihi ve saati girin. Bu bilgi bu cihazda kalır.',
    date: 'Tarih',
    time: 'Saat',
    submit: 'Planımı göster',
    error: 'Tedavinizin tarihini ve saatini girin',
    errorPrefix: 'Hata:',
    summaryTitle: 'Bir sorun var',
    cancel: 'İptal',
  },
  invalidTreatedAt: 'Bu planın tedavi zamanını okuyamadık. Genel tedavi sonrası bakım rehberi aşağıdadır.',
  timelineHeading: 'Zaman çizelgeniz',
  treatedOn: 'Tedavi zamanı: {time}.',
  plannedFor: 'Planlanan tedavi zamanı: {time}.',
  plannedNote: 'Aşağıdaki süreler tedavinizden itibaren başlar.',
  progressLabel: 'Süreli adımlar',
  progressDone: '{done} / {total} tamamlandı',
  status: {upcoming: 'Başlamadı', active: 'Hâlâ kaçının', done: 'En kısa bekleme süresi bitti', ongoing: 'Hâlâ kaçının'},
  timeline: {
    upcoming: '{item}: tedavinizden itibaren {time} tarihine kadar kaçının.',
    upcomingNoEnd:
      '{item}: tedavinizden itibaren kaçının. Belirli bir bitiş tarihi yok. Ne kadar süreceğini uygulayıcınıza sorun.',
    active: '{item}: {time} tarihine kadar kaçının.',
    done: '{item}: en kısa bekleme süresi {time} tarihinde bitti. Cildiniz hâlâ ağrılı ya da şişse daha uzun bekleyin.',
    ongoing: '{item}: hâlâ kaçının. Belirli bir bitiş tarihi yok. Ne kadar süreceğini uygulayıcınıza sorun.',
  },
  calendar: {
    button: 'Takvime ekle',
    name: 'Mezoterapi sonrası bakım',
    eventTitle: '{item}: en kısa bekleme süresi bitti',
    filename: 'mezoterapi-sonrasi-bakim.ics',
    linkTitle: 'Mezoterapi sonrası bakım: en kısa bekleme süreleri bitti. Bazı öneriler hâlâ geçerli.',
    link: '{calendar} ile ekle',
    linksLabel: 'Ya da planınızı bir çevrim içi takvime ekleyin:',
    inApp:
      'Bu tarayıcı takvim dosyalarını kaydetmeyebilir. Aşağıdaki bağlantılardan birini kullanın. Ya da bu sayfayı telefonunuzun kendi tarayıcısında açın, örneğin Safari ya da Chrome. Menüde “Tarayıcıda aç” seçeneğini arayın.',
  },
  share: {
    button: 'Planımı kaydet ya da paylaş',
    title: 'Mezoterapi sonrası bakım planım',
    copied: 'Plan kopyalandı. Bir nota ya da mesaja yapıştırabilirsiniz.',
    failed: 'Plan kopyalanamadı. Bunun yerine “Planımı yazdır” düğmesini kullanın.',
  },
  course: {
    heading: 'Sonraki seanslarınız için olası tarihler',
    session: 'Seans {n} / {total}: yaklaşık {date}',
    confirm:
      'Bu tarihler yalnızca fikir vermek içindir. Bu tedaviyi ilk seansınız sayar. Randevu değildir. Her seansı klinikle ayarlayın ya da onaylayın. Uygulayıcınız seans sayısını ya da seanslar arasındaki süreyi değiştirebilir.',
    maintenance:
      'Bir değişiklik olursa, birkaç seans boyunca yavaş yavaş gelir. Görülmesi aylar sürebilir. Sonuçlar kişiden kişiye değişir ve bazı kişiler hiç değişiklik görmez. Seans dizisinden sonra uygulayıcınız, bir etki olduysa onu korumak için ara sıra bir seans önerebilir.',
    eventTitle: 'Randevu alın ya da onaylayın: mezoterapi seansı {n} / {total}',
  },
  print: 'Planımı yazdır',
  changeTime: 'Tedavi zamanını değiştir',
  forget: 'Tedavi zamanımı unut',
};
