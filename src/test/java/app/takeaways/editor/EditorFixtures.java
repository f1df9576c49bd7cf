package app.takeaways.editor;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Posts written through the editor's own service, for tests in other packages that need
 * posts exactly as an editor would save them (tags, takeaway anchors, revisions).
 */
@Component
public class EditorFixtures {

	private final EditorService editor;

	private final Validator validator;

	EditorFixtures(EditorService editor, Validator validator) {
		this.editor = editor;
		this.validator = validator;
	}

	/**
	 * Saves a new post as the editor's Save button does, after the same checks
	 * ({@code EditorController#valid}); a form the editor would refuse fails instead of
	 * being stored.
	 * @return the new post's id
	 */
	public long create(PostForm form, String username) {
		form.dropEmptyRows();
		Set<ConstraintViolation<PostForm>> violations = this.validator.validate(form);
		List<String> refused = violations.stream().map((v) -> v.getPropertyPath().toString()).sorted().toList();
		if (!refused.isEmpty()) {
			throw new IllegalArgumentException("The editor would refuse " + refused);
		}
		if (form.tagNames().stream().anyMatch((name) -> name.length() > PostForm.TAG_MAX)) {
			throw new IllegalArgumentException("The editor would refuse a tag longer than " + PostForm.TAG_MAX);
		}
		return this.editor.create(form, username);
	}

}
