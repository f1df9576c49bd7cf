package app.takeaways.transfer.wordpress;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WxrReaderTests {

	@TempDir
	Path dir;

	static String fixture() throws IOException {
		try (var in = WxrReaderTests.class.getResourceAsStream("/wordpress/site.xml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${site}", "example.org")
				.replace("${n}", "1");
		}
	}

	static String wxr(String items) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
					xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
				<channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://x.example</wp:base_site_url>
				""" + items + "</channel></rss>";
	}

	List<WxrItem> read(Path file) throws IOException {
		List<WxrItem> items = new ArrayList<>();
		new WxrSource(file).each((document) -> WxrReader.read(document, items::add));
		return items;
	}

	Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

	@Test
	void readsEveryItemWithItsFieldsCommentsAndCategories() throws IOException {
		List<WxrItem> items = read(write("site.xml", fixture().getBytes(StandardCharsets.UTF_8)));
		assertThat(items).extracting(WxrItem::postType)
			.containsExactly("post", "post", "post", "post", "page", "attachment", "nav_menu_item", "post", "post");
		WxrItem first = items.get(0);
		assertThat(first.postId()).isEqualTo(101);
		assertThat(first.postName()).isEqualTo("energy-summit-1");
		assertThat(first.postDateGmt()).isEqualTo("2024-03-14 09:30:00");
		assertThat(first.categories()).extracting(WxrItem.Category::nicename)
			.containsExactly("energy-1", "uncategorized", "summits-1");
		assertThat(first.comments()).extracting(WxrComment::id).containsExactly(501L, 502L, 503L, 504L, 505L);
		assertThat(first.comments().get(1).parentId()).isEqualTo(501);
		assertThat(items.get(1).title()).isEqualTo("Notes from the harbour & the market");
	}

	@Test
	void splitCdataIsJoinedAndSurroundingWhiteSpaceDropped() throws IOException {
		WxrItem harbour = read(write("site.xml", fixture().getBytes(StandardCharsets.UTF_8))).get(1);
		assertThat(harbour.content()).startsWith("The harbour opened").contains("if (a[i]]> 0)");
	}

	@Test
	void controlCharactersAreDroppedAndCounted() throws IOException {
		Path file = write("site.xml", fixture().getBytes(StandardCharsets.UTF_8));
		long dropped = new WxrSource(file).each((document) -> WxrReader.read(document, (item) -> {
		}));
		assertThat(dropped).isEqualTo(2);
	}

	@Test
	void declaredEncodingIsHonoured() throws IOException {
		String xml = wxr("<item><title>Caf\u00e9 na\u00efve</title><wp:post_type>post</wp:post_type></item>")
			.replace("UTF-8", "ISO-8859-1");
		List<WxrItem> items = read(write("latin1.xml", xml.getBytes(Charset.forName("ISO-8859-1"))));
		assertThat(items.get(0).title()).isEqualTo("Caf\u00e9 na\u00efve");
	}

	@Test
	void zipOfSeveralExportsIsReadFileByFile() throws IOException {
		Path zip = this.dir.resolve("export.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (String name : List.of("b.xml", "a.xml")) {
				out.putNextEntry(new ZipEntry(name));
				out.write(wxr("<item><title>" + name + "</title></item>").getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("not xml".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertThat(read(zip)).extracting(WxrItem::title).containsExactly("a.xml", "b.xml");
	}

	@Test
	void notXmlIsRefusedWithAMessage() throws IOException {
		Path file = write("x.xml", "this is a spreadsheet, not XML".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(WxrException.class).hasMessageContaining("not well-formed");
	}

	@Test
	void truncatedXmlIsRefused() throws IOException {
		String xml = fixture();
		Path file = write("t.xml", xml.substring(0, xml.length() / 2).getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(WxrException.class).hasMessageContaining("not well-formed");
	}

	@Test
	void rssFeedThatIsNotAnExportIsRefused() throws IOException {
		Path file = write("feed.xml", "<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>"
			.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(WxrException.class)
			.hasMessageContaining("not a WordPress export");
	}

	@Test
	void billionLaughsIsRefusedWithoutExpanding() throws IOException {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol")
				.append(i)
				.append(" \"")
				.append(("&lol" + (i - 1 == 0 ? "" : i - 1) + ";").repeat(10))
				.append("\">\n");
		}
		dtd.append("]>\n");
		String xml = dtd + wxr("<item><title>&lol9;</title></item>").substring(wxr("").indexOf("<rss"));
		Path file = write("lol.xml", xml.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(WxrException.class);
	}

	@Test
	void externalEntityIsNeverRead() throws IOException {
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
				+ wxr("<item><title>&xxe;</title></item>").substring(wxr("").indexOf("<rss"));
		Path file = write("xxe.xml", xml.getBytes(StandardCharsets.UTF_8));
		List<WxrItem> items = new ArrayList<>();
		assertThatThrownBy(() -> new WxrSource(file).each((document) -> WxrReader.read(document, items::add)))
			.isInstanceOf(WxrException.class);
		assertThat(items).noneMatch((item) -> item.title().contains("root:"));
	}

	@Test
	void contentOverTheLimitIsMarkedTooLongWithoutBeingKept() throws IOException {
		String big = "x".repeat(10 * 1024 * 1024);
		Path file = write("big.xml", wxr("<item><title>Big</title><content:encoded><![CDATA[" + big
				+ "]]></content:encoded><wp:post_type>post</wp:post_type></item><item><title>Small</title></item>")
			.getBytes(StandardCharsets.UTF_8));
		List<WxrItem> items = read(file);
		assertThat(items.get(0).contentTooLong()).isTrue();
		assertThat(items.get(0).content()).isEmpty();
		assertThat(items.get(1).title()).isEqualTo("Small");
	}

	@Test
	void textOfAnElementIsCappedWhileReading() throws Exception {
		var xml = javax.xml.stream.XMLInputFactory.newFactory()
			.createXMLStreamReader(new StringReader("<a><![CDATA[abc]]]]><![CDATA[>def]]></a>"));
		xml.nextTag();
		assertThat(WxrReader.text(xml, 100)).isEqualTo("abc]]>def");
	}

}
