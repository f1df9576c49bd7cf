package app.takeaways.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row of editable discussion rules.
 */
@Entity
@Table(name = "discussion_settings")
class DiscussionSettings {

	static final long ID = 1;

	@Id
	private Long id;

	@Column(name = "hold_first_time", nullable = false)
	private boolean holdFirstTime;

	@Column(name = "max_links", nullable = false)
	private int maxLinks;

	@Column(name = "disallowed_words", nullable = false, length = 4000)
	private String disallowedWords;

	@Column(name = "hold_all", nullable = false)
	private boolean holdAll;

	@Column(name = "close_after_days", nullable = false)
	private int closeAfterDays;

	@Column(name = "max_depth", nullable = false)
	private int maxDepth;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected DiscussionSettings() {
	}

	void change(DiscussionSettingsForm form, Instant now) {
		this.holdFirstTime = form.holdFirstTime();
		this.maxLinks = form.maxLinks();
		this.disallowedWords = String.join("\n", DiscussionRules.wordsOf(form.disallowedWords()));
		this.holdAll = form.holdAll();
		this.closeAfterDays = form.closeAfterDays();
		this.maxDepth = form.maxDepth();
		this.updatedAt = now;
	}

	DiscussionRules toRules() {
		return new DiscussionRules(this.holdFirstTime, this.maxLinks, DiscussionRules.wordsOf(this.disallowedWords),
				this.holdAll, this.closeAfterDays, this.maxDepth);
	}

	DiscussionSettingsForm toForm() {
		return new DiscussionSettingsForm(this.holdFirstTime, this.maxLinks, this.disallowedWords, this.holdAll,
				this.closeAfterDays, this.maxDepth);
	}

}
