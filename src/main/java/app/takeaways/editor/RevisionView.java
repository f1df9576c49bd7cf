package app.takeaways.editor;

import java.time.Instant;

/**
 * One line of a post's revision list.
 *
 * @param note message key of what the save was, with an optional argument after a colon
 * ({@code revision.restored:3})
 */
record RevisionView(int number, String author, String note, Instant createdAt) {

	public String noteKey() {
		int colon = this.note.indexOf(':');
		return (colon < 0) ? this.note : this.note.substring(0, colon);
	}

	public String noteArgument() {
		int colon = this.note.indexOf(':');
		return (colon < 0) ? "" : this.note.substring(colon + 1);
	}

}
