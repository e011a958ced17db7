import Testing

@testable import Attribution

/// The text read out of a page is the article as a reader sees it: no scripts, menus, related
/// links, comments or footers; paragraphs apart by a blank line, lines by a line break.
@Suite struct MainTextTests {
    private func text(_ html: String) -> String { HTMLPage(html: html).text }

    @Test func paragraphsLinesAndSpacesAreLaidOutAsABrowserShowsThem() {
        let html = """
            <body><h1>Judul  Berita</h1><p>Satu
              dua <b>tiga</b>.</p><div>Empat</div><p>Lima<br>enam<br/>tujuh</p>
            <ul><li>a</li><li>b</ul><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></table>
            <pre>  a  b
            c</pre></body>
            """
        #expect(
            text(html) == "Judul Berita\n\nSatu dua tiga.\n\nEmpat\n\nLima\nenam\ntujuh\n\na\nb\n\nx\ty\nz\n\n  a  b\nc"
        )
    }

    @Test func scriptsStylesCommentsAndHiddenTextAreNeverText() {
        let html = """
            <p>Awal.</p><script>var s = "</p><p>dilansir dari Reuters</p>"; if (a<b) {}</script>
            <style>p::after { content: "Antara" }</style><!-- menurut laporan AFP --><noscript>Bloomberg</noscript>
            <p hidden>Kompas</p><p aria-hidden="true">Tempo</p><p style="display: none">Detik</p>
            <template><p>Xinhua</p></template><svg><title>BBC</title><text>CNN</text></svg>
            <form><button>Kirim ke Reuters</button><select><option>AFP</select></form><p>Akhir.</p>
            """
        #expect(text(html) == "Awal.\n\nAkhir.")
    }

    @Test func navigationAsidesAndThePageHeaderAndFooterAreLeftOut() {
        let html = """
            <header><a href="/">Logo</a> Kompas</header><nav>Menu Detik</nav>
            <div role="navigation">Tempo</div><aside>Terpopuler: Reuters</aside>
            <p>Isi berita ini cukup panjang untuk menjadi artikel utama halaman.</p>
            <footer>© Suara.com, mitra Antara</footer><div role="contentinfo">AFP</div>
            """
        #expect(text(html) == "Isi berita ini cukup panjang untuk menjadi artikel utama halaman.")
    }

    @Test func anArticlesOwnHeaderAndFooterKeepItsCredits() {
        let html = """
            <article><header><h1>Judul</h1></header><p>Isi berita.</p><footer>Sumber: Antara</footer></article>
            """
        #expect(text(html) == "Judul\n\nIsi berita.\n\nSumber: Antara")
    }

    @Test func classesOfPageFurnitureAreLeftOutWithAllTheyHold() {
        let html = """
            <div class="content"><p>Isi berita yang panjang dan penting untuk dibaca semua orang.</p>
            <div class="box-related"><p>Menurut laporan Reuters</p></div><div id="komentar">Kata AFP</div>
            <div class="social-share">Bagikan</div><div class="ad">Iklan</div><p>Penutup.</p></div>
            """
        #expect(text(html) == "Isi berita yang panjang dan penting untuk dibaca semua orang.\n\nPenutup.")
    }

    @Test func aFurnitureClassOnTheElementThatHoldsTheArticleDoesNotDropIt() {
        let html = """
            <body class="has-sidebar"><div class="layout-with-sidebar">
            <p>Isi berita yang panjang dan penting untuk dibaca semua orang di mana saja.</p>
            <div class="sidebar">Menurut laporan Reuters</div></div></body>
            """
        #expect(text(html) == "Isi berita yang panjang dan penting untuk dibaca semua orang di mana saja.")
    }

    @Test func blocksOfLinksGoButLinkedCreditsStay() {
        let html = """
            <p>Harga naik, menurut <a href="https://reuters.com">Reuters</a>.</p>
            <ul><li><a href="/1">Dilansir dari AFP: harga minyak naik lagi</a></li>
            <li><a href="/2">Berita lain dari Tempo hari ini</a> <span>2 jam lalu</span></li></ul>
            <p>Baca juga: <a href="/3">Kompas melaporkan banjir di tiga kecamatan</a></p>
            <p>(<a href="https://antaranews.com">Antara</a>)</p>
            """
        #expect(text(html) == "Harga naik, menurut Reuters.\n\n(Antara)")
    }

    @Test func theLargestArticleIsTheRegionAndSmallArticleCardsAreNot() {
        let body = String(repeating: "Isi berita utama yang panjang. ", count: 10)
        let html = """
            <div>Teks lain di halaman.</div>
            <article class="card"><p>Kartu: menurut laporan AFP</p></article>
            <article><p>\(body)</p></article><article class="card"><p>Kartu: kata Reuters</p></article>
            """
        #expect(text(html) == String(body.dropLast()))
    }

    @Test func aSmallArticleIsNotTakenForThePage() {
        let body = String(repeating: "Isi halaman tanpa artikel bertanda. ", count: 10)
        let html = "<div><p>\(body)</p></div><article><p>Kartu kecil.</p></article>"
        #expect(text(html) == String(body.dropLast()) + "\n\nKartu kecil.")
    }

    @Test func articleBodyMarkupIsAnArticle() {
        let body = String(repeating: "Isi berita utama. ", count: 10)
        for open in ["<div itemprop=\"articleBody\">", "<div class=\"entry-content\">", "<div role=\"article\">"] {
            let html =
                "<div class=\"x\"><p>Bagian lain halaman yang tidak penting.</p></div>\(open)<p>\(body)</p></div>"
            #expect(text(html) == String(body.dropLast()))
        }
    }

    @Test func unclosedAndStrayTagsAreReadAsBrowsersReadThem() {
        #expect(
            text("<p>satu<p>dua<div>tiga</span></b></div>empat</p></p>lima") == "satu\n\ndua\n\ntiga\nempat\n\nlima")
        #expect(text("<ul><li>a<li>b<li>c</ul>d") == "a\nb\nc\n\nd")
        #expect(text("<p>a <b>b <i>c</b> d</i> e") == "a b c d e")
        #expect(text("text < 5 and 3<4, a <- b") == "text < 5 and 3<4, a <- b")
        // As in browsers, `<y` opens a tag, and a tag the input ends in is dropped.
        #expect(text("x<y, a") == "x")
        #expect(text("<p>a</p><!-- unclosed comment <p>b</p>") == "a")
        #expect(text("<p>a<script>never closed</p>") == "a")
        #expect(text("<p>a <b title=\"x > y\">b</b></p>") == "a b")
        #expect(text("<p>a</p><div class=\"never-ending") == "a")
    }

    @Test func theHeadEndsAtTheFirstBodyContent() {
        #expect(text("<html><head><title>T</title>Teks tanpa body<p>lagi</p>") == "Teks tanpa body\n\nlagi")
        #expect(text("<title>T</title><meta charset=utf-8><p>isi</p>") == "isi")
    }
}
