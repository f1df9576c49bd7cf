package app.takeaways.post;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What post pages need from the media library, which implements it (so the library
 * depends on posts, never the other way round).
 */
public interface PictureSource {

	/**
	 * The hash of the library picture an image address points at, if it points at one.
	 */
	Optional<String> hashOf(String address);

	/**
	 * The library pictures with these hashes; hashes of pictures that are gone are
	 * missing.
	 */
	Map<String, Picture> pictures(Collection<String> hashes);

}
