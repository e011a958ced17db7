extension CueLexicon {
    /// The reviewed cue table: `phrase | family | language | flags`, one cue a line.
    ///
    /// Phrases are lower case and matched case-insensitively on word boundaries, the longest
    /// phrase winning. Flags: `glue` lets the phrase run into the next word when an outlet's name
    /// follows at once (scraped text); `line` requires the phrase to start a line; for
    /// descriptors, `outlet=KIND` names the kind of outlet the descriptor introduces.
    static let table = #"""
        # relay: the article passes on another outlet's report
        dilansir | relay | id | glue
        dilansir dari | relay | id | glue
        seperti dilansir | relay | id | glue
        seperti dilansir dari | relay | id | glue
        sebagaimana dilansir | relay | id | glue
        sebagaimana dilansir dari | relay | id | glue
        yang dilansir | relay | id | glue
        yang dilansir dari | relay | id | glue
        seperti yang dilansir | relay | id | glue
        seperti yang dilansir dari | relay | id | glue
        dilansir oleh | relay | id | glue
        seperti dilansir oleh | relay | id | glue
        sebagaimana dilansir oleh | relay | id | glue
        dikutip oleh | relay | id | glue
        melansir | relay | id | glue
        melansir dari | relay | id | glue
        lansir | relay | id | glue
        dikutip | relay | id | glue
        dikutip dari | relay | id | glue
        seperti dikutip | relay | id | glue
        seperti dikutip dari | relay | id | glue
        seperti yang dikutip | relay | id | glue
        seperti yang dikutip dari | relay | id | glue
        sebagaimana dikutip | relay | id | glue
        sebagaimana dikutip dari | relay | id | glue
        yang dikutip | relay | id | glue
        yang dikutip dari | relay | id | glue
        mengutip | relay | id | glue
        mengutip dari | relay | id | glue
        seperti diberitakan | relay | id | glue
        sebagaimana diberitakan | relay | id | glue
        diberitakan | relay | id | glue
        seperti ditulis | relay | id |
        seperti dimuat | relay | id |
        dimuat | relay | id |
        seperti disiarkan | relay | id |
        disiarkan | relay | id |
        yang dipantau | relay | id | glue
        dipantau | relay | id | glue
        seperti dipantau | relay | id | glue
        dikonfirmasi oleh | relay | id |
        via | relay | en |
        as reported by | relay | en |
        reported by | relay | en |
        as reported in | relay | en |
        quoted by | relay | en |
        cited by | relay | en |
        citing | relay | en |
        quoting | relay | en |
        obtained by | relay | en |
        first reported by | relay | en |
        published by | relay | en |
        estimated by | relay | en |
        yang diperoleh | relay | id |
        diperoleh | relay | id |
        h/t | relay | en |
        # citation: the article cites another outlet's report
        menurut | citation | id |
        menurut laporan | citation | id |
        menurut warta | citation | id |
        menurut pemberitaan | citation | id |
        berdasarkan laporan | citation | id |
        sebagaimana dilaporkan | citation | id | glue
        seperti dilaporkan | citation | id | glue
        seperti yang dilaporkan | citation | id | glue
        dilaporkan | citation | id | glue
        dilaporkan oleh | citation | id | glue
        menurut laporan yang diturunkan oleh | citation | id |
        laporan yang diturunkan oleh | citation | id |
        dalam laporannya | citation | id |
        according to | citation | en |
        according to a report by | citation | en |
        according to a report in | citation | en |
        a report by | citation | en |
        a report in | citation | en |
        reports from | citation | en |
        # report: the outlet stands before the cue
        melaporkan | report | id | glue
        memberitakan | report | id |
        menulis | report | id |
        menuliskan | report | id |
        mewartakan | report | id |
        menyiarkan | report | id |
        mengabarkan | report | id |
        reported | report | en |
        reports | report | en |
        has reported | report | en |
        quoted | report | en |
        wrote | report | en |
        # closing: a last line crediting the whole report
        demikian | closing | id |
        demikian laporan | closing | id |
        demikian menurut | closing | id |
        demikian menurut laporan | closing | id |
        demikian menurut warta | closing | id |
        demikian dilaporkan | closing | id |
        demikian dilansir | closing | id |
        demikian diwartakan | closing | id |
        # interview: a statement made to the outlet
        kepada | interview | id | glue
        dalam wawancara dengan | interview | id | glue
        dalam wawancaranya dengan | interview | id | glue
        wawancara dengan | interview | id | glue
        wawancara eksklusif dengan | interview | id | glue
        told | interview | en |
        said to | interview | en |
        in an interview with | interview | en |
        an interview with | interview | en |
        interview with | interview | en |
        speaking to | interview | en |
        spoke to | interview | en |
        spoke with | interview | en |
        talked to | interview | en |
        said on | interview | en |
        appeared on | interview | en |
        appearing on | interview | en |
        an appearance on | interview | en |
        in an interview on | interview | en |
        speaking on | interview | en |
        broadcast of | interview | en |
        dalam wawancara kepada | interview | id | glue
        wawancara kepada | interview | id | glue
        talking to | interview | en |
        # reporting: the outlet's own reporters at work
        pantauan | reporting | id | glue
        berdasarkan pantauan | reporting | id | glue
        saat dihubungi | reporting | id | glue
        ketika dihubungi | reporting | id | glue
        dihubungi | reporting | id | glue
        saat dikonfirmasi | reporting | id | glue
        ketika dikonfirmasi | reporting | id | glue
        dikonfirmasi | reporting | id | glue
        saat ditemui | reporting | id | glue
        ketika ditemui | reporting | id | glue
        ditemui | reporting | id | glue
        seperti dilihat | reporting | id | glue
        dilihat | reporting | id | glue
        dalam catatan | reporting | id | glue
        catatan | reporting | id | glue
        berbincang dengan | reporting | id | glue
        saat berbincang dengan | reporting | id | glue
        ditanya | reporting | id | glue
        dalam program | reporting | id | glue
        baca artikel | reporting | id |
        adalah portal berita | selfDescription | id |
        merupakan portal berita | selfDescription | id |
        adalah media | selfDescription | id |
        adalah situs | selfDescription | id |
        # data: data credited to a provider
        berdasarkan data | data | id | glue
        mengutip data | data | id | glue
        data | data | id | glue
        menurut data | data | id | glue
        dikutip dari data | data | id | glue
        data from | data | en |
        # footer: the article reproduces the named outlet's copy
        sumber | footer | id | line
        sumber berita | footer | id | line
        berita ini telah tayang di | footer | id |
        artikel ini telah tayang di | footer | id |
        berita ini sudah tayang di | footer | id |
        artikel ini sudah tayang di | footer | id |
        telah tayang di | footer | id |
        source | footer | en | line
        # photo credits
        foto | photo | id |
        sumber foto | photo | id |
        kredit foto | photo | id |
        gambar header | photo | id |
        sumber gambar | photo | id |
        gambar | photo | id |
        ilustrasi | photo | id |
        photo | photo | en |
        photograph | photo | en |
        image | photo | en |
        picture | photo | en |
        credit | photo | en |
        # speech: the words of the name that follows
        kata | speech | id |
        ujar | speech | id |
        ucap | speech | id |
        tutur | speech | id |
        jelas | speech | id |
        ungkap | speech | id |
        imbuh | speech | id |
        tambah | speech | id |
        terang | speech | id |
        papar | speech | id |
        tegas | speech | id |
        sebut | speech | id |
        timpal | speech | id |
        kata dia | speech | id |
        said | speech | en |
        says | speech | en |
        # speechAfter: the words of the name before
        mengatakan | speechAfter | id |
        menjelaskan | speechAfter | id |
        mengungkapkan | speechAfter | id |
        menyatakan | speechAfter | id |
        menegaskan | speechAfter | id |
        menuturkan | speechAfter | id |
        menyebutkan | speechAfter | id |
        menyampaikan | speechAfter | id |
        mengakui | speechAfter | id |
        menambahkan | speechAfter | id |
        memperkirakan | speechAfter | id |
        mengimbau | speechAfter | id |
        menilai | speechAfter | id |
        said | speechAfter | en |
        says | speechAfter | en |
        told | speechAfter | en |
        added | speechAfter | en |
        stated | speechAfter | en |
        announced | speechAfter | en |
        insists | speechAfter | en |
        estimated | speechAfter | en |
        mengaku | speechAfter | id |
        mengklaim | speechAfter | id |
        menyebut | speechAfter | id |
        meminta | speechAfter | id |
        berharap | speechAfter | id |
        mengingatkan | speechAfter | id |
        membantah | speechAfter | id |
        memastikan | speechAfter | id |
        mengumumkan | speechAfter | id |
        menekankan | speechAfter | id |
        menerangkan | speechAfter | id |
        memaparkan | speechAfter | id |
        mengungkap | speechAfter | id |
        mencatat | speechAfter | id |
        melaporkan bahwa | speechAfter | id |
        warned | speechAfter | en |
        noted | speechAfter | en |
        explained | speechAfter | en |
        claimed | speechAfter | en |
        denied | speechAfter | en |
        argued | speechAfter | en |
        confirmed | speechAfter | en |
        predicted | speechAfter | en |
        believes | speechAfter | en |
        thinks | speechAfter | en |
        acknowledged | speechAfter | en |
        insisted | speechAfter | en |
        reported that | speechAfter | en |
        diungkap | speech | id |
        diungkapkan | speech | id |
        disampaikan | speech | id |
        dijelaskan | speech | id |
        ditegaskan | speech | id |
        dikatakan | speech | id |
        disebutkan | speech | id |
        dituturkan | speech | id |
        diakui | speech | id |
        ujarnya | speech | id |
        menurut keterangan | speech | id |
        merespons | speechAfter | id |
        mendukung | speechAfter | id |
        memperingatkan | speechAfter | id |
        menuduh | speechAfter | id |
        mengusulkan | speechAfter | id |
        menolak | speechAfter | id |
        mengecam | speechAfter | id |
        mengkritik | speechAfter | id |
        mendesak | speechAfter | id |
        menganggap | speechAfter | id |
        beralasan | speechAfter | id |
        memprediksi | speechAfter | id |
        memproyeksikan | speechAfter | id |
        menargetkan | speechAfter | id |
        menanggapi | speechAfter | id |
        mengonfirmasi | speechAfter | id |
        menginformasikan | speechAfter | id |
        mengungkapkan bahwa | speechAfter | id |
        mengharapkan | speechAfter | id |
        menyarankan | speechAfter | id |
        menyayangkan | speechAfter | id |
        mengapresiasi | speechAfter | id |
        mengatakan bahwa | speechAfter | id |
        bersuara | speechAfter | id |
        urged | speechAfter | en |
        accused | speechAfter | en |
        called | speechAfter | en |
        agreed | speechAfter | en |
        agrees | speechAfter | en |
        criticised | speechAfter | en |
        criticized | speechAfter | en |
        suggested | speechAfter | en |
        forecast | speechAfter | en |
        expects | speechAfter | en |
        warns | speechAfter | en |
        argues | speechAfter | en |
        adds | speechAfter | en |
        explains | speechAfter | en |
        concluded | speechAfter | en |
        recommended | speechAfter | en |
        welcomed | speechAfter | en |
        announces | speechAfter | en |
        predicts | speechAfter | en |
        estimates | speechAfter | en |
        expressed | speechAfter | en |
        revealed | speechAfter | en |
        disclosed | speechAfter | en |
        # document: a written source
        siaran pers | document | id |
        siaran persnya | document | id |
        keterangan tertulis | document | id |
        keterangan tertulisnya | document | id |
        keterangan resmi | document | id |
        rilis | document | id |
        nota internal | document | id |
        press release | document | en |
        in a statement | document | en |
        # descriptors: the next name is an outlet of this kind
        surat kabar | descriptor | id | outlet=newspaper
        harian | descriptor | id | outlet=newspaper
        koran | descriptor | id | outlet=newspaper
        kantor berita | descriptor | id | outlet=agency
        majalah | descriptor | id | outlet=magazine
        tabloid | descriptor | id | outlet=newspaper
        stasiun televisi | descriptor | id | outlet=broadcaster
        stasiun tv | descriptor | id | outlet=broadcaster
        televisi | descriptor | id | outlet=broadcaster
        radio | descriptor | id | outlet=broadcaster
        portal berita | descriptor | id | outlet=online
        situs berita | descriptor | id | outlet=online
        media | filler | id |
        media online | descriptor | id | outlet=online
        the newspaper | descriptor | en | outlet=newspaper
        newspaper | descriptor | en | outlet=newspaper
        news agency | descriptor | en | outlet=agency
        the news agency | descriptor | en | outlet=agency
        magazine | descriptor | en | outlet=magazine
        broadcaster | descriptor | en | outlet=broadcaster
        # filler: words between a cue and its name
        laporan | filler | id | glue
        warta | filler | id |
        pemberitaan | filler | id |
        artikel | filler | id |
        berita | filler | id |
        situs | filler | id | glue
        situs resmi | filler | id | glue
        laman | filler | id | glue
        laman resmi | filler | id | glue
        akun | filler | id |
        acara | filler | id |
        program | filler | id |
        stasiun | filler | id |
        akun resmi | filler | id |
        a report from | filler | en |
        # connectors in glued text
        dari | connector | id | glue
        dengan | connector | id | glue
        oleh | connector | id | glue
        # page furniture
        baca juga | furnitureLine | id |
        baca | furnitureLine | id | line
        lihat juga | furnitureLine | id |
        simak juga | furnitureLine | id |
        tonton juga | furnitureLine | id |
        saksikan juga | furnitureLine | id |
        saksikan | furnitureLine | id | line
        ikuti | furnitureLine | id | line
        klik | furnitureLine | id | line
        advertisement | furnitureLine | en |
        scroll to continue with content | furnitureLine | en |
        scroll to continue | furnitureLine | en |
        read also | furnitureLine | en | line
        read more | furnitureLine | en | line
        editor | furnitureLine | id | line
        pewarta | furnitureLine | id | line
        penulis | furnitureLine | id | line
        reporter | furnitureLine | id | line
        berita lainnya | furnitureBlock | id |
        berita terkait | furnitureBlock | id | line
        artikel terkait | furnitureBlock | id | line
        yuk ngaji | furnitureBlock | id |
        """#
}
