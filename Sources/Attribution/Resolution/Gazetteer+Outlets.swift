extension Gazetteer {
    /// The reviewed outlet table: one outlet a line, `name | kind | country | language | aliases | domains`.
    ///
    /// - `name`: the canonical outlet name.
    /// - `kind`: `agency`, `newspaper`, `magazine`, `broadcaster`, `online`, `social` or `stock`
    ///   (stock-photo and image libraries).
    /// - `country`: ISO 3166-1 alpha-2 code of the outlet's home country, or `--` for international outlets.
    /// - `language`: ISO 639-1 code of the outlet's main language.
    /// - `aliases`: `; `-separated surface forms that appear in news text, the name included when it does.
    ///   An alias without a marker matches case-insensitively. Markers, written before the alias with no space:
    ///   `=` matches case-sensitively, byte for byte (short acronyms that are also letters or words: `=AP`);
    ///   `^` requires a capitalised first letter, the rest in any case (ordinary words: `^Antara`, `^Tempo`).
    ///   A trailing `*` makes a prefix family: `detik*` matches "detik" followed by one or more letters.
    ///   No alias (markers ignored, case-insensitively) belongs to two outlets.
    /// - `domains`: `; `-separated web domains; may be empty.
    ///
    /// Blank lines and lines starting with `#` are ignored.
    static let outletTable = #"""
        # News agencies: Indonesia and Asia-Pacific
        Antara | agency | ID | id | ^Antara; =ANTARA; Antaranews; ANTARA News; Kantor Berita Antara; LKBN Antara; Perum LKBN Antara; ^ANTARA FOTO; Antara Aceh; Antara Sumut; Antara Sumbar; Antara Riau; Antara Lampung; Antara Banten; Antara Megapolitan; Antara Jabar; Antara Jateng; Antara Jogja; Antara Jatim; Antara Bali; Antara NTB; Antara NTT; Antara Kalbar; Antara Kalsel; Antara Kaltim; Antara Sulsel; Antara Papua | antaranews.com; en.antaranews.com; antarafoto.com
        Bernama | agency | MY | ms | Bernama; Pertubuhan Berita Nasional Malaysia; Malaysian National News Agency | bernama.com
        Kyodo | agency | JP | ja | Kyodo; Kyodo News; Kyodo News Agency | kyodonews.net; english.kyodonews.net
        Jiji Press | agency | JP | ja | Jiji Press; Jiji; Jiji Tsushin | jiji.com
        Yonhap | agency | KR | ko | Yonhap; Yonhap News; Yonhap News Agency | yna.co.kr; en.yna.co.kr
        KCNA | agency | KP | ko | KCNA; Korean Central News Agency | kcna.kp
        Xinhua | agency | CN | zh | Xinhua; Xinhua News Agency; Xinhuanet; Xinhua Net | xinhuanet.com; news.cn; english.news.cn
        Central News Agency | agency | TW | zh | Central News Agency; Focus Taiwan | cna.com.tw; focustaiwan.tw
        PNA | agency | PH | en | =PNA; Philippine News Agency | pna.gov.ph
        Vietnam News Agency | agency | VN | vi | Vietnam News Agency; Viet Nam News Agency; =VNA; TTXVN | vnanet.vn
        Thai News Agency | agency | TH | th | Thai News Agency | tna.mcot.net
        Agence Kampuchea Presse | agency | KH | km | Agence Kampuchea Presse | akp.gov.kh
        PTI | agency | IN | en | Press Trust of India | ptinews.com
        IANS | agency | IN | en | =IANS; Indo-Asian News Service | ianslive.in
        ANI | agency | IN | en | =ANI; Asian News International | aninews.in
        Associated Press of Pakistan | agency | PK | en | Associated Press of Pakistan | app.com.pk
        BSS | agency | BD | bn | =BSS; Bangladesh Sangbad Sangstha | bssnews.net
        AAP | agency | AU | en | Australian Associated Press | aap.com.au
        # News agencies: Americas
        AP | agency | US | en | =AP; Associated Press; The Associated Press; AP News; AP Photo | apnews.com; ap.org
        UPI | agency | US | en | United Press International; UPI.com | upi.com
        Bloomberg | agency | US | en | Bloomberg; Bloomberg News; Bloomberg Television; Bloomberg TV; Bloomberg Businessweek | bloomberg.com
        Dow Jones Newswires | agency | US | en | Dow Jones Newswires | dowjones.com
        ZUMA Press | agency | US | en | ZUMA Press; ZUMA Wire; ZUMAPRESS | zumapress.com
        Canadian Press | agency | CA | en | The Canadian Press; Canadian Press; La Presse Canadienne | thecanadianpress.com
        Notimex | agency | MX | es | Notimex | notimex.gob.mx
        Prensa Latina | agency | CU | es | Prensa Latina | prensa-latina.cu
        Agência Brasil | agency | BR | pt | Agência Brasil; Agencia Brasil | agenciabrasil.ebc.com.br
        Télam | agency | AR | es | Télam; Telam | telam.com.ar
        # News agencies: Europe
        Reuters | agency | GB | en | Reuters; Reuter; Thomson Reuters | reuters.com
        AFP | agency | FR | fr | AFP; Agence France-Presse; Agence France Presse; AFP Photo | afp.com
        dpa | agency | DE | de | =dpa; =DPA; Deutsche Presse-Agentur; Deutsche Presse Agentur | dpa.com
        EPA | agency | DE | en | European Pressphoto Agency; EPA-EFE | epa.eu
        EFE | agency | ES | es | =EFE; Agencia EFE | efe.com
        Europa Press | agency | ES | es | Europa Press | europapress.es
        ANSA | agency | IT | it | =ANSA; Agenzia ANSA; Agenzia Nazionale Stampa Associata | ansa.it
        Lusa | agency | PT | pt | ^Lusa; Agência Lusa; Agencia Lusa | lusa.pt
        Belga | agency | BE | nl | Belga; Agence Belga; Belga News Agency | belga.be; belganewsagency.eu
        ANP | agency | NL | nl | =ANP; Algemeen Nederlands Persbureau | anp.nl
        Austria Presse Agentur | agency | AT | de | Austria Presse Agentur; APA-Austria Presse Agentur; Austria Press Agency | apa.at
        Keystone-SDA | agency | CH | de | Keystone-SDA; Keystone-ATS; Schweizerische Depeschenagentur | keystone-sda.ch
        TT | agency | SE | sv | TT News Agency; TT Nyhetsbyrån; Tidningarnas Telegrambyrå | tt.se
        Norsk Telegrambyrå | agency | NO | no | Norsk Telegrambyrå; Norwegian News Agency | ntb.no
        Ritzau | agency | DK | da | Ritzau; Ritzaus Bureau | ritzau.dk
        STT | agency | FI | fi | Suomen Tietotoimisto; Finnish News Agency | stt.fi
        PAP | agency | PL | pl | Polish Press Agency; Polska Agencja Prasowa | pap.pl
        CTK | agency | CZ | cs | =CTK; =ČTK; Czech News Agency; Česká tisková kancelář | ceskenoviny.cz
        Agerpres | agency | RO | ro | Agerpres | agerpres.ro
        BTA | agency | BG | bg | =BTA; Bulgarian News Agency | bta.bg
        TASS | agency | RU | ru | =TASS; ITAR-TASS | tass.com; tass.ru
        RIA Novosti | agency | RU | ru | RIA Novosti | ria.ru
        Sputnik | agency | RU | ru | ^Sputnik; Sputnik News; Sputnik International | sputniknews.com; sputnikglobe.com
        Interfax | agency | RU | ru | Interfax | interfax.ru; interfax.com
        Interfax-Ukraine | agency | UA | uk | Interfax-Ukraine | interfax.com.ua
        Ukrinform | agency | UA | uk | Ukrinform | ukrinform.net; ukrinform.ua
        # News agencies: Middle East, Central Asia and Africa
        Anadolu | agency | TR | tr | Anadolu; Anadolu Agency; Anadolu Ajansı; Anadolu Ajansi | aa.com.tr
        IRNA | agency | IR | fa | =IRNA; Islamic Republic News Agency | irna.ir; en.irna.ir
        Fars News Agency | agency | IR | fa | Fars News; Fars News Agency | farsnews.ir
        Tasnim News Agency | agency | IR | fa | Tasnim; Tasnim News; Tasnim News Agency | tasnimnews.com
        Mehr News Agency | agency | IR | fa | Mehr News; Mehr News Agency | mehrnews.com
        WAFA | agency | PS | ar | =WAFA; WAFA News Agency; Palestinian News and Information Agency | wafa.ps; english.wafa.ps
        Middle East News Agency | agency | EG | ar | Middle East News Agency | mena.org.eg
        KUNA | agency | KW | ar | =KUNA; Kuwait News Agency | kuna.net.kw
        WAM | agency | AE | ar | =WAM; Emirates News Agency | wam.ae
        SPA | agency | SA | ar | =SPA; Saudi Press Agency | spa.gov.sa
        QNA | agency | QA | ar | =QNA; Qatar News Agency | qna.org.qa
        SANA | agency | SY | ar | =SANA; Syrian Arab News Agency | sana.sy
        Petra | agency | JO | ar | Petra News Agency; Jordan News Agency | petra.gov.jo
        Azertac | agency | AZ | az | Azertac; Azertag; Azerbaijan State News Agency | azertag.az
        Kazinform | agency | KZ | kk | Kazinform | inform.kz
        Inter Press Service | agency | -- | en | Inter Press Service; IPS News | ipsnews.net

        # Indonesian national media
        Kompas | newspaper | ID | id | ^Kompas; KOMPAS.com; Kompas.id; Harian Kompas | kompas.com; kompas.id
        Detik | online | ID | id | detik*; Detik.com; detikcom; detikNews; detikFinance; detikHealth; detikSport; detikInet; detikOto; detikTravel; detikHot; detikFood; detikEdu; detikJabar; detikJateng; detikJatim; detikSulsel; detikSumut; detikBali; detikSumbagsel; detikKalimantan; detikJogja; detikProperti; detikPagi; 20detik | detik.com
        Tempo | online | ID | id | ^Tempo; TEMPO.CO; Koran Tempo; Majalah Tempo; Tempo English; Tempo Interaktif | tempo.co
        Republika | newspaper | ID | id | Republika; REPUBLIKA.CO.ID; Harian Republika; Republika Online | republika.co.id; republika.id
        Kumparan | online | ID | id | kumparan; kumparan*; kumparan.com; kumparanBISNIS; kumparanNEWS; kumparanTECH; kumparanBOLA; kumparanSPORT; kumparanHITS; kumparanMOM; kumparanFOOD; kumparanTRAVEL; kumparanOTO; kumparanWOMAN | kumparan.com
        Liputan6 | online | ID | id | Liputan6; Liputan6.com; Liputan 6 | liputan6.com
        Okezone | online | ID | id | Okezone; Okezone.com | okezone.com
        Tribunnews | online | ID | id | Tribunnews; Tribunnews.com; Tribun Network; ^Tribun; TribunJabar; Tribun Jabar; TribunJateng; Tribun Jateng; TribunJatim; Tribun Jatim; TribunJogja; Tribun Jogja; TribunSolo; Tribun Solo; TribunMadura; Tribun Madura; TribunJakarta; Tribun Jakarta; TribunnewsBogor; Tribun Bogor; TribunBanten; Tribun Banten; TribunPriangan; Tribun Priangan; TribunMedan; Tribun Medan; TribunPadang; Tribun Padang; TribunPekanbaru; Tribun Pekanbaru; TribunBatam; Tribun Batam; TribunJambi; Tribun Jambi; TribunBengkulu; Tribun Bengkulu; TribunSumsel; Tribun Sumsel; TribunLampung; Tribun Lampung; TribunBali; Tribun Bali; TribunLombok; Tribun Lombok; TribunFlores; Tribun Flores; TribunPontianak; Tribun Pontianak; TribunKalteng; Tribun Kalteng; TribunKaltim; Tribun Kaltim; TribunKaltara; Tribun Kaltara; TribunTimur; Tribun Timur; TribunSulbar; Tribun Sulbar; TribunSultra; Tribun Sultra; TribunPalu; Tribun Palu; TribunGorontalo; Tribun Gorontalo; TribunManado; Tribun Manado; TribunAmbon; Tribun Ambon; TribunSorong; Tribun Sorong; TribunPapua; Tribun Papua; TribunWow; TribunTravel; TribunStyle | tribunnews.com
        Merdeka | online | ID | id | ^Merdeka; Merdeka.com | merdeka.com
        Suara | online | ID | id | ^Suara; Suara.com | suara.com
        Kontan | newspaper | ID | id | ^Kontan; KONTAN.CO.ID; Harian Kontan; Tabloid Kontan | kontan.co.id
        Bisnis Indonesia | newspaper | ID | id | Bisnis Indonesia; Bisnis.com; ^Bisnis; Harian Bisnis Indonesia; Kabar24 | bisnis.com
        Sindonews | online | ID | id | Sindonews; SINDOnews.com; Koran Sindo; ^Sindo; Seputar Indonesia; Koran Seputar Indonesia | sindonews.com
        Poskota | newspaper | ID | id | Poskota; Pos Kota; PoskotaNews; Poskota News; Poskota.co.id | poskota.co.id
        Media Indonesia | newspaper | ID | id | Media Indonesia; Harian Media Indonesia; MediaIndonesia.com | mediaindonesia.com
        Jawa Pos | newspaper | ID | id | Jawa Pos; JawaPos; JawaPos.com; Harian Jawa Pos | jawapos.com
        JPNN | online | ID | id | JPNN; JPNN.com; Jawa Pos National Network | jpnn.com
        The Jakarta Post | newspaper | ID | en | The Jakarta Post; Jakarta Post | thejakartapost.com
        Jakarta Globe | online | ID | en | Jakarta Globe; JakartaGlobe | jakartaglobe.id
        Koran Jakarta | newspaper | ID | id | Koran Jakarta; KoranJakarta.com | koran-jakarta.com
        BeritaSatu | online | ID | id | BeritaSatu; Berita Satu; BeritaSatu.com; BeritaSatu TV | beritasatu.com
        Suara Pembaruan | newspaper | ID | id | Suara Pembaruan; Harian Suara Pembaruan |
        Sinar Harapan | newspaper | ID | id | Sinar Harapan; Harian Sinar Harapan |
        Investor Daily | newspaper | ID | id | Investor Daily; Investor Daily Indonesia; Investor.id | investor.id
        Inilah.com | online | ID | id | Inilah.com; Inilahcom | inilah.com
        Viva | online | ID | id | =VIVA; VIVA.co.id; VIVAnews; Viva News | viva.co.id
        IDN Times | online | ID | id | IDN Times; IDNTimes; IDNTimes.com | idntimes.com
        Katadata | online | ID | id | Katadata; Katadata.co.id | katadata.co.id
        Tirto | online | ID | id | ^Tirto; Tirto.id | tirto.id
        Medcom | online | ID | id | Medcom; Medcom.id | medcom.id
        Harian Terbit | newspaper | ID | id | Harian Terbit; HarianTerbit.com | harianterbit.com
        Indopos | newspaper | ID | id | Indopos; Indopos.co.id; Harian Indopos | indopos.co.id
        Rakyat Merdeka | newspaper | ID | id | Rakyat Merdeka; RM.id; Harian Rakyat Merdeka | rm.id
        RMOL | online | ID | id | RMOL; RMOL.id; Rakyat Merdeka Online; Kantor Berita Politik RMOL | rmol.id
        Akurat | online | ID | id | Akurat.co | akurat.co
        Alinea | online | ID | id | Alinea.id | alinea.id
        Hidayatullah.com | online | ID | id | Hidayatullah.com | hidayatullah.com
        Gatra | magazine | ID | id | ^Gatra; Majalah Gatra; Gatra.com | gatra.com
        Warta Ekonomi | magazine | ID | id | Warta Ekonomi; WartaEkonomi.co.id | wartaekonomi.co.id
        Infobank | magazine | ID | id | Infobank; Infobanknews; Info Bank; Majalah Infobank | infobanknews.com
        SWA | magazine | ID | id | =SWA; Majalah SWA | swa.co.id
        Marketeers | magazine | ID | id | ^Marketeers; Majalah Marketeers | marketeers.com
        Dunia Energi | online | ID | id | Dunia Energi; DuniaEnergi.com | dunia-energi.com
        EmitenNews | online | ID | id | EmitenNews; EmitenNews.com | emitennews.com
        Bloomberg Technoz | online | ID | id | Bloomberg Technoz; BloombergTechnoz | bloombergtechnoz.com
        Hukumonline | online | ID | id | Hukumonline; Hukumonline.com | hukumonline.com
        Kapanlagi | online | ID | id | Kapanlagi; KapanLagi.com | kapanlagi.com
        Fimela | online | ID | id | Fimela; Fimela.com | fimela.com
        Dream.co.id | online | ID | id | Dream.co.id | dream.co.id
        Brilio | online | ID | id | Brilio; Brilio.net | brilio.net
        Hipwee | online | ID | id | Hipwee; Hipwee.com | hipwee.com
        Bola.com | online | ID | id | Bola.com | bola.com
        Bola.net | online | ID | id | Bola.net | bola.net
        BolaSport | online | ID | id | BolaSport; BolaSport.com; Tabloid Bola | bolasport.com
        Juara | online | ID | id | ^Juara; JUARA.net | juara.net
        Skor.id | online | ID | id | Skor.id | skor.id
        Grid.id | online | ID | id | Grid.id; GridOto; GridOto.com | grid.id; gridoto.com
        Tabloid Otomotif | magazine | ID | id | Tabloid Otomotif; OtomotifNet | otomotifnet.gridoto.com
        Intisari | magazine | ID | id | Majalah Intisari; Intisari Online; Intisari-Online.com | intisari.grid.id
        Femina | magazine | ID | id | Femina; Majalah Femina | femina.co.id
        Kartini | magazine | ID | id | Majalah Kartini |
        HAI | magazine | ID | id | Majalah HAI; HAI Online | hai.grid.id
        Tabloid Nova | magazine | ID | id | Tabloid Nova; Nova.id | nova.grid.id
        Tabloid Bintang | magazine | ID | id | Tabloid Bintang; Bintang.com | bintang.com
        Trubus | magazine | ID | id | ^Trubus; Majalah Trubus | trubus.id
        DailySocial | online | ID | id | DailySocial; DailySocial.id | dailysocial.id
        Jalantikus | online | ID | id | Jalantikus; JalanTikus.com | jalantikus.com
        Selular.id | online | ID | id | Selular.id | selular.id
        Hybrid.co.id | online | ID | id | Hybrid.co.id | hybrid.co.id
        Tagar | online | ID | id | Tagar.id | tagar.id
        Asumsi | online | ID | id | Asumsi.co | asumsi.co
        Narasi | online | ID | id | Narasi TV; Narasi Newsroom; Narasi.tv | narasi.tv
        Mojok | online | ID | id | Mojok.co | mojok.co
        GenPI | online | ID | id | GenPI.co | genpi.co
        VOI | online | ID | id | VOI.id | voi.id
        Terkini.id | online | ID | id | Terkini.id | terkini.id
        Magdalene | online | ID | id | Magdalene.co | magdalene.co
        Project Multatuli | online | ID | id | Project Multatuli; ProjectMultatuli.org | projectmultatuli.org
        Rimanews | online | ID | id | Rimanews; Rimanews.com | rimanews.com
        Beritapulauseribu | online | ID | id | Beritapulauseribu; Beritapulauseribu.com |
        BeritaJakarta | online | ID | id | BeritaJakarta; BeritaJakarta.id | beritajakarta.id

        # Indonesian regional media
        Serambi Indonesia | newspaper | ID | id | Serambi Indonesia; Serambinews; Serambinews.com; Harian Serambi Indonesia | serambinews.com
        AJNN | online | ID | id | AJNN; AJNN.net | ajnn.net
        Waspada | newspaper | ID | id | Harian Waspada; Waspada.id; Waspada Online | waspada.id
        Analisa | newspaper | ID | id | Harian Analisa; AnalisaDaily; AnalisaDaily.com | analisadaily.com
        Sumut Pos | newspaper | ID | id | Sumut Pos; SumutPos |
        Harian Singgalang | newspaper | ID | id | Harian Singgalang |
        Padang Ekspres | newspaper | ID | id | Padang Ekspres; Padek |
        Haluan | newspaper | ID | id | Harian Haluan; Haluan.co | haluan.co
        Riau Pos | newspaper | ID | id | Riau Pos; RiauPos |
        GoRiau | online | ID | id | GoRiau; GoRiau.com | goriau.com
        Batam Pos | newspaper | ID | id | Batam Pos; BatamPos | batampos.co.id
        Sumatera Ekspres | newspaper | ID | id | Sumatera Ekspres; Sumeks |
        Sriwijaya Post | newspaper | ID | id | Sriwijaya Post; Sripoku; Sripoku.com | sripoku.com
        Bangka Pos | newspaper | ID | id | Bangka Pos; BangkaPos | bangka.tribunnews.com
        Lampung Post | newspaper | ID | id | Lampung Post; Lampost | lampost.co
        Warta Kota | newspaper | ID | id | Warta Kota; WartaKotaLive; WartaKotaLive.com | wartakotalive.com
        Pikiran Rakyat | newspaper | ID | id | Pikiran Rakyat; Pikiran-Rakyat.com; Harian Pikiran Rakyat; PRMN; Pikiran Rakyat Media Network | pikiran-rakyat.com
        Galamedia | newspaper | ID | id | Galamedia; Galamedia News |
        Jabar Ekspres | newspaper | ID | id | Jabar Ekspres; JabarEkspres; JabarEkspres.com | jabarekspres.com
        Ayo Media Network | online | ID | id | Ayo Media Network; AyoBandung; AyoBandung.com; Ayo Bandung; AyoSemarang; AyoYogya; AyoSurabaya | ayobandung.com
        Suara Merdeka | newspaper | ID | id | Suara Merdeka; SuaraMerdeka.com | suaramerdeka.com
        Solopos | newspaper | ID | id | Solopos; Solopos.com; Harian Solopos | solopos.com
        Kedaulatan Rakyat | newspaper | ID | id | Kedaulatan Rakyat; Harian Kedaulatan Rakyat; KRjogja; KRjogja.com | krjogja.com
        Harian Jogja | newspaper | ID | id | Harian Jogja; HarianJogja.com | harianjogja.com
        Surya | newspaper | ID | id | Harian Surya; Surya.co.id | surya.co.id
        Jawa Pos Radar | newspaper | ID | id | Jawa Pos Radar; Radar Bogor; Radar Depok; Radar Bekasi; Radar Karawang; Radar Sukabumi; Radar Cirebon; Radar Tasikmalaya; Radar Banten; Radar Lampung; Radar Tegal; Radar Semarang; Radar Kudus; Radar Solo; Radar Jogja; Radar Surabaya; Radar Malang; Radar Kediri; Radar Madura; Radar Jember; Radar Banyuwangi; Radar Bromo; Radar Mojokerto; Radar Bojonegoro; Radar Tuban; Radar Bali; Radar Banjarmasin | radarbogor.id
        Malang Post | newspaper | ID | id | Malang Post |
        Bali Post | newspaper | ID | id | Bali Post; BaliPost.com | balipost.com
        NusaBali | newspaper | ID | id | NusaBali; NusaBali.com | nusabali.com
        Lombok Post | newspaper | ID | id | Lombok Post |
        Suara NTB | newspaper | ID | id | Suara NTB; SuaraNTB.com | suarantb.com
        Pos Kupang | newspaper | ID | id | Pos Kupang; PosKupang.com | kupang.tribunnews.com
        Pontianak Post | newspaper | ID | id | Pontianak Post |
        Banjarmasin Post | newspaper | ID | id | Banjarmasin Post; BPost; BanjarmasinPost.co.id | banjarmasinpost.co.id
        Kalteng Pos | newspaper | ID | id | Kalteng Pos |
        Kaltim Post | newspaper | ID | id | Kaltim Post |
        Prokal | online | ID | id | Prokal; Prokal.co | prokal.co
        Fajar | newspaper | ID | id | Harian Fajar; Fajar.co.id | fajar.co.id
        Kendari Pos | newspaper | ID | id | Kendari Pos |
        Manado Post | newspaper | ID | id | Manado Post |
        Cenderawasih Pos | newspaper | ID | id | Cenderawasih Pos; Cepos |
        Jubi | online | ID | id | Jubi; Tabloid Jubi; Jubi.id | jubi.id
        Suara Papua | online | ID | id | Suara Papua; SuaraPapua.com | suarapapua.com

        # International newspapers: United States
        The New York Times | newspaper | US | en | The New York Times; New York Times; =NYT; NYTimes; NYTimes.com | nytimes.com
        The Washington Post | newspaper | US | en | The Washington Post; Washington Post; WaPo | washingtonpost.com
        Wall Street Journal | newspaper | US | en | Wall Street Journal; The Wall Street Journal; =WSJ | wsj.com
        USA Today | newspaper | US | en | USA Today | usatoday.com
        Los Angeles Times | newspaper | US | en | Los Angeles Times; The Los Angeles Times; LA Times | latimes.com
        Chicago Tribune | newspaper | US | en | Chicago Tribune | chicagotribune.com
        The Boston Globe | newspaper | US | en | The Boston Globe; Boston Globe | bostonglobe.com
        New York Post | newspaper | US | en | New York Post; The New York Post; NY Post | nypost.com
        New York Daily News | newspaper | US | en | New York Daily News; NY Daily News | nydailynews.com
        San Francisco Chronicle | newspaper | US | en | San Francisco Chronicle; SF Chronicle | sfchronicle.com
        Miami Herald | newspaper | US | en | Miami Herald; The Miami Herald | miamiherald.com
        # International newspapers: United Kingdom and Ireland
        The Guardian | newspaper | GB | en | The Guardian; ^Guardian; Guardian News | theguardian.com; guardian.co.uk
        Financial Times | newspaper | GB | en | Financial Times; The Financial Times | ft.com
        The Times | newspaper | GB | en | The Times; The Times of London; The Sunday Times | thetimes.co.uk
        The Telegraph | newspaper | GB | en | The Telegraph; The Daily Telegraph; Daily Telegraph; The Sunday Telegraph | telegraph.co.uk
        The Independent | newspaper | GB | en | The Independent; ^Independent | independent.co.uk
        Daily Mail | newspaper | GB | en | Daily Mail; The Daily Mail; MailOnline; Mail Online; The Mail on Sunday | dailymail.co.uk
        The Sun | newspaper | GB | en | The Sun; ^Sun | thesun.co.uk
        The Mirror | newspaper | GB | en | The Mirror; ^Mirror; Daily Mirror | mirror.co.uk
        Daily Express | newspaper | GB | en | Daily Express; The Daily Express; Sunday Express; Express.co.uk | express.co.uk
        Evening Standard | newspaper | GB | en | Evening Standard; London Evening Standard | standard.co.uk
        Metro UK | newspaper | GB | en | Metro UK; Metro.co.uk | metro.co.uk
        The Irish Times | newspaper | IE | en | The Irish Times; Irish Times | irishtimes.com
        # International newspapers: Europe
        Handelsblatt | newspaper | DE | de | Handelsblatt | handelsblatt.com
        Die Welt | newspaper | DE | de | Die Welt; Welt am Sonntag | welt.de
        Frankfurter Allgemeine Zeitung | newspaper | DE | de | Frankfurter Allgemeine Zeitung; Frankfurter Allgemeine; =FAZ; F.A.Z. | faz.net
        Süddeutsche Zeitung | newspaper | DE | de | Süddeutsche Zeitung; Sueddeutsche Zeitung | sueddeutsche.de
        Bild | newspaper | DE | de | ^Bild; Bild-Zeitung; Bild am Sonntag | bild.de
        Die Zeit | newspaper | DE | de | Die Zeit; Zeit Online | zeit.de
        Neue Zürcher Zeitung | newspaper | CH | de | Neue Zürcher Zeitung; Neue Zuercher Zeitung; =NZZ | nzz.ch
        Le Monde | newspaper | FR | fr | Le Monde | lemonde.fr
        Le Figaro | newspaper | FR | fr | Le Figaro | lefigaro.fr
        Libération | newspaper | FR | fr | Libération | liberation.fr
        Le Parisien | newspaper | FR | fr | Le Parisien | leparisien.fr
        El País | newspaper | ES | es | El País; El Pais | elpais.com
        El Mundo | newspaper | ES | es | El Mundo | elmundo.es
        La Vanguardia | newspaper | ES | es | La Vanguardia | lavanguardia.com
        Corriere della Sera | newspaper | IT | it | Corriere della Sera | corriere.it
        La Repubblica | newspaper | IT | it | La Repubblica | repubblica.it
        La Stampa | newspaper | IT | it | La Stampa | lastampa.it
        De Telegraaf | newspaper | NL | nl | De Telegraaf | telegraaf.nl
        Aftenposten | newspaper | NO | no | Aftenposten | aftenposten.no
        Izvestia | newspaper | RU | ru | Izvestia; Izvestiya | iz.ru
        Kommersant | newspaper | RU | ru | Kommersant | kommersant.ru
        Rossiyskaya Gazeta | newspaper | RU | ru | Rossiyskaya Gazeta; Rossiiskaya Gazeta | rg.ru
        The Moscow Times | newspaper | RU | en | The Moscow Times; Moscow Times | themoscowtimes.com
        Kyiv Post | newspaper | UA | en | Kyiv Post; The Kyiv Post | kyivpost.com
        Kyiv Independent | online | UA | en | The Kyiv Independent; Kyiv Independent | kyivindependent.com
        Ukrainska Pravda | online | UA | uk | Ukrainska Pravda; Ukrainian Pravda | pravda.com.ua
        # International newspapers: Asia-Pacific
        Asahi Shimbun | newspaper | JP | ja | Asahi Shimbun; The Asahi Shimbun | asahi.com
        Yomiuri Shimbun | newspaper | JP | ja | Yomiuri Shimbun; The Yomiuri Shimbun; Yomiuri; The Japan News | yomiuri.co.jp; japannews.yomiuri.co.jp
        Mainichi Shimbun | newspaper | JP | ja | Mainichi Shimbun; The Mainichi; Mainichi; Mainichi Daily News | mainichi.jp
        Nikkei | newspaper | JP | ja | Nikkei Asia; Nikkei Asian Review; Nihon Keizai Shimbun; Nikkei Shimbun | nikkei.com; asia.nikkei.com
        The Japan Times | newspaper | JP | en | The Japan Times; Japan Times | japantimes.co.jp
        South China Morning Post | newspaper | HK | en | South China Morning Post; =SCMP | scmp.com
        China Daily | newspaper | CN | en | China Daily | chinadaily.com.cn
        Global Times | newspaper | CN | en | Global Times | globaltimes.cn
        People's Daily | newspaper | CN | zh | People's Daily; People's Daily Online; Renmin Ribao | people.com.cn; en.people.cn
        Caixin | magazine | CN | zh | Caixin; Caixin Global | caixin.com; caixinglobal.com
        Sixth Tone | online | CN | en | Sixth Tone | sixthtone.com
        The Korea Herald | newspaper | KR | en | The Korea Herald; Korea Herald | koreaherald.com
        The Korea Times | newspaper | KR | en | The Korea Times; Korea Times | koreatimes.co.kr
        Chosun Ilbo | newspaper | KR | ko | Chosun Ilbo; The Chosun Ilbo | chosun.com
        JoongAng Ilbo | newspaper | KR | ko | JoongAng Ilbo; Korea JoongAng Daily; JoongAng Daily | joongang.co.kr
        Dong-A Ilbo | newspaper | KR | ko | Dong-A Ilbo; Donga Ilbo | donga.com
        The Straits Times | newspaper | SG | en | The Straits Times; Straits Times | straitstimes.com
        The Star | newspaper | MY | en | The Star Malaysia; The Star Online | thestar.com.my
        New Straits Times | newspaper | MY | en | New Straits Times; =NST | nst.com.my
        Malay Mail | newspaper | MY | en | Malay Mail; The Malay Mail | malaymail.com
        Berita Harian | newspaper | MY | ms | Berita Harian | bharian.com.my
        Utusan Malaysia | newspaper | MY | ms | Utusan Malaysia | utusan.com.my
        The Edge Malaysia | newspaper | MY | en | The Edge Malaysia; The Edge Markets; TheEdgeMarkets | theedgemalaysia.com
        Malaysiakini | online | MY | en | Malaysiakini | malaysiakini.com
        Bangkok Post | newspaper | TH | en | Bangkok Post | bangkokpost.com
        The Nation Thailand | newspaper | TH | en | The Nation Thailand; Nation Thailand | nationthailand.com
        Philippine Daily Inquirer | newspaper | PH | en | Philippine Daily Inquirer; Inquirer.net | inquirer.net
        The Philippine Star | newspaper | PH | en | The Philippine Star; Philippine Star; Philstar | philstar.com
        Manila Bulletin | newspaper | PH | en | Manila Bulletin | mb.com.ph
        Rappler | online | PH | en | Rappler | rappler.com
        VnExpress | online | VN | vi | VnExpress; VnExpress International | vnexpress.net
        Viet Nam News | newspaper | VN | en | Viet Nam News; Vietnam News | vietnamnews.vn
        Tuoi Tre | newspaper | VN | vi | Tuoi Tre; Tuổi Trẻ; Tuoi Tre News | tuoitre.vn
        Khmer Times | newspaper | KH | en | Khmer Times | khmertimeskh.com
        The Phnom Penh Post | newspaper | KH | en | The Phnom Penh Post; Phnom Penh Post | phnompenhpost.com
        The Irrawaddy | online | MM | en | The Irrawaddy | irrawaddy.com
        The Times of India | newspaper | IN | en | The Times of India; Times of India; =TOI | timesofindia.indiatimes.com
        Hindustan Times | newspaper | IN | en | Hindustan Times | hindustantimes.com
        The Hindu | newspaper | IN | en | =The Hindu | thehindu.com
        The Indian Express | newspaper | IN | en | The Indian Express; Indian Express | indianexpress.com
        The Economic Times | newspaper | IN | en | The Economic Times; Economic Times | economictimes.indiatimes.com
        Business Standard | newspaper | IN | en | =Business Standard | business-standard.com
        Mint | newspaper | IN | en | Livemint; Mint newspaper | livemint.com
        Dawn | newspaper | PK | en | Dawn.com; Dawn newspaper | dawn.com
        The Sydney Morning Herald | newspaper | AU | en | The Sydney Morning Herald; Sydney Morning Herald; =SMH | smh.com.au
        The Australian | newspaper | AU | en | =The Australian | theaustralian.com.au
        The Age | newspaper | AU | en | =The Age | theage.com.au
        New Zealand Herald | newspaper | NZ | en | New Zealand Herald; The New Zealand Herald; NZ Herald | nzherald.co.nz
        # International newspapers: Middle East, Africa and the Americas
        Haaretz | newspaper | IL | he | Haaretz | haaretz.com; haaretz.co.il
        The Times of Israel | online | IL | en | The Times of Israel; Times of Israel | timesofisrael.com
        The Jerusalem Post | newspaper | IL | en | The Jerusalem Post; Jerusalem Post; JPost | jpost.com
        Yedioth Ahronoth | newspaper | IL | he | Yedioth Ahronoth; Ynet; Ynetnews | ynet.co.il; ynetnews.com
        Gulf News | newspaper | AE | en | Gulf News | gulfnews.com
        Khaleej Times | newspaper | AE | en | Khaleej Times | khaleejtimes.com
        The National | newspaper | AE | en | The National News | thenationalnews.com
        Arab News | newspaper | SA | en | Arab News | arabnews.com
        Asharq Al-Awsat | newspaper | GB | ar | Asharq Al-Awsat; Asharq Alawsat | aawsat.com
        Al-Ahram | newspaper | EG | ar | Al-Ahram; Ahram Online | ahram.org.eg
        Daily Sabah | newspaper | TR | en | Daily Sabah | dailysabah.com
        Hürriyet | newspaper | TR | tr | Hürriyet; Hurriyet; Hürriyet Daily News; Hurriyet Daily News | hurriyet.com.tr; hurriyetdailynews.com
        Tehran Times | newspaper | IR | en | Tehran Times | tehrantimes.com
        The Globe and Mail | newspaper | CA | en | The Globe and Mail; Globe and Mail | theglobeandmail.com
        Toronto Star | newspaper | CA | en | Toronto Star; The Toronto Star | thestar.com
        Folha de S.Paulo | newspaper | BR | pt | Folha de S.Paulo; Folha de São Paulo; Folha de Sao Paulo | folha.uol.com.br
        O Globo | newspaper | BR | pt | O Globo | oglobo.globo.com
        Clarín | newspaper | AR | es | Clarín | clarin.com
        El Universal | newspaper | MX | es | El Universal | eluniversal.com.mx

        # Broadcasters: Indonesia
        CNN Indonesia | broadcaster | ID | id | CNN Indonesia; CNNIndonesia.com; CNN Indonesia TV | cnnindonesia.com
        CNBC Indonesia | broadcaster | ID | id | CNBC Indonesia; CNBCIndonesia.com; CNBC Indonesia TV | cnbcindonesia.com
        Kompas TV | broadcaster | ID | id | Kompas TV; KompasTV | kompas.tv
        Metro TV | broadcaster | ID | id | Metro TV; MetroTV; Metrotvnews; Metrotvnews.com | metrotvnews.com
        TVRI | broadcaster | ID | id | TVRI; Televisi Republik Indonesia | tvri.go.id
        RRI | broadcaster | ID | id | RRI; Radio Republik Indonesia; Voice of Indonesia | rri.go.id; rri.co.id
        tvOne | broadcaster | ID | id | tvOne; TV One; tvOnenews; tvOnenews.com | tvonenews.com
        iNews | broadcaster | ID | id | iNews; iNews TV; iNews.id | inews.id
        MNCTV | broadcaster | ID | id | MNCTV; MNC TV | mnctv.com
        RCTI | broadcaster | ID | id | RCTI; Rajawali Citra Televisi Indonesia | rcti.tv; rctiplus.com
        SCTV | broadcaster | ID | id | SCTV; Surya Citra Televisi | sctv.co.id
        Indosiar | broadcaster | ID | id | Indosiar | indosiar.com
        Trans TV | broadcaster | ID | id | Trans TV; TransTV | transtv.co.id
        Trans7 | broadcaster | ID | id | Trans7; Trans 7 | trans7.co.id
        ANTV | broadcaster | ID | id | ANTV | antvklik.com
        GTV | broadcaster | ID | id | GTV; Global TV |
        NET TV | broadcaster | ID | id | NET TV |
        IDX Channel | broadcaster | ID | id | IDX Channel; IDXChannel; IDXChannel.com | idxchannel.com
        KBR | broadcaster | ID | id | KBR; Kantor Berita Radio; KBR.id | kbr.id
        Elshinta | broadcaster | ID | id | Elshinta; Radio Elshinta; Elshinta.com | elshinta.com
        Sonora | broadcaster | ID | id | Radio Sonora; Sonora FM; Sonora.id | sonora.id
        Prambors | broadcaster | ID | id | Prambors; Prambors FM; Radio Prambors | pramborsfm.com
        Suara Surabaya | broadcaster | ID | id | Suara Surabaya; SuaraSurabaya.net; Radio Suara Surabaya | suarasurabaya.net
        # Broadcasters: international
        BBC | broadcaster | GB | en | BBC; BBC News; BBC World Service; BBC World; BBC Indonesia; BBC News Indonesia; British Broadcasting Corporation | bbc.com; bbc.co.uk
        Sky News | broadcaster | GB | en | Sky News | news.sky.com
        ITV | broadcaster | GB | en | ITV; ITV News | itv.com
        Channel 4 News | broadcaster | GB | en | Channel 4 News; Channel 4 | channel4.com
        Sky Sports | broadcaster | GB | en | Sky Sports | skysports.com
        RTÉ | broadcaster | IE | en | RTÉ; RTE; RTÉ News | rte.ie
        CNN | broadcaster | US | en | CNN; CNN International; Cable News Network | cnn.com; edition.cnn.com
        CNBC | broadcaster | US | en | CNBC; CNBC International | cnbc.com
        MSNBC | broadcaster | US | en | MSNBC; =MS NOW | msnbc.com
        Fox News | broadcaster | US | en | Fox News; Fox News Channel; FoxNews.com | foxnews.com
        Fox Business | broadcaster | US | en | Fox Business; Fox Business Network | foxbusiness.com
        ABC News | broadcaster | US | en | ABC News; American Broadcasting Company | abcnews.go.com
        CBS News | broadcaster | US | en | CBS News; CBS | cbsnews.com
        NBC News | broadcaster | US | en | NBC News; NBC | nbcnews.com
        NPR | broadcaster | US | en | NPR; National Public Radio | npr.org
        PBS | broadcaster | US | en | PBS; PBS NewsHour; Public Broadcasting Service | pbs.org
        Voice of America | broadcaster | US | en | Voice of America; VOA; VOA News; VOA Indonesia | voanews.com; voaindonesia.com
        Radio Free Asia | broadcaster | US | en | Radio Free Asia; =RFA | rfa.org
        Radio Free Europe/Radio Liberty | broadcaster | US | en | Radio Free Europe; Radio Liberty; RFE/RL | rferl.org
        ESPN | broadcaster | US | en | ESPN | espn.com
        E! News | broadcaster | US | en | E! News; E! Online | eonline.com
        CBC | broadcaster | CA | en | CBC; CBC News; Canadian Broadcasting Corporation | cbc.ca
        Al Jazeera | broadcaster | QA | ar | Al Jazeera; Al-Jazeera; Aljazeera; Al Jazeera English; Al Jazeera Arabic | aljazeera.com; aljazeera.net
        beIN Sports | broadcaster | QA | ar | beIN Sports | beinsports.com
        Al Arabiya | broadcaster | AE | ar | Al Arabiya; Al-Arabiya | alarabiya.net
        TRT | broadcaster | TR | tr | TRT; TRT World; Turkish Radio and Television Corporation | trt.net.tr; trtworld.com
        Press TV | broadcaster | IR | en | Press TV; PressTV | presstv.ir
        France 24 | broadcaster | FR | fr | France 24; France24 | france24.com
        RFI | broadcaster | FR | fr | RFI; Radio France Internationale | rfi.fr
        Eurosport | broadcaster | FR | en | Eurosport | eurosport.com
        Euronews | broadcaster | -- | en | Euronews | euronews.com
        Deutsche Welle | broadcaster | DE | de | Deutsche Welle; =DW; DW News | dw.com
        ARD | broadcaster | DE | de | ARD; Tagesschau | ard.de; tagesschau.de
        ZDF | broadcaster | DE | de | ZDF | zdf.de
        ORF | broadcaster | AT | de | ORF | orf.at
        RAI | broadcaster | IT | it | RAI; RaiNews; Rai News | rai.it; rainews.it
        RTVE | broadcaster | ES | es | RTVE; TVE | rtve.es
        RT | broadcaster | RU | en | Russia Today; RT News | rt.com
        NHK | broadcaster | JP | ja | NHK; NHK World; NHK World-Japan; Japan Broadcasting Corporation | nhk.or.jp
        KBS | broadcaster | KR | ko | KBS; KBS World; Korean Broadcasting System | kbs.co.kr
        YTN | broadcaster | KR | ko | YTN | ytn.co.kr
        Arirang | broadcaster | KR | en | Arirang TV; Arirang News | arirang.com
        CCTV | broadcaster | CN | zh | China Central Television | cctv.com
        CGTN | broadcaster | CN | en | CGTN; China Global Television Network | cgtn.com
        Phoenix TV | broadcaster | HK | zh | Phoenix TV; Phoenix Television; Phoenix Satellite Television | ifeng.com
        CNA | broadcaster | SG | en | =CNA; Channel NewsAsia; CNA.asia | channelnewsasia.com
        NDTV | broadcaster | IN | en | NDTV; New Delhi Television | ndtv.com
        WION | broadcaster | IN | en | WION | wionews.com
        Geo News | broadcaster | PK | ur | Geo News; Geo TV | geo.tv
        ABC Australia | broadcaster | AU | en | ABC Australia; Australian Broadcasting Corporation; ABC Indonesia; ABC News Australia | abc.net.au
        SBS | broadcaster | AU | en | SBS Australia; Special Broadcasting Service | sbs.com.au
        RNZ | broadcaster | NZ | en | RNZ; Radio New Zealand | rnz.co.nz

        # Magazines and journals
        Time | magazine | US | en | ^Time; Time magazine | time.com
        Newsweek | magazine | US | en | Newsweek | newsweek.com
        The Economist | magazine | GB | en | The Economist | economist.com
        Forbes | magazine | US | en | Forbes; Forbes Indonesia; Forbes Asia | forbes.com
        Fortune | magazine | US | en | ^Fortune; Fortune magazine | fortune.com
        Barron's | magazine | US | en | Barron's; Barrons | barrons.com
        Fast Company | magazine | US | en | Fast Company | fastcompany.com
        Harvard Business Review | magazine | US | en | Harvard Business Review; =HBR | hbr.org
        Foreign Policy | magazine | US | en | =Foreign Policy | foreignpolicy.com
        The Atlantic | magazine | US | en | =The Atlantic | theatlantic.com
        The New Yorker | magazine | US | en | The New Yorker | newyorker.com
        Vanity Fair | magazine | US | en | Vanity Fair | vanityfair.com
        Rolling Stone | magazine | US | en | Rolling Stone | rollingstone.com
        Variety | magazine | US | en | ^Variety | variety.com
        The Hollywood Reporter | magazine | US | en | The Hollywood Reporter; Hollywood Reporter | hollywoodreporter.com
        Billboard | magazine | US | en | ^Billboard | billboard.com
        Entertainment Weekly | magazine | US | en | Entertainment Weekly | ew.com
        People | magazine | US | en | People magazine | people.com
        Us Weekly | magazine | US | en | Us Weekly | usmagazine.com
        Vogue | magazine | US | en | ^Vogue | vogue.com
        GQ | magazine | US | en | =GQ | gq.com
        Esquire | magazine | US | en | ^Esquire | esquire.com
        Men's Health | magazine | US | en | =Men's Health | menshealth.com
        Harper's Bazaar | magazine | US | en | Harper's Bazaar; Harpers Bazaar | harpersbazaar.com
        Cosmopolitan | magazine | US | en | ^Cosmopolitan; Cosmopolitan Indonesia | cosmopolitan.com
        Elle | magazine | FR | fr | =ELLE; Elle magazine | elle.com
        Marie Claire | magazine | FR | fr | Marie Claire | marieclaire.com
        Paris Match | magazine | FR | fr | Paris Match | parismatch.com
        Le Point | magazine | FR | fr | Le Point | lepoint.fr
        Der Spiegel | magazine | DE | de | Der Spiegel; ^Spiegel; Spiegel Online | spiegel.de
        NME | magazine | GB | en | NME; New Musical Express | nme.com
        FourFourTwo | magazine | GB | en | FourFourTwo | fourfourtwo.com
        India Today | magazine | IN | en | India Today | indiatoday.in
        Travel + Leisure | magazine | US | en | Travel + Leisure; Travel and Leisure; Travel & Leisure | travelandleisure.com
        Condé Nast Traveler | magazine | US | en | Condé Nast Traveler; Conde Nast Traveler; Condé Nast Traveller | cntraveler.com
        Reader's Digest | magazine | US | en | Reader's Digest | rd.com
        National Geographic | magazine | US | en | National Geographic; Nat Geo; NatGeo; National Geographic Indonesia | nationalgeographic.com; nationalgeographic.grid.id
        Smithsonian Magazine | magazine | US | en | Smithsonian Magazine | smithsonianmag.com
        Scientific American | magazine | US | en | Scientific American | scientificamerican.com
        Popular Science | magazine | US | en | Popular Science; PopSci | popsci.com
        Popular Mechanics | magazine | US | en | Popular Mechanics | popularmechanics.com
        New Scientist | magazine | GB | en | New Scientist | newscientist.com
        MIT Technology Review | magazine | US | en | MIT Technology Review; Technology Review | technologyreview.com
        Wired | magazine | US | en | ^Wired | wired.com
        Nature | magazine | GB | en | jurnal Nature; Nature journal | nature.com
        Science | magazine | US | en | jurnal Science; Science magazine | science.org

        # Business, technology, entertainment and sports sites
        TechCrunch | online | US | en | TechCrunch | techcrunch.com
        # Institutions' own news sites: quoted as bodies, never media
        Tribratanews | government | ID | id | Tribratanews; TribratanewsPolri; Tribrata News | tribratanews.polri.go.id
        Windows Central | online | US | en | Windows Central | windowscentral.com
        InStyle | magazine | US | en | InStyle | instyle.com
        New Media Age | magazine | GB | en | New Media Age |
        Tuttosport | newspaper | IT | it | Tuttosport | tuttosport.com
        Lonely Planet | magazine | GB | en | Lonely Planet | lonelyplanet.com
        Collider | online | US | en | Collider | collider.com
        Coming Soon | online | US | en | ComingSoon; ComingSoon.net | comingsoon.net
        The Post and Courier | newspaper | US | en | The Post and Courier; Post and Courier | postandcourier.com
        TheBlaze | online | US | en | TheBlaze; The Blaze | theblaze.com
        DPReview | online | US | en | DPReview; Digital Photography Review | dpreview.com
        Wareable | online | GB | en | Wareable | wareable.com
        Recode | online | US | en | Recode | recode.net
        Tuttomotoriweb | online | IT | it | Tuttomotoriweb | tuttomotoriweb.it
        Simamaung | online | ID | id | Simamaung | simamaung.com
        The Verge | online | US | en | =The Verge | theverge.com
        Engadget | online | US | en | Engadget | engadget.com
        Ars Technica | online | US | en | Ars Technica | arstechnica.com
        Gizmodo | online | US | en | Gizmodo | gizmodo.com
        Mashable | online | US | en | Mashable | mashable.com
        CNET | online | US | en | CNET | cnet.com
        ZDNet | online | US | en | ZDNet | zdnet.com
        VentureBeat | online | US | en | VentureBeat | venturebeat.com
        The Next Web | online | NL | en | The Next Web; =TNW | thenextweb.com
        9to5Mac | online | US | en | 9to5Mac | 9to5mac.com
        9to5Google | online | US | en | 9to5Google | 9to5google.com
        MacRumors | online | US | en | MacRumors | macrumors.com
        AppleInsider | online | US | en | AppleInsider | appleinsider.com
        Android Authority | online | US | en | Android Authority | androidauthority.com
        Android Police | online | US | en | Android Police | androidpolice.com
        Android Central | online | US | en | Android Central | androidcentral.com
        XDA Developers | online | US | en | XDA Developers; XDA-Developers; XDA | xda-developers.com
        GSMArena | online | BG | en | GSMArena; GSMArena.com | gsmarena.com
        Notebookcheck | online | DE | en | Notebookcheck | notebookcheck.net
        Liliputing | online | US | en | Liliputing | liliputing.com
        Tom's Hardware | online | US | en | Tom's Hardware; Toms Hardware | tomshardware.com
        AnandTech | online | US | en | AnandTech | anandtech.com
        PCMag | online | US | en | PCMag; PC Magazine | pcmag.com
        TechRadar | online | GB | en | TechRadar | techradar.com
        Digital Trends | online | US | en | =Digital Trends | digitaltrends.com
        SlashGear | online | US | en | SlashGear | slashgear.com
        BleepingComputer | online | US | en | BleepingComputer; Bleeping Computer | bleepingcomputer.com
        The Register | online | GB | en | =The Register | theregister.com
        The Information | online | US | en | =The Information | theinformation.com
        Tech in Asia | online | SG | en | Tech in Asia; TechInAsia; Tech in Asia Indonesia | techinasia.com
        e27 | online | SG | en | =e27 | e27.co
        KrASIA | online | SG | en | KrASIA | kr-asia.com
        DealStreetAsia | online | SG | en | DealStreetAsia | dealstreetasia.com
        Rest of World | online | US | en | =Rest of World | restofworld.org
        CoinDesk | online | US | en | CoinDesk | coindesk.com
        Cointelegraph | online | US | en | Cointelegraph | cointelegraph.com
        Business Insider | online | US | en | Business Insider; ^Insider | businessinsider.com; insider.com
        Quartz | online | US | en | ^Quartz; =QZ | qz.com
        MarketWatch | online | US | en | MarketWatch | marketwatch.com
        Investing.com | online | -- | en | Investing.com | investing.com
        Seeking Alpha | online | US | en | Seeking Alpha | seekingalpha.com
        Benzinga | online | US | en | Benzinga | benzinga.com
        Moneycontrol | online | IN | en | Moneycontrol | moneycontrol.com
        Yahoo Finance | online | US | en | Yahoo Finance; Yahoo! Finance | finance.yahoo.com
        Yahoo News | online | US | en | Yahoo News; Yahoo! News | news.yahoo.com
        HuffPost | online | US | en | HuffPost; Huffington Post; The Huffington Post | huffpost.com
        BuzzFeed News | online | US | en | BuzzFeed News; BuzzFeed | buzzfeednews.com; buzzfeed.com
        Vox | online | US | en | ^Vox; Vox.com | vox.com
        Slate | online | US | en | ^Slate; Slate magazine | slate.com
        Salon | online | US | en | Salon.com | salon.com
        The Daily Beast | online | US | en | The Daily Beast; Daily Beast | thedailybeast.com
        Breitbart | online | US | en | Breitbart; Breitbart News | breitbart.com
        Western Journal | online | US | en | Western Journal; The Western Journal | westernjournal.com
        Politico | online | US | en | Politico; Politico Europe | politico.com; politico.eu
        Axios | online | US | en | Axios | axios.com
        The Hill | online | US | en | =The Hill | thehill.com
        The Intercept | online | US | en | The Intercept | theintercept.com
        Vice | online | US | en | Vice News; Vice Media | vice.com
        The Conversation | online | -- | en | =The Conversation; The Conversation Indonesia | theconversation.com
        Mongabay | online | US | en | Mongabay; Mongabay Indonesia | mongabay.com; mongabay.co.id
        Boldsky | online | IN | en | Boldsky | boldsky.com
        Ace Showbiz | online | -- | en | Ace Showbiz; AceShowbiz | aceshowbiz.com
        TMZ | online | US | en | TMZ | tmz.com
        Deadline | online | US | en | Deadline Hollywood; Deadline.com | deadline.com
        IGN | online | US | en | IGN | ign.com
        Kotaku | online | US | en | Kotaku | kotaku.com
        Polygon | online | US | en | Polygon.com | polygon.com
        GameSpot | online | US | en | GameSpot | gamespot.com
        Eurogamer | online | GB | en | Eurogamer | eurogamer.net
        PC Gamer | online | GB | en | PC Gamer | pcgamer.com
        Goal | online | -- | en | ^Goal; Goal.com; Goal International; Goal Indonesia | goal.com
        The Athletic | online | US | en | =The Athletic | theathletic.com
        Transfermarkt | online | DE | de | Transfermarkt | transfermarkt.com; transfermarkt.de
        Football Italia | online | GB | en | Football Italia | football-italia.net
        Marca | newspaper | ES | es | Marca | marca.com
        Diario AS | newspaper | ES | es | Diario AS; AS.com | as.com
        Mundo Deportivo | newspaper | ES | es | Mundo Deportivo | mundodeportivo.com
        La Gazzetta dello Sport | newspaper | IT | it | La Gazzetta dello Sport; Gazzetta dello Sport | gazzetta.it
        Corriere dello Sport | newspaper | IT | it | Corriere dello Sport | corrieredellosport.it
        Tuttosport | newspaper | IT | it | Tuttosport | tuttosport.com
        L'Équipe | newspaper | FR | fr | L'Équipe; L'Equipe | lequipe.fr
        Kicker | magazine | DE | de | Kicker.de | kicker.de

        # Stock photo and image libraries
        Getty Images | stock | US | en | Getty Images; GettyImages | gettyimages.com
        iStock | stock | CA | en | iStock; iStockphoto | istockphoto.com
        Shutterstock | stock | US | en | Shutterstock | shutterstock.com
        Adobe Stock | stock | US | en | Adobe Stock | stock.adobe.com
        Alamy | stock | GB | en | Alamy; Alamy Stock Photo | alamy.com
        Dreamstime | stock | US | en | Dreamstime | dreamstime.com
        Pixabay | stock | DE | en | Pixabay | pixabay.com
        Pexels | stock | DE | en | Pexels | pexels.com
        Unsplash | stock | CA | en | Unsplash | unsplash.com
        Freepik | stock | ES | en | Freepik | freepik.com
        """#
}
