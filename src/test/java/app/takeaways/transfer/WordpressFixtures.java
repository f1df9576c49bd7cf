package app.takeaways.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The hand-written WordPress export in {@code wordpress/site.xml}, made unique per test:
 * a site address and a suffix for slugs, tags and logins of its own.
 */
final class WordpressFixtures {

	final String n = UUID.randomUUID().toString().substring(0, 8);

	final String site = "blog-" + this.n + ".example.org";

	String xml() {
		try (InputStream in = WordpressFixtures.class.getResourceAsStream("/wordpress/site.xml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${site}", this.site)
				.replace("${n}", this.n);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String slug(String base) {
		return base + "-" + this.n;
	}

	static Path file(String xml) {
		try {
			Path file = Files.createTempFile("wxr-test", ".xml");
			file.toFile().deleteOnExit();
			return Files.writeString(file, xml, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
