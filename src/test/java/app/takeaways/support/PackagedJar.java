package app.takeaways.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

	/**
	 * The {@code java} of the JVM running the tests, which runs the jar too.
	 */
	public static Path java() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/**
	 * The JVM options we ship ({@code takeaways.jvm} in {@code pom.xml}, which failsafe
	 * passes on).
	 */
	public static List<String> shippedJvmOptions() {
		String options = System.getProperty("takeaways.jvm");
		if (options == null || options.isBlank()) {
			throw new IllegalStateException("takeaways.jvm is not set: run the test through ./mvnw verify");
		}
		return Arrays.asList(options.strip().split("\\s+"));
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
