package app.takeaways.editor;

/**
 * A save based on an older version of the post than the one stored: someone saved in
 * between. Carries their version of the post so the editor can compare.
 */
class EditConflictException extends RuntimeException {

	private final EditablePost theirs;

	EditConflictException(EditablePost theirs) {
		super("Post " + theirs.id() + " changed meanwhile");
		this.theirs = theirs;
	}

	EditablePost theirs() {
		return this.theirs;
	}

}
