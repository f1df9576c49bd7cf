package app.takeaways.comment;

import java.util.ArrayList;
import java.util.List;

import app.takeaways.common.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The comment form under a post. {@code homepage} is the honeypot: hidden from people,
 * left empty by them. Signed-in editors need no name or email.
 */
public record CommentForm(@Size(max = 100) @PlainText String name, @Email @Size(max = 254) @PlainText String email,
		@Size(max = 300) @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", flags = Pattern.Flag.CASE_INSENSITIVE,
				message = "{comment.website.invalid}") @PlainText String website,
		@NotBlank @Size(max = 5000) @PlainText String text, @Nullable Long parentId, @Size(max = 300) String homepage) {

	public CommentForm {
		name = (name != null) ? name.strip() : "";
		email = (email != null) ? email.strip() : "";
		website = (website != null) ? website.strip() : "";
		text = (text != null) ? text.strip() : "";
		homepage = (homepage != null) ? homepage : "";
	}

	public static CommentForm empty(@Nullable Long parentId) {
		return new CommentForm("", "", "", "", parentId, "");
	}

	/**
	 * The fields a reader who is not signed in left empty of the two they must give
	 * ({@code name}, {@code email}); signed-in editors need neither.
	 */
	List<String> missingForReaders() {
		List<String> missing = new ArrayList<>(2);
		if (this.name.isEmpty()) {
			missing.add("name");
		}
		if (this.email.isEmpty()) {
			missing.add("email");
		}
		return missing;
	}

}
