package app.takeaways.comment;

import app.takeaways.common.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The discussion settings form at {@code /admin/settings/discussion}.
 */
public record DiscussionSettingsForm(boolean holdFirstTime, @Min(0) @Max(100) int maxLinks,
		@NotNull @Size(max = 4000) @PlainText String disallowedWords, boolean holdAll,
		@Min(0) @Max(36500) int closeAfterDays, @Min(1) @Max(10) int maxDepth) {
}
