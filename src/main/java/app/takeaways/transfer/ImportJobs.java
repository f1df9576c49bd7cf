package app.takeaways.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import app.takeaways.transfer.wordpress.ImportReport;
import app.takeaways.transfer.wordpress.WordpressImporter;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs WordPress imports in the background, one at a time, and keeps the reports of the
 * last few for the progress page. The uploaded file is deleted when its import ends.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final int KEPT = 20;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "wordpress-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Job> jobs = new LinkedHashMap<>();

	private final WordpressImporter importer;

	private final Clock clock;

	ImportJobs(WordpressImporter importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
	}

	/**
	 * Queues the import of {@code file}, which this class now owns.
	 * @return the job's id
	 */
	String start(Path file, String fileName, String username) {
		String id = UUID.randomUUID().toString();
		Job job = new Job(id, fileName, username, this.clock.instant(), new ImportReport());
		synchronized (this.jobs) {
			this.jobs.put(id, job);
			if (this.jobs.size() > KEPT) {
				this.jobs.remove(this.jobs.keySet().iterator().next());
			}
		}
		this.executor.execute(() -> run(job, file));
		return id;
	}

	private void run(Job job, Path file) {
		try {
			this.importer.run(file, job.report());
			log.info("WordPress import of {} by {} finished: {}", job.fileName(), job.username(),
					job.report().snapshot());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", file, ex);
			}
		}
	}

	Optional<Job> find(String id) {
		synchronized (this.jobs) {
			return Optional.ofNullable(this.jobs.get(id));
		}
	}

	List<Job> recent() {
		synchronized (this.jobs) {
			List<Job> recent = new ArrayList<>(this.jobs.values());
			java.util.Collections.reverse(recent);
			return recent;
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * One import.
	 *
	 * @param id its id, in the progress page's address
	 * @param fileName the uploaded file's name
	 * @param username who started it
	 * @param startedAt when
	 * @param report its report, filled in while it runs
	 */
	record Job(String id, String fileName, String username, Instant startedAt, ImportReport report) {
	}

}
