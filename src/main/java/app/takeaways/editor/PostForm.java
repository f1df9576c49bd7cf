package app.takeaways.editor;

import app.takeaways.common.PlainText;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.takeaways.takeaway.Anchors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The editor form: everything about a post an editor types. A JavaBean rather than a
 * record because its takeaway rows are added, removed and moved in place by
 * {@link #apply(String)} and bound by index ({@code takeaways[2].heading}).
 */
public class PostForm {

	/** Lowercase words of letters and digits joined by single dashes; empty allowed. */
	static final String SLUG_PATTERN = "([a-z0-9]+(-[a-z0-9]+)*)?";

	static final int TAG_MAX = 60;

	private @Nullable Long version;

	@NotBlank
	@Size(max = 200)
	@PlainText
	private String title = "";

	@Size(max = 160)
	@Pattern(regexp = SLUG_PATTERN)
	private String slug = "";

	@Size(max = 4000)
	@PlainText
	private String lead = "";

	@Size(max = 100_000)
	@PlainText
	private String body = "";

	@Size(max = 500)
	@PlainText
	private String tags = "";

	/** The hash of the lead picture chosen from the media library; empty for none. */
	@Pattern(regexp = "([0-9a-f]{32})?")
	private String leadImage = "";

	@NotNull
	private Publication publication = Publication.DRAFT;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private @Nullable LocalDateTime scheduledAt;

	private boolean commentsClosed;

	@Valid
	private List<TakeawayForm> takeaways = new ArrayList<>();

	/**
	 * Carries out a row action of a submit button ({@link RowAction}) on the takeaway
	 * rows.
	 * @return whether {@code action} was a row action
	 */
	boolean apply(String action) {
		Optional<RowAction> rowAction = RowAction.parse(action);
		rowAction.ifPresent((a) -> a.applyTo(this.takeaways, TakeawayForm::new));
		return rowAction.isPresent();
	}

	/**
	 * Drops rows with neither heading nor body, such as an added row left empty.
	 */
	void dropEmptyRows() {
		this.takeaways.removeIf(TakeawayForm::isEmpty);
	}

	/**
	 * The slug to save: the one typed, or else one made from the title.
	 */
	String effectiveSlug() {
		String typed = (this.slug != null) ? this.slug.strip() : "";
		return typed.isEmpty() ? Anchors.slugify((this.title != null) ? this.title : "") : typed;
	}

	/**
	 * Tag names from the comma-separated field, trimmed, without empties or repeats (same
	 * slug).
	 */
	List<String> tagNames() {
		Map<String, String> bySlug = new LinkedHashMap<>();
		if (this.tags != null) {
			Arrays.stream(this.tags.split(","))
				.map(String::strip)
				.filter((name) -> !Anchors.slugify(name).isEmpty())
				.forEach((name) -> bySlug.putIfAbsent(Anchors.slugify(name), name));
		}
		return List.copyOf(bySlug.values());
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getLeadImage() {
		return this.leadImage;
	}

	public void setLeadImage(@Nullable String leadImage) {
		this.leadImage = (leadImage != null) ? leadImage : "";
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public Publication getPublication() {
		return this.publication;
	}

	public void setPublication(Publication publication) {
		this.publication = publication;
	}

	public @Nullable LocalDateTime getScheduledAt() {
		return this.scheduledAt;
	}

	public void setScheduledAt(@Nullable LocalDateTime scheduledAt) {
		this.scheduledAt = scheduledAt;
	}

	public boolean isCommentsClosed() {
		return this.commentsClosed;
	}

	public void setCommentsClosed(boolean commentsClosed) {
		this.commentsClosed = commentsClosed;
	}

	public List<TakeawayForm> getTakeaways() {
		return this.takeaways;
	}

	public void setTakeaways(List<TakeawayForm> takeaways) {
		this.takeaways = new ArrayList<>(takeaways);
	}

}
