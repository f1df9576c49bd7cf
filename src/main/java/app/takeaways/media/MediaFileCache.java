package app.takeaways.media;

import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The variants readers asked for lately, in memory, up to
 * {@code takeaways.media.cache-megabytes}: an address names its content, so a kept copy
 * is never stale; only a deleted picture (here or, heard through the change signal, on
 * another instance) is let go.
 */
@Component
class MediaFileCache {

	private final Cache<String, MediaLibrary.MediaFile> files;

	MediaFileCache(MediaProperties properties) {
		this.files = Caffeine.newBuilder()
			.maximumWeight(properties.cacheMegabytes() * 1024L
					* 1024L).<String, MediaLibrary.MediaFile>weigher((name, file) -> file.data().length)
			.build();
	}

	/**
	 * The variant by its file name, loaded once while it stays in memory.
	 */
	Optional<MediaLibrary.MediaFile> get(String name, Function<String, Optional<MediaLibrary.MediaFile>> loader) {
		MediaLibrary.MediaFile kept = this.files.getIfPresent(name);
		if (kept != null) {
			return Optional.of(kept);
		}
		Optional<MediaLibrary.MediaFile> loaded = loader.apply(name);
		loaded.ifPresent((file) -> this.files.put(name, file));
		return loaded;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void forget(MediaDeleted deleted) {
		this.files.asMap().keySet().removeIf((name) -> name.startsWith(deleted.hash() + "-"));
	}

}
