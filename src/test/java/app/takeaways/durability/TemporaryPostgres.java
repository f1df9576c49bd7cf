package app.takeaways.durability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, made with the installed binaries ({@code initdb},
 * {@code pg_ctl}) in a temporary directory on a free port, so a test can stop and start
 * it without touching the shared server. As root it runs as the {@code postgres} user,
 * since PostgreSQL refuses to run as root.
 */
final class TemporaryPostgres implements AutoCloseable {

	private final Path bin;

	private final Path directory;

	private final int port;

	private TemporaryPostgres(Path bin, Path directory, int port) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
	}

	/**
	 * The newest installed PostgreSQL's binaries, or null when there are none.
	 */
	static Path binaries() {
		File[] versions = new File("/usr/lib/postgresql").listFiles();
		if (versions == null) {
			return null;
		}
		return Stream.of(versions)
			.map((version) -> version.toPath().resolve("bin"))
			.filter((bin) -> Files.isExecutable(bin.resolve("pg_ctl")))
			.max(Comparator.comparing((Path bin) -> Integer.parseInt(bin.getParent().getFileName().toString())))
			.orElse(null);
	}

	static TemporaryPostgres start(Path bin) throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory("pg-outage");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		TemporaryPostgres server = new TemporaryPostgres(bin, directory, port);
		if (isRoot()) {
			run(List.of("chown", "-R", "postgres", directory.toString()));
		}
		server.runAsOwner("initdb", "-D", server.data(), "-A", "trust", "-U", "postgres", "--no-sync");
		server.start();
		return server;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	void start() throws IOException, InterruptedException {
		runAsOwner("pg_ctl", "-D", data(), "-l", this.directory.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -k " + this.directory + " -c listen_addresses=127.0.0.1 -c fsync=on", "-w",
				"start");
	}

	/**
	 * Stops the server the way an operator's restart does: open connections are cut.
	 */
	void stop() throws IOException, InterruptedException {
		runAsOwner("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		try {
			runAsOwner("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
		}
		catch (IllegalStateException ex) {
			// already stopped
		}
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

	private String data() {
		return this.directory.resolve("data").toString();
	}

	private void runAsOwner(String program, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(this.bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		run(command);
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
