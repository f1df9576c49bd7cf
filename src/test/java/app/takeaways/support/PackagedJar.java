package app.takeaways.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The jar {@code ./mvnw verify} packaged before the integration tests, for the tests that
 * start it as operators do.
 */
public final class PackagedJar {

	private PackagedJar() {
	}

	public static Path find() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("takeaways-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"))
				.toAbsolutePath();
		}
	}

}
