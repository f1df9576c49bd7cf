package app.takeaways.editor;

/**
 * What saving does with a post's visibility.
 */
public enum Publication {

	/** Not visible; a published post goes back to draft. */
	DRAFT,
	/** Visible from now on; a post already visible keeps its date. */
	NOW,
	/** Visible from {@code scheduledAt}. */
	SCHEDULE

}
