package app.takeaways.editor;

/**
 * Another post already uses this slug.
 */
class SlugTakenException extends RuntimeException {

	SlugTakenException(String slug) {
		super("Slug taken: " + slug);
	}

}
