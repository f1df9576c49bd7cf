package app.takeaways.media;

import java.util.Optional;

/**
 * Where the bytes of picture variants live, by address ({@code hash-width.ext}): the
 * database by default, so every instance sees the same pictures; a directory when
 * {@code takeaways.media.directory} is set.
 */
interface MediaStore {

	void put(String address, byte[] data);

	Optional<byte[]> get(String address);

	void delete(String address);

}
