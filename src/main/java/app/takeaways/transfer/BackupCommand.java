package app.takeaways.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import app.takeaways.common.TakeawaysProperties;
import app.takeaways.transfer.wordpress.ImportReport;
import app.takeaways.transfer.wordpress.WordpressImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Backups from the command line, through the same code as the admin pages:
 * {@code java -jar takeaways.jar export --format=json|wxr --out=FILE} and
 * {@code java -jar takeaways.jar import FILE} (a JSON archive or a WordPress export). The
 * application starts without its web server for these (see {@code TakeawaysApplication})
 * and exits when the command is done; a failed command exits with a non-zero status.
 */
@Component
@Order(100)
class BackupCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final SiteExport export;

	private final WordpressImporter wordpress;

	private final ArchiveImporter archive;

	private final TakeawaysProperties properties;

	BackupCommand(SiteExport export, WordpressImporter wordpress, ArchiveImporter archive,
			TakeawaysProperties properties) {
		this.export = export;
		this.wordpress = wordpress;
		this.archive = archive;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<String> words = args.getNonOptionArgs();
		if (words.isEmpty()) {
			return;
		}
		switch (words.get(0)) {
			case "export" -> export(args);
			case "import" -> {
				if (words.size() != 2) {
					throw new IllegalArgumentException("Usage: java -jar takeaways.jar import FILE");
				}
				importFile(Path.of(words.get(1)));
			}
			default -> {
			}
		}
	}

	private void export(ApplicationArguments args) throws IOException {
		String format = option(args, "format", "json");
		String out = option(args, "out", "");
		if (out.isEmpty() || !List.of("json", "wxr").contains(format)) {
			throw new IllegalArgumentException("Usage: java -jar takeaways.jar export --format=json|wxr --out=FILE");
		}
		long started = System.nanoTime();
		Path target = Path.of(out).toAbsolutePath();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try (OutputStream stream = Files.newOutputStream(partial)) {
			if ("json".equals(format)) {
				this.export.json(stream);
			}
			else {
				String site = this.properties.siteUrl();
				this.export.wxr(stream,
						(site != null && !site.isBlank()) ? site.replaceAll("/+$", "") : "http://localhost:8080");
			}
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		log.info("Exported the site as {} to {} ({} bytes in {} ms)", format, target, Files.size(target),
				(System.nanoTime() - started) / 1_000_000);
	}

	private void importFile(Path file) throws IOException {
		long started = System.nanoTime();
		ImportReport report = new ImportReport();
		if (isJson(file)) {
			this.archive.run(file, report);
		}
		else {
			this.wordpress.run(file, report);
		}
		ImportReport.Snapshot result = report.snapshot();
		log.info("Import of {} took {} ms: {}", file, (System.nanoTime() - started) / 1_000_000, result);
		if (result.failed()) {
			throw new IllegalStateException("Nothing was imported: " + result.failure());
		}
	}

	private static boolean isJson(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			int c;
			do {
				c = in.read();
			}
			while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
			return c == '{';
		}
	}

	private static String option(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(0);
	}

}
