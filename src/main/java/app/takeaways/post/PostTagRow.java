package app.takeaways.post;

/**
 * A tag of one post, as the database returns it.
 */
record PostTagRow(long postId, String slug, String name) {

	TagView toView() {
		return new TagView(this.slug, this.name);
	}

}
