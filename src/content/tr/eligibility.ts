import {commonTr} from './common.js';
import {type EligibilityContent} from '../../types/eligibility.js';

export const eligibilityTr: EligibilityContent = {
  ...commonTr,
  heading: 'Mezoterapi bana uygun mu?',
  intro: {
    lead: 'Birkaç soruyu yanıtlayın. Mezoterapiye engel bir durumunuz olup olmadığını görün.',
    time: 'Yaklaşık bir dakika sürer.',
    privacy: 'Yanıtlarınız bu cihazda kalır. Hiçbir yere gönderilmez.',
    privacyShare: 'Yanıtlarınız bu cihazda kalır. Yalnızca siz isterseniz {clinic} ile paylaşılır.',
    start: 'Başla',
  },
  progress: 'Soru {n} / {total}',
  pageProgress: 'Sayfa {n} / {total}',
  whyWeAsk: 'Bazı sağlık sorunları mezoterapiyi daha riskli hâle getirir. Bu yüzden soruyoruz.',
  goalsQuestion: 'Neyi iyileştirmek istersiniz?',
  goalsHint: 'Size uyanların hepsini seçin.',
  goalsLabel: 'İyileştirmek istedikleriniz',
  goals: {
    face: 'Cildim: nem, ince çizgiler, doku, ton ya da donuk cilt',
    hair: 'Saç incelmesi ya da saç dökülmesi',
    body: 'Selülit ya da karın, kalça veya uyluk gibi küçük bölgelerdeki inatçı yağ',
    weight: 'Vücut genelinde kilo vermek',
  },
  questionsHeading: 'Sağlığınız',
  answers: {yes: 'Evet', no: 'Hayır', unsure: 'Emin değilim'},
  questions: {
    adult: {
      question: '18 yaşında ya da daha büyük müsünüz?',
      hint: 'Bu tedaviyi burada yaptırmak için en az 18 yaşında olmalısınız.',
      label: '18 yaş ve üstü',
      reason: '18 yaşından küçük olduğunuzu belirttiniz. Bu tedaviyi burada yaptırmak için en az 18 yaşında olmalısınız.',
      unsure:
        '18 yaşında ya da daha büyük olduğunuzdan emin değilsiniz. Bu tedaviyi burada yaptırmak için en az 18 yaşında olmalısınız. ' +
        'Bunu öğrenene kadar randevu almayın.',
    },
    pregnant: {
      question: 'Hamile misiniz ya da hamile olabilir misiniz?',
      hint: 'Enjeksiyonlardaki maddelerin anne karnındaki bebeği nasıl etkileyebileceği henüz bilinmiyor.',
      label: 'Hamilelik',
      reason:
        'Hamilesiniz ya da hamile olabilirsiniz. Enjeksiyonlardaki maddelerin bebeğinizi nasıl etkileyebileceği henüz bilinmiyor. ' +
        'Hamile olmadığınızda ve emzirmediğinizde bu değerlendirmeyi yeniden yapabilirsiniz.',
      unsure:
        'Hamile olup olmadığınızdan emin değilsiniz. Hamile olmadığınızı öğrenene kadar mezoterapi yaptırmayın. ' +
        'Bir gebelik testi bunu size söyleyebilir. Test, adetinizin geciktiği ilk günden itibaren en doğru sonucu verir.',
    },
    breastfeeding: {
      question: 'Emziriyor musunuz?',
      hint: 'Enjeksiyonlardaki maddelerin anne sütüyle beslenen bebeği nasıl etkileyebileceği henüz bilinmiyor.',
      label: 'Emzirme',
      reason:
        'Emziriyorsunuz. Enjeksiyonlardaki maddelerin bebeğinizi nasıl etkileyebileceği henüz bilinmiyor. ' +
        'Emzirmeyi bıraktığınızda bu değerlendirmeyi yeniden yapabilirsiniz.',
      unsure:
        'Hâlâ emzirip emzirmediğinizden emin değilsiniz. Emzirmeyi tamamen bırakana kadar bekleyin. ' +
        'Sonra bu değerlendirmeyi yeniden yapabilirsiniz.',
    },
    bleeding: {
      question: 'Kanınızı sulandıran bir şey kullanıyor musunuz ya da kanama veya pıhtılaşma bozukluğunuz var mı?',
      hint:
        'Buna kan sulandırıcı ilaçlar ve her gün ya da çoğu gün aldığınız aspirin veya ibuprofen dahildir. ' +
        'Ginkgo ya da sarımsak gibi bazı bitkisel takviyeler de kanı sulandırır. ' +
        'Hemofili gibi bir hastalığınız varsa da evet deyin.',
      label: 'Kan sulandırıcılar ya da kanama bozukluğu',
      reason:
        'Kanınızı sulandıran bir şey kullanıyorsunuz ya da kanama veya pıhtılaşma bozukluğunuz var. ' +
        'Enjeksiyonlardan sonra daha kolay morarma ve kanama olabilir.',
      unsure:
        'Kanınızı sulandıran bir şey kullanıp kullanmadığınızdan emin değilsiniz. ' +
        'Randevu almadan önce doktorunuza ya da bir eczacıya sorun.',
    },
    immune: {
      question: 'Bağışıklık sisteminiz kendi vücudunuza saldırıyor mu (otoimmün hastalık) ya da zayıf mı?',
      hint:
        'Örneğin lupus, romatoid artrit ya da sedef hastalığı. ' +
        'Bir hastalık ya da ilaç bağışıklık sisteminizi zayıflatıyorsa da evet deyin. Kortizon gibi steroid tabletler bunu yapabilir.',
      label: 'Otoimmün hastalık ya da zayıf bağışıklık sistemi',
      reason:
        'Bağışıklık sisteminiz kendi vücudunuza saldırıyor ya da zayıf. ' +
        'Enfeksiyon kapma olasılığınız daha yüksek olabilir ya da tedavi iyi sonuç vermeyebilir.',
      unsure: 'Bağışıklık sisteminiz hakkında emin olamadınız. Randevu almadan önce bunu doktorunuza sorun.',
    },
    skin: {
      question: 'Tedavi istediğiniz bölgede enfeksiyon, döküntü ya da iltihaplı cilt var mı?',
      hint: 'Örneğin uçuk, iltihaplanmış sivilceler ya da kızarmış ve şişmiş cilt.',
      label: 'Enfeksiyonlu ya da iltihaplı cilt',
      reason:
        'Tedavi istediğiniz bölgede enfeksiyon ya da iltihaplı cilt var. ' +
        'Enjeksiyonlar enfeksiyonu yayabilir ya da kötüleştirebilir. Cildiniz iyileştiğinde bu değerlendirmeyi yeniden yapabilirsiniz. ' +
        'İyileşmezse bir eczacıya danışın ya da doktorunuza görünün.',
      unsure:
        'Tedavi istediğiniz bölgedeki ciltte enfeksiyon ya da iltihap olup olmadığından emin değilsiniz. ' +
        'Bir eczacıdan ya da doktorunuzdan cildinize bakmasını isteyin.',
    },
    allergy: {
      question: 'Hiç ağır bir alerjik reaksiyon (anafilaksi) geçirdiniz mi ya da ağır alerjileriniz var mı?',
      hint:
        'Ağır bir reaksiyon boğazınızı şişirebilir ya da nefes almanızı zorlaştırabilir. ' +
        'Uyuşturma kremine ya da enjeksiyonlarda olabilecek herhangi bir maddeye alerjiniz varsa da evet deyin.',
      label: 'Ağır alerjiler ya da alerjik reaksiyonlar',
      reason:
        'Ağır bir alerjik reaksiyon geçirdiniz ya da tedavide kullanılabilecek bir maddeye alerjiniz var. ' +
        'Mezoterapide kullanılan herhangi bir maddeye alerjiniz varsa mezoterapi yaptırmayın.',
      unsure:
        'Alerjileriniz hakkında emin olamadınız. Bunları doktorunuza sorun. ' +
        'Klinikten enjeksiyonların içindekilerin bir listesini isteyin.',
    },
    conditions: {
      question: 'Kanser, karaciğer hastalığı, böbrek hastalığı, kalp hastalığı ya da diyabetiniz var mı?',
      hint: 'Bunlardan biri şu anda varsa ya da tedavisini görüyorsanız evet deyin. Geçmişte olduysa “Emin değilim” seçeneğini seçin.',
      label: 'Kanser, karaciğer, böbrek ya da kalp hastalığı veya diyabet',
      reason:
        'Kanser, karaciğer, böbrek ya da kalp hastalığınız veya diyabetiniz var. ' +
        'Mezoterapinin bu hastalıkları olan kişilerde güvenli olduğuna ya da işe yaradığına dair yeterli kanıt yok.',
      unsure:
        'Emin değilsiniz ya da geçmişte bu hastalıklardan biri sizde vardı. ' +
        'Bunun bu tedavi için önemli olup olmadığını doktorunuza sorun.',
    },
    'heart-stroke': {
      question: 'Hiç kalp krizi ya da inme (felç) geçirdiniz mi?',
      hint: 'Uzun zaman önce olduysa ya da geçici inme (mini felç, TİA) olduysa da evet deyin.',
      label: 'Kalp krizi ya da inme (felç)',
      reason:
        'Kalp krizi ya da inme geçirdiniz. Tedaviden sonra sorun yaşama olasılığınız daha yüksek olabilir.',
      unsure:
        'Kalp krizi ya da inme geçirip geçirmediğinizden emin değilsiniz. Randevu almadan önce bunu doktorunuza sorun.',
    },
  },
  continue: 'Devam',
  back: 'Geri',
  errors: {
    summaryTitle: 'Bir sorun var',
    prefix: 'Hata:',
    goals: 'Neyi iyileştirmek istediğinizi seçin',
    answer: 'Evet, Hayır ya da Emin değilim seçeneğini seçin',
  },
  summary: {
    heading: 'Yanıtlarınızı kontrol edin',
    change: 'Değiştir',
    changeHidden: ' (soru: {label})',
    submit: 'Sonucumu göster',
    noGoals: 'Yok',
  },
  outcomes: {
    'not-recommended': {
      headline: 'Mezoterapi size önerilmiyor',
      next: 'Bize anlattıklarınızı doktorunuzla konuşun. Başka seçenekler bulmanıza yardım edebilir.',
    },
    'not-now': {
      headline: 'Şu an için değil',
      next: 'Bu daha sonra değişebilir. Durumunuz değiştiğinde geri gelip bu değerlendirmeyi yeniden yapın.',
    },
    'ask-doctor': {
      headline: 'Önce doktorunuzla konuşun',
      next: 'Aşağıda sıralanan yanıtlarınızı doktorunuzla konuşun. Bunu randevu almadan önce yapın.',
    },
    'no-concerns': {
      headline: 'Bize anlattıklarınızda mezoterapiye engel bir durum yok',
      next:
        'Bu, mezoterapinin size uygun olduğu anlamına gelmez. ' +
        'Uygulayıcı muayenede sağlığınızı değerlendirir. Kararı sizinle birlikte verir.',
    },
  },
  statusLabel: 'Sonucunuz:',
  notDiagnosis: 'Bu bir tanı değildir.',
  reasonsHeading: 'Neden',
  bookAfterDoctor:
    'Doktorunuzla konuştuktan sonra muayene randevusu alabilirsiniz. Doktorunuzun söylediklerini uygulayıcıya anlatın.',
  consultationLabel: 'Yalnızca muayene randevusu al (tedavi yapılmaz)',
  share: {
    heading: 'Yanıtlarınızı {clinic} ile paylaşın',
    intro:
      'Muayeneden önce yanıtlarınızı {clinic} ile paylaşabilirsiniz. Klinik tam olarak bunu görür. ' +
      'Siz onay vermeden ve nasıl gönderileceğini seçmeden hiçbir şey gönderilmez.',
    date: 'Tarih',
    outcome: 'Sonuç',
    goals: 'İyileştirmek istedikleriniz',
    title: 'Mezoterapi öz değerlendirmesi',
    line: '{label}: {value}',
    consent: 'Sağlığımla ilgili bu yanıtları {clinic} ile paylaşmayı kabul ediyorum. Klinik bunları muayeneme hazırlanmak için kullanacak.',
    withdraw:
      'Paylaşılan yanıtların silinmesini {clinic} ile iletişime geçerek her zaman isteyebilirsiniz. Kutudaki işareti kaldırmak, önceden paylaşılmış yanıtları geri almaz.',
    choose: 'Nasıl paylaşacağınızı seçin:',
    email: 'E-postayla gönder',
    emailSubject: 'Mezoterapi öz değerlendirmesine verdiğim yanıtlar',
    emailShortened: 'Yanıtlarım bir e-posta bağlantısı için çok uzundu. Muayeneye yanımda getireceğim.',
    url: 'Kliniğin formunu yanıtlarımla aç',
    qr: 'QR kod olarak göster',
    qrAlt: 'Yanıtlarınızı içeren QR kod',
    qrHint: 'Bu kodu klinikte gösterin ya da bu sayfayı yazdırıp yanınızda getirin. Kod, yukarıda gösterilen yanıtları içerir.',
    event: 'Kliniğe gönder',
    sent: 'Yanıtlarınız {clinic} web sitesine iletildi. Ziyaretinizde sağlığınızı yine de uygulayıcıya anlatın.',
    unavailable: 'Paylaşım şu anda kullanılamıyor. Bu sayfayı yazdırıp yanınızda getirebilirsiniz.',
  },
  medicineWarning:
    'Doktorunuz size günlük aspirin gibi bir ilaç kullanmanızı söylediyse, kullanmaya devam edin. ' +
    'Reçeteli bir ilacı doktorunuzla konuşmadan asla bırakmayın.',
  weightLossReason:
    'Mezoterapi bir kilo verme ya da obezite tedavisi değildir. Vücut genelinde kilo vermenize yardımcı olmaz.',
  notesHeading: 'Bilmeniz gerekenler',
  notes: {
    'weight-loss':
      'Mezoterapi bir kilo verme ya da obezite tedavisi değildir. Vücut genelinde kilo vermenize yardımcı olmaz.',
    'body-fat':
      'Mezoterapi bazı kişilerde küçük bölgelerdeki yağı azaltabilir, ancak herkeste değil. ' +
      'Bu konuda iyi çalışma az ve uzmanlar güvenli olduğu konusunda hemfikir değil. ' +
      'Bir kilo verme ya da obezite tedavisi değildir. ' +
      'ABD Gıda ve İlaç Dairesi (FDA) mezoterapiyi yağ kaybı için onaylamamıştır. ' +
      'FDA 2010 yılında, bu yağ enjeksiyonlarının (lipodissolve adıyla bilinir) işe yaradığına dair bildiği bir kanıt olmadığını söyledi. ' +
      'FDA’ya kalıcı yara izleri ve deri altında derin, ağrılı yumrular da bildirilmişti. ' +
      'FDA 2015 yılında yağ eriten bir ilacı, deoksikolik asidi, yalnızca çene altındaki yağ için onayladı. ' +
      'Yine de sağlıklı beslenmeniz ve egzersiz yapmanız gerekir.',
    'hair-loss':
      'Saç dökülmesinin tıbbi bir nedeni olabilir. Ani ya da yer yer oluyorsa veya kendinizi iyi hissetmiyorsanız önce doktorunuza görünün.',
  },
  checklistHeading: 'Muayeneden önce',
  checklist: [
    'Kullandığınız tüm ilaçların ve takviyelerin listesini yapın.',
    'Alerjilerinizi ve geçmişteki sağlık sorunlarınızı yazın.',
    'Zamanla kötüleşebilecek sağlık sorunlarınızı yazın.',
    'Uygulayıcının eğitimini ve deneyimini sorun.',
    'Olası yararları ve riskleri düşünün.',
    'Klinikten enjeksiyonların içindekilerin bir listesini isteyin.',
    'Cildinizde kolayca kötü iz kalıyorsa ya da son 6 ayda sivilce hapı (izotretinoin) kullandıysanız uygulayıcıya söyleyin.',
    'O gün kendinizi iyi hissetmezseniz ya da ateşiniz olursa, klinikten tedavinizi ertelemesini isteyin.',
  ],
  expectHeading: 'Sizi neler bekliyor',
  expect: [
    '3 ile 15 arasında bir seans dizisi gerekebilir. Sonrasında, bir etki olduysa onu korumak için düzenli seanslar gerekebilir.',
    'Sonuçlar yavaş yavaş oluşur. Görünmeleri birkaç aydan bir yıla kadar sürebilir.',
    'Saçta herhangi bir değişiklik görmeniz birkaç ay sürebilir.',
    'Sonuçlar herkeste farklıdır. Bazı kişiler hiç değişiklik görmez. ' +
      'Sonuçlar uygulayıcının becerisine ve kullandığı ürünlere bağlıdır.',
    'Sağlıklı beslenme, egzersiz ve iyi cilt bakımı sonuçları korumanıza yardımcı olur.',
    'İğnelerin girdiği yerlerde kızarıklık, şişlik, morarma, kaşıntı ya da ağrı sık görülür. Genellikle birkaç gün içinde geçer.',
    'Ağrı herkeste farklıdır. Bazı kişiler yalnızca hafif rahatsızlık hisseder, ama bazıları işlemi çok ağrılı bulur.',
    'Yüz, uyluklardan ya da karından daha hassas olabilir.',
    'Uygulayıcı çok ince iğneler kullanır. Uyuşturma kremi, soğuk kompres ya da titreşim, işlemi daha rahat hâle getirebilir.',
    'Her enjeksiyon enfeksiyona yol açabilir.',
    'Alerjik reaksiyonlar sık görülmez, ama olabilir. Ciddi reaksiyonlar nadirdir.',
    'Mezoterapide kullanılan bazı ürünler bu kullanım için onaylı değildir. Buna endikasyon dışı kullanım denir.',
    'Mezoterapi hakkında iyi çalışma az ve bu çalışmaların sonuçları birbirini tutmuyor. Bazı ülkeler ürünleri iyi denetlemiyor.',
  ],
  startAgain: 'Yeniden başla',
  print: 'Bu sonucu yazdır',
  announceResult: 'Sonucunuz: {headline}.',
};
