package app.takeaways.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Local copies of the variants readers asked for lately, as files in a directory of this
 * instance's own, up to {@code takeaways.media.cache-megabytes}: a file the web server
 * can hand to the kernel ({@code sendfile}) instead of copying it through the
 * application. An address names its content, so a copy is never stale; only a deleted
 * picture (here or, heard through the change signal, on another instance) is let go. A
 * copy pushed out is deleted a minute later, so an answer already sending it completes.
 */
@Component
class MediaFileCache implements DisposableBean {

	private static final long GRACE_SECONDS = 60;

	private final Path directory;

	private final AtomicLong sequence = new AtomicLong();

	private final Cache<String, MediaFile> files;

	MediaFileCache(MediaProperties properties) throws IOException {
		this.directory = Files.createTempDirectory("takeaways-media-");
		this.files = Caffeine.newBuilder()
			.maximumWeight(properties.cacheMegabytes() * 1024L * 1024L)
			.<String, MediaFile>weigher((name, file) -> (int) Math.min(file.length(), Integer.MAX_VALUE))
			.<String, MediaFile>removalListener((name, file, cause) -> {
				if (file != null) {
					CompletableFuture.delayedExecutor(GRACE_SECONDS, TimeUnit.SECONDS)
						.execute(() -> deleteQuietly(file.path()));
				}
			})
			.build();
	}

	/**
	 * The local copy of a variant by its file name, made from the stored bytes the first
	 * time.
	 */
	Optional<MediaFile> get(String name, Function<String, Optional<Stored>> loader) {
		// Readers asking at once for a variant not kept yet wait for one copy.
		return Optional.ofNullable(
				this.files.get(name, (key) -> loader.apply(key).map((stored) -> copy(key, stored)).orElse(null)));
	}

	private MediaFile copy(String name, Stored stored) {
		try {
			Path part = this.directory.resolve(this.sequence.incrementAndGet() + ".part");
			Files.write(part, stored.data());
			Path file = this.directory.resolve(this.sequence.incrementAndGet() + "-" + name);
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
			return new MediaFile(file, stored.data().length, stored.contentType());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep a local copy of " + name, ex);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void forget(MediaDeleted deleted) {
		this.files.asMap().keySet().removeIf((name) -> name.startsWith(deleted.hash() + "-"));
	}

	@Override
	public void destroy() throws IOException {
		this.files.invalidateAll();
		try (Stream<Path> all = Files.walk(this.directory)) {
			all.sorted(Comparator.reverseOrder()).forEach(MediaFileCache::deleteQuietly);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// A temporary file; the directory goes when the application stops.
		}
	}

	/**
	 * Bytes as the store keeps them, and their media type.
	 */
	record Stored(byte[] data, String contentType) {
	}

}
