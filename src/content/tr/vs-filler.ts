import {commonTr} from './common.js';
import {type VsFillerContent} from '../../types/vs-filler.js';

export const vsFillerTr: VsFillerContent = {
  ...commonTr,
  heading: 'Mezoterapi mi, dolgu mu?',
  intro:
    'Bunlar farklı amaçlar için iki farklı tedavidir. Genel olarak biri diğerinden daha iyi değildir. ' +
    'Doğru seçim neyi değiştirmek istediğinize bağlıdır. Bazen ikisi birlikte uygulanır.',
  compareHeading: 'İki tedavinin karşılaştırması',
  tableCaption: 'Mezoterapi ve dolgunun karşılaştırması',
  aspectColumn: 'Karşılaştırılan konu',
  treatments: {mesotherapy: 'Mezoterapi', filler: 'Dolgu'},
  aspects: {
    goal: {
      label: 'Ana amaç',
      mesotherapy:
        'Genel olarak daha iyi cilt kalitesi: doku, ton, nem ve yüzeye yakın ince çizgiler. ' +
        'Saç incelmesi ve küçük yağ bölgeleri için de kullanılır. ' +
        'Bir kilo verme ya da obezite tedavisi değildir. ' +
        'ABD Gıda ve İlaç Dairesi (FDA) mezoterapiyi yağ kaybı için onaylamamıştır. ' +
        'FDA 2010 yılında, bu yağ enjeksiyonlarının (lipodissolve adıyla bilinir) işe yaradığına dair bildiği bir kanıt olmadığını söyledi. ' +
        'FDA’ya yara izi kalması da bildirilmişti.',
      filler:
        'Kaybedilen hacmi geri kazandırmak, daha derin kırışıklıkları ve çizgileri doldurmak, dudak ve elmacık gibi bölgelere şekil vermek. ' +
        'ABD Gıda ve İlaç Dairesi (FDA) bazı dolguları bu kullanımların bazıları için onaylamıştır.',
    },
    injected: {
      label: 'Ne enjekte edilir',
      mesotherapy:
        'Cilde çok sayıda küçük enjeksiyon. Yağ için biraz daha derine, deri altındaki yağa yapılır. ' +
        'Vitaminler, enzimler, hormonlar ve bitki özlerinden oluşan bir karışım içerir.',
      filler:
        'Dolgunluk ve hacim vermek için cildin içine ya da altına enjekte edilen bir ürün. ' +
        'Çoğunlukla hyaluronik asittir. Bu, vücudunuzun da ürettiği bir maddedir.',
    },
    results: {
      label: 'Sonuçlar nasıldır',
      mesotherapy:
        'Hafif ve kademeli. Cildi bir bütün olarak iyileştirmeyi amaçlar. ' +
        'Sonuçlar kişiden kişiye değişir ve bazı kişiler hiç değişiklik görmez. Cildi daha genç gösterdiğine dair güçlü kanıt azdır.',
      filler: 'Tedavi edilen bölgelerde hacimde ve şekilde hemen görünür bir değişiklik.',
    },
    sessions: {
      label: 'Kaç seans',
      mesotherapy: 'Genellikle 3 ile 15 arasında bir seans dizisi, sonra bir etki olduysa onu korumak için düzenli seanslar.',
      filler: 'Uygulayıcınıza sorun. Amaçlarınıza bağlıdır.',
    },
    lasts: {
      label: 'Ne kadar sürer',
      mesotherapy: 'Etkinin ne kadar süreceğini kimse söyleyemez. Bir etki olduysa, onu korumak için düzenli seanslar gerekir.',
      filler: 'Kullanılan ürüne göre yaklaşık 6 ay ile 2 yıl.',
    },
    suits: {
      label: 'En çok kime yardımcı olabilir',
      mesotherapy: 'Genç yetişkinlere ya da hafif yaşlanma belirtileri olanlara. Derin kırışıklıklara yardımcı olmayabilir.',
      filler: 'Derin kırışıklıkları ya da fazla hacim kaybı olan yetişkinlere. Dolgu yalnızca 18 yaş ve üstü içindir.',
    },
    risks: {
      label: 'Riskler',
      mesotherapy:
        'Kızarıklık, şişlik, morarma, kaşıntı ve ağrı sık görülür. Her enjeksiyonda enfeksiyon olabilir. ' +
        'Alerjik reaksiyonlar sık görülmez. Ciddi reaksiyonlar nadirdir. ' +
        'Bazı ülkeler ürünleri iyi denetlemiyor. Bazıları endikasyon dışı kullanılır (onaylı olmadıkları bir amaç için). ' +
        'Uygulayıcının becerisi çok önemlidir.',
      filler:
        'Enfeksiyon, morarma ve şişlik olabilir. Nadiren dolgu bir kan damarını tıkayabilir. ' +
        'Bu, cilde zarar verebilir ya da görme kaybına veya inmeye yol açabilir. ' +
        'ABD Gıda ve İlaç Dairesi (FDA) 2015 yılında bu konuda uyardı. Uygulayıcının becerisi çok önemlidir.',
    },
  },
  helperHeading: 'Amaçlarınıza hangisi uyabilir?',
  concernsLegend: 'Neyi değiştirmek istersiniz?',
  concernsHint: 'Size uyanların hepsini seçin.',
  concerns: {
    texture: 'Düzensiz cilt dokusu ya da tonu',
    dullness: 'Donuk ya da kuru (nemsiz) cilt',
    'fine-lines': 'Cilt yüzeyine yakın ince çizgiler',
    hair: 'Saç incelmesi',
    fat: 'Küçük bölgelerde inatçı yağ ya da selülit',
    'deep-lines': 'Derin kırışıklıklar ve çizgiler',
    volume: 'Hacim kaybı, örneğin elmacık kemiklerinde ya da dudaklarda',
    contour: 'Yüzünüzün şekli, örneğin dudaklarınız ya da elmacıklarınız',
  },
  severityLegend: 'Gördüğünüz yaşlanma belirtileri ne kadar belirgin? (isteğe bağlı)',
  severityHint: 'Çizgiler ya da hacim kaybı için tedavi düşünüyorsanız bu bilgi yardımcı olur.',
  severities: {
    unsure: 'Emin değilim',
    mild: 'Hafif',
    moderate: 'Orta',
    marked: 'Çok belirgin',
  },
  resultHeading: 'Amaçlarınıza neler uyabilir',
  resultEmpty: 'Bir öneri görmek için değiştirmek istediğiniz en az bir şey seçin.',
  recommendations: {
    mesotherapy: {
      title: 'Amaçlarınız mezoterapinin hedefleriyle örtüşüyor',
      why:
        'Seçtiklerinizin hepsi cilt kalitesi, saç ya da küçük yağ bölgeleriyle ilgili. ' +
        'Mezoterapi bunları hedefler. Herkeste işe yaramaz. Sonuçlar yavaş yavaş gelir ve birkaç seans gerekir.',
    },
    filler: {
      title: 'Amaçlarınız dolgunun hedefleriyle örtüşüyor',
      why:
        'Seçtiklerinizin hepsi hacim, derin kırışıklıklar ya da şekille ilgili. ' +
        'Dolgu bunları hedefler ve hemen görünür bir değişiklik sağlar.',
    },
    combination: {
      title: 'Amaçlarınız ikisinin birlikte uygulanmasıyla örtüşüyor',
      why:
        'Hem cilt kalitesiyle ilgili hem de hacim ya da şekille ilgili amaçlar seçtiniz. ' +
        'Uygulayıcılar bazen tüm yüzü tazelemek için iki tedaviyi birlikte uygular.',
    },
    separate: {
      title: 'Amaçlarınız iki farklı tedaviyle örtüşüyor',
      why:
        'Amaçlarınızın bazıları mezoterapiyle, bazıları dolguyla örtüşüyor. ' +
        'Bunlar farklı amaçlar için ayrı tedavilerdir.',
    },
  },
  concernsIntro: 'Seçtikleriniz:',
  concernPointsTo: '{concern}: {treatment}',
  seeRow: '“{aspect}” karşılaştırmasına bakın',
  seeRowFor: ' (“{concern}” için)',
  fatCaveat:
    'Mezoterapi bazı kişilerde küçük bölgelerdeki yağı azaltabilir, ancak herkeste değil. ' +
    'Bu konuda iyi çalışma az ve uzmanlar güvenli olduğu konusunda hemfikir değil. ' +
    'Bir kilo verme ya da obezite tedavisi değildir. ' +
    'ABD Gıda ve İlaç Dairesi (FDA) mezoterapiyi yağ kaybı için onaylamamıştır. ' +
    'FDA 2010 yılında, bu yağ enjeksiyonlarının (lipodissolve adıyla bilinir) işe yaradığına dair bildiği bir kanıt olmadığını söyledi. ' +
    'FDA’ya kalıcı yara izleri ve deri altında derin, ağrılı yumrular da bildirilmişti. ' +
    'Yine de sağlıklı beslenmeniz ve egzersiz yapmanız gerekir.',
  fillerCaveat:
    'Nadiren dolgu bir kan damarını tıkayabilir. Bu, cilde zarar verebilir ya da görme kaybına veya inmeye yol açabilir. ' +
    'ABD Gıda ve İlaç Dairesi (FDA) 2015 yılında bu konuda uyardı. Uygulayıcıya bu riski nasıl azalttığını sorun.',
  hairNote:
    'Saç dökülmesinin tıbbi bir nedeni olabilir. Ani ya da yer yer oluyorsa veya kendinizi iyi hissetmiyorsanız önce doktorunuza görünün.',
  healthNote: 'Bir tedavinin güvenli olup olmadığı sağlığınıza bağlıdır. Uygulayıcı bunu muayenede değerlendirir.',
  selfCheckLink: 'Mezoterapiye engel bir durumunuz olup olmadığını kontrol edin',
  severityNotes: {
    mild: 'Hafif ince çizgiler için mezoterapi daha iyi bir seçim olabilir.',
    marked: 'Derin kırışıklıklar ya da fazla hacim kaybı için dolgu mezoterapiden daha çok yardımcı olabilir.',
  },
  announce: 'Öneri güncellendi: {title}.',
  announceEmpty: 'Henüz öneri yok.',
};
