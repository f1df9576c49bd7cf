package app.takeaways.transfer.wordpress;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import app.takeaways.media.MediaArchive;
import app.takeaways.post.PostExport;
import app.takeaways.post.PostStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WxrWriterTests {

	private static final String HASH = "0123456789abcdef0123456789abcdef";

	@Test
	void cdataIsSplitAroundItsEndMarkerAsWordPressDoes() {
		assertThat(WxrWriter.cdata("if (a[i]]> 0)")).isEqualTo("<![CDATA[if (a[i]]]]><![CDATA[> 0)]]>");
	}

	@Test
	void charactersXmlForbidsAreLeftOut() {
		assertThat(WxrWriter.cdata("a\u0000b\u000Bc")).isEqualTo("<![CDATA[abc]]>");
		assertThat(WxrWriter.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
	}

	@Test
	void pictureIsAnAttachmentItemAsWordPressWritesOne() throws IOException {
		StringWriter out = new StringWriter();
		new WxrWriter(out, "https://blog.example", ZoneOffset.UTC)
			.attachment(new MediaArchive.Attachment(HASH, "Harbour at dawn.jpg", "Boats in the harbour", "image/jpeg",
					"/media/" + HASH + "-1600.jpg", HASH + "-1600.jpg", "eda", Instant.parse("2025-03-01T10:15:00Z")),
					42, 7);

		String url = "https://blog.example/media/" + HASH + "-1600.jpg";
		assertThat(out.toString()).contains("<title><![CDATA[Harbour at dawn]]></title>")
			.contains("<wp:post_id>42</wp:post_id>")
			.contains("<wp:post_date_gmt><![CDATA[2025-03-01 10:15:00]]></wp:post_date_gmt>")
			.contains("<wp:post_name><![CDATA[harbour-at-dawn]]></wp:post_name>")
			.contains("<wp:status><![CDATA[inherit]]></wp:status>")
			.contains("<wp:post_parent>7</wp:post_parent>")
			.contains("<wp:post_type><![CDATA[attachment]]></wp:post_type>")
			.contains("<wp:post_mime_type><![CDATA[image/jpeg]]></wp:post_mime_type>")
			.contains("<wp:attachment_url><![CDATA[" + url + "]]></wp:attachment_url>")
			.contains("<wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key>\n"
					+ "\t\t\t<wp:meta_value><![CDATA[Boats in the harbour]]></wp:meta_value>");
	}

	@Test
	void decorativePictureHasNoAltText() throws IOException {
		StringWriter out = new StringWriter();
		new WxrWriter(out, "https://blog.example", ZoneOffset.UTC)
			.attachment(new MediaArchive.Attachment(HASH, "rule.png", "", "image/png", "/media/" + HASH + "-480.png",
					HASH + "-480.png", "eda", Instant.parse("2025-03-01T10:15:00Z")), 43, 0);

		assertThat(out.toString()).doesNotContain("_wp_attachment_image_alt")
			.contains("<wp:post_parent>0</wp:post_parent>");
	}

	@Test
	void postNamesItsLeadPictureAndShowsLibraryPicturesFromAbsoluteAddresses() throws IOException {
		String body = "<p><img src=\"/media/" + HASH + "-960.jpg\" srcset=\"/media/" + HASH + "-480.jpg 480w, /media/"
				+ HASH + "-960.jpg 960w\" alt=\"Boats\"></p>\n<p>Files live under /media/ on this site.</p>";
		Instant at = Instant.parse("2025-03-01T10:15:00Z");
		PostExport.Exported post = new PostExport.Exported(7, "harbour", "Harbour", "A lead.", "(markdown)", body,
				PostStatus.PUBLISHED, at, at, at, false, "eda", "Eda", List.of(), List.of(), HASH);
		StringWriter out = new StringWriter();

		new WxrWriter(out, "https://blog.example", ZoneOffset.UTC).item(post, List.of(), 42L);

		assertThat(out.toString())
			.contains(
					"<img src=\"https://blog.example/media/" + HASH + "-960.jpg\" srcset=\"https://blog.example/media/"
							+ HASH + "-480.jpg 480w, https://blog.example/media/" + HASH + "-960.jpg 960w\"")
			.contains("Files live under /media/ on this site.")
			.contains("<wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>\n"
					+ "\t\t\t<wp:meta_value><![CDATA[42]]></wp:meta_value>");
	}

}
