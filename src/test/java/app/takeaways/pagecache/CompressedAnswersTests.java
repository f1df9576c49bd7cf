package app.takeaways.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.common.Compression;
import app.takeaways.post.Post;
import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser, a feed reader and curl get on the wire from the page cache: gzip and
 * brotli bodies made once, a validator per encoding, {@code Vary: Accept-Encoding}, 304
 * per encoding, HEAD like GET, and every encoding gone after a change. Real HTTP, so
 * Tomcat's own compression is in the path too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommentFixtures.class)
class CompressedAnswersTests {

	private static final List<String> ENCODINGS = List.of("", "gzip", "br");

	@LocalServerPort
	int port;

	@Autowired
	CommentFixtures fixtures;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> get(String path, String encoding, String... headers)
			throws IOException, InterruptedException {
		return send("GET", path, withEncoding(encoding, headers));
	}

	private static String[] withEncoding(String encoding, String... headers) {
		if (encoding.isEmpty()) {
			return headers;
		}
		String[] all = new String[headers.length + 2];
		all[0] = "Accept-Encoding";
		all[1] = encoding;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return all;
	}

	private static String text(HttpResponse<byte[]> response) throws IOException {
		String encoding = response.headers().firstValue("Content-Encoding").orElse("");
		byte[] body = switch (encoding) {
			case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
			case "br" -> Decoder.decompress(response.body()).getDecompressedData();
			default -> response.body();
		};
		return new String(body, StandardCharsets.UTF_8);
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse("");
	}

	@Test
	void eachEncodingOfACachedPageHasItsOwnValidatorAndTheSameContent() throws Exception {
		assertThat(Compression.brotliAvailable()).as("brotli4j's native library loads here").isTrue();
		String path = "/posts/" + this.fixtures.closedPost().getSlug();
		get(path, "");

		HttpResponse<byte[]> plain = get(path, "");
		HttpResponse<byte[]> gzip = get(path, "gzip, deflate");
		HttpResponse<byte[]> brotli = get(path, "gzip, deflate, br, zstd");

		assertThat(header(plain, "Content-Encoding")).isEmpty();
		assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
		assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
		for (HttpResponse<byte[]> response : List.of(plain, gzip, brotli)) {
			assertThat(header(response, "Vary")).containsIgnoringCase("Accept-Encoding");
			assertThat(text(response)).isEqualTo(text(plain)).contains("</html>");
			assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(response.body().length));
		}
		assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
		assertThat(brotli.body().length).isLessThan(gzip.body().length);
		String etag = header(plain, "ETag");
		assertThat(etag).startsWith("\"").endsWith("\"");
		assertThat(header(gzip, "ETag")).isEqualTo(etag.replaceFirst("\"$", "-gzip\""));
		assertThat(header(brotli, "ETag")).isEqualTo(etag.replaceFirst("\"$", "-br\""));
	}

	@Test
	void eachEncodingRevalidatesWithItsOwnValidatorAndHeadMatchesGet() throws Exception {
		String path = "/posts/" + this.fixtures.openPost().getSlug();
		for (String encoding : ENCODINGS) {
			HttpResponse<byte[]> first = get(path, encoding);
			String etag = header(first, "ETag");

			HttpResponse<byte[]> again = get(path, encoding, "If-None-Match", etag);
			HttpResponse<byte[]> head = send("HEAD", path, withEncoding(encoding));

			assertThat(again.statusCode()).as(encoding).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			assertThat(header(again, "ETag")).isEqualTo(etag);
			assertThat(header(again, "Vary")).containsIgnoringCase("Accept-Encoding");
			for (String name : new String[] { "ETag", "Content-Type", "Content-Encoding", "Content-Length", "Vary",
					"Cache-Control" }) {
				assertThat(header(head, name)).as(encoding + " " + name).isEqualTo(header(first, name));
			}
			assertThat(head.body()).isEmpty();
		}
		String plainEtag = header(get(path, ""), "ETag");
		assertThat(get(path, "gzip", "If-None-Match", plainEtag).statusCode())
			.as("the plain body's validator does not match the gzip body")
			.isEqualTo(200);
	}

	@Test
	void aChangeEvictsEveryEncoding() throws Exception {
		Post post = this.fixtures.closedPost();
		String path = "/posts/" + post.getSlug();
		List<String> before = new ArrayList<>();
		for (String encoding : ENCODINGS) {
			before.add(header(get(path, encoding), "ETag"));
		}

		this.fixtures.reviseTakeaways(post.getId(), "Compressed and edited");

		for (int i = 0; i < ENCODINGS.size(); i++) {
			HttpResponse<byte[]> after = get(path, ENCODINGS.get(i), "If-None-Match", before.get(i));
			assertThat(after.statusCode()).as(ENCODINGS.get(i)).isEqualTo(200);
			assertThat(text(after)).contains("Compressed and edited");
			assertThat(header(after, "ETag")).isNotEqualTo(before.get(i));
		}
	}

	@Test
	void feedsJsonAndStaticFilesAreCompressedWhenAsked() throws Exception {
		for (String path : List.of("/feed.atom", "/feed.rss", "/api/posts", "/tags")) {
			HttpResponse<byte[]> gzip = get(path, "gzip");
			assertThat(gzip.statusCode()).as(path).isEqualTo(200);
			assertThat(header(gzip, "Content-Encoding")).as(path).isEqualTo("gzip");
			assertThat(header(gzip, "ETag")).as(path).endsWith("-gzip\"");
			assertThat(header(gzip, "Vary")).as(path).containsIgnoringCase("Accept-Encoding");
		}
		Matcher stylesheet = Pattern.compile("href=\"(/css/site[^\"]+\\.css)\"").matcher(text(get("/", "")));
		assertThat(stylesheet.find()).isTrue();
		HttpResponse<byte[]> plainCss = get(stylesheet.group(1), "");
		HttpResponse<byte[]> css = get(stylesheet.group(1), "gzip, br");
		assertThat(header(css, "Content-Encoding")).isEqualTo("br");
		assertThat(header(css, "Vary")).containsIgnoringCase("Accept-Encoding");
		assertThat(header(plainCss, "Vary")).containsIgnoringCase("Accept-Encoding");
		assertThat(text(css)).isEqualTo(text(plainCss));
		assertThat(header(css, "ETag")).isNotEqualTo(header(plainCss, "ETag"));
		assertThat(get(stylesheet.group(1), "gzip, br", "If-None-Match", header(css, "ETag")).statusCode())
			.isEqualTo(304);
	}

	@Test
	void answersThatAreNotKeptAreCompressedByTheServerAndErrorsStayProblemDetails() throws Exception {
		HttpResponse<byte[]> search = get("/api/search?q=energy", "gzip", "Accept", "application/json");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(header(search, "Content-Encoding")).isEqualTo("gzip");
		assertThat(text(search)).startsWith("{");

		HttpResponse<byte[]> missing = get("/api/posts/no-such-post", "gzip", "Accept", "application/json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(header(missing, "Content-Type")).startsWith("application/problem+json");
		assertThat(header(missing, "ETag")).isEmpty();
		assertThat(text(missing)).contains("\"status\":404");
	}

}
