package app.takeaways.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Variants kept as files in one directory (shared storage for several instances, or a
 * directory a web server serves). Addresses are checked before they become file names.
 */
class DirectoryMediaStore implements MediaStore {

	private final Path directory;

	DirectoryMediaStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void put(String address, byte[] data) {
		try {
			Path temporary = Files.createTempFile(this.directory, "upload", ".tmp");
			Files.write(temporary, data);
			Files.move(temporary, file(address), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> get(String address) {
		try {
			return Optional.of(Files.readAllBytes(file(address)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String address) {
		try {
			Files.deleteIfExists(file(address));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path file(String address) {
		if (!MediaAddress.isWellFormed(address)) {
			throw new IllegalArgumentException("Not a media address: " + address);
		}
		return this.directory.resolve(address);
	}

}
