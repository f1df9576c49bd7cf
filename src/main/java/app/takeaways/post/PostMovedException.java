package app.takeaways.post;

/**
 * A post now lives at another slug; answered with a permanent redirect.
 */
class PostMovedException extends RuntimeException {

	private final String newSlug;

	PostMovedException(String newSlug) {
		super("Moved to " + newSlug);
		this.newSlug = newSlug;
	}

	String newSlug() {
		return this.newSlug;
	}

}
