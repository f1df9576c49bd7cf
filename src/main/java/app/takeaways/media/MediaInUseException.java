package app.takeaways.media;

import java.util.List;

import app.takeaways.post.PostReference;

/**
 * A picture that posts still use cannot be deleted; says which posts.
 */
class MediaInUseException extends RuntimeException {

	private final List<PostReference> posts;

	MediaInUseException(List<PostReference> posts) {
		super("Picture used by " + posts.size() + " posts");
		this.posts = List.copyOf(posts);
	}

	List<PostReference> posts() {
		return this.posts;
	}

}
