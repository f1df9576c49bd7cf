package app.takeaways.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One field that differs between the stored post (theirs) and a refused save (yours).
 *
 * @param field message key of the field's label
 */
record FieldChange(String field, String theirs, String yours) {

	static List<FieldChange> between(PostForm theirs, PostForm yours) {
		List<FieldChange> changes = new ArrayList<>();
		add(changes, "editor.field.title", theirs.getTitle(), yours.getTitle());
		add(changes, "editor.field.slug", theirs.getSlug(), yours.effectiveSlug());
		add(changes, "editor.field.lead", theirs.getLead(), yours.getLead());
		add(changes, "editor.field.takeaways", rows(theirs), rows(yours));
		add(changes, "editor.field.body", theirs.getBody(), yours.getBody());
		add(changes, "editor.field.tags", String.join(", ", theirs.tagNames()), String.join(", ", yours.tagNames()));
		add(changes, "editor.field.publication", publication(theirs), publication(yours));
		add(changes, "editor.field.comments", String.valueOf(theirs.isCommentsClosed()),
				String.valueOf(yours.isCommentsClosed()));
		return changes;
	}

	private static void add(List<FieldChange> changes, String field, String theirs, String yours) {
		if (!Objects.equals(normalize(theirs), normalize(yours))) {
			changes.add(new FieldChange(field, theirs, yours));
		}
	}

	private static String normalize(String text) {
		return (text != null) ? text.replace("\r\n", "\n").strip() : "";
	}

	private static String rows(PostForm form) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < form.getTakeaways().size(); i++) {
			TakeawayForm row = form.getTakeaways().get(i);
			if (!row.isEmpty()) {
				lines.add((lines.size() + 1) + ". " + row.getHeading().strip() + ": " + row.getBody().strip());
			}
		}
		return lines.stream().collect(Collectors.joining("\n"));
	}

	private static String publication(PostForm form) {
		return (form.getPublication() == Publication.SCHEDULE) ? form.getPublication() + " " + form.getScheduledAt()
				: String.valueOf(form.getPublication());
	}

}
