package app.takeaways.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The jar {@code ./mvnw verify} packaged before the integration tests, for the tests that
 * start it as operators do. Failsafe names it ({@code takeaways.packaged-jar} in
 * {@code pom.xml}), so a jar of another version left in {@code target/} is never taken;
 * run from an IDE, the one jar in {@code target/} is.
 */
public final class PackagedJar {

	private PackagedJar() {
	}

	public static Path find() throws IOException {
		String named = System.getProperty("takeaways.packaged-jar");
		if (named != null) {
			Path jar = Path.of(named).toAbsolutePath();
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw verify");
			}
			return jar;
		}
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("takeaways-.*\\.jar"))
				.reduce((one, another) -> {
					throw new IllegalStateException("More than one jar in target/: " + one + ", " + another);
				})
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"))
				.toAbsolutePath();
		}
	}

}
