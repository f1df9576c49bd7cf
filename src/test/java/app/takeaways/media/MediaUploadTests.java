package app.takeaways.media;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Uploading pictures to the library as an editor would: every format is accepted by its
 * content and stored without metadata, in widths never larger than the upload; anything
 * else is refused with a message beside the field, and nothing is stored.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
class MediaUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor editor() {
		return user("media-editor").roles("EDITOR");
	}

	MockHttpServletResponse upload(String name, String contentType, byte[] content, String alt) throws Exception {
		return this.mvc
			.perform(multipart("/editor/media").file(new MockMultipartFile("file", name, contentType, content))
				.param("altText", alt)
				.with(csrf())
				.with(editor()))
			.andReturn()
			.getResponse();
	}

	/** Uploads an accepted picture; returns the addresses of its stored widths. */
	List<String> accepted(String name, byte[] content) throws Exception {
		MockHttpServletResponse response = upload(name, "application/octet-stream", content, "A gradient");
		assertThat(response.getRedirectedUrl()).isEqualTo("/editor/media");
		String hash = MediaLibrary.hash(content);
		return this.jdbc.sql("select address from media_blob where address like ? order by address")
			.param(hash + "-%")
			.query(String.class)
			.list();
	}

	byte[] served(String address) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/media/" + address)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	void refused(String name, String contentType, byte[] content, String message) throws Exception {
		long images = count("media_image");
		long blobs = count("media_blob");
		MockHttpServletResponse response = upload(name, contentType, content, "Something");
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#file-error").text()).contains(message);
		assertThat(count("media_image")).isEqualTo(images);
		assertThat(count("media_blob")).isEqualTo(blobs);
	}

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static void assertNoMetadata(byte[] variant) throws Exception {
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(variant), variant.length);
		assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
		assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
		assertThat(metadata.getDirectoriesOfType(XmpDirectory.class)).isEmpty();
		for (Directory directory : metadata.getDirectories()) {
			assertThat(directory.getDescription(ExifIFD0Directory.TAG_MAKE)).isNull();
		}
		assertThat(new String(variant, StandardCharsets.ISO_8859_1)).doesNotContain("TestCam", "GPSLatitude");
	}

	MockHttpServletResponse uploadInPlace(String name, byte[] content, String alt) throws Exception {
		return this.mvc
			.perform(multipart("/editor/media/upload")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("altText", alt)
				.header("Accept", "application/json")
				.with(csrf())
				.with(editor()))
			.andReturn()
			.getResponse();
	}

	@Test
	void thePostFormsInPlaceUploadAnswersWithTheMarkdownToInsert() throws Exception {
		byte[] png = TestImages.png(1000, 500);
		String hash = MediaLibrary.hash(png);

		MockHttpServletResponse response = uploadInPlace("quay.png", png, "The quay at low tide");

		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getContentType()).startsWith("application/json");
		String json = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"hash\":\"" + hash + "\"", "The quay at low tide (1000 × 500)",
				"![The quay at low tide](/media/" + hash + "-");
		assertThat(
				this.jdbc.sql("select count(*) from media_image where hash = ?").param(hash).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theInPlaceUploadRefusesWithProblemDetailsAndStoresNothing() throws Exception {
		long images = count("media_image");
		long blobs = count("media_blob");

		MockHttpServletResponse notAPicture = uploadInPlace("page.png", "<html><body>hi</body></html>".getBytes(),
				"Something");
		MockHttpServletResponse noAlt = uploadInPlace("quay.png", TestImages.png(20, 20), " ");

		assertThat(notAPicture.getStatus()).isEqualTo(400);
		assertThat(notAPicture.getContentType()).startsWith("application/problem+json");
		assertThat(notAPicture.getContentAsString(StandardCharsets.UTF_8))
			.contains("This file is not a JPEG, PNG, WebP or GIF picture");
		assertThat(noAlt.getStatus()).isEqualTo(400);
		assertThat(noAlt.getContentAsString(StandardCharsets.UTF_8)).contains("Describe the picture");
		assertThat(count("media_image")).isEqualTo(images);
		assertThat(count("media_blob")).isEqualTo(blobs);
	}

	@Test
	void jpegWithGpsIsStoredUprightWithoutMetadata() throws Exception {
		byte[] jpeg = TestImages.jpegWithGps(1200, 600, 6);
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
			.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

		List<String> stored = accepted("holiday.jpg", jpeg);

		String hash = MediaLibrary.hash(jpeg);
		// turned upright: 600 wide, 1200 high, so widths 480 and 600
		assertThat(stored).containsExactly(hash + "-480.jpg", hash + "-600.jpg");
		for (String address : stored) {
			assertNoMetadata(served(address));
		}
		var full = javax.imageio.ImageIO.read(new ByteArrayInputStream(served(hash + "-600.jpg")));
		assertThat(full.getWidth()).isEqualTo(600);
		assertThat(full.getHeight()).isEqualTo(1200);
	}

	@Test
	void pngWithGpsIsStoredWithoutMetadata() throws Exception {
		byte[] png = TestImages.pngWithGps(700, 350);
		assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("eXIf");

		List<String> stored = accepted("map.png", png);

		String hash = MediaLibrary.hash(png);
		assertThat(stored).containsExactly(hash + "-480.png", hash + "-700.png");
		for (String address : stored) {
			assertNoMetadata(served(address));
		}
	}

	@Test
	void gifWithGpsIsStoredAsPngWithoutMetadata() throws Exception {
		byte[] gif = TestImages.gifWithGps(300, 200);
		assertThat(new String(gif, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

		List<String> stored = accepted("animation.gif", gif);

		assertThat(stored).containsExactly(MediaLibrary.hash(gif) + "-300.png");
		assertNoMetadata(served(stored.get(0)));
	}

	@Test
	void webpWithGpsIsStoredAsJpegWithoutMetadata() throws Exception {
		byte[] webp = TestImages.webpWithGps();
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(webp))
			.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

		List<String> stored = accepted("photo.webp", webp);

		String hash = MediaLibrary.hash(webp);
		assertThat(stored).containsExactly(hash + "-480.jpg", hash + "-640.jpg");
		for (String address : stored) {
			assertNoMetadata(served(address));
		}
	}

	@Test
	void largePictureGetsEveryWidthUpTo1600() throws Exception {
		byte[] jpeg = TestImages.jpeg(2400, 1200);

		List<String> stored = accepted("wide.jpg", jpeg);

		String hash = MediaLibrary.hash(jpeg);
		assertThat(stored).containsExactlyInAnyOrder(hash + "-480.jpg", hash + "-960.jpg", hash + "-1600.jpg");
		var largest = javax.imageio.ImageIO.read(new ByteArrayInputStream(served(hash + "-1600.jpg")));
		assertThat(largest.getWidth()).isEqualTo(1600);
		assertThat(largest.getHeight()).isEqualTo(800);
	}

	@Test
	void pngNamedJpgIsTakenAsPng() throws Exception {
		byte[] png = TestImages.png(320, 160);

		List<String> stored = accepted("really-a-png.jpg", png);

		assertThat(stored).containsExactly(MediaLibrary.hash(png) + "-320.png");
		MockHttpServletResponse response = this.mvc.perform(get("/media/" + stored.get(0))).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("image/png");
	}

	@Test
	void htmlNamedPngIsRefused() throws Exception {
		refused("cat.png", "image/png",
				"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8),
				"not a JPEG, PNG, WebP or GIF");
	}

	@Test
	void gifScriptPolyglotIsRefused() throws Exception {
		// starts like a GIF, but is JavaScript that a browser would run: it does not
		// decode
		refused("polyglot.gif", "image/gif",
				"GIF89a/*\u0000\u0000*/=1;alert(document.domain);//".getBytes(StandardCharsets.ISO_8859_1),
				"could not be read as a picture");
	}

	@Test
	void pictureWithHtmlAppendedIsStoredWithoutIt() throws Exception {
		byte[] png = TestImages.png(200, 100);
		byte[] polyglot = new byte[png.length + 40];
		System.arraycopy(png, 0, polyglot, 0, png.length);
		byte[] html = "<html><script>alert(1)</script></html>    ".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(html, 0, polyglot, png.length, 40);

		List<String> stored = accepted("appended.png", polyglot);

		assertThat(new String(served(stored.get(0)), StandardCharsets.ISO_8859_1)).doesNotContain("<script");
	}

	@Test
	void svgWithScriptIsRefused() throws Exception {
		refused("logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8), "SVG and other files are not accepted");
	}

	@Test
	void tinyPngWithHugeDimensionsIsRefusedBeforeDecoding() throws Exception {
		refused("bomb.png", "image/png", TestImages.hugeDimensionsPng(), "more than 40 megapixels");
	}

	@Test
	void fileOverTenMegabytesIsRefused() throws Exception {
		byte[] big = new byte[12 * 1024 * 1024];
		byte[] jpeg = TestImages.jpeg(100, 100);
		System.arraycopy(jpeg, 0, big, 0, jpeg.length);
		refused("huge.jpg", "image/jpeg", big, "larger than 10 MB");
	}

	@Test
	void altTextIsRequiredUnlessDecorative() throws Exception {
		byte[] png = TestImages.png(90, 60);
		MockHttpServletResponse missing = upload("a.png", "image/png", png, " ");
		assertThat(Jsoup.parse(missing.getContentAsString(StandardCharsets.UTF_8)).select("#altText-error").text())
			.contains("Describe the picture");

		MockHttpServletResponse decorative = this.mvc
			.perform(multipart("/editor/media").file(new MockMultipartFile("file", "a.png", "image/png", png))
				.param("decorative", "true")
				.with(csrf())
				.with(editor()))
			.andReturn()
			.getResponse();
		assertThat(decorative.getRedirectedUrl()).isEqualTo("/editor/media");
	}

	@Test
	void readersCannotUpload() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(multipart("/editor/media")
				.file(new MockMultipartFile("file", "a.png", "image/png", TestImages.png(10, 10)))
				.param("altText", "x")
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}

}
